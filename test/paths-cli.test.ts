/**
 * `acctmap paths` end to end through the built CLI, as a new user tries it: on the example and
 * on maps written for the test, the advice, markdown (parsed with the real markdown parser) and
 * the contract's JSON, `--in` for people who moved, and the exit codes of mistakes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acctmap, ROOT, tempDir } from './helpers/cli.js';
import { lintMarkdown, parseMarkdown } from './helpers/markdown.js';

const HAVBRIS = 'examples/havbris-energi.acctmap.yaml';

const ACME = `acctmap: 1
account: {id: acme, name: Acme}
team:
  - {id: kari, name: Kari Nygaard}
people:
  - {id: ingrid, name: Ingrid Sæther, title: CIO, roles: [economic-buyer]}
  - {id: sofia, name: Sofia Lindqvist, strength: strong, owner: kari}
  - {id: henrik, name: Henrik Blom, title: CFO, roles: [economic-buyer]}
  - {id: eva, name: Eva Lund}
  - {id: per-moe, name: Per Moe}
connections:
  - {from: sofia, to: ingrid, type: influences, strength: medium}
  - {from: eva, to: henrik, type: knows, strength: strong}
  - {from: per-moe, to: henrik, type: knows, strength: strong}
`;

const OLD = `acctmap: 1
account: {id: nordlys, name: Nordlys}
team:
  - {id: kari, name: Kari Nygaard}
people:
  - {id: per, name: Per Moe, stance: advocate, strength: strong, owner: kari, status: left, now_at: acme}
`;

function folder(): { dir: string; acme: string } {
  const dir = tempDir();
  const acme = path.join(dir, 'acme.acctmap.yaml');
  writeFileSync(acme, ACME);
  writeFileSync(path.join(dir, 'nordlys.acctmap.yaml'), OLD);
  return { dir, acme };
}

describe('acctmap paths', () => {
  it('reads as advice, and lists who is out of reach with what would open a path', () => {
    const { acme } = folder();
    const r = acctmap(['paths', acme, '--to', 'economic-buyer']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `Warm paths to the economic buyer at Acme (acme, within 4 steps)

Ingrid Sæther (CIO)
  1. Ask Sofia Lindqvist (our strong contact, Kari) to introduce you to Ingrid Sæther: Sofia influences Ingrid (medium)  0.54, 2 steps

Henrik Blom (CFO)
  no warm path within 4 steps: Eva Lund and Per Moe know Henrik Blom, and nobody on our team knows any of them yet: a relationship with one of them (an \`owner\` and a \`strength\`) would open a path

1 path to 1 of 2 people. Strength: the product of the steps (strong 0.9, medium 0.6, weak 0.3, a reporting line 0.5).
`,
    );
  });

  it("writes the contract's JSON", () => {
    const { acme } = folder();
    const r = acctmap(['paths', acme, '--to', 'economic-buyer', '--format', 'json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data).toEqual({
      account: 'acme',
      to: 'economic-buyer',
      paths: [
        {
          target: 'ingrid',
          strength: 0.54,
          hops: 2,
          steps: [
            { from: 'kari', to: 'sofia', via: 'owner', weight: 0.9 },
            { from: 'sofia', to: 'ingrid', via: 'influences', weight: 0.6 },
          ],
        },
      ],
      unreachable: [
        { target: 'henrik', suggestion: expect.stringMatching(/^Eva Lund and Per Moe know/) },
      ],
    });
  });

  it('brings in people who moved with --in: their trust opens a path', () => {
    const { dir, acme } = folder();
    const r = acctmap(['paths', acme, '--to', 'henrik', '--in', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.paths[0].steps).toEqual([
      { from: 'kari', to: 'per-moe', via: 'moved', weight: 0.9 },
      { from: 'per-moe', to: 'henrik', via: 'knows', weight: 0.9 },
    ]);
    expect(data.unreachable).toEqual([]);
    const text = acctmap(['paths', acme, '--to', 'henrik', '--in', dir]).stdout;
    expect(text).toContain(
      '1. Ask Per Moe (who moved here from Nordlys: our strong contact there, Kari) to introduce you to Henrik Blom: Per knows Henrik (strong)  0.81, 2 steps',
    );
  });

  it('writes markdown for reviews that parses and lints clean', () => {
    const r = acctmap(['paths', HAVBRIS, '--to', 'decision-maker', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(lintMarkdown(r.stdout)).toEqual([]);
    const doc = parseMarkdown(r.stdout);
    expect(doc.headings.map((h) => h.text)).toEqual([
      'Warm paths to the decision maker at Havbris Energi ASA',
      'Ingrid Sæther (Chief information officer)',
      'Eirik Haugland (EVP Production)',
    ]);
    expect(r.stdout).toContain(
      '1. Go straight to Ingrid Sæther: our strong contact, Kari (strength 0.9, 1 step)',
    );
  });

  it('takes --from, --max-hops and --top', () => {
    const r = acctmap([
      'paths',
      HAVBRIS,
      '--to',
      'ingrid-saether',
      '--from',
      'aino-virtanen',
      '--max-hops',
      '2',
      '--top',
      '1',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.paths).toHaveLength(1);
    expect(data.paths[0].steps[0].from).toBe('aino-virtanen');
    expect(data.paths[0].hops).toBeLessThanOrEqual(2);
  });

  it('exits 2 with the closest id for an unknown --to, and for other mistakes', () => {
    const unknown = acctmap(['paths', HAVBRIS, '--to', 'ingrid-sather']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      'acctmap: --to: no person or buying role `ingrid-sather` in havbris-energi; did you mean `ingrid-saether`?\n',
    );
    const from = acctmap(['paths', HAVBRIS, '--to', 'economic-buyer', '--from', 'kari']);
    expect(from.code).toBe(2);
    expect(from.stderr).toMatch(/--from: no team member `kari` in havbris-energi/);
    const hops = acctmap(['paths', HAVBRIS, '--to', 'economic-buyer', '--max-hops', 'four']);
    expect(hops.code).toBe(2);
    expect(hops.stderr).toBe('acctmap: --max-hops takes a whole number, got `four`\n');
    const missing = acctmap(['paths', HAVBRIS]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--to <id|role>' not specified");
  });

  it('highlights the best path in the influence diagram, and refuses it elsewhere', () => {
    const r = acctmap(['diagram', HAVBRIS, '--view', 'influence', '--path-to', 'eirik-haugland']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/==>\|"1\. knows \(0\.9\)"\|/);
    const wrong = acctmap(['diagram', HAVBRIS, '--path-to', 'eirik-haugland']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(
      'acctmap: --path-to draws on the influence view: add --view influence\n',
    );
  });

  it('docs/paths.md shows the real output of its example, and lints clean', () => {
    const doc = readFileSync(path.join(ROOT, 'docs', 'paths.md'), 'utf8');
    expect(lintMarkdown(doc)).toEqual([]);
    const shown = /```text\n([\s\S]*?)```/.exec(doc)![1];
    const r = acctmap(['paths', HAVBRIS, '--to', 'decision-maker', '--top', '2']);
    expect(shown).toBe(r.stdout);
  });

  it('shows examples in --help', () => {
    const r = acctmap(['paths', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '$ acctmap paths examples/havbris-energi.acctmap.yaml --to economic-buyer',
    );
  });
});
