// The parser directives at the very top of a Dockerfile (`# escape=`, `# syntax=`, `# check=`), as
// BuildKit reads them: the escape token the lexer splits lines with, and the frontend image BuildKit
// picks before it parses anything. Apart from the lexer because two of BuildKit's readers take this
// block, each its own way, and neither reads past it.

import type { PhysicalLines } from './physical-lines.js';
import type { WhiteSpace } from './white-space.js';

/** A parser directive (`# name=value` at the very top of the file). */
export interface ParserDirective {
  /** Lowercased: `syntax`, `escape` or `check`. */
  readonly name: string;
  readonly value: string;
  /** Source offsets of the value. */
  readonly start: number;
  readonly end: number;
  /** 1-based line. */
  readonly line: number;
}

// BuildKit's DirectiveParser.ParseLine (directives.go): after the `#`, white space as
// unicode.IsSpace has it is cut (so a vertical tab or a no-break space too), then
// `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` with Go's \s ([\t\n\f\r ], no vertical tab) and Go's
// `.` (any character but \n: a CR too).
const DIRECTIVE_RE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/d;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

/**
 * The leading block of parser directives: it ends at the first line that is not `# name=value`
 * with a known name, or that repeats one (a blank line, any other comment, an instruction).
 * Two readers differ: the Dockerfile parser (which takes `escape`) strips leading white space;
 * DetectSyntax (which picks the frontend image) does not, and skips a `#!` first line.
 */
function directiveBlock(
  text: string,
  lines: PhysicalLines,
  ws: WhiteSpace,
  reader: 'parser' | 'syntax',
): ParserDirective[] {
  const found: ParserDirective[] = [];
  const seen = new Set<string>();
  const shebang = reader === 'syntax' && lines.length > 0 && text.startsWith('#!', lines.at(0).start);
  for (let i = shebang ? 1 : 0; i < lines.length; i++) {
    const line = lines.at(i);
    const hash = reader === 'parser' ? ws.skip(text, line.start, line.end) : line.start;
    if (text.charCodeAt(hash) !== 35) break; // not `#`: the block has ended
    const from = ws.skip(text, hash + 1, line.end);
    const m = DIRECTIVE_RE.exec(text.slice(from, line.end));
    if (!m) break;
    const name = m[1]!.toLowerCase();
    if (!KNOWN_DIRECTIVES.has(name) || seen.has(name)) break;
    seen.add(name);
    const [start, end] = m.indices![2]!;
    found.push({ name, value: m[2]!, start: from + start, end: from + end, line: i + 1 });
  }
  return found;
}

function escapeToken(directives: readonly ParserDirective[]): string {
  const value = directives.find((d) => d.name === 'escape')?.value;
  return value === '`' || value === '\\' ? value : '\\';
}

/** The escape token the parser reads, and the `# syntax=` directive DetectSyntax finds, if any. */
export function parserDirectives(
  text: string,
  lines: PhysicalLines,
  ws: WhiteSpace,
): { escape: string; syntax: ParserDirective | undefined } {
  const parsed = directiveBlock(text, lines, ws, 'parser');
  const escape = escapeToken(parsed);
  // The two readers differ only on a `#!` first line or a directive line that starts with white space.
  const same =
    lines.length > 0 &&
    !text.startsWith('#!', lines.start(0)) &&
    parsed.every((d) => ws.at(text, lines.start(d.line - 1)) === 0);
  const syntax = (same ? parsed : directiveBlock(text, lines, ws, 'syntax')).find((d) => d.name === 'syntax');
  return { escape, syntax };
}
