import type { PhysicalLines } from './physical-lines.js';
/** Instructions that can open a heredoc (its body is data, not instructions). */
export declare const HEREDOC_HOSTS: string[];
/** Heredoc names opened on an instruction line (RUN, COPY, ADD, also under ONBUILD; not JSON form). */
export declare function heredocNames(text: string): {
    name: string;
    chomp: boolean;
}[];
/**
 * The physical line after the bodies of the heredocs an instruction (its joined text) opens, the
 * first of them at line i: each body runs to the line that is its name.
 */
export declare function skipHeredocBodies(text: string, lines: PhysicalLines, i: number, instruction: string): number;
/** `["a", "b"]`: the exec form, which has no heredocs. */
export declare function isJsonForm(args: string): boolean;
