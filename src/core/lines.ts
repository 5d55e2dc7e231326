// Line numbers of source offsets, for messages that name a file and line, and the byte-order mark
// a file's text may start with (kept out of the lexer: reading a file needs it, not the lexer).

/** A lookup from a source offset to its 1-based line number (binary search over line starts). */
export function lineIndex(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The 1-based line of one offset, counted: one lookup in a big text needs no index of every line. */
export function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/** Length of a leading byte-order mark, in UTF-8 bytes read as latin1 or as one UTF-16 unit. */
export function bomLength(text: string): number {
  if (text.startsWith('\uFEFF')) return 1;
  if (text.startsWith('\xEF\xBB\xBF')) return 3;
  return 0;
}
