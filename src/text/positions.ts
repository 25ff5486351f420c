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
 * The position of any offset in `text`, from a table of where each line starts (built on the
 * first call, so a text nobody asks about costs nothing). Offsets outside the text are clamped.
 */
export function positionsIn(text: string): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, text.length));
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
