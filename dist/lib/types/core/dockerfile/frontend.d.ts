import type { ParserDirective } from './directives.js';
import { type ScanContext } from './image-words.js';
import type { Instruction } from './lexer.js';
/** The frontend image BuildKit pulls before reading the file: `# syntax=IMAGE [ARGS]`. */
export declare function syntaxDirective(ctx: ScanContext, directive: ParserDirective): void;
/** `ARG BUILDKIT_SYNTAX=IMAGE`: the default of the build argument that overrides `# syntax=`. */
export declare function syntaxArg(ctx: ScanContext, ins: Instruction, from: number): void;
