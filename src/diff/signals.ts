/**
 * The four signals that only time shows (the source text's red flags say a relationship *is
 * changing*; one snapshot cannot see movement). Each comes with its evidence: the people it is
 * about, or the periods and figures.
 */
import type { AccountMap, Person } from '../model/account-map.js';
import { isPresent } from '../model/map-index.js';
import { isQuarter, quarterIndex, quarterName } from '../model/periods.js';
import { joinAnd, money, percent, plural, words } from '../text/index.js';
import { directionOf } from './compare.js';
import type { Signal } from './types.js';

/** `reorganization`: 3 or more people, or a fifth of the active people, changed unit or manager. */
const REORGANIZATION_PEOPLE = 3;
const REORGANIZATION_SHARE = 0.2;
/** `revenue-drop`: the latest period 20 % or more below the same period a year before. */
const REVENUE_DROP = 0.2;

const byId = (people: readonly Person[] = []) => {
  const m = new Map<string, Person>();
  for (const p of people) if (!m.has(p.id)) m.set(p.id, p);
  return m;
};

const label = (p: Person) => `${p.name} (${p.id})`;

export function findSignals(before: AccountMap, after: AccountMap): Signal[] {
  const out: Signal[] = [];
  const was = byId(before.people);
  const now = byId(after.people);

  // Reorganisation: the org chart moved under people who are at the account on both sides.
  const moved: Array<{ person: Person; what: string[] }> = [];
  for (const [id, p] of was) {
    const q = now.get(id);
    if (!q || !isPresent(p) || !isPresent(q)) continue;
    const what: string[] = [];
    if ((p.unit ?? null) !== (q.unit ?? null))
      what.push(`unit ${p.unit ?? 'none'} → ${q.unit ?? 'none'}`);
    if ((p.reports_to ?? null) !== (q.reports_to ?? null))
      what.push(`reports to ${p.reports_to ?? 'nobody'} → ${q.reports_to ?? 'nobody'}`);
    if (what.length) moved.push({ person: q, what });
  }
  const active = [...was.values()].filter(isPresent).length;
  if (
    moved.length >= REORGANIZATION_PEOPLE ||
    (moved.length > 0 && moved.length >= active * REORGANIZATION_SHARE)
  ) {
    out.push({
      signal: 'reorganization',
      message: `${plural(moved.length, 'person', 'people')} of ${active} changed unit or manager: ${joinAnd(
        moved.map((m) => `${label(m.person)}: ${m.what.join(', ')}`),
        6,
      )}`,
      people: moved.map((m) => m.person.id),
    });
  }

  // People with a buying role who left or were taken off the map.
  const gone: Array<{ person: Person; how: string }> = [];
  for (const [id, p] of was) {
    if (!isPresent(p) || !p.roles?.length) continue;
    const q = now.get(id);
    if (!q) gone.push({ person: p, how: 'was taken off the map' });
    else if (!isPresent(q)) gone.push({ person: p, how: 'left' });
  }
  if (gone.length) {
    out.push({
      signal: 'people-left',
      message: `${plural(gone.length, 'person', 'people')} with a buying role gone: ${joinAnd(
        gone.map(
          (g) => `${label(g.person)}, ${joinAnd((g.person.roles ?? []).map(words))}, ${g.how}`,
        ),
        6,
      )}`,
      people: gone.map((g) => g.person.id),
    });
  }

  // Cooling: someone with high influence moved toward `opponent`, or our tie toward `none`.
  const cooled: Array<{ person: Person; what: string[] }> = [];
  for (const [id, p] of was) {
    const q = now.get(id);
    if (!q || !isPresent(q) || (p.influence !== 'high' && q.influence !== 'high')) continue;
    const what: string[] = [];
    if (directionOf('person', 'stance', p.stance, q.stance) === 'worse')
      what.push(`stance ${p.stance} → ${q.stance}`);
    if (directionOf('person', 'strength', p.strength, q.strength) === 'worse')
      what.push(`our relationship ${p.strength} → ${q.strength}`);
    if (what.length) cooled.push({ person: q, what });
  }
  if (cooled.length) {
    out.push({
      signal: 'cooling',
      message: `cooling with ${plural(cooled.length, 'person', 'people')} of high influence: ${joinAnd(
        cooled.map((c) => `${label(c.person)}: ${c.what.join(', ')}`),
        6,
      )}`,
      people: cooled.map((c) => c.person.id),
    });
  }

  const drop = revenueDrop(after);
  if (drop && !sameDrop(drop, revenueDrop(before))) {
    const currency = after.financials?.currency;
    out.push({
      signal: 'revenue-drop',
      message: `revenue in ${drop.period} is ${money(drop.revenue, currency)}, ${percent((drop.previous - drop.revenue) / drop.previous)} below ${money(drop.previous, currency)} in ${drop.compared_to}`,
      period: drop.period,
      compared_to: drop.compared_to,
      revenue: drop.revenue,
      previous: drop.previous,
    });
  }
  return out;
}

interface Drop {
  period: string;
  compared_to: string;
  revenue: number;
  previous: number;
}

/** The latest period's revenue against the same period a year before, when 20 % or more lower. */
function revenueDrop(map: AccountMap): Drop | undefined {
  const revenue = map.financials?.revenue;
  if (!revenue) return undefined;
  const periods = Object.keys(revenue).sort((a, b) => order(a) - order(b));
  const latest = periods[periods.length - 1];
  if (latest === undefined) return undefined;
  const q = quarterIndex(latest);
  const earlier =
    isQuarter(latest) && q !== undefined ? quarterName(q - 4) : String(Number(latest) - 1);
  const now = revenue[latest];
  const then = revenue[earlier];
  if (now === undefined || then === undefined || then <= 0) return undefined;
  if (now > then * (1 - REVENUE_DROP)) return undefined;
  return { period: latest, compared_to: earlier, revenue: now, previous: then };
}

function order(period: string): number {
  return quarterIndex(period) ?? Number(period) * 4;
}

function sameDrop(a: Drop, b: Drop | undefined): boolean {
  return (
    b !== undefined &&
    a.period === b.period &&
    a.compared_to === b.compared_to &&
    a.revenue === b.revenue &&
    a.previous === b.previous
  );
}
