/**
 * The account report's "Warm paths": the best introduction to each person who holds a buying
 * role, from `acctmap paths` (src/paths), as advice. Kept apart from ./account.ts so that the
 * review's other sections can change without touching it.
 */
import { type AccountMap, BUYING_ROLES } from '../model/account-map.js';
import { mapIndex } from '../model/map-index.js';
import { pathAdvice } from '../paths/advice.js';
import { DEFAULT_MAX_HOPS, findPaths } from '../paths/index.js';
import { joinAnd, messageMarkdown, plural, escapeMarkdownText as t, words } from '../text/index.js';
import type { MarkdownDoc } from './doc.js';

/** One line per person in a buying role (most important role first): the best path to them. */
export function warmPathLines(map: AccountMap): string[] {
  const holders = mapIndex(map)
    .present.filter((p) => (p.roles ?? []).length > 0)
    .map((p) => ({ p, first: Math.min(...p.roles!.map((r) => BUYING_ROLES.indexOf(r))) }))
    .sort((a, b) => a.first - b.first)
    .map((x) => x.p);
  if (holders.length === 0 || (map.team ?? []).length === 0) return [];
  return holders.map((p) => {
    const r = findPaths(map, { to: p.id, top: 1 });
    const who = `**${t(p.name)}** (${t(joinAnd(p.roles!.map(words)))})`;
    const best = r.paths[0];
    if (best) {
      return `${who}: ${pathAdvice({ map, moved: r.moved, show: t }, best)} (strength ${Math.round(best.strength * 1000) / 1000})`;
    }
    const why = r.unreachable[0]?.suggestion ?? '';
    return `${who}: no warm path within ${plural(DEFAULT_MAX_HOPS, 'step')}; ${messageMarkdown(why)}`;
  });
}

export function writeWarmPaths(
  doc: MarkdownDoc,
  map: AccountMap,
  h3: (title: string) => unknown,
): void {
  const lines = warmPathLines(map);
  if (lines.length === 0) return;
  h3('Warm paths');
  doc.paragraph(
    'The best introduction to each person in a buying role: through our own relationships, who they know, who influences them and their reporting lines (`acctmap paths` gives more).',
  );
  doc.list(lines);
}
