import type { WhiteSpace } from './white-space.js';
import { type WordSpan } from './words.js';
/**
 * Words as line_parsers.go parseWords splits the arguments of ARG: as splitWords does, and also at
 * white space past ASCII outside quotes (unicode.IsSpace: a no-break space between two words).
 */
export declare function splitArgWords(text: string, from: number, to: number, escape: string, ws: WhiteSpace): WordSpan[];
