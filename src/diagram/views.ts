/**
 * The names `acctmap diagram` takes: the views and the output kinds. A module of its own, with
 * no imports, so that registering the command (every run does) does not load the diagram code.
 */

/** `org`: the reporting tree by unit; `influence`: our team, warm paths and who sways whom; `units`: departments and dependencies. */
export const VIEWS = ['org', 'influence', 'units'] as const;
export type DiagramView = (typeof VIEWS)[number];

/** `mmd` Mermaid text, `md` markdown with a mermaid block; `svg`, `png`, `pdf` rendered. */
export const DIAGRAM_FORMATS = ['mmd', 'md', 'svg', 'png', 'pdf'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];
