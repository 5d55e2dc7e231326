// How long one request may take, for AWS and registry calls alike. A run's deadline bounds the
// whole; these bound each try, so a silent endpoint is retried (or given up) in good time.

/** Opening a TCP connection: seconds on any network that works. */
export const CONNECT_TIMEOUT_MS = 5_000;

/** From sending a request to the end of its answer. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** A whole command that talks to the network, unless it says otherwise (warm waits longer). */
export const DEFAULT_TIMEOUT_MS = 2 * 60_000;

/** warm, and the action's whole step (warm-timeout): first imports of large images take minutes. */
export const DEFAULT_WARM_TIMEOUT_MS = 10 * 60_000;
