/**
 * One table per rule: small maps, the number of findings each must produce at the fixed AS_OF,
 * where the first one points and what evidence its message must carry. Every rule must stay
 * silent on the healthy map.
 */
import { describe, expect, it } from 'vitest';
import { AS_OF, healthy, mapWith, person } from '../../test/fixtures/rules/maps.js';
import type { AccountMap, AccountMapInput } from '../model/account-map.js';
import { formatPath } from '../model/diagnostic.js';
import { isRedFlag, RED_FLAG_IDS } from './red-flags.js';
import { getRule, RULES } from './registry.js';

interface Case {
  name: string;
  change?: (m: AccountMapInput) => void;
  asOf?: string;
  options?: Record<string, unknown>;
  /** How many findings the rule must produce. */
  count: number;
  /** Where the first finding points (`formatPath`), when it matters. */
  path?: string;
  /** Text the first finding's message must contain: its evidence and its fix. */
  says?: string[];
  /** For no-roi: the loudest the first finding may be. */
  cap?: string;
}

function run(id: string, map: AccountMap, asOf = AS_OF, given: Record<string, unknown> = {}) {
  const rule = getRule(id)!;
  const options = rule.options.parse(given);
  if (rule.check) return rule.check(map, { asOf, options });
  return (rule.checkPortfolio?.([map], { asOf, options }) ?? []).map(({ map: _m, ...f }) => f);
}

function table(id: string, cases: Case[]) {
  describe(id, () => {
    it('is silent on the healthy map', () => {
      expect(run(id, healthy())).toEqual([]);
    });
    it.each(cases)('$name', (c) => {
      const map = mapWith(c.change);
      const findings = run(id, map, c.asOf, c.options);
      expect(findings.map((f) => f.message)).toHaveLength(c.count);
      // A rule that words its own next actions has one for each of its findings.
      const rule = getRule(id)!;
      for (const f of findings) {
        if (!rule.advise) break;
        const advice = rule.advise(map, f.path, { asOf: c.asOf ?? AS_OF });
        expect(advice?.text, formatPath(f.path)).toMatch(/^[A-Z]\S.*[^.]$/);
      }
      const first = findings[0];
      if (c.path !== undefined) expect(formatPath(first!.path)).toBe(c.path);
      for (const text of c.says ?? []) expect(first!.message).toContain(text);
      if (c.cap !== undefined) expect(first!.severity).toBe(c.cap);
    });
  });
}

table('business-elsewhere', [
  {
    name: 'a recurring opportunity lost to a competitor',
    change: (m) => {
      m.opportunities!.push({
        title: 'Support renewal',
        stage: 'lost',
        recurring: true,
        lost_to: 'Visma',
        closed: '2026-09-01',
      });
    },
    count: 1,
    path: 'opportunities[2]',
    says: ['"Support renewal"', 'to Visma', 'on 2026-09-01', 'win it back'],
  },
  {
    name: 'a recurring opportunity lost without a date or a winner still counts',
    change: (m) => {
      m.opportunities!.push({ title: 'Licences', stage: 'lost', recurring: true });
    },
    count: 1,
    says: ['add `lost_to`', 'no `closed` date'],
  },
  {
    name: 'a lost recurring opportunity older than a year is history',
    change: (m) => {
      m.opportunities!.push({ title: 'Old', stage: 'lost', recurring: true, closed: '2025-11-01' });
    },
    count: 0,
  },
  {
    name: 'a wider window brings it back',
    change: (m) => {
      m.opportunities!.push({ title: 'Old', stage: 'lost', recurring: true, closed: '2025-11-01' });
    },
    options: { within_days: 400 },
    count: 1,
  },
  {
    name: 'a loss that is not recurring business is not this flag',
    change: (m) => {
      m.opportunities!.push({
        title: 'One-off',
        stage: 'lost',
        lost_to: 'Visma',
        closed: '2026-09-01',
      });
    },
    count: 0,
  },
  {
    name: 'a competitor-win event',
    change: (m) => {
      m.events!.push({
        date: '2026-10-01',
        type: 'competitor-win',
        summary: 'Visma took the data platform',
      });
    },
    count: 1,
    path: 'events[1]',
    says: ['2026-10-01', 'Visma took the data platform', '52 days before 2026-11-22'],
  },
  {
    name: 'a competitor win after asOf has not happened yet',
    change: (m) => {
      m.events!.push({ date: '2026-12-01', type: 'competitor-win', summary: 'x' });
    },
    count: 0,
  },
  {
    name: 'revenue falling sharply year over year',
    change: (m) => {
      m.financials!.revenue = { 2023: 900_000, 2024: 1_000_000, 2025: 600_000 };
    },
    count: 1,
    path: 'financials.revenue.2025',
    says: ['fell 40 %', '2024 (1,000,000 NOK)', '2025 (600,000 NOK)', '25 %'],
  },
  {
    name: 'a small fall is not sharp',
    change: (m) => {
      m.financials!.revenue = { 2024: 1_000_000, 2025: 800_000 };
    },
    count: 0,
  },
  {
    name: 'the sharp drop is an option',
    change: (m) => {
      m.financials!.revenue = { 2024: 1_000_000, 2025: 800_000 };
    },
    options: { sharp_drop: 0.15 },
    count: 1,
  },
  {
    name: 'the year still running is left out',
    change: (m) => {
      m.financials!.revenue = { 2024: 1_000_000, 2025: 1_100_000, 2026: 200_000 };
    },
    count: 0,
  },
  {
    name: 'quarters compare with the previous completed quarter',
    change: (m) => {
      m.financials!.revenue = {
        '2026-Q1': 300_000,
        '2026-Q2': 310_000,
        '2026-Q3': 150_000,
        '2026-Q4': 10,
      };
    },
    count: 1,
    says: ['from 2026-Q2', 'to 2026-Q3'],
  },
]);

table('reorganization', [
  {
    name: 'a reorganisation after the last review',
    change: (m) => {
      m.events!.push({
        date: '2026-10-15',
        type: 'reorganization',
        summary: 'IT merged into Digital',
        people: ['jon', 'ghost'],
      });
    },
    count: 1,
    path: 'events[1]',
    says: [
      '`reorganization` on 2026-10-15',
      'Jon Vik and `ghost`',
      'last reviewed (2026-10-01)',
      'set `account.reviewed`',
    ],
  },
  {
    name: 'a merger before the last review is already reviewed',
    change: (m) => {
      m.events!.push({ date: '2026-09-15', type: 'merger', summary: 'Merged with Sørlys' });
    },
    count: 0,
  },
  {
    name: 'a leadership change with no review date counts within the window',
    change: (m) => {
      delete m.account.reviewed;
      m.events!.push({ date: '2026-08-01', type: 'leadership-change', summary: 'New CEO' });
    },
    count: 1,
    says: ['no `account.reviewed` date'],
  },
  {
    name: 'and not outside it',
    change: (m) => {
      delete m.account.reviewed;
      m.events!.push({ date: '2025-08-01', type: 'leadership-change', summary: 'New CEO' });
    },
    count: 0,
  },
  {
    name: 'an economic buyer who left',
    change: (m) => {
      person(m, 'kari').status = 'left';
    },
    count: 1,
    path: 'people[0].status',
    says: ['Kari Nordmann (`kari`, CFO) has left', '`economic-buyer`', 'who holds it now'],
  },
  {
    name: 'someone who left without a buying role is history',
    count: 0,
    change: (m) => {
      person(m, 'tor').roles = ['coach'];
    },
  },
  {
    name: 'other event types are not reorganisations',
    change: (m) => {
      m.events!.push({ date: '2026-11-01', type: 'budget-cut', summary: 'IT budget cut' });
    },
    count: 0,
  },
]);

table('no-roi', [
  {
    name: 'both sides negative',
    change: (m) => {
      m.relationship!.roi = { ours: 'negative', theirs: 'negative' };
    },
    count: 1,
    path: 'relationship.roi',
    says: ['neither side sees a return'],
  },
  {
    name: 'our side negative is capped at warning',
    change: (m) => {
      m.relationship!.roi = { ours: 'negative', theirs: 'positive' };
    },
    count: 1,
    path: 'relationship.roi.ours',
    cap: 'warning',
    says: ['we do not see a return', 'other side is `positive`'],
  },
  {
    name: 'their side negative',
    change: (m) => {
      m.relationship!.roi = { ours: 'neutral', theirs: 'negative' };
    },
    count: 1,
    path: 'relationship.roi.theirs',
    says: ['the customer does not'],
  },
  {
    name: 'the other side not recorded reads as unknown',
    change: (m) => {
      m.relationship!.roi = { theirs: 'negative' };
    },
    count: 1,
    path: 'relationship.roi.theirs',
    says: ['the other side is `unknown`', 'pays only one side'],
  },
  {
    name: 'one_side sets the cap',
    change: (m) => {
      m.relationship!.roi = { ours: 'negative', theirs: 'unknown' };
    },
    options: { one_side: 'off' },
    count: 1,
    cap: 'off',
  },
  {
    name: 'unknown is not negative',
    change: (m) => {
      m.relationship!.roi = { ours: 'unknown', theirs: 'unknown' };
    },
    count: 0,
  },
  {
    name: 'no relationship section',
    change: (m) => {
      delete m.relationship;
    },
    count: 0,
  },
]);

table('goals-not-met', [
  {
    name: 'a missed goal',
    change: (m) => {
      m.goals!.push({ title: 'Go live in Q3', status: 'missed', due: '2026-09-30', owner: 'jon' });
    },
    count: 1,
    path: 'goals[2].status',
    says: ['"Go live in Q3"', 'due 2026-09-30', 'owner `jon`', 'was missed'],
  },
  {
    name: 'an open goal past due',
    change: (m) => {
      m.goals![1]!.due = '2026-10-31';
    },
    count: 1,
    path: 'goals[1].due',
    says: ['was due 2026-10-31', '22 days before 2026-11-22', 'still `on-track`'],
  },
  {
    name: 'the grace period',
    change: (m) => {
      m.goals![1]!.due = '2026-10-31';
    },
    options: { grace_days: 30 },
    count: 0,
  },
  {
    name: 'due today is not yet past due',
    change: (m) => {
      m.goals![1]!.due = AS_OF;
    },
    count: 0,
  },
  {
    name: 'dropped and met goals are done',
    change: (m) => {
      m.goals!.push({ title: 'x', status: 'dropped', due: '2025-01-01' });
    },
    count: 0,
  },
  {
    name: 'a missed goal from long ago is history',
    change: (m) => {
      m.goals!.push({ title: 'x', status: 'missed', due: '2024-01-01' });
    },
    count: 0,
  },
]);

table('no-economic-buyer', [
  {
    name: 'nobody holds the role',
    change: (m) => {
      person(m, 'kari').roles = ['influencer'];
    },
    count: 1,
    path: 'people',
    says: ['`economic-buyer` or `decision-maker`', 'add them'],
  },
  {
    name: 'the only economic buyer left',
    change: (m) => {
      person(m, 'kari').status = 'left';
    },
    count: 1,
    says: ['Kari Nordmann (`kari`, CFO) held it but left'],
  },
  {
    name: 'a decision maker will do',
    change: (m) => {
      person(m, 'kari').roles = ['decision-maker'];
    },
    count: 0,
  },
  {
    name: 'a map with no people points at account',
    change: (m) => {
      delete m.people;
    },
    count: 1,
    path: 'account',
  },
]);

table('no-champion', [
  {
    name: 'nobody holds champion',
    change: (m) => {
      person(m, 'per').roles = ['user-buyer'];
    },
    count: 1,
    path: 'people',
    says: ['`champion`'],
  },
  {
    name: 'the only champion is an opponent',
    change: (m) => {
      person(m, 'per').stance = 'opponent';
    },
    count: 1,
    path: 'people[1].stance',
    says: ['Per Dahl', 'is `opponent`'],
  },
  {
    name: 'one friendly champion among skeptical ones is enough',
    change: (m) => {
      person(m, 'siv').roles = ['champion'];
    },
    count: 0,
  },
  {
    name: 'a champion who left is no champion',
    change: (m) => {
      person(m, 'per').status = 'left';
    },
    count: 1,
    says: ['was one but left'],
  },
]);

table('single-threaded', [
  {
    name: 'two threads are too few',
    change: (m) => {
      person(m, 'jon').strength = 'weak';
    },
    count: 1,
    path: 'people',
    says: ['only 2', 'Kari Nordmann', 'Per Dahl', 'fewer than 3'],
  },
  {
    name: 'people who left do not count',
    change: (m) => {
      person(m, 'jon').status = 'left';
    },
    count: 1,
  },
  {
    name: 'min_threads is an option',
    options: { min_threads: 4 },
    count: 1,
  },
  {
    name: 'no threads at all',
    change: (m) => {
      for (const p of m.people!) p.strength = 'none';
    },
    count: 1,
    says: ['no active person'],
  },
]);

table('stale-contact', [
  {
    name: 'a high-influence contact not seen for 100 days',
    change: (m) => {
      person(m, 'jon').last_contact = '2026-08-14';
    },
    count: 1,
    path: 'people[2].last_contact',
    says: ['Jon Vik (`jon`, CTO)', '2026-08-14', '100 days before 2026-11-22', 'owner `eva`'],
  },
  {
    name: 'exactly 90 days is not stale yet',
    change: (m) => {
      person(m, 'jon').last_contact = '2026-08-24';
    },
    count: 0,
  },
  {
    name: 'no last_contact at all',
    change: (m) => {
      delete person(m, 'kari').last_contact;
    },
    count: 1,
    path: 'people[0]',
    says: ['no `last_contact`'],
  },
  {
    name: 'medium influence is not this rule',
    change: (m) => {
      person(m, 'siv').last_contact = '2020-01-01';
    },
    count: 0,
  },
  {
    name: 'days is an option',
    options: { days: 20 },
    count: 2,
  },
]);

table('stale-map', [
  {
    name: 'reviewed more than 180 days ago',
    change: (m) => {
      m.account.reviewed = '2026-01-15';
    },
    count: 1,
    path: 'account.reviewed',
    says: ['2026-01-15', '311 days before 2026-11-22'],
  },
  {
    name: 'never reviewed',
    change: (m) => {
      delete m.account.reviewed;
    },
    count: 1,
    path: 'account',
    says: ['no `account.reviewed`'],
  },
  {
    name: 'a later asOf makes the healthy map stale',
    asOf: '2027-05-01',
    count: 1,
  },
]);

table('unmanaged-opponent', [
  {
    name: 'an influential opponent nobody owns',
    change: (m) => {
      m.people!.push({ id: 'bo', name: 'Bo Ek', stance: 'opponent', influence: 'high' });
    },
    count: 1,
    path: 'people[5]',
    says: ['Bo Ek (`bo`)', '`opponent`', 'give them an `owner`'],
  },
  {
    name: 'an influential skeptic too',
    change: (m) => {
      const siv = person(m, 'siv');
      siv.influence = 'high';
      delete siv.owner;
    },
    count: 1,
  },
  {
    name: 'an owner, even one with a dangling id, manages them',
    change: (m) => {
      m.people!.push({
        id: 'bo',
        name: 'Bo Ek',
        stance: 'opponent',
        influence: 'high',
        owner: 'nobody',
      });
    },
    count: 0,
  },
  {
    name: 'an opponent who left is history',
    change: (m) => {
      m.people!.push({
        id: 'bo',
        name: 'Bo Ek',
        stance: 'opponent',
        influence: 'high',
        status: 'left',
      });
    },
    count: 0,
  },
]);

table('champion-gone-quiet', [
  {
    name: 'a champion not contacted for 38 days',
    change: (m) => {
      person(m, 'per').last_contact = '2026-10-15';
    },
    count: 1,
    path: 'people[1].last_contact',
    says: ['Per Dahl', '2026-10-15', '38 days before 2026-11-22'],
  },
  {
    name: 'a champion with no last_contact',
    change: (m) => {
      delete person(m, 'per').last_contact;
    },
    count: 1,
    path: 'people[1]',
  },
  {
    name: 'moving asOf makes the champion quiet',
    asOf: '2026-12-31',
    count: 1,
  },
]);

table('unowned-economic-buyer', [
  {
    name: 'an economic buyer without an owner',
    change: (m) => {
      delete person(m, 'kari').owner;
    },
    count: 1,
    path: 'people[0]',
    says: ['Kari Nordmann', '`economic-buyer`', 'account owner `ola`'],
  },
  {
    name: 'a decision maker without an owner',
    change: (m) => {
      m.people!.push({ id: 'liv', name: 'Liv Aas', roles: ['decision-maker'] });
    },
    count: 1,
  },
  {
    name: 'roles is an option',
    change: (m) => {
      m.people!.push({ id: 'liv', name: 'Liv Aas', roles: ['decision-maker'] });
    },
    options: { roles: ['economic-buyer'] },
    count: 0,
  },
]);

table('unknown-stance-high-influence', [
  {
    name: 'an influential person of unknown stance',
    change: (m) => {
      person(m, 'jon').stance = 'unknown';
    },
    count: 1,
    path: 'people[2].stance',
    says: ['Jon Vik', 'unknown `stance`'],
  },
  {
    name: 'stance left out means unknown',
    change: (m) => {
      m.people!.push({
        id: 'liv',
        name: 'Liv Aas',
        influence: 'high',
        owner: 'ola',
        last_contact: '2026-11-01',
      });
    },
    count: 1,
  },
  {
    name: 'low influence is not this rule',
    change: (m) => {
      m.people!.push({ id: 'liv', name: 'Liv Aas', influence: 'low' });
    },
    count: 0,
  },
]);

table('relationship-concentration', [
  {
    name: 'one team member owns 4 of 5 (Siv was already his)',
    change: (m) => {
      person(m, 'per').owner = 'ola';
      person(m, 'jon').owner = 'ola';
      m.people!.push({ id: 'liv', name: 'Liv Aas', owner: 'kim' });
    },
    count: 1,
    path: 'team[0]',
    says: ['Ola Hansen (`ola`) owns 4 of the 5', '80 %, more than 60 %'],
  },
  {
    name: 'small maps are left alone',
    change: (m) => {
      m.people = m.people!.slice(0, 3).map((p) => ({ ...p, owner: 'ola' }));
    },
    count: 0,
  },
  {
    name: 'an owner id that does not resolve points at the person',
    change: (m) => {
      for (const p of m.people!) p.owner = 'ghost';
    },
    count: 1,
    path: 'people[0].owner',
    says: ['`ghost` owns 4 of the 4'],
  },
]);

table('left-contact-details', [
  {
    name: 'an e-mail kept for someone who left long ago',
    change: (m) => {
      const tor = person(m, 'tor');
      tor.email = 'tor@nordlys.example';
      tor.phone = '+47 900 00 000';
      tor.last_contact = '2025-01-10';
    },
    count: 1,
    path: 'people[4].email',
    says: ['Tor Lund', '`email` and `phone`', '2025-01-10'],
  },
  {
    name: 'someone who left recently may still be reachable',
    change: (m) => {
      const tor = person(m, 'tor');
      tor.linkedin = 'https://example.com/tor';
      tor.last_contact = '2026-06-01';
    },
    count: 0,
  },
  {
    name: 'no last_contact counts at once',
    change: (m) => {
      person(m, 'tor').linkedin = 'https://example.com/tor';
    },
    count: 1,
    path: 'people[4].linkedin',
  },
  {
    name: 'active people keep their details',
    change: (m) => {
      person(m, 'kari').email = 'kari@nordlys.example';
    },
    count: 0,
  },
]);

describe('too-many-key-accounts', () => {
  const rule = getRule('too-many-key-accounts')!;
  const portfolio = (n: number, owner: (i: number) => string | undefined) =>
    Array.from({ length: n }, (_, i) =>
      mapWith((m) => {
        m.account.id = `acct-${i}`;
        const o = owner(i);
        if (o) m.account.owner = o;
        else delete m.account.owner;
      }),
    );
  const check = (maps: AccountMap[], given: Record<string, unknown> = {}) =>
    rule.checkPortfolio!(maps, { asOf: AS_OF, options: rule.options.parse(given) });

  it.each([
    { name: '35 key accounts over nine owners', n: 35, owners: 9, given: {}, count: 0 },
    {
      name: '36 key accounts: every key account is told',
      n: 36,
      owners: 36,
      given: {},
      count: 36,
    },
    { name: 'five key accounts for one owner', n: 5, owners: 1, given: {}, count: 5 },
    { name: 'max is an option', n: 3, owners: 3, given: { max: 2 }, count: 3 },
    {
      name: 'accounts without an owner only count towards max',
      n: 6,
      owners: 0,
      given: {},
      count: 0,
    },
  ])('$name', ({ n, owners, given, count }) => {
    const maps = portfolio(n, (i) => (owners ? `owner-${i % owners}` : undefined));
    expect(check(maps, given)).toHaveLength(count);
  });

  it('names the accounts and points at the tier or the owner', () => {
    const maps = portfolio(36, () => 'ola');
    const found = check(maps);
    expect(found).toHaveLength(72);
    const tier = found.find((f) => formatPath(f.path) === 'account.tier')!;
    expect(tier.message).toContain('36 accounts are declared `tier: key`');
    expect(tier.message).toContain('`acct-0`');
    expect(tier.message).toContain('and 24 more');
    const owner = found.find((f) => formatPath(f.path) === 'account.owner')!;
    expect(owner.message).toContain('`ola` owns 36 key accounts');
    expect(new Set(found.map((f) => f.map))).toEqual(new Set(maps.map((_, i) => i)));
  });

  it('growth accounts do not count', () => {
    const maps = portfolio(37, () => undefined);
    for (const m of maps.slice(0, 3)) m.account.tier = 'growth';
    expect(check(maps)).toHaveLength(0);
  });
});

describe('the registry', () => {
  it('has the ten contract rules with their default severities', () => {
    const contract = [
      'business-elsewhere',
      'reorganization',
      'no-roi',
      'goals-not-met',
      'no-economic-buyer',
      'no-champion',
      'single-threaded',
      'stale-contact',
      'stale-map',
      'unmanaged-opponent',
    ];
    expect(RULES.slice(0, 10).map((r) => r.id)).toEqual(contract);
    for (const id of contract) {
      expect(getRule(id)!.defaultSeverity).toBe(id === 'no-roi' ? 'error' : 'warning');
    }
  });

  it('has the four seed red flags as its red-flag rules, and every other rule as map quality', () => {
    expect(RED_FLAG_IDS).toEqual([
      'business-elsewhere',
      'reorganization',
      'no-roi',
      'goals-not-met',
    ]);
    for (const rule of RULES) {
      expect(rule.category, rule.id).toBe(
        RED_FLAG_IDS.includes(rule.id) ? 'red-flag' : 'map-quality',
      );
    }
  });

  it.each([
    ['goals-not-met', 'error', true],
    ['goals-not-met', 'warning', true],
    ['goals-not-met', 'info', false],
    ['no-roi', 'warning', true],
    ['stale-contact', 'error', false],
    ['suppression', 'warning', false],
    ['schema', 'error', false],
  ] as const)('a %s finding at %s is a red flag: %s', (rule, severity, red) => {
    expect(isRedFlag({ rule, severity })).toBe(red);
  });

  it('has kebab-case unique ids, and at least four rules beyond the contract', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(RULES.length - 10).toBeGreaterThanOrEqual(4);
  });

  it('gives every option a default and a description', () => {
    for (const rule of RULES) {
      const defaults = rule.options.parse({});
      for (const [name, schema] of Object.entries(rule.options.shape)) {
        expect(defaults, `${rule.id}.${name}`).toHaveProperty(name);
        expect((schema as { description?: string }).description, `${rule.id}.${name}`).toBeTruthy();
      }
    }
  });

  it('every rule with a check is silent on the healthy map as a portfolio of one', () => {
    for (const rule of RULES) {
      expect(run(rule.id, healthy()), rule.id).toEqual([]);
    }
  });
});
