/**
 * The text vocabulary every part of acctmap writes with: words and lists (./words.ts), counts,
 * amounts and percentages (./numbers.ts), dates and date arithmetic (./dates.ts), markdown that
 * survives any data (./markdown.ts), positions in a text (./positions.ts), terminal widths
 * (./terminal.ts), "did you mean" (./suggest.ts) and file paths as URIs (./uri.ts). Pure, and free of any other acctmap module,
 * so that everything can use it.
 */
export * from './dates.js';
export * from './markdown.js';
export * from './numbers.js';
export * from './positions.js';
export * from './suggest.js';
export * from './terminal.js';
export * from './uri.js';
export * from './words.js';
