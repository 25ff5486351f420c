/**
 * Next actions: what the findings ask the account team to do, in words a review can assign.
 * Each rule's finding points at the thing it is about (a person, a goal, a lost opportunity, an
 * event); the action names it and who on our side should act. Goals at risk and a renewal coming
 * up are added too, though no rule flags them, because they are what a review plans for.
 */
import type { AccountMap, Goal, Person } from '../model/account-map.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { getRule } from '../rules/index.js';
import { escapeMarkdownText as t, messageMarkdown } from '../util/markdown.js';
import { ago, daysBetween, joinAnd, LEVEL_ORDER, plural, STRENGTH_ORDER, words } from './text.js';

export interface NextAction {
  /** Markdown: the action, naming who or what it is about. */
  text: string;
  /** Markdown: who on our side acts, when the map says. */
  who?: string;
  /** The rule ids (or `goal-at-risk`, `renewal`) the action comes from. */
  why: string[];
  severity: Severity;
  /** Red flags come before map quality at the same severity. */
  redFlag: boolean;
}

/** Days before a renewal date at which preparing it becomes a next action. */
export const RENEWAL_HORIZON_DAYS = 180;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `people[3].last_contact` → `['people', 3]`. */
export function pathTarget(path: string): { list: string; index: number } | undefined {
  const m = /^(people|goals|opportunities|events|units|connections|team)\[(\d+)\]/.exec(path);
  return m ? { list: m[1]!, index: Number(m[2]) } : undefined;
}

function teamName(map: AccountMap, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const member = map.team?.find((m) => m.id === id);
  return member ? member.name : undefined;
}

function personLabel(p: Person): string {
  return p.title ? `${t(p.name)} (${t(p.title)})` : t(p.name);
}

function ownerOf(map: AccountMap, p: Person | undefined): string | undefined {
  const name = teamName(map, p?.owner) ?? teamName(map, map.account.owner);
  return name === undefined ? undefined : t(name);
}

function accountOwner(map: AccountMap): string | undefined {
  const name = teamName(map, map.account.owner);
  return name === undefined ? undefined : t(name);
}

function goalOwners(map: AccountMap, goal: Goal): { theirs?: string; ours?: string } {
  const theirs = map.people?.find((p) => p.id === goal.owner);
  const ours = teamName(map, goal.our_owner) ?? teamName(map, map.account.owner);
  return {
    ...(theirs ? { theirs: personLabel(theirs) } : {}),
    ...(ours ? { ours: t(ours) } : {}),
  };
}

function present(map: AccountMap): Person[] {
  return (map.people ?? []).filter((p) => p.status !== 'left');
}

/** People worth building a relationship with: present, influential, and not yet close to us. */
function threadsToBuild(map: AccountMap, limit = 3): Person[] {
  return present(map)
    .filter(
      (p) =>
        (p.influence === 'high' || p.influence === 'medium') &&
        (p.strength === 'weak' || p.strength === 'none'),
    )
    .sort((a, b) => LEVEL_ORDER[a.influence]! - LEVEL_ORDER[b.influence]!)
    .slice(0, limit);
}

/** Possible champions: present supporters or advocates with influence, closest to us first. */
function championCandidates(map: AccountMap, limit = 3): Person[] {
  return present(map)
    .filter((p) => (p.stance === 'advocate' || p.stance === 'supporter') && p.influence !== 'low')
    .sort(
      (a, b) =>
        LEVEL_ORDER[a.influence]! - LEVEL_ORDER[b.influence]! ||
        STRENGTH_ORDER[a.strength]! - STRENGTH_ORDER[b.strength]!,
    )
    .slice(0, limit);
}

function lastContact(p: Person, asOf: string): string {
  return p.last_contact
    ? `last contact ${p.last_contact}, ${ago(p.last_contact, asOf)}`
    : 'no contact recorded';
}

/** The action for one finding: the rule's own wording, or its advice for rules without one. */
function actionFor(
  map: AccountMap,
  d: Diagnostic,
  asOf: string,
): Omit<NextAction, 'why' | 'severity' | 'redFlag'> {
  const target = pathTarget(d.path);
  const person = target?.list === 'people' ? map.people?.[target.index] : undefined;
  const goal = target?.list === 'goals' ? map.goals?.[target.index] : undefined;
  const opp = target?.list === 'opportunities' ? map.opportunities?.[target.index] : undefined;
  const event = target?.list === 'events' ? map.events?.[target.index] : undefined;
  const owner = ownerOf(map, person);
  const withWho = (text: string, who = owner) => (who === undefined ? { text } : { text, who });

  switch (d.rule) {
    case 'stale-contact':
      if (person) return withWho(`Call ${personLabel(person)}: ${lastContact(person, asOf)}`);
      break;
    case 'champion-gone-quiet':
      if (person)
        return withWho(
          `Call champion ${personLabel(person)} and ask what has changed: ${lastContact(person, asOf)}`,
        );
      break;
    case 'unknown-stance-high-influence':
      if (person)
        return withWho(
          `Find out where ${personLabel(person)} stands: high influence, stance unknown (ask a coach or champion, or meet them)`,
        );
      break;
    case 'unmanaged-opponent':
      if (person)
        return withWho(
          `Give ${personLabel(person)}, an influential ${t(person.stance)}, an owner on our side who finds out what they object to`,
          accountOwner(map),
        );
      break;
    case 'unowned-economic-buyer':
      if (person)
        return withWho(
          `Give ${personLabel(person)} (${t(joinAnd((person.roles ?? []).map(words)))}) an owner who meets them at their level`,
          accountOwner(map),
        );
      break;
    case 'left-contact-details':
      if (person)
        return withWho(
          `Delete the contact details of ${personLabel(person)}, who has left the account`,
        );
      break;
    case 'reorganization':
      if (person) {
        const roles = joinAnd((person.roles ?? []).map(words));
        return withWho(
          `Find who holds ${t(roles || 'the buying roles')} now that ${personLabel(person)} has left, and add them to the map`,
          accountOwner(map),
        );
      }
      if (event)
        return withWho(
          `Re-map the account after the ${t(words(event.type))} of ${event.date}: who holds which buying role now, new reporting lines, relationships to rebuild`,
          accountOwner(map),
        );
      break;
    case 'goals-not-met':
      if (goal) {
        const o = goalOwners(map, goal);
        const state =
          goal.status === 'missed' ? 'missed' : `due ${goal.due}, still ${words(goal.status)}`;
        return withWho(
          `Rescue the goal “${t(goal.title)}” (${t(state)})${o.theirs ? ` with ${o.theirs}` : ''}: agree why, and a new goal or date`,
          o.ours,
        );
      }
      break;
    case 'business-elsewhere':
      if (opp)
        return withWho(
          `Win back “${t(opp.title)}”${opp.lost_to ? `, lost to ${t(opp.lost_to)}` : ''}: find out why from the people who decided and set a goal to win it back`,
          accountOwner(map),
        );
      if (event)
        return withWho(
          `Find out what the competitor offered and who chose it (${t(event.date)}: ${t(event.summary)}), and plan the response`,
          accountOwner(map),
        );
      return withWho(
        'Find out where the spend went now that revenue has fallen sharply, and record it (a lost opportunity or a competitor-win event)',
        accountOwner(map),
      );
    case 'no-economic-buyer':
      return withWho(
        'Find who signs off the budget (an economic buyer or decision maker) and add them to the map',
        accountOwner(map),
      );
    case 'no-champion': {
      const candidates = championCandidates(map);
      const list = candidates.length ? `; candidates: ${joinAnd(candidates.map(personLabel))}` : '';
      return withWho(
        `Find and develop a champion, someone with influence who speaks for us when we are not in the room${list}`,
        accountOwner(map),
      );
    }
    case 'single-threaded': {
      const threads = threadsToBuild(map);
      const list = threads.length ? `: ${joinAnd(threads.map(personLabel))}` : '';
      return withWho(
        `Build more relationships; ask for introductions to people with influence we hardly know${list}`,
        accountOwner(map),
      );
    }
    case 'relationship-concentration':
      return withWho(
        'Spread the relationships one colleague holds: introduce others on our team to some of their contacts and move the owner as relationships take hold',
        accountOwner(map),
      );
    case 'no-roi':
      return withWho(
        'Agree with the customer what return each side needs and how to measure it (a mutual goal with a measure)',
        accountOwner(map),
      );
    case 'stale-map':
      return withWho(
        'Review the map with the account team and set the review date',
        accountOwner(map),
      );
    default:
      break;
  }
  // A rule without its own wording: the rule's advice on how to fix the map.
  const help = getRule(d.rule)?.help;
  return withWho(
    help ? messageMarkdown(help) : messageMarkdown(d.message),
    owner ?? accountOwner(map),
  );
}

/** Next actions from the findings of one account (and its goals at risk and renewal). */
export function nextActions(
  map: AccountMap,
  findings: readonly Diagnostic[],
  asOf: string,
): NextAction[] {
  const byText = new Map<string, NextAction>();
  const add = (a: NextAction) => {
    const known = byText.get(a.text);
    if (!known) {
      byText.set(a.text, a);
      return;
    }
    for (const w of a.why) if (!known.why.includes(w)) known.why.push(w);
    if (SEVERITY_ORDER[a.severity] < SEVERITY_ORDER[known.severity]) known.severity = a.severity;
    known.redFlag ||= a.redFlag;
  };
  for (const d of findings) {
    const rule = getRule(d.rule);
    add({
      ...actionFor(map, d, asOf),
      why: [d.rule],
      severity: d.severity,
      redFlag: rule?.category === 'red-flag',
    });
  }
  const flaggedGoals = new Set(
    findings
      .filter((d) => d.rule === 'goals-not-met')
      .map((d) => pathTarget(d.path)?.index)
      .filter((i) => i !== undefined),
  );
  (map.goals ?? []).forEach((goal, i) => {
    if (goal.status !== 'at-risk' || flaggedGoals.has(i)) return;
    const o = goalOwners(map, goal);
    const due = goal.due ? `, due ${goal.due}, ${ago(goal.due, asOf)}` : '';
    add({
      text: `Rescue the goal “${t(goal.title)}” (at risk${t(due)})${o.theirs ? ` with ${o.theirs}` : ''}: agree what it takes to get it back on track`,
      ...(o.ours ? { who: o.ours } : {}),
      why: ['goal at risk'],
      severity: 'info',
      redFlag: false,
    });
  });
  const renewal = map.relationship?.renewal;
  if (
    renewal !== undefined &&
    renewal >= asOf &&
    daysBetween(asOf, renewal) <= RENEWAL_HORIZON_DAYS
  ) {
    const who = accountOwner(map);
    add({
      text: `Prepare the renewal of ${renewal} (in ${plural(daysBetween(asOf, renewal), 'day')}): confirm the decision makers, their process and the value delivered`,
      ...(who ? { who } : {}),
      why: ['renewal'],
      severity: 'info',
      redFlag: false,
    });
  }
  return [...byText.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      Number(b.redFlag) - Number(a.redFlag),
  );
}
