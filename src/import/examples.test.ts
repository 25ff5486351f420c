/**
 * Every example map, with an export built from the map itself (a few titles and an email
 * changed, one person dropped, two added): the import changes exactly the lines it should, keeps
 * every other line byte for byte, never touches a judgment, and changes nothing the second time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { EXAMPLES } from '../../test/helpers/cli.js';
import {
  type Dialect,
  type ExportChanges,
  exportFromMap,
  JUDGMENTS,
} from '../../test/helpers/exports.js';
import { lineDiff, linesOf } from '../../test/helpers/line-diff.js';
import type { Person } from '../model/account-map.js';
import { parseSource } from '../parse/source.js';
import { checkSources, type LoadedMap } from '../validate/check.js';
import { type ImportOutcome, runImport } from './index.js';

function exampleFiles(dir = EXAMPLES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? exampleFiles(path.join(dir, e.name))
      : /\.acctmap\.ya?ml$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
}

const cases = exampleFiles().flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const { maps } = checkSources([{ file, text }]);
  return maps.flatMap((map) =>
    (['salesforce', 'hubspot'] as Dialect[]).map((dialect) => ({
      name: `${path.relative(EXAMPLES, file)} (${map.map.account.id}), ${dialect}`,
      text,
      map,
      dialect,
    })),
  );
});

/** What the test changes in the export, chosen from the map's own people. */
function changesFor(map: LoadedMap): {
  changes: ExportChanges;
  retitled: Person[];
  reEmailed: Person[];
  dropped: Person;
} {
  const people = map.map.people ?? [];
  const active = people.filter((p) => p.status !== 'left');
  const dropped = active[active.length - 1]!;
  const retitled = [people[1], people[3]].filter((p): p is Person => !!p && p !== dropped);
  // Someone still there: the contact details of people who left are never brought back.
  const reEmailed = active
    .filter((p) => p.email && p !== dropped && !retitled.includes(p))
    .slice(0, 1);
  const unit = map.map.units?.[0];
  return {
    retitled,
    reEmailed,
    dropped,
    changes: {
      retitle: Object.fromEntries(
        retitled.map((p, i) => [
          p.id,
          i === 0 ? 'Head of IT: Operations, Nordics' : `Senior ${p.title ?? 'adviser'}`,
        ]),
      ),
      reEmail: Object.fromEntries(reEmailed.map((p) => [p.id, `new.${p.email}`])),
      drop: [dropped.id],
      add: [
        {
          name: 'Åse Ødegård',
          title: 'Enterprise architect',
          email: 'ase.odegard@customer.example',
          ...(unit ? { department: unit.name } : {}),
          manager: people[0]!.name,
        },
        {
          name: 'Jean-Luc Ørsted',
          title: 'Innovation lead, "Labs"',
          department: 'Innovation Lab',
          manager: 'ase.odegard@customer.example',
        },
      ],
    },
  };
}

function done(outcome: ImportOutcome) {
  if (outcome.kind !== 'done') throw new Error(JSON.stringify(outcome, null, 2));
  return outcome;
}

/** Where paths sit in document `index` of `text`, as the map's own parse says. */
function locateIn(text: string, index: number) {
  return parseSource(text).documents[index]!.locate;
}

function dataOf(text: string, index: number): Record<string, unknown> {
  return parseAllDocuments(text)[index]!.toJS() as Record<string, unknown>;
}

describe.each(cases)('import into $name', ({ text, map, dialect }) => {
  const { changes, retitled, reEmailed, dropped } = changesFor(map);
  const csv = exportFromMap(map.map, dialect, changes);
  const request = {
    csv,
    csvName: 'contacts.csv',
    into: { file: map.file, text },
    source: 'auto' as const,
    columns: [],
    account: map.map.account.name,
    maxRows: 10_000,
    markMissingLeft: true,
  };
  const first = done(runImport(request));

  it('changes exactly the lines it should and keeps every other line byte for byte', () => {
    const { removed, added } = lineDiff(text, first.text);
    // Lines that hold a changed value: the old title and email lines, and a status written.
    const changedAt = [
      ...retitled.filter((p) => p.title !== undefined).map((p) => [p, 'title'] as const),
      ...reEmailed.map((p) => [p, 'email'] as const),
      ...((dataOf(text, map.document).people as Person[]).find((p) => p.id === dropped.id)?.status
        ? [[dropped, 'status'] as const]
        : []),
    ].map(([p, key]) => {
      const index = map.map.people!.indexOf(p);
      return locateIn(text, map.document)(['people', index, key]).line - 1;
    });
    expect(removed.sort((a, b) => a - b)).toEqual(changedAt.sort((a, b) => a - b));

    const lines = linesOf(first.text);
    const written = added.map((i) => lines[i]!).filter((l) => l.trim() !== '');
    for (const line of written)
      expect(line).toMatch(
        /^ *(- +|- \{ *)?(id|name|title|unit|reports_to|stance|status|email|phone|linkedin|units|people):/,
      );
    const newUnits = first.plan.units.length;
    const unitsHeader = newUnits > 0 && !map.map.units ? 1 : 0;
    const expected =
      retitled.length +
      reEmailed.length +
      1 + // status: left for the dropped person
      first.plan.added.reduce((n, a) => n + Object.keys(a.person).length, 0) +
      newUnits * 2 +
      unitsHeader;
    const flowPeople = written.some((l) => l.includes('{'));
    if (!flowPeople) expect(written).toHaveLength(expected);
    // Blank lines only between new entries and sections, never more than one each.
    expect(added.length - written.length).toBeLessThanOrEqual(
      first.plan.added.length + newUnits + unitsHeader,
    );
  });

  it('brings in what changed, adds and lists the right people', () => {
    expect(first.plan.added.map((a) => a.person.name)).toEqual(['Åse Ødegård', 'Jean-Luc Ørsted']);
    expect(first.plan.added.map((a) => a.person.id)).toEqual(['ase-odegard', 'jean-luc-orsted']);
    expect(first.plan.missing).toEqual([{ id: dropped.id, name: dropped.name }]);
    const after = dataOf(first.text, map.document);
    const people = after.people as Array<Record<string, unknown>>;
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const p of retitled) expect(byId.get(p.id)!.title).toBe(changes.retitle![p.id]);
    for (const p of reEmailed) expect(byId.get(p.id)!.email).toBe(changes.reEmail![p.id]);
    expect(byId.get(dropped.id)!.status).toBe('left');
    const ase = byId.get('ase-odegard')!;
    expect(ase).toMatchObject({
      stance: 'unknown',
      status: 'new',
      reports_to: map.map.people![0]!.id,
    });
    expect(byId.get('jean-luc-orsted')).toMatchObject({
      title: 'Innovation lead, "Labs"',
      unit: 'innovation-lab',
      reports_to: 'ase-odegard',
    });
  });

  it('never changes a judgment of a person already in the map', () => {
    const before = new Map(
      (dataOf(text, map.document).people as Array<Record<string, unknown>>).map((p) => [p.id, p]),
    );
    const after = dataOf(first.text, map.document).people as Array<Record<string, unknown>>;
    for (const p of after) {
      const old = before.get(p.id);
      if (!old) continue;
      for (const key of JUDGMENTS) expect(p[key], `${p.id}.${key}`).toEqual(old[key]);
    }
  });

  it('validates, and leaves the other maps of the file as they were', () => {
    const check = checkSources([{ file: map.file, text: first.text }]);
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    parseAllDocuments(text).forEach((doc, i) => {
      if (i !== map.document) expect(dataOf(first.text, i)).toEqual(doc.toJS());
    });
  });

  it('changes nothing the second time', () => {
    const second = done(runImport({ ...request, into: { file: map.file, text: first.text } }));
    expect(second.changed).toBe(false);
    expect(second.text).toBe(first.text);
    expect(second.plan).toMatchObject({ added: [], updated: [], units: [], missing: [] });
  });
});
