import { type ParserDirective } from './directives.js';
import { WhiteSpace } from './white-space.js';
export interface Instruction {
    /**
     * The logical line: physical lines joined, continuation tokens removed, white space trimmed at
     * both ends (split_command.go strings.TrimSpace).
     */
    readonly text: string;
    /** Source offset of `text`'s first character. */
    readonly start: number;
    /**
     * For text joined from several physical lines: where each piece starts, in `text` and in the
     * source (pairs). Absent for one line (a table per character cost 8 bytes per byte of a big file).
     */
    readonly pieces?: readonly number[];
    /** 1-based line number where the instruction starts. */
    readonly line: number;
}
export interface DockerfileLexResult {
    readonly instructions: readonly Instruction[];
    readonly escape: string;
    /** The `# syntax=` directive BuildKit reads to choose its frontend image, if any. */
    readonly syntax?: ParserDirective;
    /** White space as BuildKit reads it in this text. */
    readonly ws: WhiteSpace;
}
/** An instruction a caller acts on: its keyword (lowercase), and whether only one with a `--` flag matters. */
export interface WantedInstruction {
    readonly keyword: string;
    readonly flagged?: boolean;
}
export interface LexOptions {
    /**
     * The instructions the caller acts on: others may then be left out, their lines passed over by
     * a native search instead of read one by one. None of these is ever left out.
     */
    readonly only?: readonly WantedInstruction[];
}
export declare function lexDockerfile(text: string, options?: LexOptions): DockerfileLexResult;
/** The source offset of the character at `index` of an instruction's text. */
export declare function sourceOffset(ins: Instruction, index: number): number;
