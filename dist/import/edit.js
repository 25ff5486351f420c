/**
 * Writes an import plan into a map's text so that everything the plan does not change stays as
 * it was, byte for byte: comments above and beside keys, blank lines, quoting, flow lists, key
 * order, line endings.
 *
 * The `yaml` package's document API finds each node and where it sits in the text; the edit then
 * replaces just the changed values and inserts the new lines, in the style of their neighbours.
 * (Changing the document and printing it again with `toString()` re-emits the whole file: it
 * re-wraps long lines at 80 columns and re-spaces flow lists, so every example map would change
 * in dozens of lines.) The result is parsed again and must hold exactly the planned data, or the
 * edit is refused as a bug rather than written.
 */
import { isDeepStrictEqual } from 'node:util';
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, stringify, } from 'yaml';
import { AccountMapSchema, PersonSchema, UnitSchema } from '../model/account-map.js';
import { applyPlan } from './plan.js';
/** The canonical key order of each part of a map: where a key that was not there goes. */
const ORDER = {
    root: Object.keys(AccountMapSchema.shape),
    person: Object.keys(PersonSchema.shape),
    unit: Object.keys(UnitSchema.shape),
};
/**
 * The map's text with the plan written into document `index`. Throws when the text cannot be
 * edited that way (a map written as one flow mapping) or when the edit would not hold exactly
 * the planned data: both are bugs or very unusual files, never silently written.
 */
export function writePlan(text, index, plan) {
    const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    const docs = parse(body);
    const doc = docs[index];
    if (!doc)
        throw new Error(`writePlan: the text has no document ${index}`);
    const editor = new Editor(body, doc);
    editor.addUnits(plan);
    editor.updatePeople(plan);
    editor.addPeople(plan);
    const out = editor.apply();
    verify(body, out, index, plan);
    return bom + out;
}
function parse(body) {
    const docs = parseAllDocuments(body, { schema: 'core', uniqueKeys: true, logLevel: 'error' });
    return Array.isArray(docs) ? docs : [];
}
/** The edited text must read as the planned data, and every other document as before. */
function verify(before, after, index, plan) {
    const old = parse(before);
    const now = parse(after);
    const problem = now.length !== old.length
        ? `${now.length} documents instead of ${old.length}`
        : now.some((d) => d.errors.length > 0)
            ? `a YAML error: ${now.find((d) => d.errors.length).errors[0].message}`
            : now.findIndex((d, i) => !isDeepStrictEqual(d.toJS(), i === index ? applyPlan(old[i].toJS(), plan) : old[i].toJS())) !== -1
                ? 'data other than planned'
                : undefined;
    if (problem)
        throw new Error(`the edited map would hold ${problem}; nothing was written (the map may use YAML anchors or aliases where the import writes)`);
}
class Editor {
    text;
    edits = [];
    eol;
    root;
    constructor(text, doc) {
        this.text = text;
        const crlf = text.split('\r\n').length - 1;
        const lf = text.split('\n').length - 1 - crlf;
        this.eol = crlf > lf ? '\r\n' : '\n';
        if (!isMap(doc.contents) || doc.contents.flow)
            throw new Error('writePlan: the map is not a block mapping (`key: value` lines)');
        this.root = doc.contents;
    }
    apply() {
        const edits = this.edits
            .map((e, order) => ({ ...e, order }))
            .sort((a, b) => a.at - b.at || a.order - b.order);
        let out = '';
        let from = 0;
        for (const e of edits) {
            if (e.at < from)
                throw new Error('writePlan: two edits overlap');
            out += this.text.slice(from, e.at) + e.text;
            from = e.end;
        }
        return out + this.text.slice(from);
    }
    addUnits(plan) {
        const entries = plan.units.map((u) => Object.entries(u));
        if (entries.length)
            this.appendItems('units', entries);
    }
    addPeople(plan) {
        const entries = plan.added.map((a) => Object.entries(a.person).filter((e) => e[1] !== undefined));
        if (entries.length)
            this.appendItems('people', entries);
    }
    updatePeople(plan) {
        if (plan.updated.length === 0)
            return;
        const seq = this.root.get('people', true);
        if (!isSeq(seq))
            throw new Error('writePlan: the map has no list of people to update');
        const byId = new Map();
        for (const it of seq.items) {
            const id = isMap(it) ? scalarText(it.get('id', true)) : undefined;
            if (id !== undefined && isMap(it))
                byId.set(id, it);
        }
        for (const update of plan.updated) {
            const item = byId.get(update.id);
            if (!item)
                throw new Error(`writePlan: no person \`${update.id}\` in the map`);
            for (const change of update.changes)
                this.setKey(item, change.field, change.after);
        }
    }
    /** Sets `key` of a mapping to a text value: the value replaced, or the key added. */
    setKey(map, key, value) {
        const pair = map.items.find((p) => scalarText(p.key) === key);
        if (pair) {
            const node = pair.value;
            if (node && !isScalar(node) && !isAlias(node))
                throw new Error(`writePlan: \`${key}\` holds a list or mapping, not text`);
            if (node?.range) {
                const [start, end] = node.range;
                const written = this.text.slice(start, end);
                // A block scalar (`|`, `>`) owns its line breaks; the new value keeps them.
                const tail = /[\r\n]+[ \t\r\n]*$/.exec(written)?.[0] ?? '';
                const space = start === end && this.text[start - 1] === ':' ? ' ' : '';
                const style = isScalar(node) ? node.type : undefined;
                this.edits.push({
                    at: start,
                    end,
                    text: space + renderScalar(value, { flow: map.flow === true, style }) + tail,
                });
                return;
            }
            throw new Error(`writePlan: cannot place the value of \`${key}\``);
        }
        if (map.flow) {
            this.insertInFlow(map, `${key}: ${renderScalar(value, { flow: true })}`);
            return;
        }
        const after = predecessor(map.items, key, ORDER.person);
        const indent = ' '.repeat(this.column(keyStart(map.items[0])));
        this.insertLines(this.lineAfter(contentEnd(after)), [
            `${indent}${key}: ${renderScalar(value, { flow: false })}`,
        ]);
    }
    /** New entries at the end of the top-level list `key` (created when missing). */
    appendItems(key, entries) {
        const pair = this.root.items.find((p) => scalarText(p.key) === key);
        const value = pair?.value;
        if (pair && isSeq(value) && value.flow) {
            const sample = value.items.find((it) => isMap(it));
            const padded = sample ? this.flowStyle(sample).padded : true;
            // One insertion for all: an empty list is filled once, not once per entry.
            this.insertInFlow(value, entries.map((e) => flowMap(e, padded)).join(', '));
            return;
        }
        if (pair && isSeq(value) && value.items.length > 0) {
            const layout = this.listLayout(value);
            const lines = entries.flatMap((e) => [...(layout.blank ? [''] : []), ...layout.item(e)]);
            const last = value.items[value.items.length - 1];
            this.insertLines(this.lineAfter(contentEnd(last)), lines);
            return;
        }
        const layout = this.defaultListLayout();
        const items = entries.flatMap((e, i) => [
            ...(layout.blank && i > 0 ? [''] : []),
            ...layout.item(e),
        ]);
        if (pair) {
            // `people:` with nothing (or `~`, `null`) after it: the list goes on the lines below.
            if (value?.range && value.range[1] > value.range[0]) {
                const colon = this.text.indexOf(':', keyEnd(pair));
                this.edits.push({ at: colon + 1, end: value.range[1], text: '' });
            }
            this.insertLines(this.lineAfter(keyEnd(pair)), items);
            return;
        }
        const after = predecessor(this.root.items, key, ORDER.root);
        const indent = ' '.repeat(this.column(keyStart(this.root.items[0])));
        const blank = this.separatedByBlankLines(this.root.items.map((p) => p));
        this.insertLines(this.lineAfter(contentEnd(after)), [
            ...(blank ? [''] : []),
            `${indent}${key}:`,
            ...items.map((line) => (line === '' ? '' : indent + line)),
        ]);
    }
    /** How the entries of an existing block list are laid out: indentation, blank lines, flow. */
    listLayout(seq) {
        const maps = seq.items.filter((it) => isMap(it));
        const first = maps[0];
        const flow = maps.length > 0 && maps.every((m) => m.flow);
        const itemStart = seq.items[0].range[0];
        const dash = this.text.lastIndexOf('-', itemStart - 1);
        const dashCol = this.column(dash);
        const keyCol = first && !first.flow ? this.column(keyStart(first.items[0])) : dashCol + 2;
        const blank = this.separatedByBlankLines(seq.items);
        const padded = first?.flow ? this.flowStyle(first).padded : true;
        return {
            blank,
            item: (entry) => flow
                ? [`${' '.repeat(dashCol)}- ${flowMap(entry, padded)}`]
                : blockMap(entry, dashCol, Math.max(keyCol, dashCol + 2)),
        };
    }
    /**
     * The layout of a list that does not exist yet: indented like the map's other lists of block
     * entries (a `team` of one-line `{ … }` entries does not make people one-liners), else 2 and 4.
     */
    defaultListLayout() {
        for (const p of this.root.items) {
            const v = p.value;
            if (isSeq(v) && !v.flow && isMap(v.items[0]) && !v.items[0].flow) {
                const layout = this.listLayout(v);
                const rootCol = this.column(keyStart(this.root.items[0]));
                // Relative to the top-level key: the new list is written under its own key.
                return {
                    blank: layout.blank,
                    item: (entry) => layout.item(entry).map((line) => line.slice(rootCol)),
                };
            }
        }
        return { blank: false, item: (entry) => blockMap(entry, 2, 4) };
    }
    flowStyle(map) {
        return { padded: /^\{\s/.test(this.text.slice(map.range[0])) };
    }
    /**
     * Insert `, text` before the closing bracket of a flow list or mapping; an empty one (`[]`,
     * `[ ]`) gets `text` alone, spaced as the brackets were.
     */
    insertInFlow(node, text) {
        const [start, end] = node.range;
        if (node.items.length === 0) {
            const padded = /\s/.test(this.text.slice(start + 1, end - 1));
            this.edits.push({ at: start + 1, end: end - 1, text: padded ? ` ${text} ` : text });
            return;
        }
        let at = end - 1;
        while (at > start + 1 && /\s/.test(this.text[at - 1]))
            at--;
        this.edits.push({ at, end: at, text: `${this.text[at - 1] === ',' ? ' ' : ', '}${text}` });
    }
    insertLines(at, lines) {
        const lead = at > 0 && this.text[at - 1] !== '\n' ? this.eol : '';
        this.edits.push({ at, end: at, text: lead + lines.map((l) => l + this.eol).join('') });
    }
    /** The start of the line after the one that holds `offset` (or `offset` at a line start). */
    lineAfter(offset) {
        if (offset > 0 && this.text[offset - 1] === '\n')
            return offset;
        const nl = this.text.indexOf('\n', offset);
        return nl === -1 ? this.text.length : nl + 1;
    }
    column(offset) {
        return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
    }
    /** True when most neighbouring entries have a blank line between them. */
    separatedByBlankLines(items) {
        let blank = 0;
        for (let i = 1; i < items.length; i++) {
            const gap = this.text.slice(contentEnd(items[i - 1]), startOf(items[i]));
            if (/\n[ \t]*\r?\n/.test(gap))
                blank++;
        }
        return items.length > 1 && blank * 2 >= items.length - 1;
    }
}
/** A block mapping as list entry lines: `- key: value` then the other keys under it. */
function blockMap(entry, dashCol, keyCol) {
    return entry.map(([k, v], i) => {
        const lead = i === 0 ? `${' '.repeat(dashCol)}-${' '.repeat(keyCol - dashCol - 1)}` : ' '.repeat(keyCol);
        return `${lead}${k}: ${renderScalar(v, { flow: false })}`;
    });
}
function flowMap(entry, padded) {
    const inner = entry.map(([k, v]) => `${k}: ${renderScalar(v, { flow: true })}`).join(', ');
    return padded ? `{ ${inner} }` : `{${inner}}`;
}
/**
 * A text value as YAML, by the `yaml` package (so that `Head of IT: Ops`, `+4755001001` or `yes`
 * are quoted where they must be), in the quoting style the old value used, on one line.
 */
export function renderScalar(value, context) {
    const defaultStringType = context.style === 'QUOTE_DOUBLE' || context.style === 'QUOTE_SINGLE' ? context.style : 'PLAIN';
    const options = {
        lineWidth: 0,
        blockQuote: false,
        defaultStringType,
        flowCollectionPadding: false,
    };
    if (context.flow) {
        // Inside `{ }` a plain value may not hold `,`, `[` or `}`: ask for the value as a flow
        // list's only item, which quotes it where it must.
        const list = stringify([value], { ...options, collectionStyle: 'flow' }).trim();
        return list.slice(1, -1);
    }
    return stringify(value, options).replace(/\r?\n$/, '');
}
function scalarText(node) {
    return isScalar(node) && node.value !== null ? String(node.value) : undefined;
}
/** The pair after which a missing key goes: the last one that comes before it in `order`. */
function predecessor(pairs, key, order) {
    const rank = (k) => {
        const i = k === undefined ? -1 : order.indexOf(k);
        return i === -1 ? Number.POSITIVE_INFINITY : i;
    };
    const mine = rank(key);
    let best;
    for (const p of pairs) {
        const r = rank(scalarText(p.key));
        if (r < mine && (best === undefined || r >= rank(scalarText(best.key))))
            best = p;
    }
    return best ?? pairs[pairs.length - 1];
}
function keyStart(pair) {
    return pair.key.range[0];
}
function keyEnd(pair) {
    return pair.key.range[1];
}
function startOf(item) {
    return isPair(item) ? keyStart(item) : item.range[0];
}
/**
 * Where the content of a node (or a pair) ends: after its last value, before comments and
 * blank lines that follow it (which the `yaml` package may count as part of the node).
 */
function contentEnd(item) {
    if (isPair(item)) {
        const value = item.value;
        return value?.range ? contentEnd(value) : keyEnd(item);
    }
    if ((isMap(item) || isSeq(item)) && !item.flow) {
        const last = item.items[item.items.length - 1];
        if (last)
            return contentEnd(last);
    }
    return item.range[1];
}
