// An independent reading of the `# syntax=` image, written from BuildKit's DetectSyntax
// (frontend/dockerfile/parser/directives.go) for tests to compare the scanner against: BOM and a
// `#!` first line skipped, then `^#\s*name\s*=\s*(.+?)\s*$` lines with known, unrepeated names.

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const KNOWN = ['syntax', 'escape', 'check'];

/** The frontend image and its source offset, or undefined when BuildKit reads no `# syntax=`. */
export function syntaxImage(source: string): { image: string; start: number } | undefined {
  // A BOM as one UTF-16 unit, or as UTF-8 bytes read as latin1 (as the corpus test reads files).
  let at = source.startsWith('\uFEFF') ? 1 : source.startsWith('\xEF\xBB\xBF') ? 3 : 0;
  const seen = new Set<string>();
  for (let n = 0; at <= source.length; n++) {
    const nl = source.indexOf('\n', at);
    const end = nl === -1 ? source.length : nl;
    const line = source.slice(at, end).replace(/\r$/, '');
    if (!(n === 0 && line.startsWith('#!'))) {
      const m = DIRECTIVE.exec(line);
      const name = m?.[1]?.toLowerCase();
      if (!m || !name || !KNOWN.includes(name) || seen.has(name)) return undefined;
      seen.add(name);
      if (name === 'syntax') {
        const value = m[2]!;
        return { image: value.split(' ')[0]!, start: at + line.lastIndexOf(value) };
      }
    }
    if (nl === -1) return undefined;
    at = nl + 1;
  }
  return undefined;
}
