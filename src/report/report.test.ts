/**
 * The report core over generated maps whose every string is hostile: whatever a map holds, the
 * account and portfolio reports are sound markdown (tables well formed, no HTML, markdownlint
 * clean) and their Mermaid parses. And the pieces with rules of their own: redaction and the
 * next actions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AS_OF, fuzzOptions } from '../../test/fixtures/hostile-inputs/arbitraries.js';
import { lintMarkdown, parseMarkdown } from '../../test/helpers/markdown.js';
import { parseMermaid } from '../../test/helpers/mermaid.js';
import { validAccountMap } from '../../test/helpers/valid-maps.js';
import { type AccountMap, AccountMapSchema } from '../model/account-map.js';
import type { Diagnostic, Path } from '../model/diagnostic.js';
import { scorePortfolio } from '../score/portfolio.js';
import { validateDocument } from '../validate/document.js';
import { nextActions } from './actions.js';
import { composeReports, prepareReports } from './index.js';
import { personAliases, redactMap } from './redact.js';

function markdownProblems(text: string): string[] {
  const doc = parseMarkdown(text);
  const problems: string[] = [];
  for (const t of doc.tables)
    if (t.sourceCellCounts.some((c) => c !== t.header.length))
      problems.push(`table ${t.header.join('|')}: ${t.sourceCellCounts.join(',')}`);
  for (const n of doc.nodes) if (n.type === 'html') problems.push(`html ${n.value}`);
  for (const p of lintMarkdown(text)) problems.push(`${p.rule} line ${p.line}: ${p.detail}`);
  return problems;
}

function build(
  maps: AccountMap[],
  layout: 'document' | 'directory',
  redact?: 'contacts' | 'names',
) {
  const entries = maps.map((map, i) => ({ file: `m${i}.acctmap.yaml`, map }));
  const score = scorePortfolio(entries, { by: 'revenue', asOf: AS_OF });
  const prepared = prepareReports({
    maps: entries,
    findings: [],
    asOf: AS_OF,
    ...(score.ok ? { score: score.portfolio } : {}),
    ...(redact ? { redact } : {}),
  });
  return { prepared, files: composeReports(prepared, { layout }) };
}

/** Maps that pass the schema and references, made from hostile data. */
const validMap = validAccountMap({ maxPeople: 6 });

describe('reports over hostile maps', () => {
  it('one account: sound markdown and Mermaid, whatever the map holds (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        validMap,
        fc.constantFrom(undefined, 'contacts', 'names'),
        async (map, redact) => {
          const { files, prepared } = build([map], 'document', redact);
          expect(files).toHaveLength(1);
          expect(markdownProblems(files[0]!.content)).toEqual([]);
          for (const d of prepared.diagrams) await parseMermaid(d.mermaid);
        },
      ),
      fuzzOptions(40),
    );
  });

  it('a portfolio, as one document and as a folder: sound markdown, every account ranked (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validMap, { minLength: 2, maxLength: 4, selector: (m) => m.account.id }),
        (maps) => {
          const single = build(maps, 'document');
          if (!single.prepared.portfolio) return; // mixed currencies: the CLI stops before this
          const text = single.files[0]!.content;
          expect(markdownProblems(text)).toEqual([]);
          expect(parseMarkdown(text).tables[0]!.rows).toHaveLength(maps.length);
          const folder = build(maps, 'directory');
          expect(folder.files.map((f) => f.path).sort()).toEqual(
            [
              'index.md',
              ...maps.map((m) =>
                m.account.id === 'index' ? 'index.account.md' : `${m.account.id}.md`,
              ),
            ].sort(),
          );
          for (const f of folder.files) expect(markdownProblems(f.content)).toEqual([]);
        },
      ),
      fuzzOptions(25),
    );
  });
});

const BASE = AccountMapSchema.parse({
  acctmap: 1,
  account: { id: 'acme', name: 'Acme', owner: 'kari' },
  team: [{ id: 'kari', name: 'Kari Nordmann', role: 'Account director', email: 'kari@us.example' }],
  units: [{ id: 'it', name: 'IT', notes: 'Reorganised in March.' }],
  people: [
    {
      id: 'ola-hansen',
      name: 'Ola Hansen',
      title: 'CIO',
      unit: 'it',
      roles: ['economic-buyer'],
      influence: 'high',
      owner: 'kari',
      last_contact: '2026-01-05',
      email: 'ola@acme.example',
      phone: '+47 900 00 000',
      linkedin: 'https://www.linkedin.com/in/ola-hansen',
      notes: 'Prefers mornings.',
    },
    {
      id: 'eva',
      name: 'Eva Li',
      title: 'Head of IT operations',
      reports_to: 'ola-hansen',
      roles: ['champion'],
    },
    { id: 'per', name: 'Per', roles: ['coach'] },
    { id: 'anna', name: 'Anna', roles: ['coach'] },
  ],
  connections: [
    { from: 'kari', to: 'ola-hansen', type: 'knows', notes: 'Met at ola@acme.example events.' },
  ],
  goals: [
    {
      title: 'Cut costs with Ola Hansen',
      owner: 'ola-hansen',
      our_owner: 'kari',
      due: '2026-06-30',
      status: 'on-track',
    },
    { title: 'Go live', owner: 'eva', due: '2027-02-01', status: 'at-risk' },
  ],
  events: [
    {
      date: '2026-10-01',
      type: 'other',
      summary: 'Ola Hansen called; write to ola@acme.example',
      people: ['ola-hansen'],
    },
  ],
  profile: {
    contact: { email: 'board@acme.example', notes: 'secret' },
    audience: ['Ola Hansen fans'],
  },
  notes: 'Keep this internal.',
});

describe('redactMap', () => {
  it('contacts: drops email, phone, LinkedIn and notes everywhere, and e-mail addresses in text', () => {
    const { map, scrub } = redactMap(BASE, 'contacts');
    const json = JSON.stringify(map);
    for (const s of [
      'ola@acme.example',
      'kari@us.example',
      '+47 900 00 000',
      'linkedin.com',
      'Prefers mornings',
      'Reorganised in March',
      'Keep this internal',
      'secret',
      'board@acme.example',
    ])
      expect(json).not.toContain(s);
    expect(map.events![0]!.summary).toBe('Ola Hansen called; write to [email removed]');
    expect(map.people![0]!.name).toBe('Ola Hansen');
    expect(scrub('call +47 900 00 000 or ola@acme.example')).toBe(
      'call [phone removed] or [email removed]',
    );
    // The original is untouched.
    expect(BASE.people![0]!.email).toBe('ola@acme.example');
  });

  it('names: people named by title or role, ids replaced, references still valid', () => {
    const { map, scrub } = redactMap(BASE, 'names');
    expect(map.people!.map((p) => p.name)).toEqual([
      'CIO',
      'Head of IT operations',
      'coach (1)',
      'coach (2)',
    ]);
    expect(map.people!.map((p) => p.id)).toEqual(['person-1', 'person-2', 'person-3', 'person-4']);
    expect(map.people![1]!.reports_to).toBe('person-1');
    expect(map.goals![0]!).toMatchObject({ title: 'Cut costs with CIO', owner: 'person-1' });
    expect(map.events![0]!.people).toEqual(['person-1']);
    expect(map.connections![0]!).toMatchObject({ from: 'kari', to: 'person-1' });
    expect(map.profile).toEqual({ contact: {}, audience: ['CIO fans'] });
    expect(JSON.stringify(map)).not.toMatch(/Ola|Hansen|ola-hansen|Eva Li|"eva"/);
    // Team members keep their names: the report is ours.
    expect(map.team![0]!.name).toBe('Kari Nordmann');
    expect(scrub('Ola Hansen (`ola-hansen`, CIO) and `eva`; not Olander or ola-hansens')).toBe(
      'CIO (`person-1`, CIO) and `person-2`; not Olander or ola-hansens',
    );
    // The redacted map is still a valid map: schema and references.
    const check = validateDocument(JSON.parse(JSON.stringify(map)));
    expect(check.findings).toEqual([]);
  });

  it('aliases are unique and never empty', () => {
    const people = AccountMapSchema.parse({
      acctmap: 1,
      account: { id: 'a', name: 'A' },
      people: [
        { id: 'a1', name: 'x', title: 'Partner' },
        { id: 'a2', name: 'y', title: 'Partner' },
        { id: 'a3', name: 'z' },
        { id: 'a4', name: 'w', title: '  ' },
      ],
    }).people!;
    expect(personAliases(people)).toEqual([
      'Partner (1)',
      'Partner (2)',
      'Person (1)',
      'Person (2)',
    ]);
  });
});

function finding(
  rule: string,
  path: Path,
  severity: Diagnostic['severity'] = 'warning',
): Diagnostic {
  return { file: 'f', line: 1, column: 1, rule, path, severity, message: 'm', account: 'acme' };
}

describe('nextActions', () => {
  it.each([
    [
      'stale-contact',
      ['people', 0, 'last_contact'],
      /^Call Ola Hansen \(CIO\): last contact 2026-01-05, 322 days ago$/,
      'Kari Nordmann',
    ],
    [
      'goals-not-met',
      ['goals', 0, 'due'],
      /^Rescue the goal “Cut costs with Ola Hansen” \(due 2026-06-30, still on track\) with Ola Hansen \(CIO\)/,
      'Kari Nordmann',
    ],
    ['no-champion', ['people'], /^Find and develop a champion/, 'Kari Nordmann'],
    [
      'unmanaged-opponent',
      ['people', 1],
      /^Give Eva Li \(Head of IT operations\), an influential unknown, an owner/,
      'Kari Nordmann',
    ],
    ['no-economic-buyer', ['people'], /^Find who signs off the budget/, 'Kari Nordmann'],
  ])('%s at %s', (rule, path, text, who) => {
    const actions = nextActions(BASE, [finding(rule, path)], AS_OF);
    const action = actions.find((a) => a.why.includes(rule))!;
    expect(action.text).toMatch(text);
    expect(action.who).toBe(who);
  });

  it('adds goals at risk and a renewal due soon, and puts errors and red flags first', () => {
    const map = { ...BASE, relationship: { renewal: '2027-01-15' } } as AccountMap;
    const actions = nextActions(
      map,
      [
        finding('stale-contact', ['people', 0]),
        finding('no-roi', ['relationship', 'roi'], 'error'),
      ],
      AS_OF,
    );
    expect(actions.map((a) => a.why[0])).toEqual([
      'no-roi',
      'stale-contact',
      'goal at risk',
      'renewal',
    ]);
    expect(actions[2]!.text).toMatch(
      /^Rescue the goal “Go live” \(at risk, due 2027-02-01, in 70 days\) with Eva Li/,
    );
    expect(actions[3]!.text).toMatch(/^Prepare the renewal of 2027-01-15 \(in 53 days\)/);
  });

  it('falls back to the rule’s advice for a rule without its own wording', () => {
    const [a] = nextActions(BASE, [finding('left-contact-details', ['account'])], AS_OF);
    expect(a!.text).toMatch(/^Delete `email`/);
  });
});

describe('nextActions: one action per person and per lost deal, and what no rule flags', () => {
  const map = AccountMapSchema.parse({
    acctmap: 1,
    account: { id: 'acme', name: 'Acme', owner: 'kari' },
    financials: { currency: 'EUR' },
    team: [
      { id: 'kari', name: 'Kari Nordmann' },
      { id: 'lars', name: 'Lars Eide' },
    ],
    units: [{ id: 'it', name: 'IT' }],
    people: [
      {
        id: 'ola',
        name: 'Ola Hansen',
        title: 'CIO',
        roles: ['economic-buyer'],
        influence: 'high',
        strength: 'weak',
        owner: 'lars',
        last_contact: '2026-09-01',
      },
      {
        id: 'bo',
        name: 'Bo Ek',
        title: 'CTO',
        stance: 'skeptic',
        influence: 'high',
        owner: 'kari',
      },
      { id: 'liv', name: 'Liv Berg', title: 'Buyer', stance: 'opponent', influence: 'high' },
      { id: 'sam', name: 'Sam Vik', title: 'Service desk lead', unit: 'it' },
    ],
    connections: [{ from: 'lars', to: 'ola', type: 'knows', strength: 'strong' }],
    opportunities: [
      {
        title: 'Service desk',
        unit: 'it',
        value: 1200000,
        stage: 'lost',
        closed: '2026-04-30',
        lost_to: 'Bluefjord',
        recurring: true,
      },
    ],
    events: [
      {
        date: '2026-04-30',
        type: 'competitor-win',
        summary: 'Bluefjord won the service desk.',
        people: ['sam'],
      },
    ],
  });

  it('folds a stale contact into the other action about the same person', () => {
    const actions = nextActions(
      map,
      [finding('stale-contact', ['people', 2]), finding('unmanaged-opponent', ['people', 2])],
      AS_OF,
    );
    const about = actions.filter((a) => a.text.includes('Liv Berg'));
    expect(about).toHaveLength(1);
    expect(about[0]!.text).toMatch(/^Give Liv Berg \(Buyer\), an influential opponent, an owner/);
    expect(about[0]!.text).toMatch(/\(no contact recorded\)$/);
    expect(about[0]!.why.sort()).toEqual(['stale-contact', 'unmanaged-opponent']);
  });

  it('makes one action of a lost deal and the competitor’s win, naming whom to ask', () => {
    const actions = nextActions(
      map,
      [
        finding('business-elsewhere', ['opportunities', 0]),
        finding('business-elsewhere', ['events', 0]),
      ],
      AS_OF,
    );
    const won = actions.filter((a) => a.why.includes('business-elsewhere'));
    expect(won).toHaveLength(1);
    expect(won[0]!.text).toBe(
      'Win back “Service desk”, EUR 1,200,000, lost to Bluefjord on 2026-04-30: ask Sam Vik (Service desk lead) why we lost it, and set a goal to win it back',
    );
    expect(won[0]!.who).toBe('Kari Nordmann');
  });

  it('adds buyers we hardly know and influential skeptics, with the warm path to them', () => {
    const actions = nextActions(map, [], AS_OF);
    expect(actions.map((a) => a.why[0])).toEqual([
      'buyer we hardly know',
      'influential skeptic',
      'influential opponent',
    ]);
    expect(actions[0]!.text).toMatch(
      /^Strengthen our relationship with Ola Hansen \(CIO\), economic buyer with high influence whom we hardly know \(our relationship weak, last contact 2026-09-01, 83 days ago\); Lars Eide knows them \(strong\)$/,
    );
    expect(actions[0]!.who).toBe('Lars Eide');
    expect(actions[1]!.text).toMatch(/^Win over Bo Ek \(CTO\), a skeptic with high influence/);
    // Anyone else with high influence whom we hardly know comes after them.
    const more = AccountMapSchema.parse({
      ...map,
      people: [...map.people!, { id: 'kim', name: 'Kim Lo', influence: 'high', strength: 'none' }],
    });
    expect(nextActions(more, [], AS_OF).map((a) => a.text)).toContain(
      'Strengthen our relationship with Kim Lo: high influence, but we hardly know them (no relationship yet, no contact recorded)',
    );
    // Someone a finding already asks about gets no second action.
    const flagged = nextActions(map, [finding('stale-contact', ['people', 0])], AS_OF);
    expect(flagged.filter((a) => a.text.includes('Ola Hansen'))).toHaveLength(1);
  });

  it('asks a customer with no mutual goals to agree some, with the champion', () => {
    const customer = {
      ...BASE,
      goals: [],
      relationship: { status: 'customer' },
    } as unknown as AccountMap;
    const a = nextActions(customer, [], AS_OF).find((x) => x.why[0] === 'no mutual goals');
    expect(a?.text).toBe(
      'Agree mutual goals with Eva Li (Head of IT operations): what each side wants from the relationship, with a date and a measure (the map records none)',
    );
    expect(a!.who).toBe('Kari Nordmann');
    const prospect = { ...customer, relationship: { status: 'prospect' } } as AccountMap;
    expect(nextActions(prospect, [], AS_OF).map((x) => x.why[0])).not.toContain('no mutual goals');
  });

  it('asks the review to decide the tier when the score disagrees with it', () => {
    const [a] = nextActions({ ...map, people: [] } as AccountMap, [], AS_OF, {
      tier: {
        disagreement: 'declared-key-not-candidate',
        declared: 'key',
        reason: 'fit 36 is below 60',
      },
    });
    expect(a!.text).toMatch(
      /^Decide the tier: the account is declared `key` but .*\(fit 36 is below 60\)/,
    );
    expect(a!.why).toEqual(['tier']);
  });
});

describe('redactMap names: parts of names', () => {
  it('replaces a first or last name used alone, but not our own people’s or the account’s', () => {
    const map = AccountMapSchema.parse({
      acctmap: 1,
      account: { id: 'berg', name: 'Berg Industri' },
      team: [{ id: 'anna', name: 'Anna Holm' }],
      people: [
        { id: 'ola', name: 'Ola Hansen', title: 'CIO' },
        { id: 'anna-berg', name: 'Anna Berg', title: 'CFO' },
        { id: 'ola-vik', name: 'Ola Vik', title: 'CTO' },
      ],
    });
    const { scrub } = redactMap(map, 'names');
    expect(scrub('Hansen met Vik; Ola called Anna at Berg Industri')).toBe(
      'CIO met CTO; [name removed] called Anna at Berg Industri',
    );
  });
});

describe('portfolio review: people who moved', () => {
  /** Acme, where Eva left for `nowAt`; Beta, a second account of the portfolio. */
  const portfolio = (nowAt: string) => {
    const acme = AccountMapSchema.parse({
      ...BASE,
      people: (BASE.people ?? []).map((p) =>
        p.id === 'eva'
          ? {
              ...p,
              status: 'left',
              now_at: nowAt,
              strength: 'strong',
              stance: 'advocate',
              owner: 'kari',
            }
          : p,
      ),
    });
    const beta = AccountMapSchema.parse({
      acctmap: 1,
      account: { id: 'beta', name: 'Beta Group', owner: 'kari' },
      team: [{ id: 'kari', name: 'Kari Nordmann' }],
      people: [{ id: 'eva-li', name: 'Eva Li', title: 'CIO' }],
    });
    return build([acme, beta], 'document');
  };
  const movedTable = (text: string) =>
    parseMarkdown(text).tables.find(
      (t) => t.header.join('|') === 'Person|Left|Now at|Our strength|Stance|Our owner',
    );

  it('lists a mover into an account of the portfolio, linked, with our owner', () => {
    const { files } = portfolio('Beta Group');
    const table = movedTable(files[0]!.content);
    expect(table?.rows).toEqual([
      [
        'Eva Li (Head of IT operations)',
        'Acme',
        'Beta Group (in this portfolio)',
        'strong',
        'advocate',
        'Kari Nordmann',
      ],
    ]);
  });

  it('names a company not mapped yet as written', () => {
    const { files } = portfolio('Gamma <b>AS</b>');
    const table = movedTable(files[0]!.content);
    expect(table?.rows[0]?.[2]).toBe('Gamma <b>AS</b> (not mapped yet)');
    expect(markdownProblems(files[0]!.content)).toEqual([]);
  });

  it('has no such section when nobody moved, nor in a redacted copy', () => {
    const { files } = build([BASE], 'document');
    expect(files[0]!.content).not.toContain('People who moved');
    const acme = AccountMapSchema.parse({
      ...BASE,
      people: (BASE.people ?? []).map((p) =>
        p.id === 'eva' ? { ...p, status: 'left', now_at: 'Beta Group' } : p,
      ),
    });
    const shared = build([acme, BASE], 'document', 'contacts');
    expect(shared.files[0]!.content).not.toContain('People who moved');
  });
});
