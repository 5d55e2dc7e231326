import { type ScanContext } from './image-words.js';
import type { Instruction } from './lexer.js';
import { type Unit } from './words.js';
/** `--from=` of COPY, and `from=` inside each `--mount=` CSV of RUN. */
export declare function copyAndMountSources(ctx: ScanContext, ins: Instruction, keyword: string, rest: number): void;
/**
 * The fields of a mount's CSV, as go-csvvalue (csvvalue.go Fields, which commands_runmount.go
 * parseMount calls) splits the flag's value: at commas; a field that starts with `"` is quoted,
 * runs to the next `"` not doubled, and must end there; a `"` anywhere else is an error, and
 * BuildKit then fails the build (undefined). Each field is its units, quotes removed.
 */
export declare function csvFields(units: readonly Unit[]): Unit[][] | undefined;
