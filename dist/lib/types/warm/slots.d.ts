export declare class Slots {
    #private;
    constructor(size: number);
    /** Wait for a slot; returns the function that gives it back (call it exactly once). */
    acquire(signal?: AbortSignal): Promise<() => void>;
}
