/** The account report's "Warm paths" and the next actions that use them. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/helpers/cli.js';
import { mapFromText } from '../../test/helpers/diagram-maps.js';
import { nextActions } from './actions.js';
import { warmPathLines } from './warm-paths.js';

const HAVBRIS = mapFromText(
  readFileSync(path.join(ROOT, 'examples', 'havbris-energi.acctmap.yaml'), 'utf8'),
);

describe('warm paths in the account report', () => {
  it('gives the best path to each person in a buying role, most important role first', () => {
    const lines = warmPathLines(HAVBRIS);
    expect(lines[0]).toBe(
      '**Ingrid Sæther** (economic buyer and decision maker): Go straight to Ingrid Sæther: our strong contact, Kari (strength 0.9)',
    );
    expect(lines).toContain(
      '**Eirik Haugland** (decision maker): Ask Tor Arne Solberg (our strong contact, Lars) to introduce you to Eirik Haugland: Eirik reports to Tor (strength 0.45)',
    );
  });

  it('asks for an introduction in the next actions when we have no direct line', () => {
    const map = mapFromText(`acctmap: 1
account: {id: acme, name: Acme}
team: [{id: kari, name: Kari Nygaard}]
people:
  - {id: ingrid, name: Ingrid Sæther, title: CIO, roles: [economic-buyer], influence: high, strength: none}
  - {id: sofia, name: Sofia Lindqvist, strength: strong, owner: kari}
connections:
  - {from: sofia, to: ingrid, type: influences, strength: medium}
`);
    const action = nextActions(map, [], '2026-12-01').find((a) => a.text.includes('Ingrid'));
    expect(action?.text).toMatch(
      /; ask Sofia Lindqvist \(our strong contact, Kari\) to introduce you to Ingrid Sæther: Sofia influences Ingrid \(medium\)$/,
    );
  });
});
