/**
 * Realistic account maps for the benchmark: `generateMap({ people, seed })` returns the YAML text
 * of one map, written the way people write them (comments, blank lines between people, flow
 * lists for roles, block lists for goals). The same seed always gives the same text.
 *
 * The mix is on purpose: most maps are quiet as of 2026-11-23, but like a real portfolio some
 * carry red flags (a stale contact, a lost recurring deal, a champion who left), so the
 * benchmark pays for placing findings on lines and columns, not only for clean files.
 */

const FIRST = [
  'Anna',
  'Bjørn',
  'Camilla',
  'Dag',
  'Eva',
  'Frode',
  'Guro',
  'Hans',
  'Ingrid',
  'Jonas',
  'Kari',
  'Lars',
  'Marit',
  'Nils',
  'Ola',
  'Petra',
  'Rune',
  'Silje',
  'Tor',
  'Unni',
  'Vegard',
  'Wenche',
  'Yasmin',
  'Åse',
  'Øystein',
  'Ahmed',
  'Mei',
  'José',
  'Fatima',
  'Olek',
];
const LAST = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Berg',
  'Haugen',
  'Hagen',
  'Strøm',
  'Lie',
  'Moe',
  'Dahl',
  'Lund',
  'Nasser',
  'Wong',
  'García',
  'Kowalski',
  'Ulvik',
  'Sjursen',
];
const UNITS = [
  ['management', 'Management group'],
  ['finance', 'Finance'],
  ['operations', 'Operations'],
  ['it', 'IT and digital'],
  ['procurement', 'Procurement'],
  ['sales', 'Sales and key accounts'],
  ['marketing', 'Marketing'],
  ['hr', 'People and culture'],
  ['legal', 'Legal and compliance'],
  ['logistics', 'Logistics'],
];
const TITLES = [
  'Head of',
  'Director of',
  'Manager,',
  'Lead,',
  'Senior analyst,',
  'Controller,',
  'Architect,',
];
const ROLES = [
  'technical-buyer',
  'user-buyer',
  'coach',
  'influencer',
  'gatekeeper',
  'procurement',
  'sponsor',
];
const STANCES = ['advocate', 'supporter', 'supporter', 'neutral', 'neutral', 'skeptic', 'unknown'];
const LEVELS = ['high', 'medium', 'medium', 'low'];
const STRENGTHS = ['strong', 'medium', 'medium', 'weak', 'none'];
const CHALLENGES = [
  'Budget frozen until the next planning round',
  'Two systems doing the same job after the last acquisition',
  'Hard to hire people with the right skills',
  'Reports take three weeks to close each month',
  'Suppliers deliver late, 12 % of orders miss the promised date',
  'Too many manual steps between order and invoice',
];
const GOALS = [
  'Cut the monthly close from 15 to 8 working days',
  'One platform for all business units by 2028',
  'Customer satisfaction (NPS) above 40',
  'Energy use down 20 % by 2030',
  'Every supplier on the new contract terms',
];

/**
 * Small, fast, seedable PRNG (mulberry32): the same seed gives the same map on every machine.
 * @param {number} seed
 */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/** A date `days` before 2026-11-23 (the benchmark's `--as-of`). @param {number} days */
function daysBefore(days) {
  const d = new Date(Date.UTC(2026, 10, 23) - days * 86400000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** @param {string} text */
function slug(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/Å/g, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * @param {{ people?: number, seed?: number }} options
 * @returns {string} the YAML text of one account map
 */
export function generateMap({ people = 40, seed = 1 } = {}) {
  const r = rng(seed * 7919 + 17);
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => /** @type {T} */ (list[Math.floor(r() * list.length)]);
  const chance = (/** @type {number} */ p) => r() < p;
  // About a third of the maps carry one or more red flags, as in a real portfolio.
  const flagged = chance(0.3);

  const id = `account-${seed}`;
  const name = `${pick(LAST)} ${pick(['Industri', 'Energi', 'Logistikk', 'Bank', 'Retail'])} ${seed}`;
  /** @type {string[]} */
  const lines = [];
  const out = (/** @type {string} */ s) => lines.push(s);

  out('# yaml-language-server: $schema=../schemas/account-map.schema.json');
  out(`# Account map for ${name}, kept by the key-account team.`);
  out('');
  out('acctmap: 1');
  out('');
  out('account:');
  out(`  id: ${id}`);
  out(`  name: ${name}`);
  out(`  industry: ${pick(['Manufacturing', 'Energy', 'Banking', 'Retail', 'Logistics'])}`);
  out('  country: Norway');
  out(`  segment: ${pick(['Enterprise', 'Mid-market'])}`);
  out(`  website: https://${id}.example`);
  out(`  employees: ${200 + Math.floor(r() * 9000)}`);
  out('  owner: our-lead');
  out(`  tier: ${chance(0.05) ? 'key' : pick(['growth', 'maintain'])}`);
  out(`  reviewed: ${daysBefore(flagged && chance(0.3) ? 240 : 10 + Math.floor(r() * 60))}`);
  out('  tags: [norway, enterprise]');
  out('');
  out('relationship:');
  out('  status: customer');
  out(`  since: ${2015 + Math.floor(r() * 10)}-0${1 + Math.floor(r() * 9)}-15`);
  out(`  stage: ${pick(['basic', 'cooperative', 'interdependent'])}`);
  out(`  long_term_interest: ${pick(['high', 'medium'])}`);
  out(`  commonality: ${pick(['high', 'medium', 'low'])}`);
  out('  common_ground:');
  out('    - Both value long-term partnerships over one-off projects');
  out('  roi:');
  out('    ours: positive');
  out(`    theirs: ${flagged && chance(0.2) ? 'negative' : 'positive'}`);
  out('  competitors: ["A global consultancy", "A local integrator"]');
  out('');
  out('financials:');
  out('  currency: NOK');
  out('  revenue:');
  let revenue = 1_000_000 + Math.floor(r() * 20_000_000);
  for (let y = 2021; y <= 2025; y++) {
    out(`    ${y}: ${revenue}`);
    revenue = Math.round(revenue * (0.9 + r() * 0.3));
  }
  out(`  margin: 0.${10 + Math.floor(r() * 30)}`);
  out(`  wallet: ${revenue * 4}`);
  out('');
  out('team:');
  out('  - id: our-lead');
  out('    name: Key account lead');
  out('    role: Account lead');
  out('    email: lead@example.com');
  out('  - id: our-delivery');
  out('    name: Delivery manager');
  out('    role: Delivery');
  out('  - id: our-architect');
  out('    name: Solution architect');
  out('');
  const team = ['our-lead', 'our-delivery', 'our-architect'];

  out('units:');
  const unitCount = 6 + Math.floor(r() * 4);
  const units = UNITS.slice(0, unitCount);
  units.forEach(([uid, uname], i) => {
    out(`  - id: ${uid}`);
    out(`    name: ${uname}`);
    if (i > 0) out('    parent: management');
    if (i > 1 && chance(0.5)) out(`    depends_on: [${units[1 + Math.floor(r() * (i - 1))]?.[0]}]`);
  });
  out('');

  out('# Stakeholders: who decides, who helps, who resists.');
  out('people:');
  /** @type {string[]} */
  const ids = [];
  for (let i = 0; i < people; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    let pid = slug(`${first}-${last}`);
    if (ids.includes(pid)) pid = `${pid}-${i}`;
    ids.push(pid);
    const unit = i === 0 ? 'management' : pick(units)[0];
    const roles =
      i === 0
        ? ['economic-buyer']
        : i === 1
          ? ['champion', 'decision-maker']
          : chance(0.6)
            ? [pick(ROLES)]
            : [];
    const influence = i < 4 ? 'high' : pick(LEVELS);
    const leftChampion = flagged && i === 1 && chance(0.2);
    // Champions are called often (within 30 days); a stale contact is one of the red flags.
    const staleDays =
      flagged && influence === 'high' && chance(0.3) ? 150 : Math.floor(r() * (i === 1 ? 25 : 60));
    out(`  - id: ${pid}`);
    out(`    name: ${first} ${last}`);
    out(`    title: ${pick(TITLES)} ${units.find(([u]) => u === unit)?.[1]?.toLowerCase()}`);
    out(`    unit: ${unit}`);
    if (i > 0) out(`    reports_to: ${ids[Math.floor(r() * Math.min(i, 6))]}`);
    if (roles.length) out(`    roles: [${roles.join(', ')}]`);
    // Nobody influential is left with an unknown stance in a kept map.
    const stance = i < 2 ? 'supporter' : pick(STANCES);
    out(`    stance: ${stance === 'unknown' && influence === 'high' ? 'neutral' : stance}`);
    out(`    influence: ${influence}`);
    out(`    strength: ${i < 4 ? 'strong' : pick(STRENGTHS)}`);
    out(`    owner: ${i < 4 ? 'our-lead' : pick(team)}`);
    out(`    last_contact: ${daysBefore(staleDays)}`);
    if (leftChampion) out('    status: left');
    if (chance(0.5)) {
      out('    challenges:');
      out(`      - ${pick(CHALLENGES)}`);
    }
    if (chance(0.4)) {
      out('    goals:');
      out(`      - ${pick(GOALS)}`);
    }
    if (chance(0.3)) out(`    email: ${pid}@${id}.example`);
    if (chance(0.2)) out(`    phone: "+47 ${10000000 + Math.floor(r() * 89999999)}"`);
    if (chance(0.15))
      out(
        `    notes: Met at the ${pick(['spring', 'autumn'])} conference; follow up on the pilot.`,
      );
    out('');
  }

  out('connections:');
  for (let i = 0; i < Math.min(12, people - 1); i++) {
    out(`  - from: ${ids[i]}`);
    out(`    to: ${ids[i + 1]}`);
    out(`    type: ${pick(['knows', 'influences', 'former-colleague'])}`);
    out(`    strength: ${pick(['strong', 'medium', 'weak'])}`);
  }
  out('');

  out('goals:');
  for (let g = 0; g < 4; g++) {
    out(`  - id: goal-${g + 1}`);
    out(`    title: ${pick(GOALS)}`);
    out(`    owner: ${ids[g % ids.length]}`);
    out(`    our_owner: ${pick(team)}`);
    out(`    due: ${2027 + Math.floor(r() * 2)}-06-30`);
    out(`    status: ${pick(['planned', 'on-track', 'on-track', 'at-risk'])}`);
  }
  out('');

  out('opportunities:');
  for (let o = 0; o < 4; o++) {
    const lost = flagged && o === 0 && chance(0.3);
    out(`  - id: opportunity-${o + 1}`);
    out(
      `    title: ${pick(['Managed services renewal', 'Cloud migration', 'Data platform', 'Support agreement'])}`,
    );
    out(`    unit: ${pick(units)[0]}`);
    out(`    value: ${100000 + Math.floor(r() * 2000000)}`);
    out(`    stage: ${lost ? 'lost' : pick(['identified', 'qualified', 'proposed', 'won'])}`);
    if (lost) {
      out('    closed: 2026-09-01');
      out('    lost_to: A local integrator');
      out('    recurring: true');
    }
  }
  out('');

  out('events:');
  for (let e = 0; e < 3; e++) {
    out(`  - date: ${daysBefore(300 + e * 60)}`);
    out(`    type: ${pick(['expansion', 'renewal', 'other'])}`);
    out(
      `    summary: ${pick(['Quarterly business review', 'Steering group', 'Workshop on the roadmap'])}.`,
    );
    out(`    people: [${ids[0]}, ${ids[1]}]`);
  }
  out('');
  out('profile:');
  out('  strategy: Grow through acquisitions in the Nordics');
  out(`  fiscal_year_end: "12-31"`);
  out('');
  return lines.join('\n');
}
