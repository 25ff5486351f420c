/**
 * Offsets in a text as the 1-based line and column people and editors use. Lines end at `\n`;
 * columns count UTF-16 code units, as the `yaml` package's offsets do.
 */

/** 1-based line and column in a text as written, with where the thing there ends when known. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * The position of any offset in `text`, from a table of where each line starts, built as far as
 * the offsets asked for reach (so a text nobody asks about costs nothing, and one asked only
 * about its first lines, as every map is for where `account` sits, is not scanned to its end).
 * Offsets outside the text are clamped.
 */
export function positionsIn(text: string): (offset: number) => Position {
  const starts = [0];
  /** Where to look for the next line break: the table holds every line start before it. */
  let scanned = 0;
  return (offset) => {
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, text.length));
    while (scanned <= at && scanned !== -1) {
      const nl = text.indexOf('\n', scanned);
      if (nl === -1) scanned = -1;
      else {
        starts.push(nl + 1);
        scanned = nl + 1;
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  };
}

/** The offset of a 1-based line and column in `text`: the inverse of `positionsIn`. */
export function offsetAt(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return text.length;
    start = nl + 1;
  }
  return Math.min(start + Math.max(column, 1) - 1, text.length);
}
