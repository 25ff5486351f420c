/**
 * Next actions: what the findings ask the account team to do, in words a review can assign.
 * Each finding's action is its rule's advice (the rule's `advise`, src/rules/advice.ts), naming
 * the person, goal, lost opportunity or event it is about and who on our side should act. Goals
 * at risk, a renewal coming up and the people a review should not forget are added too, though
 * no rule flags them, because they are what a review plans for.
 */

import type { AccountMap, Person } from '../model/account-map.js';
import { STRENGTH_ORDER } from '../model/account-map.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { mapIndex } from '../model/map-index.js';
import { pathAdvice } from '../paths/advice.js';
import { findPaths } from '../paths/index.js';
import {
  type Advice,
  type AdviceTarget,
  accountOwner,
  adviceAbout,
  BUDGET_ROLES,
  goalOwners,
  lastContact,
  NAMED_AT_MOST,
  ownerOf,
  personLabel,
  subjectOf,
} from '../rules/advice.js';
import { getRule, isRedFlag } from '../rules/index.js';
import {
  ago,
  daysBetween,
  joinAnd,
  messageMarkdown,
  plural,
  escapeMarkdownText as t,
  words,
} from '../text/index.js';

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

/** An action as it is being collected: with what it is about, and how it folds into others. */
type Drafted = Omit<NextAction, 'why' | 'severity' | 'redFlag'> &
  AdviceTarget &
  Pick<Advice, 'call' | 'saysLastContact'>;

/** What the score says about the declared tier, when the run scored the account in a portfolio. */
interface TierAdvice {
  disagreement: 'declared-key-not-candidate' | 'candidate-not-declared-key';
  declared: string | null;
  /** Why it is not a candidate (plain text), for `declared-key-not-candidate`. */
  reason?: string | null;
  /** Pareto class and fit, for `candidate-not-declared-key`. */
  class?: string;
  fit?: number | null;
}

/** Days before a renewal date at which preparing it becomes a next action. */
const RENEWAL_HORIZON_DAYS = 180;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `our relationship weak`, or `no relationship yet`. */
function tie(p: Person): string {
  return p.strength === 'none' ? 'no relationship yet' : `our relationship ${t(p.strength)}`;
}

/** `Lars Eide knows them (strong)`: a warm path from our team to a person, when the map has one. */
function warmPath(map: AccountMap, person: Person): string | undefined {
  const index = mapIndex(map);
  const links = (map.connections ?? [])
    .filter((c) => c.type !== 'conflicts')
    .map((c) => {
      const ours = c.to === person.id ? c.from : c.from === person.id ? c.to : undefined;
      const member = ours === undefined ? undefined : index.teamMember(ours);
      return member ? { member, c } : undefined;
    })
    .filter((x) => x !== undefined)
    .sort(
      (a, b) => STRENGTH_ORDER[a.c.strength ?? 'none'] - STRENGTH_ORDER[b.c.strength ?? 'none'],
    );
  const best = links[0];
  if (!best) return introduction(map, person);
  const how: Record<string, string> = {
    knows: 'knows them',
    'former-colleague': 'is a former colleague',
    influences: 'has influence with them',
    introduced: 'was part of the introduction',
  };
  const strength = best.c.strength ? ` (${t(best.c.strength)})` : '';
  return `${t(best.member.name)} ${how[best.c.type] ?? t(words(best.c.type))}${strength}`;
}

/** `ask Sofia (our strong contact, Kari) to introduce you to …`: the best path of two steps or more. */
function introduction(map: AccountMap, person: Person): string | undefined {
  const best = findPaths(map, { to: person.id, top: 1 }).paths[0];
  if (!best || best.hops < 2) return undefined;
  const advice = pathAdvice({ map, show: t }, best);
  return advice.charAt(0).toLowerCase() + advice.slice(1);
}

/**
 * The action for one finding: the rule's own advice, or, for a rule without any (or a finding it
 * has none for), the rule's help on how to fix the map.
 */
function actionFor(map: AccountMap, d: Diagnostic, asOf: string): Drafted {
  const rule = getRule(d.rule);
  const advice = rule?.advise?.(map, d.path, { asOf });
  if (advice) {
    const { about, ...rest } = advice;
    return { ...rest, ...about };
  }
  const help = rule?.help;
  const fallback = adviceAbout(
    map,
    subjectOf(map, d.path),
    help ? messageMarkdown(help) : messageMarkdown(d.message),
  );
  const { about, ...rest } = fallback;
  return { ...rest, ...about };
}

export interface NextActionOptions {
  /** The score's view of the declared tier, when they disagree. */
  tier?: TierAdvice;
}

type Collected = NextAction & Drafted;

/**
 * Next actions for one account: one per finding, in words a review can assign, plus what no rule
 * flags but a review plans for (goals at risk, a renewal coming up, buyers we hardly know,
 * influential skeptics, a tier the score disagrees with). Actions about the same person, or about
 * a lost deal and the event that records it, become one.
 */
export function nextActions(
  map: AccountMap,
  findings: readonly Diagnostic[],
  asOf: string,
  options: NextActionOptions = {},
): NextAction[] {
  const actions: Collected[] = [];
  const byText = new Map<string, Collected>();
  const absorb = (into: Collected, from: NextAction) => {
    for (const w of from.why) if (!into.why.includes(w)) into.why.push(w);
    if (SEVERITY_ORDER[from.severity] < SEVERITY_ORDER[into.severity])
      into.severity = from.severity;
    into.redFlag ||= from.redFlag;
  };
  const add = (a: Collected) => {
    const known = byText.get(a.text);
    if (known) return absorb(known, a);
    byText.set(a.text, a);
    actions.push(a);
  };
  for (const d of findings) {
    add({
      ...actionFor(map, d, asOf),
      why: [d.rule],
      severity: d.severity,
      redFlag: isRedFlag(d),
    });
  }
  const merged = mergeActions(map, actions, asOf, absorb);

  const about = new Set(merged.map((a) => a.person).filter((i) => i !== undefined));
  const derived: Collected[] = [];
  const flaggedGoals = new Set(
    findings
      .filter((d) => d.rule === 'goals-not-met')
      .map((d) => subjectOf(map, d.path).goalIndex)
      .filter((i) => i !== undefined),
  );
  (map.goals ?? []).forEach((goal, i) => {
    if (goal.status !== 'at-risk' || flaggedGoals.has(i)) return;
    const o = goalOwners(map, goal);
    const due = goal.due ? `, due ${goal.due}, ${ago(goal.due, asOf)}` : '';
    derived.push({
      text: `Rescue the goal “${t(goal.title)}” (at risk${t(due)})${o.theirs ? ` with ${o.theirs}` : ''}: agree what it takes to get it back on track`,
      ...(o.ours ? { who: o.ours } : {}),
      why: ['goal at risk'],
      severity: 'info',
      redFlag: false,
    });
  });

  const people = map.people ?? [];
  const index = (p: Person) => people.indexOf(p);
  const hardlyKnown = (p: Person) => p.strength === 'weak' || p.strength === 'none';
  const buyingRoles = (p: Person) => (p.roles ?? []).filter((r) => BUDGET_ROLES.has(r));
  /**
   * One action each (at most NAMED_AT_MOST) for the people present that `matches` and that no
   * action is about yet, with the warm path to them and their owner on our side.
   */
  const aboutPeople = (
    matches: (p: Person) => boolean,
    say: (p: Person, path: string) => { text: string; why: string },
  ) => {
    mapIndex(map)
      .present.filter((p) => !about.has(index(p)) && matches(p))
      .slice(0, NAMED_AT_MOST)
      .forEach((p) => {
        about.add(index(p));
        const path = warmPath(map, p);
        const owner = ownerOf(map, p);
        const { text, why } = say(p, path ? `; ${path}` : '');
        derived.push({
          text,
          ...(owner ? { who: owner } : {}),
          why: [why],
          severity: 'info',
          redFlag: false,
          person: index(p),
        });
      });
  };
  // Buyers who decide on the budget, carry weight, and hardly know us.
  aboutPeople(
    (p) => p.influence === 'high' && hardlyKnown(p) && buyingRoles(p).length > 0,
    (p, path) => ({
      text: `Strengthen our relationship with ${personLabel(p)}, ${t(joinAnd(buyingRoles(p).map(words)))} with high influence whom we hardly know (${tie(p)}, ${lastContact(p, asOf)})${path}`,
      why: 'buyer we hardly know',
    }),
  );
  // Influential skeptics and opponents who have an owner (without one, a rule flags them).
  aboutPeople(
    (p) => p.influence === 'high' && (p.stance === 'skeptic' || p.stance === 'opponent'),
    (p, path) => ({
      text: `Win over ${personLabel(p)}, ${p.stance === 'opponent' ? 'an opponent' : 'a skeptic'} with high influence: find out what they object to and answer it${path}`,
      why: `influential ${p.stance}`,
    }),
  );
  // Anyone else with high influence whom we hardly know.
  aboutPeople(
    (p) => p.influence === 'high' && hardlyKnown(p),
    (p, path) => ({
      text: `Strengthen our relationship with ${personLabel(p)}: high influence, but we hardly know them (${tie(p)}, ${lastContact(p, asOf)})${path}`,
      why: 'influential, hardly known',
    }),
  );

  // A customer or partner with no mutual goals: nobody can tell whether the relationship delivers.
  const status = map.relationship?.status;
  if ((map.goals ?? []).length === 0 && (status === 'customer' || status === 'partner')) {
    const partner = ['champion', 'economic-buyer', 'decision-maker', 'sponsor']
      .map((role) => mapIndex(map).present.find((p) => p.roles?.includes(role as never)))
      .find((p) => p !== undefined);
    const who = accountOwner(map);
    derived.push({
      text: `Agree mutual goals${partner ? ` with ${personLabel(partner)}` : ''}: what each side wants from the relationship, with a date and a measure (the map records none)`,
      ...(who ? { who } : {}),
      why: ['no mutual goals'],
      severity: 'info',
      redFlag: false,
    });
  }

  const renewal = map.relationship?.renewal;
  if (
    renewal !== undefined &&
    renewal >= asOf &&
    daysBetween(asOf, renewal) <= RENEWAL_HORIZON_DAYS
  ) {
    const who = accountOwner(map);
    derived.push({
      text: `Prepare the renewal of ${renewal} (in ${plural(daysBetween(asOf, renewal), 'day')}): confirm the decision makers, their process and the value delivered`,
      ...(who ? { who } : {}),
      why: ['renewal'],
      severity: 'info',
      redFlag: false,
    });
  }

  const tier = options.tier;
  if (tier) {
    const declared = tier.declared ? `declared \`${tier.declared}\`` : 'no tier declared';
    const text =
      tier.disagreement === 'declared-key-not-candidate'
        ? `Decide the tier: the account is declared \`key\` but the score does not make it a key-account candidate (${t(tier.reason ?? 'below the thresholds')}); keep it key for reasons the score cannot see, or change the tier`
        : `Decide whether to make this a key account: the score makes it a candidate (class ${t(tier.class ?? '')}${tier.fit === null || tier.fit === undefined ? '' : `, fit ${tier.fit}`}), but it is ${declared}`;
    const who = accountOwner(map);
    derived.push({
      text,
      ...(who ? { who } : {}),
      why: ['tier'],
      severity: 'info',
      redFlag: false,
    });
  }
  for (const a of derived) {
    const known = byText.get(a.text);
    if (known) absorb(known, a);
    else {
      byText.set(a.text, a);
      merged.push(a);
    }
  }

  return merged
    .map(({ person: _p, opportunity: _o, event: _e, call: _c, saysLastContact: _s, ...a }) => a)
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        Number(b.redFlag) - Number(a.redFlag),
    );
}

/**
 * One action per person and per lost deal: a plain "call them" folds into any other action about
 * the same person (which then says when we last spoke), and a competitor's win folds into the
 * lost opportunity it records.
 */
function mergeActions(
  map: AccountMap,
  actions: Collected[],
  asOf: string,
  absorb: (into: Collected, from: NextAction) => void,
): Collected[] {
  const out: Collected[] = [];
  const isCall = (a: Collected) => a.call === true && a.why.length === 1;
  for (const a of actions) {
    if (a.person !== undefined && isCall(a)) {
      const other = actions.find((b) => b !== a && b.person === a.person && !isCall(b));
      if (other) {
        const p = map.people?.[a.person];
        if (p && !other.saysLastContact) {
          other.text += ` (${lastContact(p, asOf)})`;
          other.saysLastContact = true;
        }
        absorb(other, a);
        continue;
      }
    }
    if (a.event !== undefined && a.opportunity === undefined) {
      const loss = actions.find((b) => b.opportunity !== undefined && b.event === a.event);
      if (loss) {
        absorb(loss, a);
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
