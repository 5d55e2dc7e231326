export const id = 850;
export const ids = [850];
export const modules = {

/***/ 5553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   u_: () => (/* binding */ DEFAULT_LOGIN_METHOD),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* harmony import */ var _prepare_mode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5210);
/* harmony import */ var _timeouts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5623);
// Every default a caller of the whole job can leave out, in one table: the action reads its inputs'
// defaults here, the library's use cases name the same constants, and a test checks that action.yml
// declares the same. Timeouts have their home in timeouts.ts.


/** Images (and their calls) warmed at once. */
const DEFAULT_CONCURRENCY = 8;
/** `auto`: `docker login` when the engine's CLI is on PATH, else the docker config written directly. */
const DEFAULT_LOGIN_METHOD = 'auto';
/** By prepare's option names (the action's inputs are these, kebab-cased); the last two are the action's own. */
const DEFAULTS = {
    mode: _prepare_mode_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PREPARE_MODE */ .Ip,
    login: true,
    loginMethod: DEFAULT_LOGIN_METHOD,
    warm: true,
    warmTimeoutMs: _timeouts_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_WARM_TIMEOUT_MS */ .j4,
    concurrency: DEFAULT_CONCURRENCY,
    failOnUnmapped: false,
    warmBuildkit: false,
    /** The post step logs out unless told not to. */
    skipLogout: false,
    /** Passwords are always masked; the input is kept for compatibility with amazon-ecr-login. */
    maskPassword: true,
    /** docker_username_* / docker_password_* outputs, as amazon-ecr-login sets them: opt-in. */
    credentialOutputs: false,
};


/***/ }),

/***/ 5210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ DEFAULT_PREPARE_MODE),
/* harmony export */   LK: () => (/* binding */ prepareMode),
/* harmony export */   vS: () => (/* binding */ PREPARE_MODES)
/* harmony export */ });
/* harmony import */ var _choice_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9364);
// How the job makes builds use the cache. A rule of its own so that the CLI and the action check a
// mode where they parse it, without loading the use case (and the SDK) to do so.

/**
 * rewrite: the files name cache URIs. transparent: the files stay as they are and BuildKit's source
 * policy redirects the pulls (EXPERIMENTAL_BUILDKIT_SOURCE_POLICY). both: the two together.
 */
const PREPARE_MODES = ['rewrite', 'transparent', 'both'];
const DEFAULT_PREPARE_MODE = 'rewrite';
/** A mode given as text (an input, a flag), checked; `name` is what the user typed it into. */
function prepareMode(text, name = 'mode') {
    return text ? (0,_choice_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .y)(PREPARE_MODES, text, name) : DEFAULT_PREPARE_MODE;
}


/***/ }),

/***/ 4216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ withFileLocks)
/* harmony export */ });
/* unused harmony export lockPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4301);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7253);
/* harmony import */ var _core_timeouts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5623);
/* harmony import */ var _run_retry_loop_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3582);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3285);
/* harmony import */ var _temp_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(756);
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
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(lock, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0), 0o600);
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return false;
        throw new Error(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(lock)}: cannot create the lock (${(0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .errnoText */ .iQ)(e)})`, { cause: e });
    }
    try {
        const nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, JSON.stringify({ pid: process.pid, started: Date.now(), nonce }));
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        release(lock);
        throw new Error(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(lock)}: cannot write the lock (${(0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .errnoText */ .iQ)(e)})`, { cause: e });
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    return true;
}
function release(lock) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(lock);
    }
    catch { }
}
const notALock = (lock, kind) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(lock)}: ${kind} where ecr-pull-through keeps its lock; not followed`, 'remove it, or point DOCKER_CONFIG (or REGISTRY_AUTH_FILE) at a folder of your own');
/** The holder a lock names; undefined when the lock is gone. Never follows a link, never waits on a FIFO. */
function holderOf(lock) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(lock, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ELOOP')
            throw notALock(lock, 'a symbolic link');
        if (code === 'ENXIO')
            throw notALock(lock, 'a socket');
        throw new Error(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(lock)}: cannot read the lock (${(0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .errnoText */ .iQ)(e)})`, { cause: e });
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!st.isFile())
            throw notALock(lock, (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .specialFileKind */ .QD)(st));
        const bytes = Buffer.alloc(MAX_LOCK_BYTES);
        const text = bytes.subarray(0, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, bytes, 0, MAX_LOCK_BYTES, 0)).toString('utf8');
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** A lock no live run of ours holds (see the rule above). */
function isStale(holder, maxAgeMs) {
    if (Date.now() - holder.started > maxAgeMs)
        return true;
    return holder.pid !== undefined && !(0,_temp_files_js__WEBPACK_IMPORTED_MODULE_7__/* .processRuns */ .Oi)(holder.pid);
}
/** Remove a stale lock: moved aside, then removed if it is the one judged stale, else linked back. */
function removeStale(lock, stale) {
    const aside = `${lock}.${process.pid}.${asideCounter++}.stale`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(lock, aside);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return; // another run removed it
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(lock)}: a stale lock (${holding(stale)}) that cannot be removed (${(0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .errnoText */ .iQ)(e)})`, 'no ecr-pull-through run holds it: remove it');
    }
    const moved = holderOf(aside);
    if (moved && (moved.ino !== stale.ino || moved.text !== stale.text)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(aside, lock);
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
    const timeoutMs = deadline?.timeoutMs ?? _core_timeouts_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_TIMEOUT_MS */ .t1;
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
        const wait = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .backoffDelay */ .EY)(tries++, LOCK_BACKOFF, Math.random);
        if (Date.now() + wait >= giveUpAt)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(busy)}: another run holds this lock (${holding(holder)}); gave up waiting for it`, 'another ecr-pull-through login or logout is writing the file beside it; if none is running, remove the lock');
        await (0,_run_retry_loop_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .y)(wait, deadline?.signal);
    }
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

/***/ 7850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getRegistryCredentials: () => (/* binding */ getRegistryCredentials),
  logIn: () => (/* binding */ logIn),
  login: () => (/* binding */ login),
  logout: () => (/* binding */ logout)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
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
// EXTERNAL MODULE: ./src/host/file-lock.ts
var file_lock = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/host/files.ts
var files = __webpack_require__(3285);
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

// EXTERNAL MODULE: ./src/host/session.ts
var host_session = __webpack_require__(4706);
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
    return (0,file_lock/* withFileLocks */.l)(files, deadline, work);
}
async function login(options = {}) {
    // The run (agents, sockets, the CA bundle) is loaded here, not with this module: logout needs none.
    const { withRun } = await __webpack_require__.e(/* import() */ 532).then(__webpack_require__.bind(__webpack_require__, 7151));
    return withRun(options, timeouts/* DEFAULT_TIMEOUT_MS */.t1, (run) => logIn(run, options));
}
/** Registry credentials from GetAuthorizationToken, within a run of their own (the library's call). */
async function getRegistryCredentials(request) {
    const [{ registryCredentials }, { withRun }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(122)]).then(__webpack_require__.bind(__webpack_require__, 7457)),
        __webpack_require__.e(/* import() */ 532).then(__webpack_require__.bind(__webpack_require__, 7151)),
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
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(122)]).then(__webpack_require__.bind(__webpack_require__, 7457)).then(({ registryCredentials }) => registryCredentials(run, { region: options.region, registries: options.registries })));
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
                const file = (0,host_session/* entryFile */.$B)(entry, env);
                const undo = () => (0,host_session/* undoFileEntry */.hj)(entry, env);
                // A folder that is gone holds no lock and no file: undoFileEntry says so.
                const undone = (0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(file)) ? await (0,file_lock/* withFileLocks */.l)([file], undefined, undo) : undo();
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
