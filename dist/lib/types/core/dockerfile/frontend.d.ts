import type { ParserDirective } from './directives.js';
import type { ScanContext } from './image-words.js';
/** The frontend image BuildKit pulls before reading the file: `# syntax=IMAGE [ARGS]`. */
export declare function syntaxDirective(ctx: ScanContext, directive: ParserDirective): void;
