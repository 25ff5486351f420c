/**
 * Next actions: what the findings ask the account team to do, in words a review can assign.
 * Each rule's finding points at the thing it is about (a person, a goal, a lost opportunity, an
 * event); the action names it and who on our side should act. Goals at risk and a renewal coming
 * up are added too, though no rule flags them, because they are what a review plans for.
 */
import type { AccountEvent, AccountMap, Goal, Opportunity, Person } from '../model/account-map.js';
import { LEVEL_ORDER, STRENGTH_ORDER } from '../model/account-map.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { getRule } from '../rules/index.js';
import {
  ago,
  daysBetween,
  joinAnd,
  messageMarkdown,
  money,
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

/** What an action is about, so that two actions about the same thing can become one. */
interface Target {
  person?: number;
  opportunity?: number;
  event?: number;
}

type Drafted = Omit<NextAction, 'why' | 'severity' | 'redFlag'> & Target;

/** What the score says about the declared tier, when the run scored the account in a portfolio. */
export interface TierAdvice {
  disagreement: 'declared-key-not-candidate' | 'candidate-not-declared-key';
  declared: string | null;
  /** Why it is not a candidate (plain text), for `declared-key-not-candidate`. */
  reason?: string | null;
  /** Pareto class and fit, for `candidate-not-declared-key`. */
  class?: string;
  fit?: number | null;
}

/** At most this many people are named by each kind of action no rule asked for. */
export const DERIVED_LIMIT = 3;

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

/** `Name (Title)`; the name alone when the title only repeats it (names redacted). */
function personLabel(p: Person): string {
  const title = p.title?.replace(/\s+/g, ' ').trim();
  return title && title !== p.name.replace(/\s+/g, ' ').trim()
    ? `${t(p.name)} (${t(title)})`
    : t(p.name);
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

/** `our relationship weak`, or `no relationship yet`. */
function tie(p: Person): string {
  return p.strength === 'none' ? 'no relationship yet' : `our relationship ${t(p.strength)}`;
}

function lastContact(p: Person, asOf: string): string {
  return p.last_contact
    ? `last contact ${p.last_contact}, ${ago(p.last_contact, asOf)}`
    : 'no contact recorded';
}

/** The people a decision went through: those named on the event, else the buyers in the unit. */
function deciders(
  map: AccountMap,
  event: AccountEvent | undefined,
  unit: string | undefined,
): Person[] {
  const people = map.people ?? [];
  if (event?.people?.length) {
    return event.people
      .map((id) => people.find((p) => p.id === id))
      .filter((p): p is Person => p !== undefined && p.status !== 'left');
  }
  if (unit === undefined) return [];
  return present(map).filter(
    (p) =>
      p.unit === unit &&
      (p.roles ?? []).some((r) => BUYING_ROLES.has(r) || r === 'procurement' || r === 'user-buyer'),
  );
}

/** The roles that decide on the budget, for the actions that ask who decides. */
const BUYING_ROLES = new Set(['economic-buyer', 'decision-maker', 'sponsor']);

/** The competitor-win event that records the loss of `opp`, when there is one. */
function eventOfLoss(map: AccountMap, opp: Opportunity): number | undefined {
  const events = map.events ?? [];
  const i = events.findIndex(
    (e) =>
      (e.type === 'competitor-win' || e.type === 'lost-deal') &&
      ((opp.closed !== undefined && e.date === opp.closed) ||
        (opp.lost_to !== undefined &&
          opp.lost_to.trim() !== '' &&
          e.summary.toLowerCase().includes(opp.lost_to.trim().toLowerCase()))),
  );
  return i < 0 ? undefined : i;
}

/** `Lars Eide knows them (strong)`: a warm path from our team to a person, when the map has one. */
function warmPath(map: AccountMap, person: Person): string | undefined {
  const team = map.team ?? [];
  const links = (map.connections ?? [])
    .filter((c) => c.type !== 'conflicts')
    .map((c) => {
      const ours = c.to === person.id ? c.from : c.from === person.id ? c.to : undefined;
      const member = team.find((m) => m.id === ours);
      return member ? { member, c } : undefined;
    })
    .filter((x) => x !== undefined)
    .sort(
      (a, b) => STRENGTH_ORDER[a.c.strength ?? 'none']! - STRENGTH_ORDER[b.c.strength ?? 'none']!,
    );
  const best = links[0];
  if (!best) return undefined;
  const how: Record<string, string> = {
    knows: 'knows them',
    'former-colleague': 'is a former colleague',
    influences: 'has influence with them',
    introduced: 'was part of the introduction',
  };
  const strength = best.c.strength ? ` (${t(best.c.strength)})` : '';
  return `${t(best.member.name)} ${how[best.c.type] ?? t(words(best.c.type))}${strength}`;
}

/** The action for one finding: the rule's own wording, or its advice for rules without one. */
function actionFor(map: AccountMap, d: Diagnostic, asOf: string): Drafted {
  const target = pathTarget(d.path);
  const personIndex = target?.list === 'people' ? target.index : undefined;
  const person = personIndex === undefined ? undefined : map.people?.[personIndex];
  const goal = target?.list === 'goals' ? map.goals?.[target.index] : undefined;
  const opp = target?.list === 'opportunities' ? map.opportunities?.[target.index] : undefined;
  const event = target?.list === 'events' ? map.events?.[target.index] : undefined;
  const owner = ownerOf(map, person);
  const about: Target = person ? { person: personIndex! } : {};
  const withWho = (text: string, who = owner): Drafted =>
    who === undefined ? { text, ...about } : { text, who, ...about };

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
      if (opp) {
        const eventIndex = eventOfLoss(map, opp);
        const event = eventIndex === undefined ? undefined : map.events?.[eventIndex];
        const value =
          opp.value === undefined ? '' : `, ${t(money(opp.value, map.financials?.currency))}`;
        const when = opp.closed ? ` on ${opp.closed}` : '';
        const ask = deciders(map, event, opp.unit);
        const from = ask.length
          ? `ask ${joinAnd(ask.slice(0, DERIVED_LIMIT).map(personLabel))} why we lost it`
          : 'find out why from the people who decided';
        return {
          ...withWho(
            `Win back “${t(opp.title)}”${value}${opp.lost_to ? `, lost to ${t(opp.lost_to)}` : ''}${when}: ${from}, and set a goal to win it back`,
            accountOwner(map),
          ),
          opportunity: target!.index,
          ...(eventIndex === undefined ? {} : { event: eventIndex }),
        };
      }
      if (event) {
        const ask = deciders(map, event, undefined);
        const who = ask.length
          ? `: ask ${joinAnd(ask.slice(0, DERIVED_LIMIT).map(personLabel))}`
          : '';
        return {
          ...withWho(
            `Find out what the competitor offered and who chose it (${t(event.date)}: ${t(event.summary)})${who}, and plan the response`,
            accountOwner(map),
          ),
          event: target!.index,
        };
      }
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

export interface NextActionOptions {
  /** The score's view of the declared tier, when they disagree. */
  tier?: TierAdvice;
}

type Collected = NextAction & Target;

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
    const rule = getRule(d.rule);
    add({
      ...actionFor(map, d, asOf),
      why: [d.rule],
      severity: d.severity,
      redFlag: rule?.category === 'red-flag',
    });
  }
  const merged = mergeActions(map, actions, asOf, absorb);

  const about = new Set(merged.map((a) => a.person).filter((i) => i !== undefined));
  const derived: Collected[] = [];
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
  const buyingRoles = (p: Person) => (p.roles ?? []).filter((r) => BUYING_ROLES.has(r));
  /**
   * One action each (at most DERIVED_LIMIT) for the people present that `matches` and that no
   * action is about yet, with the warm path to them and their owner on our side.
   */
  const aboutPeople = (
    matches: (p: Person) => boolean,
    say: (p: Person, path: string) => { text: string; why: string },
  ) => {
    present(map)
      .filter((p) => !about.has(index(p)) && matches(p))
      .slice(0, DERIVED_LIMIT)
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
      .map((role) => present(map).find((p) => p.roles?.includes(role as never)))
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
    .map(({ person: _p, opportunity: _o, event: _e, ...a }) => a)
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
  const isCall = (a: Collected) => a.why.length === 1 && a.why[0] === 'stale-contact';
  for (const a of actions) {
    if (a.person !== undefined && isCall(a)) {
      const other = actions.find((b) => b !== a && b.person === a.person && !isCall(b));
      if (other) {
        const p = map.people?.[a.person];
        if (p && !/last contact|no contact recorded/.test(other.text))
          other.text += ` (${lastContact(p, asOf)})`;
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
