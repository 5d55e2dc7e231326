export const id = 379;
export const ids = [379];
export const modules = {

/***/ 5451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   u_: () => (/* binding */ DEFAULT_LOGIN_METHOD),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* harmony import */ var _prepare_mode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1286);
/* harmony import */ var _timeouts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(137);
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

/***/ 1286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ip: () => (/* binding */ DEFAULT_PREPARE_MODE),
  vS: () => (/* binding */ PREPARE_MODES),
  LK: () => (/* binding */ prepareMode)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
;// CONCATENATED MODULE: ./src/core/choice.ts
// A value that must be one of a few words (a mode, a login method), checked where it is read.

/** `text` if it is one of `allowed`; else an input error naming where it was given (a flag, an input). */
function oneOf(allowed, text, name) {
    if (!allowed.includes(text))
        throw new errors/* InputError */.dz(`${name} must be ${allowed.join(', ')}, not "${text}"`);
    return text;
}

;// CONCATENATED MODULE: ./src/core/prepare-mode.ts
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
    return text ? oneOf(PREPARE_MODES, text, name) : DEFAULT_PREPARE_MODE;
}


/***/ }),

/***/ 6379:
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5451);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(137);
// EXTERNAL MODULE: ./src/host/docker-config.ts
var docker_config = __webpack_require__(6073);
;// CONCATENATED MODULE: ./src/host/containers-auth.ts
// The containers auth.json that Podman, Buildah and Skopeo read (containers-auth.json(5)): the same
// `auths` as the docker config, in a file of its own. Written like the docker config: merged,
// atomically (new: mode 0600), and recorded before the write so logout can undo it.


/**
 * Where containers/image reads and writes credentials on Linux: REGISTRY_AUTH_FILE, else
 * `${XDG_RUNTIME_DIR}/containers/auth.json`, else `/run/containers/<uid>/auth.json`.
 */
function containersAuthPath(env = process.env, uid = process.getuid?.() ?? 0) {
    if (env.REGISTRY_AUTH_FILE)
        return env.REGISTRY_AUTH_FILE;
    if (env.XDG_RUNTIME_DIR)
        return (0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json');
    return (0,external_node_path_.join)('/run/containers', String(uid), 'auth.json');
}
/** Write a registry's credentials into the containers auth.json, recording the entry first. */
function containersAuthLogin(path, cred, warn, record) {
    (0,docker_config/* credentialFileLogin */.P8)(path, cred, warn, (written) => record({ registry: cred.registry, method: 'config', authFile: path, ...written }));
}

// EXTERNAL MODULE: ./src/host/files.ts
var files = __webpack_require__(6943);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
var host_session = __webpack_require__(5568);
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
    const current = (0,docker_config/* readDockerConfig */.TO)(dir);
    const shadow = (0,docker_config/* shadowingOf */.Ak)(current, cred.registry);
    if (shadow)
        warn(shadow);
    (0,docker_config/* credentialFileLogin */.P8)((0,external_node_path_.join)(dir, 'config.json'), cred, warn, (written) => record({ registry: cred.registry, method: 'config', configDir: dir, ...written }), current);
}
async function login(options = {}) {
    // The run (agents, sockets, the CA bundle) is loaded here, not with this module: logout needs none.
    const { withRun } = await __webpack_require__.e(/* import() */ 344).then(__webpack_require__.bind(__webpack_require__, 4344));
    return withRun(options, timeouts/* DEFAULT_TIMEOUT_MS */.t1, (run) => logIn(run, options));
}
/** Registry credentials from GetAuthorizationToken, within a run of their own (the library's call). */
async function getRegistryCredentials(request) {
    const [{ registryCredentials }, { withRun }] = await Promise.all([
        __webpack_require__.e(/* import() */ 438).then(__webpack_require__.bind(__webpack_require__, 438)),
        __webpack_require__.e(/* import() */ 344).then(__webpack_require__.bind(__webpack_require__, 4344)),
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
        __webpack_require__.e(/* import() */ 438).then(__webpack_require__.bind(__webpack_require__, 438)).then(({ registryCredentials }) => registryCredentials(run, { region: options.region, registries: options.registries })));
    const chosen = method === 'auto' ? (findOnPath(engine, env) ? 'docker' : 'config') : method;
    // The engine's login (and child_process) only for the docker method, loaded while the token travels.
    const engineLoading = chosen === 'docker' ? __webpack_require__.e(/* import() */ 608).then(__webpack_require__.bind(__webpack_require__, 4608)) : undefined;
    engineLoading?.catch(() => { });
    const credentials = await pending;
    const configDir = options.dockerConfig ?? (0,docker_config/* dockerConfigDir */.kG)(env);
    // Every credential file this login writes is checked before the first write: one that is not a
    // regular file (a FIFO, a device, a link to one) fails the login with nothing written.
    if (chosen !== 'docker')
        (0,files/* refuseNonRegular */.uA)((0,external_node_path_.join)(configDir, 'config.json'));
    if (options.containersAuth)
        (0,files/* refuseNonRegular */.uA)(containersAuthPath(env));
    const dockerEnv = { ...env, DOCKER_CONFIG: configDir };
    const registries = [];
    const session = [];
    const record = (entry) => {
        session.push(entry);
        options.onSessionEntry?.(entry);
    };
    for (const cred of credentials) {
        if (chosen === 'docker') {
            warnIfEngineReplaces(engine, configDir, cred.registry, dockerEnv, warn);
            const { engineLogin } = await engineLoading;
            await engineLogin(run, engine, cred, dockerEnv);
            record({ registry: cred.registry, method: 'docker', engine, configDir });
        }
        else if (chosen === 'helper') {
            (0,docker_config/* helperLogin */.kg)(configDir, cred.registry, !!findOnPath((0,docker_config/* helperProgram */.ph)(docker_config/* ECR_LOGIN_HELPER */.eA), env), warn, record);
        }
        else {
            configLogin(configDir, cred, warn, record);
        }
        if (options.containersAuth)
            containersAuthLogin(containersAuthPath(env), cred, warn, record);
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
/** Remove what a login session added; failures become warnings and the rest goes on. */
async function logout(session, options = {}) {
    const env = options.env ?? process.env;
    const removed = [];
    const warnings = [];
    for (const entry of session) {
        try {
            if (entry.method === 'docker') {
                const { engineLogout } = await __webpack_require__.e(/* import() */ 608).then(__webpack_require__.bind(__webpack_require__, 4608));
                await engineLogout(entry.engine ?? 'docker', entry.registry, {
                    ...env,
                    ...(entry.configDir && { DOCKER_CONFIG: entry.configDir }),
                });
            }
            else {
                const undone = (0,host_session/* undoFileEntry */.hj)(entry, env);
                if (undone === 'not-there')
                    continue;
                if (undone !== 'removed') {
                    warnings.push(undone);
                    continue;
                }
            }
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
