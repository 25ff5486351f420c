/**
 * `diagram --view influence --path-to ID`: the best warm path drawn highlighted and numbered,
 * each of its lines drawn once (as the path), checked with the real Mermaid parser; and what a
 * mistake in the option says.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/helpers/cli.js';
import { mapFromText } from '../../test/helpers/diagram-maps.js';
import { parseMermaid } from '../../test/helpers/mermaid.js';
import { buildDiagram, DiagramOptionError } from './index.js';

const HAVBRIS = mapFromText(
  readFileSync(path.join(ROOT, 'examples', 'havbris-energi.acctmap.yaml'), 'utf8'),
);

/** The generated id of the node whose label starts with `name`. */
function idOf(mermaid: string, name: string): string {
  const m = new RegExp(`^\\s*(\\w+)\\("(?:<b>)?${name}`, 'm').exec(mermaid);
  if (!m) throw new Error(`no node for ${name}`);
  return m[1]!;
}

describe('diagram --path-to', () => {
  it('draws the best path to Eirik Haugland: Lars knows Tor Arne, who is his manager', async () => {
    const { diagrams } = buildDiagram(HAVBRIS, { view: 'influence', pathTo: 'eirik-haugland' });
    expect(diagrams).toHaveLength(1);
    const d = diagrams[0]!;
    await parseMermaid(d.mermaid);
    expect(d.title).toBe('Influence map: best warm path to Eirik Haugland');
    const lars = idOf(d.mermaid, 'Lars Eide');
    const tor = idOf(d.mermaid, 'Tor Arne Solberg');
    const eirik = idOf(d.mermaid, 'Eirik Haugland');
    const lines = d.mermaid.split('\n').map((l) => l.trim());
    expect(lines).toContain(`${lars} ==>|"1. knows (0.9)"| ${tor};`);
    expect(lines).toContain(`${tor} ==>|"2. reporting line (0.5)"| ${eirik};`);
    // Each line of the path is drawn once: the usual line between the two is replaced.
    const between = (a: string, b: string) =>
      lines.filter((l) => new RegExp(`^(${a} .* ${b}|${b} .* ${a});$`).test(l));
    expect(between(lars, tor)).toHaveLength(1);
    expect(between(tor, eirik)).toHaveLength(1);
    for (const id of [lars, tor, eirik]) {
      expect(lines).toContain(`style ${id} stroke:#ef6c00,stroke-width:4px;`);
    }
    // The path's lines are the ones styled orange, and the legend explains them.
    const edges = lines.filter((l) => /^\w+ (==>|-->|-\.->|---|-\.-|x--x)/.test(l));
    const orange = lines.find((l) => l.startsWith('linkStyle') && l.includes('#ef6c00'))!;
    const indexes = orange.split(' ')[1]!.split(',').map(Number);
    expect(indexes.map((i) => edges[i])).toEqual([
      `${lars} ==>|"1. knows (0.9)"| ${tor};`,
      `${tor} ==>|"2. reporting line (0.5)"| ${eirik};`,
    ]);
    expect(d.mermaid).toContain('best warm path, step by step');
  });

  it('keeps a conflict on the same pair visible', async () => {
    const map = mapFromText(`acctmap: 1
account: {id: acme, name: Acme}
team: [{id: kari, name: Kari}]
people:
  - {id: a, name: Anna, strength: strong, owner: kari}
  - {id: b, name: Bo}
connections:
  - {from: a, to: b, type: knows, strength: medium}
  - {from: a, to: b, type: conflicts}
`);
    const d = buildDiagram(map, { view: 'influence', pathTo: 'b', legend: false }).diagrams[0]!;
    await parseMermaid(d.mermaid);
    const a = idOf(d.mermaid, 'Anna');
    const b = idOf(d.mermaid, 'Bo');
    expect(d.mermaid).toContain(`${a} x--x ${b};`);
    expect(d.mermaid).toContain(`${a} ==>|"2. knows (0.6)"| ${b};`);
  });

  it('says why when the option cannot be used', () => {
    const fail =
      (pathTo: string, view: 'influence' | 'org' = 'influence') =>
      () =>
        buildDiagram(HAVBRIS, { view, pathTo });
    expect(fail('eirik-haugland', 'org')).toThrow(
      new DiagramOptionError('--path-to draws on the influence view: add --view influence'),
    );
    expect(fail('eirik-haugland', 'org')).toThrow(DiagramOptionError);
    expect(fail('eirik')).toThrow(
      /--path-to: account `havbris-energi` has no person `eirik`; did you mean `eirik-haugland`/,
    );
    expect(fail('kari-nygaard')).toThrow(/is on our team/);
    expect(fail('bjorn-tangen')).toThrow(
      /no warm path to `bjorn-tangen` within 4 steps: Bjørn Tangen has left/,
    );
  });
});
