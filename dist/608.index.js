export const id = 608;
export const ids = [608];
export const modules = {

/***/ 595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ isThrottled),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   SP: () => (/* binding */ THROTTLING),
/* harmony export */   Uz: () => (/* binding */ isNoAnswer),
/* harmony export */   VU: () => (/* binding */ DEFAULT_BACKOFF),
/* harmony export */   aG: () => (/* binding */ awsAttempts),
/* harmony export */   kr: () => (/* binding */ unwrapSdkError),
/* harmony export */   r3: () => (/* binding */ isRetryable),
/* harmony export */   vm: () => (/* binding */ WARM_BACKOFF)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
// Retryable or fatal: the one rule for every call we make (the AWS SDK's, the registry's, Node's
// sockets), and the backoff between tries. Deciding only: the loop that sleeps is retry-loop.ts.

const AUTH_FAILURES = new Set([
    'AccessDeniedException',
    'AccessDenied',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'CredentialsProviderError',
    'MissingAuthenticationTokenException',
]);
/** The names of a refusal for the rate (the registry says it with a 429 instead). */
const THROTTLING = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
]);
const TRANSIENT_NAMES = new Set([
    'ServerException',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'InternalServerError',
    'InternalFailure',
    'TimeoutError',
    'RequestTimeout',
    'RequestTimeoutException',
]);
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'EAI_AGAIN',
    'ENOTFOUND',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
]);
function status(e) {
    return e.status ?? e.$metadata?.httpStatusCode;
}
/**
 * The SDK hides an error that is not an `Error` of its own realm (Node's socket errors, when the
 * code runs in a vm context such as a test runner's) behind a message-only wrapper. Recover the
 * name and code, which the retry rule reads.
 */
function unwrapSdkError(e) {
    const m = /^AWS SDK error wrapper for (\w+): (.*)$/s.exec(e?.message ?? '');
    if (!m)
        return e;
    const code = /\b(E[A-Z]{3,})\b/.exec(m[2])?.[1];
    return Object.assign(new Error(m[2], { cause: e }), { name: m[1], ...(code && { code }) });
}
/** True for a refusal for the rate: the API's ThrottlingException, the registry's 429. */
function isThrottled(failure) {
    const e = (unwrapSdkError(failure) ?? {});
    return (e.name !== undefined && THROTTLING.has(e.name)) || status(e) === 429;
}
/**
 * True for a request that got no answer at all: it timed out, or its connection failed or dropped
 * (what a missing VPC endpoint looks like), as opposed to an answer that was an error.
 */
function isNoAnswer(failure) {
    const error = unwrapSdkError(failure);
    if (!error || typeof error !== 'object')
        return false;
    const e = error;
    if (e.name === 'TimeoutError' || (e.code && TRANSIENT_CODES.has(e.code)))
        return true;
    if (e.cause && e.cause !== error && e.cause !== failure)
        return isNoAnswer(e.cause);
    return false;
}
/** True for failures worth another try: throttling, 429, 5xx, timeouts, resets, DNS hiccups. */
function isRetryable(failure) {
    const error = unwrapSdkError(failure);
    if (!error || typeof error !== 'object')
        return false;
    const e = error;
    // A signature refused for our clock, which the SDK has now set by the server's: sign again. (The
    // signed path does the same within its one attempt, token-call.ts.)
    if (e.$metadata?.clockSkewCorrected === true)
        return true;
    if (e.name && AUTH_FAILURES.has(e.name))
        return false;
    const s = status(e);
    if (s === 401 || s === 403)
        return false;
    if (e.name && (THROTTLING.has(e.name) || TRANSIENT_NAMES.has(e.name)))
        return true;
    if (e.code && TRANSIENT_CODES.has(e.code))
        return true;
    if (s === 429 || (s !== undefined && s >= 500))
        return true;
    // Follow a cause, but not back into the SDK wrapper this error was recovered from.
    if (e.cause && e.cause !== error && e.cause !== failure)
        return isRetryable(e.cause);
    return false;
}
/** A call of login, discovery, the token, doctor or setup: five attempts at most. */
const DEFAULT_BACKOFF = { baseMs: 200, capMs: 5_000, maxAttempts: 5 };
/**
 * The attempts an AWS call gets: AWS_MAX_ATTEMPTS when set (a positive integer, as the SDK reads
 * it), else DEFAULT_BACKOFF's. Our loop is the one that retries AWS calls on both token paths (the
 * SDK clients make one attempt each), so it honours the SDK's setting.
 */
function awsAttempts(setting) {
    if (setting === undefined || setting === '')
        return DEFAULT_BACKOFF.maxAttempts;
    if (!/^\d+$/.test(setting.trim()) || Number(setting) < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`AWS_MAX_ATTEMPTS must be a positive integer, not "${setting}"`);
    return Number(setting);
}
/** A call of warm (its `retry` option overrides base and cap): no attempt limit, the run's deadline ends it. */
const WARM_BACKOFF = { baseMs: 250, capMs: 5_000 };
/**
 * Full jitter: a uniform delay between 0 and min(cap, base * 2^retry), for retry = 0, 1, ...;
 * `random` is a draw in [0, 1) (the loop passes Math.random).
 */
function backoffDelay(retry, policy, random) {
    const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(retry, 30));
    return Math.floor(random() * ceiling);
}


/***/ }),

/***/ 4608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   engineLogin: () => (/* binding */ engineLogin),
/* harmony export */   engineLogout: () => (/* binding */ engineLogout)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1559);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(595);
/* harmony import */ var _run_retry_loop_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9944);
// The container engine's own login: `docker login --password-stdin` (or podman, nerdctl, finch),
// and its logout. The password goes in on stdin, never into argv; what the engine says on stderr is
// redacted before it reaches an error; a failure is classified as transient (tried again) or not,
// and given a hint.





function runEngine(engine, args, input, env, signal) {
    return new Promise((resolve, reject) => {
        // The engine checks the credentials against the registry: a silent registry must not hold us.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(engine, args, { env, stdio: ['pipe', 'pipe', 'pipe'], ...(signal && { signal }) });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin.on('error', () => { }); // an engine that exits early closes stdin; its exit code says why
        child.stdin.end(input);
    });
}
/** Transient engine failures worth another try; never an authentication failure. */
function engineFailureIsTransient(stderr) {
    if (/unauthorized|denied|401|403|no basic auth/i.test(stderr))
        return false;
    return /timeout|timed out|connection reset|connection refused|EOF|TLS handshake|429|50[0-4]|temporary/i.test(stderr);
}
/** What the user can do about an engine's refusal, when its words say. */
function engineFailureHint(message, engine, region) {
    if (/unauthorized|no basic auth|401/i.test(message))
        return `the registry refused the token: a token is valid only for its own region (${region}); check the registry host`;
    if (/cannot connect to the docker daemon|docker\.sock/i.test(message))
        return `${engine} could not reach its daemon; start it, or use --method config`;
    return undefined;
}
class EngineError extends Error {
    transient;
    constructor(message, transient) {
        super(message);
        this.transient = transient;
    }
}
/**
 * `ENGINE login --username U --password-stdin REGISTRY`, tried again on transient failures, within
 * the deadline. A refusal is an OperationError with the engine's words, redacted, and a hint.
 */
async function engineLogin(run, engine, cred, env) {
    const args = ['login', '--username', cred.username, '--password-stdin', cred.registry];
    await (0,_run_retry_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L)(async () => {
        let exit;
        try {
            exit = await run.watch({ service: 'ecr.dkr', host: cred.registry, operation: `${engine} login` }, runEngine(engine, args, cred.password, env, run.signal));
        }
        catch (e) {
            run.failIfExpired();
            const missing = e.code === 'ENOENT';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`${engine} login ${cred.registry} failed: ${missing ? `${engine} is not installed or not on PATH` : e.message}`, missing
                ? `install ${engine}, or use --method config to write the docker config directly`
                : undefined);
        }
        if (exit.code === 0)
            return;
        const said = (0,_core_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(exit.stderr, cred.username, cred.password).trim();
        throw new EngineError(`${engine} login ${cred.registry} (${cred.region}) failed: ${said}`, engineFailureIsTransient(said));
    }, {
        policy: _core_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BACKOFF */ .VU,
        isRetryable: (e) => e instanceof EngineError && e.transient,
        signal: run.signal,
    }).catch((e) => {
        if (!(e instanceof EngineError))
            throw e;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(e.message, engineFailureHint(e.message, engine, cred.region));
    });
}
/** `ENGINE logout REGISTRY`; a refusal is thrown with what the engine said. */
async function engineLogout(engine, registry, env) {
    const exit = await runEngine(engine, ['logout', registry], '', env);
    if (exit.code !== 0)
        throw new Error(exit.stderr.trim() || `${engine} logout exited ${exit.code}`);
}


/***/ }),

/***/ 9944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(595);
// The one retry loop, and the one abortable sleep: tries a call again after a full-jitter backoff
// while the failure is retryable, until attempts run out, the signal aborts or the deadline passes
// (a sleep is cut short at the deadline, and no attempt starts after it). What is retryable and how
// long to wait are decided in core/retry.ts; this module only sleeps, counts and cancels.

/** Wait `ms` (not at all when it is 0 or less), or reject with the signal's reason as soon as it aborts. */
function sleep(ms, signal) {
    if (signal?.aborted)
        return Promise.reject(signal.reason);
    if (ms <= 0)
        return Promise.resolve();
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Run `fn` until it succeeds, a failure is not retryable, attempts run out, or the deadline passes. */
async function retry(fn, options) {
    const now = options.now ?? Date.now;
    const wait = options.sleep ?? sleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            const last = options.policy.maxAttempts !== undefined && attempt >= options.policy.maxAttempts;
            if (last || options.signal?.aborted || !options.isRetryable(error))
                throw error;
            let delayMs = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .EY)(attempt - 1, options.policy, options.random ?? Math.random);
            if (options.deadline !== undefined) {
                const left = options.deadline - now();
                if (left <= 0)
                    throw error;
                delayMs = Math.min(delayMs, left);
            }
            options.onRetry?.({ attempt, delayMs, error });
            await wait(delayMs, options.signal);
            if (options.deadline !== undefined && now() >= options.deadline)
                throw error;
        }
    }
}


/***/ })

};
