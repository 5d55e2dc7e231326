declare const SETTINGS: {
    readonly timeout: {
        readonly flag: "--timeout";
        readonly input: "warm-timeout";
    };
    readonly concurrency: {
        readonly flag: "--concurrency";
        readonly input: "concurrency";
    };
    readonly rule: {
        readonly flag: "--rule";
        readonly input: "rules";
    };
    readonly platform: {
        readonly flag: "--platform";
        readonly input: "platforms";
    };
    readonly registry: {
        readonly flag: "--registry";
        readonly input: "registries";
    };
    readonly region: {
        readonly flag: "--region";
        readonly input: "region";
    };
    readonly rate: {
        readonly flag: "--rate";
    };
};
/**
 * A setting as a hint names it, e.g. `--timeout, now 60.0 s; the action's warm-timeout`; `detail`
 * follows the flag as written (` PREFIX=quay.io`, `, now 60.0 s`).
 */
export declare function setting(name: keyof typeof SETTINGS, detail?: string): string;
export declare const seconds: (ms: number) => string;
/** The hint to give the run more time, naming the timeout as it is now. */
export declare const moreTime: (timeoutMs: number) => string;
export {};
