/**
 * A small writer for Mermaid flowcharts that keeps the rules which make the output safe in one
 * place: node ids are generated (`p1`, `u2`, …, never from map data, because ids such as `end`,
 * `o…` or `x…` break the grammar), every label is quoted and escaped through `labelText`, every
 * statement ends with `;`, and edge styles are collected as `linkStyle` lines by edge number.
 *
 * The trailing `;` matters: while it decodes entities mermaid strips the last `;` of any line
 * that contains `style…:…#`, which would otherwise eat the `;` of an entity code in a label.
 */
import { escapeText, type LabelLine, labelText } from './escape.js';

export type Direction = 'TB' | 'LR';

/** Node outlines Mermaid draws; our own choice per kind of thing, never from data. */
export type Shape = 'rect' | 'round' | 'stadium' | 'hexagon' | 'subroutine';

const SHAPE: Record<Shape, [string, string]> = {
  rect: ['[', ']'],
  round: ['(', ')'],
  stadium: ['([', '])'],
  hexagon: ['{{', '}}'],
  subroutine: ['[[', ']]'],
};

/** How an edge is drawn: the arrow syntax plus an optional `linkStyle`. */
export interface EdgeStyle {
  /** Mermaid link syntax: `---`, `-->`, `-.-`, `-.->`, `==>`, `x--x`, `~~~`. */
  arrow: string;
  /** CSS for `linkStyle`, e.g. `stroke:#2e7d32,stroke-width:3px`; omitted: Mermaid's default. */
  css?: string;
}

export class Flowchart {
  private readonly lines: string[] = [];
  private readonly linkStyles = new Map<string, number[]>();
  private readonly classDefs = new Map<string, string>();
  private readonly prefixes = new Set<string>();
  private edges = 0;
  private depth = 1;

  constructor(private readonly direction: Direction) {}

  /**
   * An id generator for one kind of thing in this chart. Each prefix can be taken once, so two
   * parts of a view can never hand out the same id.
   */
  ids(prefix: IdPrefix): Ids {
    if (this.prefixes.has(prefix))
      throw new Error(`id prefix ${prefix} is already in use in this chart`);
    this.prefixes.add(prefix);
    return new Ids(prefix);
  }

  /** Number of edges written so far (Mermaid refuses 500 or more). */
  get edgeCount(): number {
    return this.edges;
  }

  /**
   * A node. `id` must come from an id generator (`Ids`), never from the map; `cls` names a class
   * defined with `classDef`.
   */
  node(
    id: string,
    label: readonly LabelLine[],
    options: { shape?: Shape; cls?: string } = {},
  ): void {
    const [open, close] = SHAPE[options.shape ?? 'round'];
    const cls = options.cls ? `:::${options.cls}` : '';
    this.push(`${id}${open}"${labelText(label)}"${close}${cls};`);
  }

  edge(from: string, to: string, style: EdgeStyle, label?: string): void {
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
  subgraph(id: string, title: readonly LabelLine[], body: () => void, direction?: Direction): void {
    this.push(`subgraph ${id}["${labelText(title)}"];`);
    this.depth++;
    if (direction) this.push(`direction ${direction}`);
    body();
    this.depth--;
    this.push('end');
  }

  /** Style of a subgraph (or node) by id, e.g. the legend box. */
  style(id: string, css: string): void {
    this.push(`style ${id} ${css};`);
  }

  classDef(name: string, css: string): void {
    this.classDefs.set(name, css);
  }

  toString(): string {
    const out = [`flowchart ${this.direction}`, ...this.lines];
    for (const [name, css] of this.classDefs) out.push(`  classDef ${name} ${css};`);
    for (const [css, indexes] of this.linkStyles)
      out.push(`  linkStyle ${indexes.join(',')} ${css};`);
    return `${out.join('\n')}\n`;
  }

  private push(line: string): void {
    this.lines.push(`${'  '.repeat(this.depth)}${line}`);
  }
}

/**
 * Prefixes of generated ids: `p` people, `t` our team, `u` units, `g` groups (boxes), `l` the
 * legend, `n` notes. None is `o` or `x`, which Mermaid would read as edge ends after `--`.
 */
export type IdPrefix = 'p' | 't' | 'u' | 'g' | 'l' | 'n';

/** Generated ids per kind of thing (`p1`, `p2`, …): short, unique, and never a Mermaid keyword. */
export class Ids {
  private readonly ids = new Map<string, string>();
  private next = 1;

  constructor(private readonly prefix: IdPrefix) {}

  of(key: string): string {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = `${this.prefix}${this.next++}`;
      this.ids.set(key, id);
    }
    return id;
  }
}
