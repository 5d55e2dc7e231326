// The physical lines of a Dockerfile (split at `\n`, every `\r` before it left out, as BuildKit's
// trimNewline does: parser.go `bytes.TrimRight(src, "\r\n")`), as the lexer and the parser directives
// read them before any line is joined to the next. Kept as two tables of offsets: an object per line
// weighed on a big file.

export interface PhysicalLine {
  readonly start: number;
  /** End of the content, before the `\r`s and `\n` that end the line. */
  readonly end: number;
}

/** The physical lines of a text from `from` (after a BOM). */
export class PhysicalLines {
  readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string, from: number) {
    let start = from;
    while (start < text.length) {
      let nl = text.indexOf('\n', start);
      if (nl === -1) nl = text.length;
      this.starts.push(start);
      let end = nl;
      while (end > start && text.charCodeAt(end - 1) === 13) end--;
      this.ends.push(end);
      start = nl + 1;
    }
  }

  get length(): number {
    return this.starts.length;
  }

  at(i: number): PhysicalLine {
    return { start: this.starts[i]!, end: this.ends[i]! };
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }
}
