#!/usr/bin/env node
/**
 * Realistic, valid account maps of any size, for tests and benchmarks.
 *
 * As a module (plain ESM, no build needed):
 *
 *   import { generateMap, generateMapObject } from '../scripts/generate-maps.mjs';
 *   const yamlText = generateMap({ people: 1500, seed: 7 });
 *
 * As a command:
 *
 *   node scripts/generate-maps.mjs --people 1500 --seed 7            # one map to stdout
 *   node scripts/generate-maps.mjs --count 12 --people 60 --out DIR  # DIR/gen-1.acctmap.yaml …
 *
 * The same options and seed always give the same text. A map has a unit tree (divisions,
 * departments, teams), a reporting tree that follows it (a CEO, unit heads, team leads, staff),
 * dotted-line managers, buying roles, stances, influence and relationship strengths in
 * plausible proportions, a few people who left, our team with owners and warm paths, influence
 * and conflict lines, goals, opportunities, events and financials. Every reference resolves and
 * nothing forms a cycle, so `acctmap validate` finds no schema or reference errors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

/**
 * @typedef {object} GenerateOptions
 * @property {number} [people] number of people of the account (default 60)
 * @property {number} [seed] same seed, same map (default 1)
 * @property {string} [id] account id (default `gen-SEED-PEOPLE`)
 * @property {number} [team] size of our team (default 3–8 by size)
 */
/** @typedef {{ id: string; name: string; parent?: string; depends_on?: string[] }} GenUnit */
/**
 * @typedef {object} GenPerson
 * @property {string} id
 * @property {string} name
 * @property {string} title
 * @property {string} unit
 * @property {string} [reports_to]
 * @property {string[]} [dotted_to]
 * @property {string} [stance]
 * @property {string} [influence]
 * @property {string} [strength]
 * @property {string} [owner]
 * @property {string} [last_contact]
 * @property {string} [status]
 * @property {string[]} [roles]
 */
/** @typedef {ReturnType<typeof rng>} Rng */

/**
 * A small, fast, seedable PRNG (mulberry32): the same seed gives the same map everywhere.
 * @param {number} seed
 */
function rng(seed) {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** @param {number} lo @param {number} hi */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** @template T @param {readonly T[]} list @returns {T} */
    pick: (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]),
    /** @param {number} p */
    chance: (p) => next() < p,
    /**
     * Pick by weight: `{a: 3, b: 1}` gives `a` three times as often.
     * @param {Record<string, number>} weights
     */
    weighted: (weights) => {
      const entries = Object.entries(weights);
      let r = next() * entries.reduce((s, [, w]) => s + w, 0);
      for (const [k, w] of entries) {
        r -= w;
        if (r < 0) return k;
      }
      return /** @type {[string, number]} */ (entries[entries.length - 1])[0];
    },
  };
}

const FIRST = [
  'Anna',
  'Bjørn',
  'Camilla',
  'David',
  'Eirik',
  'Fatima',
  'Gunnar',
  'Hanne',
  'Ingrid',
  'Jonas',
  'Kari',
  'Lars',
  'Maria',
  'Nils',
  'Olav',
  'Petra',
  'Ragnhild',
  'Sofia',
  'Tor',
  'Ulrika',
  'Viktor',
  'Wenche',
  'Yusuf',
  'Åse',
  'Emma',
  'Henrik',
  'Ida',
  'Jukka',
  'Linnea',
  'Mikael',
  'Nora',
  'Oskar',
  'Priya',
  'Rahul',
  'Sara',
  'Thomas',
  'Leila',
  'Mei',
  'Chen',
  'Aisha',
];
const LAST = [
  'Aas',
  'Berg',
  'Dahl',
  'Eide',
  'Fjeld',
  'Haugen',
  'Johansen',
  'Karlsson',
  'Lund',
  'Moen',
  'Nilsen',
  'Olsen',
  'Pedersen',
  'Ruud',
  'Solberg',
  'Strand',
  'Tangen',
  'Vik',
  'Wang',
  'Øien',
  'Lindqvist',
  'Mäkinen',
  'Andersson',
  'Smith',
  'Brown',
  'Khan',
  'Patel',
  'Nguyen',
  'García',
  'Müller',
];
const DIVISIONS = [
  'Group IT',
  'Group finance',
  'Operations',
  'Sales',
  'Marketing',
  'Human resources',
  'Legal',
  'Supply chain',
  'Research & development',
  'Customer service',
  'Production',
  'Strategy',
];
const DEPARTMENTS = [
  'Infrastructure',
  'Applications',
  'Security',
  'Data & analytics',
  'Procurement',
  'Controlling',
  'Accounting',
  'Logistics',
  'Quality',
  'Field service',
  'Digital',
  'Partner management',
  'Architecture',
  'Service desk',
  'Payroll',
  'Compliance',
  'Planning',
  'Engineering',
];
const TITLES = [
  'Analyst',
  'Specialist',
  'Engineer',
  'Adviser',
  'Coordinator',
  'Consultant',
  'Architect',
  'Manager',
];
const COMPANIES = [
  'Nordvik',
  'Fjordkraft',
  'Polaris',
  'Havlys',
  'Skagen',
  'Brattli',
  'Kvitfjell',
  'Solstad',
];
const SUFFIX = ['ASA', 'AS', 'Group', 'Holding', 'AB', 'Oy'];

const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
/** @param {Rng} r @param {number} fromYear @param {number} toYear */
function date(r, fromYear, toYear) {
  return `${r.int(fromYear, toYear)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
}

/** @param {string} text */
function slug(text) {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ø/gi, 'o')
      .replace(/æ/gi, 'ae')
      .replace(/å/gi, 'a')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/**
 * The map as a plain object (what the YAML says). Options: `people` (default 60), `seed`
 * (default 1), `id` (account id; default `gen-SEED-PEOPLE`), `team` (our team size; default
 * 3–8 by size).
 * @param {GenerateOptions} [options]
 */
export function generateMapObject(options = {}) {
  const peopleCount = Math.max(1, Math.floor(options.people ?? 60));
  const seed = options.seed ?? 1;
  const r = rng(seed * 7919 + peopleCount);
  const used = new Set();
  const uniqueId = (/** @type {string} */ base) => {
    let id = slug(base);
    let n = 2;
    while (used.has(id)) id = `${slug(base)}-${n++}`;
    used.add(id);
    return id;
  };

  const company = `${r.pick(COMPANIES)} ${r.pick(['Energi', 'Logistikk', 'Retail', 'Industri', 'Finans', 'Health'])} ${r.pick(SUFFIX)}`;
  const accountId = options.id ?? `gen-${seed}-${peopleCount}`;

  // Our team.
  const teamSize = options.team ?? Math.min(8, 3 + Math.floor(Math.log2(peopleCount + 1) / 2));
  const teamRoles = [
    'Key account director',
    'Executive sponsor',
    'Solution architect',
    'Delivery manager',
    'Account manager',
    'Customer success manager',
    'Pre-sales consultant',
    'Service manager',
  ];
  /** @type {Array<{ id: string; name: string; role: string | undefined }>} */
  const team = [];
  for (let i = 0; i < teamSize; i++) {
    const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
    team.push({ id: uniqueId(`our-${name}`), name, role: teamRoles[i % teamRoles.length] });
  }

  // Units: a top unit, divisions, departments, and teams in the biggest departments.
  /** @type {GenUnit[]} */
  const units = [];
  /** @type {GenUnit} */
  const top = { id: uniqueId('executive-management'), name: 'Executive management' };
  units.push(top);
  const divisionCount = Math.max(
    1,
    Math.min(DIVISIONS.length, Math.round(Math.sqrt(peopleCount) / 2.5)),
  );
  const departmentsPer = Math.max(0, Math.round(peopleCount / divisionCount / 40));
  /** @type {GenUnit[]} */
  const leafUnits = [];
  for (let d = 0; d < divisionCount; d++) {
    const divisionName = /** @type {string} */ (DIVISIONS[d]);
    /** @type {GenUnit} */
    const division = { id: uniqueId(divisionName), name: divisionName, parent: top.id };
    units.push(division);
    if (departmentsPer === 0) leafUnits.push(division);
    for (let k = 0; k < departmentsPer; k++) {
      const base = DEPARTMENTS[(d * 5 + k) % DEPARTMENTS.length];
      const name = k < DEPARTMENTS.length ? `${base}` : `${base} ${k + 1}`;
      /** @type {GenUnit} */
      const dept = {
        id: uniqueId(`${division.name} ${name}`),
        name: `${name} (${division.name})`,
        parent: division.id,
      };
      units.push(dept);
      leafUnits.push(dept);
    }
  }
  // Some dependencies between units, never on themselves.
  for (const u of units) {
    if (u === top || !r.chance(0.3)) continue;
    const other = r.pick(units);
    if (other.id !== u.id && other.id !== u.parent) u.depends_on = [other.id];
  }

  // People: a CEO, a head per unit (reporting to the head of the parent unit), then team
  // leads and staff in the leaf units, so the reporting tree has realistic depth.
  /** @type {GenPerson[]} */
  const people = [];
  /** @type {Map<string | undefined, string>} */
  const headOf = new Map();
  /**
   * @param {GenUnit} unit @param {string} title @param {string | undefined} managerId
   * @param {number} level
   */
  const makePerson = (unit, title, managerId, level) => {
    const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
    /** @type {GenPerson} */
    const p = { id: uniqueId(name), name, title, unit: unit.id };
    if (managerId) p.reports_to = managerId;
    p.stance = r.weighted({
      unknown: 40,
      neutral: 25,
      supporter: 15,
      advocate: 7,
      skeptic: 9,
      opponent: 4,
    });
    p.influence =
      level === 0
        ? 'high'
        : level === 1
          ? r.weighted({ high: 3, medium: 2 })
          : level === 2
            ? r.weighted({ medium: 3, low: 1, unknown: 1 })
            : r.weighted({ low: 3, unknown: 3, medium: 1 });
    const strength =
      level <= 1
        ? r.weighted({ strong: 2, medium: 3, weak: 2, none: 2 })
        : r.weighted({ medium: 1, weak: 3, none: 16 });
    if (strength !== 'none') {
      p.strength = strength;
      p.owner = r.pick(team).id;
      p.last_contact = date(r, 2025, 2026);
    }
    const status = r.weighted({ active: 95, left: 3, new: 2 });
    if (status !== 'active') p.status = status;
    people.push(p);
    return p;
  };
  const ceo = makePerson(top, 'Chief executive officer', undefined, 0);
  delete ceo.status;
  ceo.roles = ['economic-buyer', 'sponsor'];
  headOf.set(top.id, ceo.id);
  for (const u of units) {
    if (u === top || people.length >= peopleCount) continue;
    const parentHead = headOf.get(u.parent) ?? ceo.id;
    const level = u.parent === top.id ? 1 : 2;
    const head = makePerson(u, `Head of ${u.name}`, parentHead, level);
    if (head.status === 'left') delete head.status; // heads who left are replaced, keep them active
    headOf.set(u.id, head.id);
  }
  /** @type {Map<string, string[]>} */
  const leads = new Map(leafUnits.map((u) => [u.id, []]));
  while (people.length < peopleCount) {
    const unit = r.pick(leafUnits);
    const unitLeads = leads.get(unit.id) ?? [];
    const head = headOf.get(unit.id) ?? ceo.id;
    // Every eighth person in a unit leads a team; the others report to a lead or the head.
    if (unitLeads.length === 0 || r.chance(0.12)) {
      const lead = makePerson(unit, `Team lead, ${unit.name}`, head, 2);
      unitLeads.push(lead.id);
    } else {
      const manager = r.chance(0.85) ? r.pick(unitLeads) : head;
      makePerson(unit, `${r.pick(TITLES)}, ${unit.name}`, manager, 3);
    }
  }

  // Buying roles in plausible places.
  const heads = people.filter((p) => p.title?.startsWith('Head of'));
  /** @param {GenPerson} p @param {string} role */
  const roleFor = (p, role) => {
    p.roles = [...new Set([...(p.roles ?? []), role])];
  };
  for (const h of heads) {
    if (r.chance(0.25))
      roleFor(h, r.pick(['decision-maker', 'technical-buyer', 'influencer', 'economic-buyer']));
  }
  for (const p of people) {
    if (p.status === 'left') continue;
    if (r.chance(0.02))
      roleFor(
        p,
        r.pick(['champion', 'coach', 'user-buyer', 'gatekeeper', 'influencer', 'procurement']),
      );
  }
  const champion = people.find((p) => p.stance === 'advocate' && p.status !== 'left');
  if (champion) roleFor(champion, 'champion');

  // Dotted lines to another unit's head (never to oneself or one's own reports chain top).
  for (const p of people) {
    if (p === ceo || !r.chance(0.03)) continue;
    const h = r.pick(heads);
    if (h && h.id !== p.id && h.id !== p.reports_to) p.dotted_to = [h.id];
  }

  // Connections: our warm paths, influence and conflict among their people.
  /** @type {Array<{ from: string; to: string; type: string; strength?: string }>} */
  const connections = [];
  const active = people.filter((p) => p.status !== 'left');
  for (const p of active) {
    if (p.strength && r.chance(0.3)) {
      connections.push({
        from: r.pick(team).id,
        to: p.id,
        type: r.pick(['knows', 'knows', 'former-colleague', 'introduced']),
        strength: p.strength === 'strong' ? 'strong' : r.pick(['medium', 'weak']),
      });
    }
  }
  const influencers = active.filter((p) => p.influence === 'high' || p.influence === 'medium');
  for (let i = 0; i < Math.max(1, Math.round(peopleCount * 0.02)) && influencers.length > 1; i++) {
    const a = r.pick(influencers);
    const b = r.pick(active);
    if (a.id !== b.id)
      connections.push({
        from: a.id,
        to: b.id,
        type: 'influences',
        strength: r.pick(['strong', 'medium', 'weak']),
      });
  }
  for (let i = 0; i < Math.max(1, Math.round(peopleCount * 0.005)) && active.length > 1; i++) {
    const a = r.pick(active);
    const b = r.pick(active);
    if (a.id !== b.id) connections.push({ from: a.id, to: b.id, type: 'conflicts' });
  }

  const years = [2022, 2023, 2024, 2025];
  let revenue = r.int(2, 40) * 100_000;
  /** @type {Record<number, number>} */
  const revenueByYear = {};
  for (const y of years) {
    revenueByYear[y] = revenue;
    revenue = Math.round(revenue * (0.85 + r.next() * 0.4));
  }
  const decider = heads.find((h) => h.roles?.includes('decision-maker')) ?? ceo;
  const map = {
    acctmap: 1,
    account: {
      id: accountId,
      name: company,
      industry: r.pick(['Energy', 'Logistics', 'Retail', 'Manufacturing', 'Finance', 'Healthcare']),
      country: r.pick(['NO', 'SE', 'FI', 'DK']),
      employees: peopleCount * r.int(3, 20),
      owner: team[0]?.id,
      tier: r.pick(['key', 'growth', 'maintain']),
      reviewed: date(r, 2026, 2026),
    },
    relationship: {
      status: 'customer',
      since: date(r, 2012, 2022),
      stage: r.pick(['basic', 'cooperative', 'interdependent']),
      long_term_interest: r.pick(['high', 'medium', 'low']),
      commonality: r.pick(['high', 'medium', 'low']),
      roi: {
        ours: r.pick(['positive', 'neutral']),
        theirs: r.pick(['positive', 'neutral', 'unknown']),
      },
      competitors: ['Rival Consulting', 'BigCo Services'].slice(0, r.int(0, 2)),
    },
    financials: {
      currency: r.pick(['NOK', 'EUR', 'SEK']),
      revenue: revenueByYear,
      margin: Math.round((0.1 + r.next() * 0.3) * 100) / 100,
      wallet: revenue * r.int(3, 8),
    },
    team,
    units,
    people,
    connections,
    goals: [
      {
        id: 'modernise',
        title: 'Modernise the core platform',
        owner: decider.id,
        our_owner: team[0]?.id,
        due: '2026-12-31',
        status: r.pick(['on-track', 'at-risk', 'planned']),
      },
      {
        title: 'Cut incident volume by a third',
        owner: ceo.id,
        status: r.pick(['met', 'on-track', 'missed']),
        due: '2026-06-30',
      },
    ],
    opportunities: [
      {
        id: 'renewal',
        title: 'Renewal of the service agreement',
        value: r.int(5, 50) * 100_000,
        stage: r.pick(['qualified', 'proposed', 'won']),
        recurring: true,
      },
      {
        title: 'Data platform pilot',
        unit: r.pick(units).id,
        value: r.int(1, 9) * 100_000,
        stage: r.pick(['identified', 'qualified', 'lost']),
      },
    ],
    events: [
      {
        date: date(r, 2025, 2026),
        type: r.pick(['reorganization', 'expansion', 'budget-cut', 'renewal']),
        summary: 'Generated event for testing',
        people: [ceo.id],
      },
    ],
  };
  if (map.relationship.competitors.length === 0)
    delete (/** @type {{ competitors?: string[] }} */ (map.relationship).competitors);
  return map;
}

/**
 * The map as YAML text, ready to write to `NAME.acctmap.yaml`. Same options as `generateMapObject`.
 * @param {GenerateOptions} [options]
 */
export function generateMap(options = {}) {
  return stringify(generateMapObject(options), { lineWidth: 0 });
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ people: number; seed: number; count: number; out?: string; help?: boolean }} */
  const out = { people: 60, seed: 1, count: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--people') out.people = Number(value());
    else if (a === '--seed') out.seed = Number(value());
    else if (a === '--count') out.count = Number(value());
    else if (a === '--out') out.out = value();
    else if (a === '-h' || a === '--help') out.help = true;
    else throw new Error(`unknown option ${a}`);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`generate-maps: ${error instanceof Error ? error.message : error}\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(
      'usage: node scripts/generate-maps.mjs [--people N] [--seed S] [--count C] [--out DIR]\n',
    );
    process.exit(0);
  }
  if (args.count === 1 && !args.out) {
    process.stdout.write(generateMap({ people: args.people, seed: args.seed }));
  } else {
    const dir = args.out ?? '.';
    mkdirSync(dir, { recursive: true });
    for (let i = 1; i <= args.count; i++) {
      const text = generateMap({ people: args.people, seed: args.seed + i - 1, id: `gen-${i}` });
      writeFileSync(path.join(dir, `gen-${i}.acctmap.yaml`), text);
    }
    process.stderr.write(`wrote ${args.count} maps of ${args.people} people to ${dir}\n`);
  }
}
