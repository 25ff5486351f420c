/**
 * A small writer for Mermaid flowcharts that keeps the rules which make the output safe in one
 * place: node ids are generated (`p1`, `u2`, …, never from map data, because ids such as `end`,
 * `o…` or `x…` break the grammar), every label is quoted and escaped through `labelText`, every
 * statement ends with `;`, and edge styles are collected as `linkStyle` lines by edge number.
 *
 * The trailing `;` matters: while it decodes entities mermaid strips the last `;` of any line
 * that contains `style…:…#`, which would otherwise eat the `;` of an entity code in a label.
 */
import { escapeText, labelText } from './escape.js';
const SHAPE = {
    rect: ['[', ']'],
    round: ['(', ')'],
    stadium: ['([', '])'],
    hexagon: ['{{', '}}'],
    subroutine: ['[[', ']]'],
};
export class Flowchart {
    direction;
    lines = [];
    linkStyles = new Map();
    classDefs = new Map();
    prefixes = new Set();
    edges = 0;
    depth = 1;
    constructor(direction) {
        this.direction = direction;
    }
    /**
     * An id generator for one kind of thing in this chart. Each prefix can be taken once, so two
     * parts of a view can never hand out the same id.
     */
    ids(prefix) {
        if (this.prefixes.has(prefix))
            throw new Error(`id prefix ${prefix} is already in use in this chart`);
        this.prefixes.add(prefix);
        return new Ids(prefix);
    }
    /** Number of edges written so far (Mermaid refuses 500 or more). */
    get edgeCount() {
        return this.edges;
    }
    /**
     * A node. `id` must come from an id generator (`Ids`), never from the map; `cls` names a class
     * defined with `classDef`.
     */
    node(id, label, options = {}) {
        const [open, close] = SHAPE[options.shape ?? 'round'];
        const cls = options.cls ? `:::${options.cls}` : '';
        this.push(`${id}${open}"${labelText(label)}"${close}${cls};`);
    }
    edge(from, to, style, label) {
        const text = label ? `|"${escapeText(label)}"|` : '';
        this.push(`${from} ${style.arrow}${text} ${to};`);
        if (style.css) {
            const list = this.linkStyles.get(style.css) ?? [];
            list.push(this.edges);
            this.linkStyles.set(style.css, list);
        }
        this.edges++;
    }
    /** A box around what `body` writes; `direction` applies only when no edge leaves the box. */
    subgraph(id, title, body, direction) {
        this.push(`subgraph ${id}["${labelText(title)}"];`);
        this.depth++;
        if (direction)
            this.push(`direction ${direction}`);
        body();
        this.depth--;
        this.push('end');
    }
    /** Style of a subgraph (or node) by id, e.g. the legend box. */
    style(id, css) {
        this.push(`style ${id} ${css};`);
    }
    classDef(name, css) {
        this.classDefs.set(name, css);
    }
    toString() {
        const out = [`flowchart ${this.direction}`, ...this.lines];
        for (const [name, css] of this.classDefs)
            out.push(`  classDef ${name} ${css};`);
        for (const [css, indexes] of this.linkStyles)
            out.push(`  linkStyle ${indexes.join(',')} ${css};`);
        return `${out.join('\n')}\n`;
    }
    push(line) {
        this.lines.push(`${'  '.repeat(this.depth)}${line}`);
    }
}
/** Generated ids per kind of thing (`p1`, `p2`, …): short, unique, and never a Mermaid keyword. */
export class Ids {
    prefix;
    ids = new Map();
    next = 1;
    constructor(prefix) {
        this.prefix = prefix;
    }
    of(key) {
        let id = this.ids.get(key);
        if (id === undefined) {
            id = `${this.prefix}${this.next++}`;
            this.ids.set(key, id);
        }
        return id;
    }
}
