/**
 * Next-action advice: what a finding asks the account team to do, in words a review can assign.
 * Each rule words its own advice (`advise` in its file); this module holds what they share: how
 * a person, a goal or our team member is named in markdown, who on our side acts, and which
 * people to suggest. The report asks the rule (src/report/actions.ts) and adds what no rule
 * flags but a review plans for.
 */
import type { AccountEvent, AccountMap, Goal, Opportunity, Person } from '../model/account-map.js';
import { LEVEL_ORDER, STRENGTH_ORDER } from '../model/account-map.js';
import type { Path } from '../model/diagnostic.js';
import { isPresent, mapIndex } from '../model/map-index.js';
import { ago, escapeMarkdownText as t } from '../text/index.js';

/** What a finding's action is about, so that two actions about the same thing become one. */
export interface AdviceTarget {
  /** Index in `people`. */
  person?: number;
  /** Index in `opportunities`. */
  opportunity?: number;
  /** Index in `events`. */
  event?: number;
}

/** A rule's advice for one finding. */
export interface Advice {
  /** Markdown: the action, naming who or what it is about. */
  text: string;
  /** Markdown: who on our side acts, when the map says. */
  who?: string;
  about?: AdviceTarget;
  /**
   * A plain "call them": it folds into any other action about the same person, which then says
   * when we last spoke (unless it does already, `saysLastContact`).
   */
  call?: boolean;
  /** The text already says when we last spoke to the person it is about. */
  saysLastContact?: boolean;
}

export interface AdviceContext {
  /** `--as-of`, YYYY-MM-DD. */
  asOf: string;
}

/** At most this many people are named in one action (candidates, people to ask). */
export const NAMED_AT_MOST = 3;

/** The roles that decide on the budget, for the actions that ask who decides. */
export const BUDGET_ROLES: ReadonlySet<string> = new Set([
  'economic-buyer',
  'decision-maker',
  'sponsor',
]);

/** What a finding's path points at in the map: the person, goal, opportunity or event. */
export interface FindingSubject {
  person?: Person;
  personIndex?: number;
  goal?: Goal;
  goalIndex?: number;
  opportunity?: Opportunity;
  opportunityIndex?: number;
  event?: AccountEvent;
  eventIndex?: number;
}

/** `['people', 3, 'last_contact']` → person 3 of the map (and so on for the other lists). */
export function subjectOf(map: AccountMap, path: Path): FindingSubject {
  const [list, index] = path;
  if (typeof index !== 'number') return {};
  switch (list) {
    case 'people': {
      const person = map.people?.[index];
      return person ? { person, personIndex: index } : {};
    }
    case 'goals': {
      const goal = map.goals?.[index];
      return goal ? { goal, goalIndex: index } : {};
    }
    case 'opportunities': {
      const opportunity = map.opportunities?.[index];
      return opportunity ? { opportunity, opportunityIndex: index } : {};
    }
    case 'events': {
      const event = map.events?.[index];
      return event ? { event, eventIndex: index } : {};
    }
    default:
      return {};
  }
}

/** `Name (Title)`, escaped; the name alone when the title only repeats it (names redacted). */
export function personLabel(p: Person): string {
  const title = p.title?.replace(/\s+/g, ' ').trim();
  return title && title !== p.name.replace(/\s+/g, ' ').trim()
    ? `${t(p.name)} (${t(title)})`
    : t(p.name);
}

function teamName(map: AccountMap, id: string | undefined): string | undefined {
  return mapIndex(map).teamMember(id)?.name;
}

/** Who on our side owns the relationship with `p`, else the account owner (escaped). */
export function ownerOf(map: AccountMap, p: Person | undefined): string | undefined {
  const name = teamName(map, p?.owner) ?? teamName(map, map.account.owner);
  return name === undefined ? undefined : t(name);
}

/** The account owner's name (escaped), when the map names one on our team. */
export function accountOwner(map: AccountMap): string | undefined {
  const name = teamName(map, map.account.owner);
  return name === undefined ? undefined : t(name);
}

/** A goal's owners: theirs (a person, labelled) and ours (or the account owner), escaped. */
export function goalOwners(map: AccountMap, goal: Goal): { theirs?: string; ours?: string } {
  const theirs = mapIndex(map).person(goal.owner);
  const ours = teamName(map, goal.our_owner) ?? teamName(map, map.account.owner);
  return {
    ...(theirs ? { theirs: personLabel(theirs) } : {}),
    ...(ours ? { ours: t(ours) } : {}),
  };
}

/** `last contact 2026-01-05, 322 days ago`, or `no contact recorded`. */
export function lastContact(p: Person, asOf: string): string {
  return p.last_contact
    ? `last contact ${p.last_contact}, ${ago(p.last_contact, asOf)}`
    : 'no contact recorded';
}

/** People worth building a relationship with: present, influential, and not yet close to us. */
export function threadsToBuild(map: AccountMap): Person[] {
  return mapIndex(map)
    .present.filter(
      (p) =>
        (p.influence === 'high' || p.influence === 'medium') &&
        (p.strength === 'weak' || p.strength === 'none'),
    )
    .sort((a, b) => LEVEL_ORDER[a.influence] - LEVEL_ORDER[b.influence])
    .slice(0, NAMED_AT_MOST);
}

/** Possible champions: present supporters or advocates with influence, closest to us first. */
export function championCandidates(map: AccountMap): Person[] {
  return mapIndex(map)
    .present.filter(
      (p) => (p.stance === 'advocate' || p.stance === 'supporter') && p.influence !== 'low',
    )
    .sort(
      (a, b) =>
        LEVEL_ORDER[a.influence] - LEVEL_ORDER[b.influence] ||
        STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength],
    )
    .slice(0, NAMED_AT_MOST);
}

/**
 * Advice about the finding's subject: `text` for `who` (by default whoever owns the relationship
 * with the person the finding is about, else the account owner), about that person if any.
 */
export function adviceAbout(
  map: AccountMap,
  subject: FindingSubject,
  text: string,
  who: string | undefined = ownerOf(map, subject.person),
): Advice {
  return {
    text,
    ...(who === undefined ? {} : { who }),
    ...(subject.personIndex === undefined ? {} : { about: { person: subject.personIndex } }),
  };
}

/** The people a decision went through: those named on the event, else the buyers in the unit. */
export function deciders(
  map: AccountMap,
  event: AccountEvent | undefined,
  unit: string | undefined,
): Person[] {
  const index = mapIndex(map);
  if (event?.people?.length) {
    return event.people
      .map((id) => index.person(id))
      .filter((p): p is Person => p !== undefined && isPresent(p));
  }
  if (unit === undefined) return [];
  return index.present.filter(
    (p) =>
      p.unit === unit &&
      (p.roles ?? []).some((r) => BUDGET_ROLES.has(r) || r === 'procurement' || r === 'user-buyer'),
  );
}

/** The competitor-win or lost-deal event that records the loss of `opp`, when there is one. */
export function eventOfLoss(map: AccountMap, opp: Opportunity): number | undefined {
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
