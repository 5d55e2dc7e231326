export declare function parseDurationMs(text: string): number | undefined;
/** What a duration looks like, for messages. */
export declare const DURATION_EXAMPLES = "90s, 10m, 1h or a number of seconds";
/**
 * The longest duration a run can wait: Node's timers hold at most 2^31 - 1 ms (24.8 days) and fire
 * at once beyond it, so a longer deadline would expire before the first answer.
 */
export declare const MAX_DURATION_MS: number;
/** MAX_DURATION_MS as users write durations (the whole hours within it). */
export declare const MAX_DURATION_TEXT: string;
/** Why `ms` cannot be waited for, naming the input it came from; undefined when it can. */
export declare function durationOutOfRange(ms: number, name: string, text?: string): string | undefined;
/** The duration the input `name` gives; one it cannot be, or one too long to wait for, is an input error. */
export declare function readDuration(text: string, name: string): number;
