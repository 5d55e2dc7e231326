// Heredocs (`RUN <<EOF` ... `EOF`), as BuildKit's parser finds them (parser.go Parse, after each
// instruction): the names an instruction line opens, and the body lines after it, which are data
// and never instructions. Apart from the lexer because the rule is the shell's word reading
// (shell-words.ts), not line splitting.

import { splitKeyword } from './characters.js';
import type { PhysicalLines } from './physical-lines.js';
import { shellWords } from './shell-words.js';
import type { WhiteSpace } from './white-space.js';
import { leadingFlags } from './words.js';

/** parser.go reHeredoc `^(\d*)<<(-?)\s*([^<]*)$`, with Go's `\s` (no vertical tab). */
const HEREDOC_WORD_RE = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;
/** parser.go heredocDirectives; ONBUILD (heredocCompoundDirectives) looks at its trigger. */
const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add']);

/** Instructions that can open a heredoc (its body is data, not instructions). */
export const HEREDOC_HOSTS = [...HEREDOC_INSTRUCTIONS, 'onbuild'];

export interface Heredoc {
  readonly name: string;
  /** `<<-`: leading tabs are stripped, the end line's too. */
  readonly chomp: boolean;
}

/**
 * Heredocs opened on an instruction line, as written (its physical lines joined): Node
 * canContainHeredoc (RUN, COPY, ADD, also under ONBUILD; not the JSON form), then
 * heredocsFromLine and heredocFromMatch on each word.
 */
export function heredocNames(line: string, ws: WhiteSpace): Heredoc[] {
  if (!line.includes('<<')) return [];
  let { keyword, rest } = splitKeyword(line, 0, ws);
  if (keyword === 'onbuild') ({ keyword, rest } = splitKeyword(line, leadingFlags(line, rest).args, ws));
  if (!HEREDOC_INSTRUCTIONS.has(keyword)) return [];
  if (isJsonForm(line.slice(leadingFlags(line, rest).args), ws)) return [];
  const words = shellWords(line, { rawQuotes: true, rawEscapes: true }, ws) ?? [];
  const docs: Heredoc[] = [];
  for (const word of words) {
    const doc = heredocWord(word, ws);
    if (doc) docs.push(doc);
  }
  return docs;
}

/** heredocFromMatch: a word `<<NAME` whose name reads as exactly one word. */
function heredocWord(word: string, ws: WhiteSpace): Heredoc | undefined {
  const m = HEREDOC_WORD_RE.exec(word);
  const rest = m?.[3];
  if (!rest) return undefined;
  const name = shellWords(rest, { rawQuotes: false, rawEscapes: false }, ws);
  // A name that fails to lex fails the whole parse in BuildKit: nothing is built, nothing to find.
  if (name?.length !== 1) return undefined;
  if (shellWords(rest, { rawQuotes: true, rawEscapes: false }, ws)?.length !== 1) return undefined;
  return { name: name[0]!, chomp: m![2] === '-' };
}

/**
 * The physical line after the bodies of the heredocs an instruction opens (`line`, its physical
 * lines joined), the first of them at line i: each body runs to the line that is its name
 * (trimNewline, and with `<<-` its leading tabs stripped).
 */
export function skipHeredocBodies(
  text: string,
  lines: PhysicalLines,
  i: number,
  line: string,
  ws: WhiteSpace,
): number {
  const docs = heredocNames(line, ws);
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    while (i < lines.length) {
      const body = lines.at(i);
      i++;
      let from = body.start;
      if (doc.chomp) while (from < body.end && text.charCodeAt(from) === 9) from++;
      if (body.end - from === doc.name.length && text.startsWith(doc.name, from)) break;
    }
  }
  return i;
}

/** `["a", "b"]`: the exec form, which has no heredocs (line_parsers.go parseJSON). */
export function isJsonForm(args: string, ws: WhiteSpace): boolean {
  const start = ws.skip(args, 0, args.length);
  if (args[start] !== '[') return false;
  try {
    const v: unknown = JSON.parse(args.slice(start, ws.trimEnd(args, start, args.length)));
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
}
