/**
 * Mermaid's limits and the helpers every view uses to stay under them.
 *
 * Mermaid (and GitHub, which runs it) refuses a diagram of 500 edges or more and draws an error
 * box instead of a diagram over 50,000 characters; neither can be raised from inside a diagram.
 * The defaults stay well under both, so that a diagram also leaves room when it is embedded in a
 * larger document and stays something a person can read.
 */
export const MERMAID_MAX_CHARS = 50_000;
export const MERMAID_MAX_EDGES = 500;
export const DEFAULT_LIMITS = { maxChars: 40_000, maxEdges: 400, maxDiagrams: 60 };
export function withinLimits(d, limits) {
    return d.mermaid.length <= limits.maxChars && d.edges <= limits.maxEdges;
}
/**
 * Merge neighbouring pieces while the merged piece still fits, so that a split gives a handful
 * of readable diagrams rather than dozens of tiny ones.
 */
export function pack(pieces, fits) {
    const out = [];
    let current;
    let titles = [];
    for (const piece of pieces) {
        if (current) {
            const merged = new Set([...current.members, ...piece.members]);
            if (fits(merged)) {
                current = { title: '', members: merged, only: [...current.only, ...piece.only] };
                titles.push(piece.title);
                continue;
            }
            out.push({ ...current, title: joinTitles(titles) });
        }
        current = { title: piece.title, members: new Set(piece.members), only: [...piece.only] };
        titles = [piece.title];
    }
    if (current)
        out.push({ ...current, title: joinTitles(titles) });
    return out;
}
function joinTitles(titles) {
    if (titles.length <= 3)
        return titles.join('; ');
    return `${titles.slice(0, 2).join('; ')} and ${titles.length - 2} more`;
}
/** Levels of `forest` inside `set`, starting from its roots (level 0); each member once. */
export function levels(forest, set, roots = forest.roots(set)) {
    const out = [];
    const seen = new Set();
    let current = roots.filter((id) => set.has(id) && !seen.has(id) && seen.add(id));
    while (current.length > 0) {
        out.push(current);
        const next = [];
        for (const id of current) {
            for (const c of forest.children(id)) {
                if (set.has(c) && !seen.has(c)) {
                    seen.add(c);
                    next.push(c);
                }
            }
        }
        current = next;
    }
    return out;
}
/**
 * Split a tree-shaped `set` by depth: the top levels that fit, then, for each member at the cut,
 * everything below it (recursively), packed. Every member lands in exactly one piece. When even
 * the roots alone do not fit (a flat list with no tree at all), they are cut into chunks.
 * `scope` is the option that picks out `set` as a whole (e.g. `--unit it`), if there is one;
 * the top levels are then `scope` with `--depth`.
 */
export function splitByDepth(set, name, forest, fits, scope) {
    if (set.size <= 1 || fits(set))
        return [{ title: name, members: new Set(set), only: scope ? [scope] : [] }];
    const lv = levels(forest, set);
    let top = new Set();
    let depth = -1;
    for (const [i, level] of lv.entries()) {
        const next = new Set([...top, ...level]);
        if (!fits(next))
            break;
        top = next;
        depth = i;
    }
    const below = (id) => {
        const under = levels(forest, set, [id]).slice(1).flat();
        return under.length === 0
            ? []
            : splitByDepth(new Set(under), `${name} › under ${forest.name(id)}`, forest, fits, forest.below(id));
    };
    if (depth < 0) {
        const roots = lv[0] ?? [];
        let size = roots.length;
        while (size > 1 && !fits(new Set(roots.slice(0, size))))
            size = Math.ceil(size / 2);
        const pieces = [];
        for (let i = 0; i < roots.length; i += size) {
            pieces.push({
                title: `${name}, part ${i / size + 1}`,
                members: new Set(roots.slice(i, i + size)),
                only: [],
            });
        }
        for (const r of roots)
            pieces.push(...below(r));
        return pack(pieces, fits);
    }
    const first = {
        title: `${name}, top ${depth + 1} ${depth === 0 ? 'level' : 'levels'}`,
        members: top,
        only: [`${scope ? `${scope} ` : ''}--depth ${depth}`],
    };
    return [first, ...pack((lv[depth] ?? []).flatMap(below), fits)];
}
