// The words of an ARG instruction, as BuildKit's parser splits them (line_parsers.go parseWords,
// for parseNameOrNameVal): apart from words.ts because this split, unlike FROM's (an ASCII
// regular expression, reWhitespace), also takes white space past ASCII as a separator.

import type { WhiteSpace } from './white-space.js';
import { splitWords, type WordSpan } from './words.js';

/**
 * Words as line_parsers.go parseWords splits the arguments of ARG: as splitWords does, and also at
 * white space past ASCII outside quotes (unicode.IsSpace: a no-break space between two words).
 */
export function splitArgWords(
  text: string,
  from: number,
  to: number,
  escape: string,
  ws: WhiteSpace,
): WordSpan[] {
  const out: WordSpan[] = [];
  for (const w of splitWords(text, from, to, escape)) {
    if (!/[\u0080-\uffff]/.test(text.slice(w.start, w.end))) {
      out.push(w);
      continue;
    }
    let start = w.start;
    let quote = '';
    for (let i = w.start; i < w.end; ) {
      const c = text[i]!;
      const space = quote === '' && c.charCodeAt(0) >= 0x80 ? ws.at(text, i) : 0;
      if (space > 0) {
        if (i > start) out.push({ start, end: i });
        i += space;
        start = i;
        continue;
      }
      if (c === escape && quote !== "'") i++;
      else if (quote === '' && (c === '"' || c === "'")) quote = c;
      else if (c === quote) quote = '';
      i++;
    }
    if (start < w.end) out.push({ start, end: w.end });
  }
  return out;
}
