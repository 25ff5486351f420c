/**
 * The `influence` view: our team on the left, the account's people on the right. Lines from our
 * people are our ways in (connections and relationship owners), drawn thicker the stronger they
 * are; between their people, who influences whom, who is in conflict with whom, who knows whom,
 * dotted-line managers and (thin grey) reporting lines, so power can be read off the picture.
 */
import type { Connection, Person } from '../model/account-map.js';
import { isPresent } from '../model/map-index.js';
import type { PathStep } from '../paths/index.js';
import type { Drawn } from './fit.js';
import { type EdgeStyle, Flowchart } from './flowchart.js';
import { personLabel, teamLabel } from './labels.js';
import type { OrgModel } from './model.js';
import { Styles } from './style.js';

type Strength = 'strong' | 'medium' | 'weak';

const WARM: Record<Strength, EdgeStyle> = {
  strong: { arrow: '==>', css: 'stroke:#1565c0,stroke-width:4px' },
  medium: { arrow: '-->', css: 'stroke:#1565c0,stroke-width:2px' },
  weak: { arrow: '-.->', css: 'stroke:#64b5f6,stroke-width:1.5px' },
};
const NO_RELATIONSHIP: EdgeStyle = { arrow: '-.->', css: 'stroke:#9e9e9e,stroke-width:1px' };
const INFLUENCES: Record<Strength, EdgeStyle> = {
  strong: { arrow: '==>', css: 'stroke:#6a1b9a,stroke-width:4px' },
  medium: { arrow: '-->', css: 'stroke:#6a1b9a,stroke-width:2px' },
  weak: { arrow: '-.->', css: 'stroke:#6a1b9a,stroke-width:1.5px' },
};
const CONFLICT: EdgeStyle = { arrow: 'x--x', css: 'stroke:#c62828,stroke-width:2.5px' };
const KNOWS: EdgeStyle = { arrow: '---', css: 'stroke:#8d6e63,stroke-width:1.5px' };
const DOTTED: EdgeStyle = { arrow: '-.-', css: 'stroke:#7e57c2,stroke-width:1.5px' };
const REPORTS: EdgeStyle = { arrow: '---', css: 'stroke:#b0bec5,stroke-width:1px' };
/** The best warm path (`--path-to`): thick orange, numbered, over whatever line was there. */
const PATH: EdgeStyle = { arrow: '==>', css: 'stroke:#ef6c00,stroke-width:5px' };
const PATH_NODE = 'stroke:#ef6c00,stroke-width:4px';

/** What a step of a path goes through, on its line. */
const VIA_LABEL: Record<PathStep['via'], string> = {
  owner: 'our contact',
  moved: 'moved here',
  knows: 'knows',
  'former-colleague': 'former colleague',
  influences: 'influences',
  introduced: 'introduced',
  reports_to: 'reporting line',
  dotted_to: 'dotted line',
};

const TYPE_LABEL: Record<string, string> = {
  knows: 'knows',
  influences: 'influences',
  conflicts: 'conflict',
  introduced: 'introduced',
  'former-colleague': 'former colleague',
};

function strengthOf(c: Connection): Strength {
  return c.strength === 'strong' || c.strength === 'weak' ? c.strength : 'medium';
}

/** Whether a person earns a place in the influence view when no filter picks people. */
export function isRelevant(model: OrgModel, p: Person, linked: ReadonlySet<string>): boolean {
  return (
    linked.has(p.id) ||
    (p.roles ?? []).length > 0 ||
    p.influence === 'high' ||
    (p.strength !== undefined && p.strength !== 'none') ||
    (p.owner !== undefined && model.teamById.has(p.owner)) ||
    (p.dotted_to ?? []).length > 0
  );
}

/** Ids of everyone named in a connection or as someone's dotted-line manager. */
export function linkedIds(model: OrgModel): Set<string> {
  const out = new Set<string>();
  for (const c of model.map.connections ?? []) {
    out.add(c.from);
    out.add(c.to);
  }
  for (const p of model.people) for (const d of p.dotted_to ?? []) out.add(d);
  return out;
}

/**
 * Neighbours of anyone (team member or person) over every line the influence view draws:
 * connections, owners, dotted lines and reporting lines, both ways.
 */
export function neighbours(model: OrgModel): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    if (!out.has(a)) out.set(a, new Set());
    if (!out.has(b)) out.set(b, new Set());
    out.get(a)!.add(b);
    out.get(b)!.add(a);
  };
  const known = (id: string) => model.personById.has(id) || model.teamById.has(id);
  for (const c of model.map.connections ?? []) if (known(c.from) && known(c.to)) link(c.from, c.to);
  for (const p of model.people) {
    if (p.owner && model.teamById.has(p.owner)) link(p.owner, p.id);
    for (const d of p.dotted_to ?? []) if (model.personById.has(d)) link(d, p.id);
    const m = model.managerOf(p);
    if (m) link(m.id, p.id);
  }
  return out;
}

/**
 * Draw the people in `members` (account people's ids) with the team members in `team`, and every
 * line between things drawn.
 */
export function drawInfluence(
  model: OrgModel,
  members: ReadonlySet<string>,
  team: ReadonlySet<string>,
  options: { legend: boolean; accountName: string; path?: readonly PathStep[] },
): Drawn {
  const chart = new Flowchart('LR');
  const styles = new Styles(chart);
  const pid = chart.ids('p');
  const tid = chart.ids('t');
  const gid = chart.ids('g');
  const idOf = (id: string) => (model.teamById.has(id) ? tid.of(id) : pid.of(id));
  const drawn = (id: string) => team.has(id) || members.has(id);
  // Lines on the best path are drawn once, as the path.
  const pair = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const path = (options.path ?? []).filter((s) => drawn(s.from) && drawn(s.to));
  const onPath = new Set(path.map((s) => pair(s.from, s.to)));
  const off = (a: string, b: string) => !onPath.has(pair(a, b));

  const teamDrawn = model.team.filter((t) => team.has(t.id) && model.teamById.get(t.id) === t);
  const people = model.people.filter((p) => members.has(p.id) && model.personById.get(p.id) === p);
  if (teamDrawn.length > 0) {
    chart.subgraph(gid.of('team'), [{ text: 'Our team', style: 'b' }], () => {
      for (const t of teamDrawn)
        chart.node(tid.of(t.id), teamLabel(t), { shape: 'round', cls: styles.use('team') });
    });
    chart.style(gid.of('team'), 'fill:#e3f2fd,stroke:#90caf9,color:#0d47a1');
  }
  chart.subgraph(gid.of('account'), [{ text: options.accountName, style: 'b', wrap: 48 }], () => {
    for (const p of people) {
      const cls = !isPresent(p)
        ? styles.use('gone')
        : styles.person(p.stance, p.strength, p.influence);
      if (isPresent(p) && (p.roles ?? []).length > 0) styles.usedRoles();
      chart.node(pid.of(p.id), personLabel(p), { shape: 'round', cls });
    }
  });
  chart.style(gid.of('account'), 'fill:#fafafa,stroke:#b0bec5,color:#37474f');

  // Our ways in: connections between a team member and a person, merged with ownership.
  const warm = new Map<
    string,
    { from: string; to: string; strength: Strength | 'none'; labels: string[] }
  >();
  const others: Connection[] = [];
  for (const c of model.map.connections ?? []) {
    if (!drawn(c.from) || !drawn(c.to) || c.from === c.to) continue;
    if (!off(c.from, c.to) && c.type !== 'conflicts') continue;
    const fromTeam = model.teamById.has(c.from);
    const toTeam = model.teamById.has(c.to);
    if (fromTeam !== toTeam && c.type !== 'conflicts') {
      const [ours, theirs] = fromTeam ? [c.from, c.to] : [c.to, c.from];
      const key = `${ours} ${theirs}`;
      const entry = warm.get(key) ?? {
        from: ours,
        to: theirs,
        strength: 'weak' as Strength,
        labels: [],
      };
      if (rank(strengthOf(c)) > rank(entry.strength)) entry.strength = strengthOf(c);
      if (c.type !== 'knows') entry.labels.push(TYPE_LABEL[c.type] ?? c.type);
      warm.set(key, entry);
    } else {
      others.push(c);
    }
  }
  for (const p of people) {
    if (!p.owner || !team.has(p.owner) || !isPresent(p) || !off(p.owner, p.id)) continue;
    const key = `${p.owner} ${p.id}`;
    const strength =
      p.strength === 'strong' || p.strength === 'medium' || p.strength === 'weak'
        ? p.strength
        : 'none';
    const entry = warm.get(key);
    // Ownership is the usual way in, so it is drawn without a label; only other kinds of
    // connection (introduced, former colleague, …) are named on the line.
    if (entry) {
      if (rank(strength) > rank(entry.strength)) entry.strength = strength;
    } else {
      warm.set(key, { from: p.owner, to: p.id, strength, labels: [] });
    }
  }
  for (const w of warm.values()) {
    const style =
      w.strength === 'none'
        ? styles.edgeKind('warm-none', NO_RELATIONSHIP, 'owner, no relationship yet')
        : styles.edgeKind(`warm-${w.strength}`, WARM[w.strength], `our ${w.strength} relationship`);
    chart.edge(tid.of(w.from), pid.of(w.to), style, w.labels.join(' · ') || undefined);
  }
  for (const c of others) {
    const type = TYPE_LABEL[c.type] ?? c.type;
    if (c.type === 'influences') {
      const s = strengthOf(c);
      chart.edge(
        idOf(c.from),
        idOf(c.to),
        styles.edgeKind(`infl-${s}`, INFLUENCES[s], `influences (${s})`),
      );
    } else if (c.type === 'conflicts') {
      chart.edge(idOf(c.from), idOf(c.to), styles.edgeKind('conflict', CONFLICT, 'conflict'));
    } else {
      chart.edge(
        idOf(c.from),
        idOf(c.to),
        styles.edgeKind('knows', KNOWS, 'knows each other'),
        c.type === 'knows' ? undefined : type,
      );
    }
  }
  for (const p of people) {
    for (const d of new Set(p.dotted_to ?? [])) {
      if (d !== p.id && members.has(d) && off(d, p.id))
        chart.edge(
          pid.of(d),
          pid.of(p.id),
          styles.edgeKind('dotted', DOTTED, 'dotted-line manager'),
        );
    }
  }
  for (const p of people) {
    const m = model.managerOf(p);
    if (m && members.has(m.id) && off(m.id, p.id))
      chart.edge(pid.of(m.id), pid.of(p.id), styles.edgeKind('reports', REPORTS, 'reports to'));
  }
  path.forEach((step, i) => {
    chart.edge(
      idOf(step.from),
      idOf(step.to),
      styles.edgeKind('path', PATH, 'best warm path, step by step'),
      `${i + 1}. ${VIA_LABEL[step.via]} (${step.weight})`,
    );
  });
  for (const id of new Set(path.flatMap((s) => [s.from, s.to]))) chart.style(idOf(id), PATH_NODE);
  if (options.legend) styles.legend();
  return { mermaid: chart.toString(), edges: chart.edgeCount };
}

function rank(s: Strength | 'none'): number {
  return s === 'strong' ? 3 : s === 'medium' ? 2 : s === 'weak' ? 1 : 0;
}
