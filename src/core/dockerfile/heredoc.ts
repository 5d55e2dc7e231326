// Heredocs (`RUN <<EOF` ... `EOF`), as BuildKit's parser finds them: the names an instruction line
// opens, and the body lines after it, which are data and never instructions. Apart from the lexer
// because the rule is the shell's word reading (quotes, escapes, the exec form), not line splitting.

import { isSpace, splitKeyword } from './characters.js';
import type { PhysicalLines } from './physical-lines.js';

const HEREDOC_WORD_RE = /^(\d*)<<(-?)([^<]*)$/;
const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add']);

/** Instructions that can open a heredoc (its body is data, not instructions). */
export const HEREDOC_HOSTS = [...HEREDOC_INSTRUCTIONS, 'onbuild'];

/** Heredoc names opened on an instruction line (RUN, COPY, ADD, also under ONBUILD; not JSON form). */
export function heredocNames(text: string): { name: string; chomp: boolean }[] {
  if (!text.includes('<<')) return [];
  let { keyword, rest } = splitKeyword(text);
  if (keyword === 'onbuild') ({ keyword, rest } = splitKeyword(text, rest));
  if (!HEREDOC_INSTRUCTIONS.has(keyword)) return [];
  if (isJsonForm(text.slice(rest))) return [];
  const docs: { name: string; chomp: boolean }[] = [];
  for (const word of rawWords(text.slice(rest))) {
    const m = HEREDOC_WORD_RE.exec(word);
    if (!m || m[3] === '') continue;
    docs.push({ name: unquote(m[3]!), chomp: m[2] === '-' });
  }
  return docs;
}

/** A word as the shell reads it: quotes removed wherever they are (`E"O"F` is EOF), escapes resolved. */
function unquote(word: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === '\\' && quote !== "'" && i + 1 < word.length) out += word[++i];
    else if (quote ? c === quote : c === '"' || c === "'") quote = quote ? '' : c;
    else out += c;
  }
  return out;
}

/**
 * The physical line after the bodies of the heredocs an instruction (its joined text) opens, the
 * first of them at line i: each body runs to the line that is its name.
 */
export function skipHeredocBodies(
  text: string,
  lines: PhysicalLines,
  i: number,
  instruction: string,
): number {
  const docs = heredocNames(instruction);
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    while (i < lines.length) {
      const line = lines.at(i);
      i++;
      let body = text.slice(line.start, line.end);
      if (doc.chomp) body = body.replace(/^\t+/, '');
      if (body === doc.name) break;
    }
  }
  return i;
}

/** Words split on unquoted white space, quotes kept (BuildKit's RawQuotes/RawEscapes word split). */
function rawWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!quote && isSpace(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === '\\' && quote !== "'" && i + 1 < text.length) {
      word += c + text[++i];
      continue;
    }
    if (quote ? c === quote : c === '"' || c === "'") quote = quote ? '' : c;
    word += c;
  }
  if (inWord) words.push(word);
  return words;
}

/** `["a", "b"]`: the exec form, which has no heredocs. */
export function isJsonForm(args: string): boolean {
  const s = args.trim();
  if (!s.startsWith('[')) return false;
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
}
