export const id = 104;
export const ids = [104];
export const modules = {

/***/ 7253:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
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

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
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


/***/ }),

/***/ 8104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E8: () => (/* binding */ logIn),
  logout: () => (/* binding */ logout)
});

// UNUSED EXPORTS: getRegistryCredentials, login

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/host/docker-config.ts
var docker_config = __webpack_require__(7011);
;// CONCATENATED MODULE: ./src/host/containers-auth.ts
// The containers auth.json that Podman, Buildah and Skopeo read (containers-auth.json(5)): the same
// `auths` as the docker config, in a file of its own. Written like the docker config: merged,
// atomically (new: mode 0600), and recorded before the write so logout can undo it.


/**
 * Where containers/image reads and writes credentials on Linux: REGISTRY_AUTH_FILE, else
 * `${XDG_RUNTIME_DIR}/containers/auth.json`, else `/run/containers/<uid>/auth.json`. Absolute (a
 * relative REGISTRY_AUTH_FILE from the working directory): logout may run in another one.
 */
function containersAuthPath(env = process.env, uid = process.getuid?.() ?? 0) {
    if (env.REGISTRY_AUTH_FILE)
        return (0,external_node_path_.resolve)(env.REGISTRY_AUTH_FILE);
    if (env.XDG_RUNTIME_DIR)
        return (0,external_node_path_.resolve)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json');
    return (0,external_node_path_.join)('/run/containers', String(uid), 'auth.json');
}
/** Write a registry's credentials into the containers auth.json, recording the entry first. */
function containersAuthLogin(path, cred, warn, record) {
    (0,docker_config/* credentialFileLogin */.P8)(path, cred, warn, (written) => record({ registry: cred.registry, method: 'config', authFile: path, ...written }));
}

// EXTERNAL MODULE: ./src/host/credential-file.ts
var credential_file = __webpack_require__(116);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/display.ts
var display = __webpack_require__(4301);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: ./src/run/retry-loop.ts
var retry_loop = __webpack_require__(3582);
// EXTERNAL MODULE: ./src/host/files.ts
var files = __webpack_require__(3285);
// EXTERNAL MODULE: ./src/host/temp-files.ts
var temp_files = __webpack_require__(756);
;// CONCATENATED MODULE: ./src/host/file-lock.ts
// One writer at a time for the credential files we read, change and replace: the docker config
// (with the session record beside it) and the containers auth.json. Without it two logins started
// together (matrix jobs on one self-hosted runner) both read the file, and the second rename drops
// the first one's entry. The docker CLI and containers/image (podman) take no lock of their own:
// they read, edit and rename as we do, so this orders our runs, not theirs.
//
// The rule: `FILE.lock` beside the file, created with O_CREAT|O_EXCL (a name already there, a link
// included, is never opened through) and holding {pid, started, nonce}. It is held across one
// synchronous read, change and rename only, so no signal handler or other work of ours runs while
// it exists; a run that finds it busy backs off (full jitter, 5 ms doubling to 200 ms) until its deadline, then
// fails naming the lock and its holder. A lock is stale, and removed, when its process is gone
// (kill(pid, 0): ESRCH; only a SIGKILL or a crash within that millisecond leaves one), when the pid
// is ours (we never hold one across a turn), or, the pid having been reused, when it is older than
// the waiting run's whole timeout. It is removed by renaming it aside and checking that the one
// moved is the one judged stale (a fresh lock taken meanwhile is linked back). Anything but a
// regular file at the lock's name (a link, a FIFO, a folder someone else put there) is refused.









/** The lock of a file: beside it, its name and `.lock`. */
const lockPath = (file) => `${file}.lock`;
/** The waits between tries, as every retry of ours backs off (core/retry.ts), but short: a lock is held for a write. */
const LOCK_BACKOFF = { baseMs: 5, capMs: 200 };
/** A lock's text is a short JSON object; more than this is not one of ours. */
const MAX_LOCK_BYTES = 512;
let asideCounter = 0;
/** Take the lock, or false when it is there already. */
function take(lock) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(lock, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o600);
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return false;
        throw new Error(`${(0,display/* displayName */.QC)(lock)}: cannot create the lock (${(0,files/* errnoText */.iQ)(e)})`, { cause: e });
    }
    try {
        const nonce = (0,external_node_crypto_.randomBytes)(8).toString('hex');
        (0,external_node_fs_.writeSync)(fd, JSON.stringify({ pid: process.pid, started: Date.now(), nonce }));
    }
    catch (e) {
        (0,external_node_fs_.closeSync)(fd);
        release(lock);
        throw new Error(`${(0,display/* displayName */.QC)(lock)}: cannot write the lock (${(0,files/* errnoText */.iQ)(e)})`, { cause: e });
    }
    (0,external_node_fs_.closeSync)(fd);
    return true;
}
function release(lock) {
    try {
        (0,external_node_fs_.unlinkSync)(lock);
    }
    catch { }
}
const notALock = (lock, kind) => new errors/* InputError */.dz(`${(0,display/* displayName */.QC)(lock)}: ${kind} where ecr-pull-through keeps its lock; not followed`, 'remove it, or point DOCKER_CONFIG (or REGISTRY_AUTH_FILE) at a folder of your own');
/** The holder a lock names; undefined when the lock is gone. Never follows a link, never waits on a FIFO. */
function holderOf(lock) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(lock, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ELOOP')
            throw notALock(lock, 'a symbolic link');
        if (code === 'ENXIO')
            throw notALock(lock, 'a socket');
        throw new Error(`${(0,display/* displayName */.QC)(lock)}: cannot read the lock (${(0,files/* errnoText */.iQ)(e)})`, { cause: e });
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw notALock(lock, (0,files/* specialFileKind */.QD)(st));
        const bytes = Buffer.alloc(MAX_LOCK_BYTES);
        const text = bytes.subarray(0, (0,external_node_fs_.readSync)(fd, bytes, 0, MAX_LOCK_BYTES, 0)).toString('utf8');
        let said = {};
        try {
            said = JSON.parse(text);
        }
        catch { } // empty: its writer was killed between creating and writing it
        const pid = Number.isSafeInteger(said?.pid) && said.pid > 0 ? said.pid : undefined;
        const started = typeof said?.started === 'number' ? said.started : st.mtimeMs;
        return { text, ino: st.ino, started, ...(pid !== undefined && { pid }) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A lock no live run of ours holds (see the rule above). */
function isStale(holder, maxAgeMs) {
    if (Date.now() - holder.started > maxAgeMs)
        return true;
    return holder.pid !== undefined && !(0,temp_files/* processRuns */.Oi)(holder.pid);
}
/** Remove a stale lock: moved aside, then removed if it is the one judged stale, else linked back. */
function removeStale(lock, stale) {
    const aside = `${lock}.${process.pid}.${asideCounter++}.stale`;
    try {
        (0,external_node_fs_.renameSync)(lock, aside);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return; // another run removed it
        throw new errors/* OperationError */.OK(`${(0,display/* displayName */.QC)(lock)}: a stale lock (${holding(stale)}) that cannot be removed (${(0,files/* errnoText */.iQ)(e)})`, 'no ecr-pull-through run holds it: remove it');
    }
    const moved = holderOf(aside);
    if (moved && (moved.ino !== stale.ino || moved.text !== stale.text)) {
        try {
            (0,external_node_fs_.linkSync)(aside, lock);
        }
        catch { }
    }
    release(aside);
}
const holding = (h) => `${h.pid === undefined ? 'no process named' : `process ${h.pid}`}, since ${new Date(h.started).toISOString()}`;
/**
 * Run `work` holding the locks of `files` (taken in this order, all or none: a run that finds one
 * busy lets go of the others before it waits, so two runs never wait on each other). `work` must be
 * synchronous: the locks are released when it returns. Waiting ends at the run's deadline (else
 * after the default timeout) with an OperationError naming the lock and its holder.
 */
async function withFileLocks(files, deadline, work) {
    const locks = files.map(lockPath);
    const timeoutMs = deadline?.timeoutMs ?? timeouts/* DEFAULT_TIMEOUT_MS */.t1;
    const giveUpAt = Date.now() + (deadline ? deadline.left() : timeoutMs);
    let tries = 0;
    for (;;) {
        const taken = [];
        let busy;
        for (const lock of locks) {
            if (!take(lock)) {
                busy = lock;
                break;
            }
            taken.push(lock);
        }
        if (busy === undefined) {
            try {
                return work();
            }
            finally {
                for (const lock of taken)
                    release(lock);
            }
        }
        for (const lock of taken)
            release(lock);
        const holder = holderOf(busy);
        if (!holder)
            continue;
        if (isStale(holder, timeoutMs)) {
            removeStale(busy, holder);
            continue;
        }
        const wait = (0,retry/* backoffDelay */.EY)(tries++, LOCK_BACKOFF, Math.random);
        if (Date.now() + wait >= giveUpAt)
            throw new errors/* OperationError */.OK(`${(0,display/* displayName */.QC)(busy)}: another run holds this lock (${holding(holder)}); gave up waiting for it`, 'another ecr-pull-through login or logout is writing the file beside it; if none is running, remove the lock');
        await (0,retry_loop/* sleep */.y)(wait, deadline?.signal);
    }
}

;// CONCATENATED MODULE: ./src/host/path-lookup.ts
// Executables on PATH: whether docker (or podman, nerdctl, finch) or a credential helper is there.
// Apart from engine-login.ts so that choosing a login method does not load child_process.


/** Whether an executable is on PATH (or is a path to one). */
function findOnPath(name, env = process.env) {
    const candidates = name.includes('/')
        ? [name]
        : (env.PATH ?? '').split(external_node_path_.delimiter).map((d) => (0,external_node_path_.join)(d || '.', name));
    for (const c of candidates) {
        try {
            (0,external_node_fs_.accessSync)(c, external_node_fs_.constants.X_OK);
            return c;
        }
        catch { }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/host/atomic-write.ts + 1 modules
var atomic_write = __webpack_require__(2085);
;// CONCATENATED MODULE: ./src/host/session.ts
// What `login` added, and undoing it: the record is kept beside the docker config (the CLI) or in the
// action's state. Each entry says which file it wrote, how to tell its own write, and what it
// replaced there, which logout puts back. One entry per registry, method and file: a later login
// into the same slot keeps what was there before the first, so logout returns the file to that.
// The CLI's record is read, changed and replaced under the docker config's lock (file-lock.ts).







/** The file an entry wrote (config and helper methods). */
function entryFile(entry, env = process.env) {
    return entry.authFile ?? (0,external_node_path_.join)(entry.configDir ?? (0,docker_config/* dockerConfigDir */.kG)(env), 'config.json');
}
/** The slot an entry fills: its registry, its method, and the file it wrote (the engine and its folder for docker). */
const slotOf = (e) => JSON.stringify([e.registry, e.method, e.engine ?? '', e.authFile ?? e.configDir ?? '']);
/**
 * A later login into a slot the session has: when it replaced the earlier login's own entry, what
 * logout must put back is still what the earlier one replaced (and created).
 */
function merged(earlier, later) {
    if (later.method !== 'config' || later.replaced === undefined || later.replaced !== earlier.fingerprint)
        return later;
    const { replaced: _, replacedEntry: __, created: ___, ...rest } = later;
    return {
        ...rest,
        ...(earlier.replaced && { replaced: earlier.replaced }),
        ...(earlier.replacedEntry && { replacedEntry: earlier.replacedEntry }),
        ...(earlier.created && { created: earlier.created }),
    };
}
/** Write a file back after an undo; a file the login created goes once nothing is left in it. */
function putBack(path, doc, config, entry) {
    if (entry.created === 'file' && Object.keys(config).length === 0)
        (0,credential_file/* removeCredentialFile */.ef)(path);
    else
        (0,credential_file/* writeCredentialFile */.Vt)(path, config, doc.layout);
}
/**
 * Undo what a config or helper entry wrote, putting back what it replaced: `removed`; `not-there`
 * when the write never happened or the entry is gone; a sentence when the entry changed since (not
 * ours to remove) or the file is gone. Call it holding the file's lock.
 */
function undoFileEntry(entry, env = process.env) {
    const path = entryFile(entry, env);
    const doc = (0,credential_file/* readCredentialDocument */.hc)(path);
    if (!doc.exists)
        return `${entry.registry}: ${(0,display/* displayName */.QC)(path)} is gone, so nothing was removed there (login wrote its credentials into it)`;
    const { config } = doc;
    if (entry.method === 'helper') {
        const current = config.credHelpers?.[entry.registry];
        if (current === undefined || current === entry.replacedHelper)
            return 'not-there';
        if (current !== docker_config/* ECR_LOGIN_HELPER */.eA)
            return `${entry.registry}: left in ${(0,display/* displayName */.QC)(path)}: the credHelpers entry changed after this login`;
        putBack(path, doc, (0,docker_config/* withEntryUndone */.gB)(config, 'credHelpers', entry.registry, entry.replacedHelper, entry.created), entry);
        return 'removed';
    }
    const state = (0,docker_config/* recordedEntryState */.Ub)(config, entry);
    if (state === 'not-there')
        return state;
    if (state === 'changed')
        return `${entry.registry}: left in ${(0,display/* displayName */.QC)(path)}: the entry changed after this login`;
    putBack(path, doc, (0,docker_config/* withEntryUndone */.gB)(config, 'auths', entry.registry, entry.replacedEntry, entry.created), entry);
    return 'removed';
}
/** Where the CLI keeps its session between `login` and `logout` (beside the docker config, mode 0600). */
function sessionPath(configDir) {
    return join(configDir, 'ecr-pull-through-session.json');
}
/** Replace the record with `session` (none left: the record goes). */
function writeSession(configDir, session) {
    const path = sessionPath(configDir);
    if (session.length === 0) {
        rmSync(path, { force: true });
        return;
    }
    unlinkIfSymlink(path);
    writeFileAtomic(path, `${JSON.stringify(session, null, 2)}\n`, CREDENTIAL_FILE_MODE);
}
/**
 * Add entries to the session: one per slot (registry, method, file), merged with an earlier one for
 * its slot (see merged). Call it holding the docker config's lock (login calls onSessionEntry so).
 */
function saveSession(configDir, entries) {
    mkdirSync(configDir, { recursive: true, mode: CREDENTIAL_DIR_MODE });
    // Read first: a record that is not a regular file (nor a link to one) is refused before anything changes.
    const session = [...loadSession(configDir)];
    for (const entry of entries) {
        const at = session.findIndex((e) => slotOf(e) === slotOf(entry));
        if (at === -1)
            session.push(entry);
        else
            session[at] = merged(session[at], entry);
    }
    writeSession(configDir, session);
}
/**
 * Take out of the session the entries a logout handled; entries a login added meanwhile stay. Call
 * it holding the docker config's lock.
 */
function forgetSession(configDir, handled) {
    const gone = new Set(handled.map((e) => JSON.stringify(e)));
    const session = loadSession(configDir);
    const left = session.filter((e) => !gone.has(JSON.stringify(e)));
    if (left.length !== session.length)
        writeSession(configDir, left);
}
/**
 * writeFileAtomic writes through a link (docker's config.json keeps that behaviour); a link here
 * would send our file outside the config dir, so the link itself goes and a plain file takes its place.
 */
function unlinkIfSymlink(path) {
    try {
        if (lstatSync(path).isSymbolicLink())
            unlinkSync(path);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
}
/** The session recorded; none when there is no record or it does not parse. A device, FIFO or socket there is refused (NotRegularFileError). */
function loadSession(configDir) {
    try {
        const parsed = JSON.parse(readRegularFile(sessionPath(configDir)).bytes.toString('utf8'));
        return Array.isArray(parsed) ? parsed : [];
    }
    catch (e) {
        if (e instanceof NotRegularFileError)
            throw e;
        return [];
    }
}
function clearSession(configDir) {
    rmSync(sessionPath(configDir), { force: true });
}

;// CONCATENATED MODULE: ./src/use-cases/login.ts
// The login use case: a token per region, one login per registry, by `docker login
// --password-stdin` (or podman, nerdctl, finch) or straight into the docker config. The password
// never goes into argv, logs or errors; logout removes exactly what login added. Each login is
// handed to the caller as it happens, so a failure or a kill later on leaves a session logout can undo.











const EXPIRY_WARNING_MS = 3600_000;
/** Warn when the engine's login will replace credentials already there (logout then removes them). */
function warnIfEngineReplaces(engine, configDir, registry, env, warn) {
    for (const file of (0,docker_config/* engineCredentialFiles */.$F)(engine, configDir, env)) {
        if ((0,docker_config/* hasEntryFor */.Kg)(file, registry))
            warn((0,docker_config/* replacingWarning */.oV)(registry, file));
    }
}
function configLogin(dir, cred, warn, record) {
    const path = (0,external_node_path_.join)(dir, 'config.json');
    const doc = (0,credential_file/* readCredentialDocument */.hc)(path);
    const shadow = (0,docker_config/* shadowingOf */.Ak)(doc.config, cred.registry);
    if (shadow)
        warn(shadow);
    (0,docker_config/* credentialFileLogin */.P8)(path, cred, warn, (written) => record({ registry: cred.registry, method: 'config', configDir: dir, ...written }), doc);
}
/**
 * Read, change and replace credential files holding their locks (host/file-lock.ts), so that
 * concurrent logins and logouts never lose each other's entries; `work` is synchronous.
 */
function locked(files, deadline, work) {
    for (const file of files)
        (0,credential_file/* makeCredentialDir */.h4)(file);
    return withFileLocks(files, deadline, work);
}
async function login(options = {}) {
    // The run (agents, sockets, the CA bundle) is loaded here, not with this module: logout needs none.
    const { withRun } = await __webpack_require__.e(/* import() */ 992).then(__webpack_require__.bind(__webpack_require__, 6992));
    return withRun(options, DEFAULT_TIMEOUT_MS, (run) => logIn(run, options));
}
/** Registry credentials from GetAuthorizationToken, within a run of their own (the library's call). */
async function getRegistryCredentials(request) {
    const [{ registryCredentials }, { withRun }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(249)]).then(__webpack_require__.bind(__webpack_require__, 7457)),
        __webpack_require__.e(/* import() */ 992).then(__webpack_require__.bind(__webpack_require__, 6992)),
    ]);
    return withRun(request, undefined, (run) => registryCredentials(run, request));
}
/** Log in within `run` (its deadline, profile, environment and callbacks). */
async function logIn(run, options) {
    const { env } = run;
    const warn = run.onWarning;
    const engine = options.engine ?? 'docker';
    const method = options.method ?? defaults/* DEFAULT_LOGIN_METHOD */.u_;
    // The token is the only call login needs: it is asked for first, and the engine is looked for
    // while it travels.
    // The SDK is loaded here, not with this module: logout runs the engine or edits a file, no token.
    const pending = Promise.resolve(options.credentials ??
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(249)]).then(__webpack_require__.bind(__webpack_require__, 7457)).then(({ registryCredentials }) => registryCredentials(run, { region: options.region, registries: options.registries })));
    const chosen = method === 'auto' ? (findOnPath(engine, env) ? 'docker' : 'config') : method;
    // The engine's login (and child_process) only for the docker method, loaded while the token travels.
    const engineLoading = chosen === 'docker' ? __webpack_require__.e(/* import() */ 978).then(__webpack_require__.bind(__webpack_require__, 8978)) : undefined;
    engineLoading?.catch(() => { });
    const credentials = await pending;
    const configDir = (0,external_node_path_.resolve)(options.dockerConfig ?? (0,docker_config/* dockerConfigDir */.kG)(env));
    const configFile = (0,external_node_path_.join)(configDir, 'config.json');
    const authFile = options.containersAuth ? containersAuthPath(env) : undefined;
    // Every credential file this login writes is checked before the first write: one that is not a
    // regular file (a FIFO, a device, a link to one) fails the login with nothing written.
    if (chosen !== 'docker')
        (0,files/* refuseNonRegular */.uA)(configFile);
    if (authFile)
        (0,files/* refuseNonRegular */.uA)(authFile);
    const dockerEnv = { ...env, DOCKER_CONFIG: configDir };
    const registries = [];
    const session = [];
    const record = (entry) => {
        // What the entry keeps of a replaced entry is a secret the action masks like its own.
        for (const secret of (0,docker_config/* entrySecrets */.oZ)(entry))
            run.onSecret(secret);
        session.push(entry);
        options.onSessionEntry?.(entry);
    };
    // The docker config's lock is held for every record too: the CLI keeps its session beside it.
    const { deadline } = run;
    for (const cred of credentials) {
        if (chosen === 'docker') {
            warnIfEngineReplaces(engine, configDir, cred.registry, dockerEnv, warn);
            const { engineLogin } = await engineLoading;
            await engineLogin(run, engine, cred, dockerEnv);
            await locked([configFile], deadline, () => record({ registry: cred.registry, method: 'docker', engine, configDir }));
        }
        else if (chosen === 'helper') {
            const found = !!findOnPath((0,docker_config/* helperProgram */.ph)(docker_config/* ECR_LOGIN_HELPER */.eA), env);
            await locked([configFile], deadline, () => (0,docker_config/* helperLogin */.kg)(configDir, cred.registry, found, warn, record));
        }
        else {
            await locked([configFile], deadline, () => configLogin(configDir, cred, warn, record));
        }
        if (authFile)
            await locked([configFile, authFile], deadline, () => containersAuthLogin(authFile, cred, warn, record));
        const left = cred.expiresAt.getTime() - Date.now();
        if (left < EXPIRY_WARNING_MS) {
            warn(`the token for ${cred.registry} expires in ${Math.max(0, Math.round(left / 60_000))} min (${cred.expiresAt.toISOString()})`);
        }
        registries.push({
            registry: cred.registry,
            endpoint: cred.endpoint,
            region: cred.region,
            ...(cred.account && { account: cred.account }),
            expiresAt: cred.expiresAt,
            method: chosen,
        });
    }
    return { registries, session, credentials };
}
/**
 * Remove what a login session added, last entry first (a later login may have replaced an earlier
 * one's entry), putting back what each replaced; failures become warnings and the rest goes on.
 */
async function logout(session, options = {}) {
    const env = options.env ?? process.env;
    const removed = [];
    const warnings = [];
    for (const entry of [...session].reverse()) {
        try {
            if (entry.method === 'docker') {
                const { engineLogout } = await __webpack_require__.e(/* import() */ 978).then(__webpack_require__.bind(__webpack_require__, 8978));
                await engineLogout(entry.engine ?? 'docker', entry.registry, {
                    ...env,
                    ...(entry.configDir && { DOCKER_CONFIG: entry.configDir }),
                });
            }
            else {
                const file = entryFile(entry, env);
                const undo = () => undoFileEntry(entry, env);
                // A folder that is gone holds no lock and no file: undoFileEntry says so.
                const undone = (0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(file)) ? await withFileLocks([file], undefined, undo) : undo();
                if (undone === 'not-there')
                    continue;
                if (undone !== 'removed') {
                    warnings.push(undone);
                    continue;
                }
            }
            if (!removed.includes(entry.registry))
                removed.push(entry.registry);
        }
        catch (e) {
            warnings.push(`logout of ${entry.registry} failed: ${e.message}`);
        }
    }
    return { removed, warnings };
}


/***/ })

};
