import type { PhysicalLines } from './physical-lines.js';
import type { WhiteSpace } from './white-space.js';
/** Instructions that can open a heredoc (its body is data, not instructions). */
export declare const HEREDOC_HOSTS: string[];
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
export declare function heredocNames(line: string, ws: WhiteSpace): Heredoc[];
/**
 * The physical line after the bodies of the heredocs an instruction opens (`line`, its physical
 * lines joined), the first of them at line i: each body runs to the line that is its name
 * (trimNewline, and with `<<-` its leading tabs stripped).
 */
export declare function skipHeredocBodies(text: string, lines: PhysicalLines, i: number, line: string, ws: WhiteSpace): number;
/** `["a", "b"]`: the exec form, which has no heredocs (line_parsers.go parseJSON). */
export declare function isJsonForm(args: string, ws: WhiteSpace): boolean;
