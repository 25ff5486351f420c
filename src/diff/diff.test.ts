import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { defaultConfig } from '../config/schema.js';
import { type AccountMapInput, AccountMapSchema } from '../model/account-map.js';
import { compareMaps, diffSides, findSignals } from './index.js';

const base = (): AccountMapInput => ({
  acctmap: 1,
  account: { id: 'acme', name: 'Acme', tags: ['a', 'b'] },
  financials: { currency: 'EUR', revenue: { 2024: 1000, 2025: 900 } },
  units: [
    { id: 'ops', name: 'Operations' },
    { id: 'it', name: 'IT' },
  ],
  people: [
    {
      id: 'ingrid',
      name: 'Ingrid',
      unit: 'ops',
      stance: 'supporter',
      influence: 'high',
      strength: 'strong',
      roles: ['economic-buyer'],
    },
    { id: 'ole', name: 'Ole', unit: 'ops', reports_to: 'ingrid' },
    { id: 'siv', name: 'Siv', unit: 'it', reports_to: 'ingrid', roles: ['champion'] },
    { id: 'per', name: 'Per', unit: 'it' },
    { id: 'kim', name: 'Kim', unit: 'it' },
    { id: 'liv', name: 'Liv', unit: 'it' },
  ],
  connections: [
    { from: 'ole', to: 'siv', type: 'knows' },
    { from: 'per', to: 'kim', type: 'influences' },
  ],
  goals: [
    { title: 'Cut waste', status: 'on-track' },
    { id: 'uptime', title: 'Uptime', status: 'planned' },
  ],
  events: [
    { date: '2025-01-01', type: 'renewal', summary: 'Renewed' },
    { date: '2025-06-01', type: 'expansion', summary: 'Grew' },
  ],
});

const parse = (m: AccountMapInput) => AccountMapSchema.parse(m);
const edit = (f: (m: AccountMapInput) => void) => {
  const m = structuredClone(base());
  f(m);
  return parse(m);
};

describe('compareMaps', () => {
  it('finds nothing between a map and itself, or a copy with every list reordered', () => {
    expect(compareMaps(parse(base()), parse(base()))).toEqual([]);
    const reordered = edit((m) => {
      m.people!.reverse();
      m.units!.reverse();
      m.connections!.reverse();
      m.goals!.reverse();
      m.events!.reverse();
      m.account.tags = ['b', 'a'];
    });
    expect(compareMaps(parse(base()), reordered)).toEqual([]);
  });

  it('reports one entry per changed field, with a direction where the field has one', () => {
    const after = edit((m) => {
      const ingrid = m.people![0]!;
      ingrid.stance = 'skeptic';
      ingrid.title = 'CFO';
      m.people!.push({ id: 'nina', name: 'Nina' });
      m.people!.splice(4, 1); // kim
      m.goals![0]!.status = 'at-risk';
      m.goals![1]!.status = 'on-track';
    });
    expect(compareMaps(parse(base()), after)).toEqual([
      {
        entity: 'person',
        id: 'ingrid',
        change: 'changed',
        field: 'stance',
        before: 'supporter',
        after: 'skeptic',
        direction: 'worse',
      },
      {
        entity: 'person',
        id: 'ingrid',
        change: 'changed',
        field: 'title',
        before: null,
        after: 'CFO',
      },
      { entity: 'person', id: 'kim', change: 'removed' },
      { entity: 'person', id: 'nina', change: 'added' },
      {
        entity: 'goal',
        id: 'uptime',
        change: 'changed',
        field: 'status',
        before: 'planned',
        after: 'on-track',
        direction: 'better',
      },
      {
        entity: 'goal',
        id: 'Cut waste',
        change: 'changed',
        field: 'status',
        before: 'on-track',
        after: 'at-risk',
        direction: 'worse',
      },
    ]);
  });

  it('matches id-less items by content: a new event is added, an edited connection changed', () => {
    const after = edit((m) => {
      m.events!.push({ date: '2025-09-01', type: 'budget-cut', summary: 'Cut' });
      m.connections![0]!.strength = 'strong';
      m.financials!.revenue = { 2024: 1000, 2025: 900, 2026: 700 };
      m.relationship = { roi: { ours: 'positive' } };
      m.profile = { size: 3 };
    });
    expect(compareMaps(parse(base()), after)).toEqual([
      {
        entity: 'relationship',
        change: 'changed',
        field: 'roi.ours',
        before: null,
        after: 'positive',
      },
      {
        entity: 'relationship',
        change: 'changed',
        field: 'roi.theirs',
        before: null,
        after: 'unknown',
      },
      { entity: 'financials', change: 'changed', field: 'revenue.2026', before: null, after: 700 },
      {
        entity: 'connection',
        id: 'ole -> siv (knows)',
        change: 'changed',
        field: 'strength',
        before: null,
        after: 'strong',
      },
      { entity: 'event', id: '2025-09-01 budget-cut', change: 'added' },
      { entity: 'profile', change: 'changed', field: 'size', before: null, after: 3 },
    ]);
  });

  it('gives opportunity stages a direction, and `lost` is worse than any other', () => {
    const before = edit((m) => {
      m.opportunities = [{ id: 'x', title: 'X', stage: 'proposed' }];
    });
    const after = edit((m) => {
      m.opportunities = [{ id: 'x', title: 'X', stage: 'lost' }];
    });
    expect(compareMaps(before, after)).toEqual([
      {
        entity: 'opportunity',
        id: 'x',
        change: 'changed',
        field: 'stage',
        before: 'proposed',
        after: 'lost',
        direction: 'worse',
      },
    ]);
  });
});

describe('findSignals', () => {
  it('reports nothing when nothing moved', () => {
    expect(findSignals(parse(base()), parse(base()))).toEqual([]);
  });

  it('reorganization: 3 people changed unit or manager', () => {
    const after = edit((m) => {
      m.people![1]!.unit = 'it';
      m.people![2]!.reports_to = 'per';
      m.people![3]!.unit = 'ops';
    });
    const [signal] = findSignals(parse(base()), after);
    expect(signal).toMatchObject({ signal: 'reorganization', people: ['ole', 'siv', 'per'] });
    expect(signal!.message).toContain('Siv (siv): reports to ingrid → per');
  });

  it('reorganization: a fifth of the active people is enough in a small map', () => {
    const after = edit((m) => {
      m.people![1]!.unit = 'it';
      m.people![3]!.unit = 'ops';
    });
    expect(findSignals(parse(base()), after).map((s) => s.signal)).toEqual(['reorganization']);
    // One of six is less than a fifth.
    const one = edit((m) => {
      m.people![1]!.unit = 'it';
    });
    expect(findSignals(parse(base()), one)).toEqual([]);
  });

  it('people-left: a buying role who left or was taken off; someone without a role is no signal', () => {
    const after = edit((m) => {
      m.people![0]!.status = 'left';
      m.people!.splice(2, 2); // siv (champion) and per (no role)
    });
    const signals = findSignals(parse(base()), after).filter((s) => s.signal === 'people-left');
    expect(signals).toHaveLength(1);
    expect(signals[0]!.people).toEqual(['ingrid', 'siv']);
    expect(signals[0]!.message).toContain('Ingrid (ingrid), economic buyer, left');
  });

  it('cooling: high influence, stance toward opponent or strength toward none', () => {
    const after = edit((m) => {
      m.people![0]!.strength = 'weak';
      m.people![1]!.stance = 'opponent'; // Ole has no influence given: no signal
    });
    const signals = findSignals(parse(base()), after);
    expect(signals).toEqual([expect.objectContaining({ signal: 'cooling', people: ['ingrid'] })]);
    expect(signals[0]!.message).toContain('our relationship strong → weak');
  });

  it('revenue-drop: the latest period 20 % or more below the same period a year before', () => {
    const after = edit((m) => {
      m.financials!.revenue = { '2024': 1000, '2025': 900, '2026': 700 };
    });
    expect(findSignals(parse(base()), after)).toEqual([
      {
        signal: 'revenue-drop',
        message: 'revenue in 2026 is EUR 700, 22.2 % below EUR 900 in 2025',
        period: '2026',
        compared_to: '2025',
        revenue: 700,
        previous: 900,
      },
    ]);
    const quarters = (q: Record<string, number>) =>
      edit((m) => {
        m.financials!.revenue = q;
      });
    const small = quarters({ '2025-Q1': 100, '2025-Q4': 100, '2026-Q1': 81 });
    expect(
      findSignals(small, quarters({ '2025-Q1': 100, '2025-Q4': 100, '2026-Q1': 80 })),
    ).toMatchObject([{ signal: 'revenue-drop', period: '2026-Q1', compared_to: '2025-Q1' }]);
    expect(findSignals(parse(base()), small)).toEqual([]);
  });
});

describe('diffSides', () => {
  const settings = { config: defaultConfig(), configDir: '/', cli: [] as const };
  const side = (rev: string, date: string, files: Record<string, AccountMapInput | string>) => ({
    label: { rev, date },
    sources: Object.entries(files).map(([file, m]) => ({
      file,
      text: typeof m === 'string' ? m : stringify(m),
    })),
  });

  it('follows a renamed file by account id and leaves unchanged accounts out', () => {
    const other: AccountMapInput = { acctmap: 1, account: { id: 'other', name: 'Other' } };
    const result = diffSides(
      side('aaa', '2026-01-01', { 'a/acme.acctmap.yaml': base(), 'other.acctmap.yaml': other }),
      side('bbb', '2026-02-01', { 'b/acme-as.acctmap.yaml': base(), 'other.acctmap.yaml': other }),
      settings,
    );
    expect(result.accounts).toEqual([
      expect.objectContaining({
        id: 'acme',
        status: 'changed',
        file: 'b/acme-as.acctmap.yaml',
        renamed_from: 'a/acme.acctmap.yaml',
        changes: [],
      }),
    ]);
  });

  it('added and removed accounts; a map that does not parse is a problem on its side, not a removal', () => {
    const other: AccountMapInput = { acctmap: 1, account: { id: 'other', name: 'Other' } };
    const result = diffSides(
      side('aaa', '2026-01-01', { 'acme.acctmap.yaml': base(), 'other.acctmap.yaml': other }),
      side('bbb', '2026-02-01', {
        'acme.acctmap.yaml': 'acctmap: 1\naccount: [',
        'new.acctmap.yaml': { acctmap: 1, account: { id: 'new', name: 'New' } },
      }),
      settings,
    );
    expect(result.accounts.map((a) => [a.id, a.status])).toEqual([
      ['new', 'added'],
      ['other', 'removed'],
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ side: 'to', file: 'acme.acctmap.yaml', line: expect.any(Number) }),
    ]);
    expect(result.summary).toMatchObject({
      accounts_added: 1,
      accounts_removed: 1,
      accounts_changed: 0,
    });
  });

  it('evaluates red flags as of each side: a flag appears when the map changes, not because time passed', () => {
    const quiet = structuredClone(base());
    const flagged = structuredClone(base());
    flagged.events!.push({ date: '2026-01-20', type: 'reorganization', summary: 'New org' });
    // The same map a month later is not newly flagged.
    const same = diffSides(
      side('a', '2026-01-01', { 'x.acctmap.yaml': quiet }),
      side('b', '2026-02-01', { 'x.acctmap.yaml': quiet }),
      settings,
    );
    expect(same.accounts).toEqual([]);
    const result = diffSides(
      side('a', '2026-01-01', { 'x.acctmap.yaml': quiet }),
      side('b', '2026-02-01', { 'x.acctmap.yaml': flagged }),
      settings,
    );
    expect(result.accounts[0]!.red_flags).toEqual({ appeared: ['reorganization'], resolved: [] });
    const back = diffSides(
      side('b', '2026-02-01', { 'x.acctmap.yaml': flagged }),
      side('c', '2026-03-01', { 'x.acctmap.yaml': quiet }),
      settings,
    );
    expect(back.accounts[0]!.red_flags).toEqual({ appeared: [], resolved: ['reorganization'] });
  });

  it('a red flag suppressed by a comment in the map is no red flag on that side', () => {
    const quiet = structuredClone(base());
    const flagged = structuredClone(base());
    flagged.events!.push({ date: '2026-01-20', type: 'reorganization', summary: 'New org' });
    const text = stringify(flagged);
    const item = '  - date: 2026-01-20';
    expect(text).toContain(item);
    const suppressed = text.replace(
      item,
      `  # acctmap-disable-next-line reorganization -- planned, agreed with us\n${item}`,
    );
    const result = diffSides(
      side('a', '2026-01-01', { 'x.acctmap.yaml': quiet }),
      side('b', '2026-02-01', { 'x.acctmap.yaml': suppressed }),
      settings,
    );
    expect(result.accounts[0]!.red_flags).toEqual({ appeared: [], resolved: [] });
  });

  it('summarises people added and left and stances that moved', () => {
    const after = structuredClone(base());
    after.people![0]!.stance = 'skeptic';
    after.people![1]!.status = 'left';
    after.people!.push({ id: 'nina', name: 'Nina' });
    const result = diffSides(
      side('a', '2026-01-01', { 'x.acctmap.yaml': base() }),
      side('b', '2026-02-01', { 'x.acctmap.yaml': after }),
      settings,
    );
    expect(result.summary).toEqual({
      accounts_changed: 1,
      accounts_added: 0,
      accounts_removed: 0,
      people_added: 1,
      people_left: 1,
      stance_worse: 1,
      stance_better: 0,
    });
  });
});
