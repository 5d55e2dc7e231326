/** Opening a TCP connection: seconds on any network that works. */
export declare const CONNECT_TIMEOUT_MS = 5000;
/** From sending a request to the end of its answer. */
export declare const REQUEST_TIMEOUT_MS = 30000;
/** A whole command that talks to the network, unless it says otherwise (warm waits longer). */
export declare const DEFAULT_TIMEOUT_MS: number;
/** warm, and the action's whole step (warm-timeout): first imports of large images take minutes. */
export declare const DEFAULT_WARM_TIMEOUT_MS: number;
