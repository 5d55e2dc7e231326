export interface PollSchedule {
    /** The shortest wait, and the lateness allowed for a short import. */
    readonly baseMs: number;
    /** The longest wait, and the most lateness allowed for any import. */
    readonly capMs: number;
    /** The wait as a share of the time waited so far. */
    readonly ratio: number;
}
export declare const DEFAULT_POLL: PollSchedule;
/** How late an import that took `importMs` may be noticed: max(base, ratio × import time), at most the cap. */
export declare function latenessBound(importMs: number, s: PollSchedule): number;
/** The wait after a look at `elapsedMs` (time since the import was triggered). */
export declare function pollGap(elapsedMs: number, s: PollSchedule): number;
/**
 * The time of the next look, from the planned time of the last one and the time it was really made.
 * Looks stay on the planned grid (a late look does not push the later ones back); a look so late
 * that the next planned one has passed starts a new grid from its own time instead of a burst.
 */
export declare function nextPoll(plannedMs: number, actualMs: number, s: PollSchedule): number;
/** The planned looks of an import of `importMs`, up to the first one that finds it done. */
export declare function plannedPolls(importMs: number, s: PollSchedule): number[];
/**
 * When an image is first looked at, in ms after the pull that starts its import, given a `random`
 * number in [0, 1): at a random moment within the first wait. Soon enough that an image already in
 * the cache is noticed within the lateness bound, and spread out so that runs started together (a CI
 * matrix sharing one account's quota) do not all ask at once, nor on one grid afterwards.
 */
export declare function firstLook(s: PollSchedule, random: number): number;
/**
 * The next planned look of an image, after a look at `lookedMs` (since its import was triggered)
 * when its own was planned for `plannedMs`. A look made for another image of its repository
 * (a shared listing) may come before its own: that early look counts as its own, and its grid
 * restarts from there, so the images of one repository converge on one look per round.
 */
export declare function afterLook(plannedMs: number, lookedMs: number, s: PollSchedule): number;
