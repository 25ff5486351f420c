import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/schema.js';
import { createRuleRunner } from '../rules/index.js';
import { accountsOnly, checkFile } from './check.js';

const FILE = 'examples/kystlaks.acctmap.yaml';

describe('accountsOnly', () => {
  const rules = createRuleRunner({
    config: defaultConfig(),
    configDir: process.cwd(),
    cwd: process.cwd(),
    cli: [],
    // Years after the example was reviewed: its stale-map and stale-contact rules speak.
    asOf: '2030-06-01',
  });
  const check = checkFile({ file: FILE, text: readFileSync(FILE, 'utf8') }, { rules });

  it('keeps each map’s account, the findings and the positions, as they were', () => {
    const kept = accountsOnly(check);
    expect(check.diagnostics.length).toBeGreaterThan(0);
    expect(kept.summary).toEqual(check.summary);
    expect(kept.diagnostics).toEqual(check.diagnostics);
    expect(kept.maps).toEqual(check.maps.map((m) => ({ ...m, map: { account: m.map.account } })));
  });

  // The strings of a parsed map are cut from the file's text and keep all of it alive; what a
  // run keeps for every file must be a copy (see the function's comment).
  it('shares no object with the checked file', () => {
    const kept = accountsOnly(check);
    expect(kept.maps[0]!.map.account).not.toBe(check.maps[0]!.map.account);
    expect(kept.maps[0]!.anchors).not.toBe(check.maps[0]!.anchors);
    expect(kept.diagnostics[0]).not.toBe(check.diagnostics[0]);
    expect(kept.summary).not.toBe(check.summary);
  });
});
