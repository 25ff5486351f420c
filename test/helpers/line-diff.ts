/**
 * Which lines an edit removed and added, by the longest common subsequence of lines (what
 * `diff` shows). Lines are compared byte for byte, line endings included, so that a changed
 * quote, indent or `\r` counts as a change.
 */
export interface LineDiff {
  /** 0-based numbers of the old lines that are not in the new text. */
  removed: number[];
  /** 0-based numbers of the new lines that were not in the old text. */
  added: number[];
}

/** Lines with their endings (`a\r\n` and `a\n` differ). */
export function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function lineDiff(before: string, after: string): LineDiff {
  const a = linesOf(before);
  const b = linesOf(after);
  // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: number[] = [];
  const added: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) removed.push(i++);
    else added.push(j++);
  }
  while (i < a.length) removed.push(i++);
  while (j < b.length) added.push(j++);
  return { removed, added };
}
