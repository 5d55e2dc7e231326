import { type ScanContext } from './image-words.js';
import type { Instruction } from './lexer.js';
/** `--from=` of COPY, and `from=` inside each `--mount=` CSV of RUN. */
export declare function copyAndMountSources(ctx: ScanContext, ins: Instruction, keyword: string, rest: number): void;
