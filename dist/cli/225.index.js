export const id = 225;
export const ids = [225,850,316];
export const modules = {

/***/ 5794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ caBundle)
});

// UNUSED EXPORTS: caBundleSource

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/net/ca-bundle.ts
// The certificate authorities AWS and registry calls trust: a CA bundle the AWS side found
// (aws/ca-bundle-setting.ts: AWS_CA_BUNDLE, else the profile's `ca_bundle`), else Node's own roots.
// A bundle replaces the roots (as botocore's `verify=PATH` does): a TLS-inspecting proxy's CA is
// then the only one trusted, which is what such a network asks for.


/** The PEM text of the bundle, or undefined for Node's own roots; an InputError when it cannot be read. */
function readCaBundle(source) {
    if (!source)
        return undefined;
    try {
        return (0,external_node_fs_.readFileSync)(source.path, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read the CA bundle ${source.path} (${source.from}): ${e.code ?? e.message}`);
    }
}

// EXTERNAL MODULE: ./src/aws/direct/shared-config.ts
var shared_config = __webpack_require__(2053);
;// CONCATENATED MODULE: ./src/aws/ca-bundle-setting.ts
// Which CA bundle AWS and registry calls trust, as the AWS CLI decides it: AWS_CA_BUNDLE, else the
// profile's `ca_bundle` in the shared config file, read by the SDK's own config loader (loaded only
// when a shared config file exists). The network layer (net/agents.ts) is handed the PEM text.


/** Where the CA bundle is for `profile` (default: AWS_PROFILE, else `default`), and who said so. */
async function caBundleSource(env, profile) {
    if (env.AWS_CA_BUNDLE)
        return { path: env.AWS_CA_BUNDLE, from: 'AWS_CA_BUNDLE' };
    // Without a shared config file no profile names a bundle: the SDK's loader need not be loaded.
    if (!(0,shared_config/* hasSharedConfig */.sN)(env))
        return undefined;
    const { loadSharedConfigFiles } = await __webpack_require__.e(/* import() */ 291).then(__webpack_require__.t.bind(__webpack_require__, 9672, 19));
    const name = profile ?? env.AWS_PROFILE ?? 'default';
    const file = (0,shared_config/* sharedConfigPath */.L1)(env);
    const { configFile } = await loadSharedConfigFiles({
        configFilepath: file,
        filepath: (0,shared_config/* sharedCredentialsPath */.t4)(env),
        ignoreCache: true,
    });
    const path = configFile[name]?.ca_bundle;
    return path ? { path, from: `ca_bundle of profile "${name}" in ${file}` } : undefined;
}
/** The PEM text of the configured CA bundle, or undefined for Node's own roots. */
async function caBundle(env, profile) {
    return readCaBundle(await caBundleSource(env, profile));
}


/***/ }),

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

/***/ 4819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxyFor)
/* harmony export */ });
// Which proxy a URL goes through, by HTTPS_PROXY / HTTP_PROXY / NO_PROXY as curl reads them
// (either case; NO_PROXY entries match the host or any subdomain; `*` disables proxying).
function proxyFor(url, env) {
    const u = new URL(url);
    const proxy = u.protocol === 'https:' ? (env.HTTPS_PROXY ?? env.https_proxy) : (env.HTTP_PROXY ?? env.http_proxy);
    if (!proxy)
        return undefined;
    const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = u.port || (u.protocol === 'https:' ? '443' : '80');
    const noProxy = env.NO_PROXY ?? env.no_proxy ?? '';
    for (const raw of noProxy.split(/[\s,]+/)) {
        const entry = raw.trim().toLowerCase();
        if (!entry)
            continue;
        if (entry === '*')
            return undefined;
        const [name, entryPort] = entry.startsWith('[')
            ? [entry.slice(1, entry.indexOf(']')), entry.split(']:')[1]]
            : entry.split(':');
        if (entryPort && entryPort !== port)
            continue;
        const bare = name.replace(/^\*?\./, '');
        if (host === bare || host.endsWith(`.${bare}`))
            return undefined;
    }
    return proxy.includes('://') ? proxy : `http://${proxy}`;
}


/***/ }),

/***/ 1625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a$: () => (/* binding */ shareAgents),
/* harmony export */   lt: () => (/* binding */ Agents),
/* harmony export */   ml: () => (/* binding */ agentsFor)
/* harmony export */ });
/* unused harmony export agentsOfRun */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4819);
// HTTP agents for the SDK and for registry calls, honouring HTTPS_PROXY, HTTP_PROXY and NO_PROXY
// (amazon-ecr-login ignores NO_PROXY; we don't) and the CA bundle the AWS side found (AWS_CA_BUNDLE,
// the profile's ca_bundle: aws/ca-bundle-setting.ts). One set per run, kept alive, so the ECR API and the registry reuse their connections;
// destroyed after, so no kept-alive socket holds the process open.




class Agents {
    env;
    #caLoading;
    #ca;
    #http = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true });
    #https;
    #secureContext;
    #proxied = new Map();
    // The proxy agents (and the modules they load) cost start-up time a direct connection never
    // needs: loaded the first time a URL goes through a proxy.
    #proxyAgents;
    constructor(env = process.env, options = {}) {
        this.env = env;
        this.#caLoading = options.ca ?? Promise.resolve(undefined);
        // Its failure is reported by the first `for`; none is left unhandled when no call is made.
        this.#caLoading.catch(() => { });
    }
    /** TLS options with the CA bundle's roots, parsed once per run and only when TLS is used. */
    #tls() {
        if (this.#ca === undefined)
            return {};
        this.#secureContext ??= (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.createSecureContext)({ ca: this.#ca });
        return { secureContext: this.#secureContext };
    }
    #directHttps() {
        if (!this.#https)
            this.#https = new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true, ...this.#tls() });
        return this.#https;
    }
    /** The agent for a URL: direct, or through the proxy the environment names for it. */
    async for(url) {
        this.#ca = await this.#caLoading;
        const proxy = (0,_core_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyFor */ .i)(url, this.env);
        const https = url.startsWith('https:');
        if (!proxy)
            return https ? this.#directHttps() : this.#http;
        this.#proxyAgents ??= Promise.all(/* import() */[__webpack_require__.e(878), __webpack_require__.e(182)]).then(__webpack_require__.bind(__webpack_require__, 182));
        const { HttpProxyAgent, HttpsProxyAgent } = await this.#proxyAgents;
        const key = `${https ? 's' : ''}:${proxy}`;
        let agent = this.#proxied.get(key);
        if (!agent) {
            agent = https
                ? new HttpsProxyAgent(proxy, { keepAlive: true, ...this.#tls() })
                : new HttpProxyAgent(proxy, { keepAlive: true });
            this.#proxied.set(key, agent);
        }
        return agent;
    }
    destroy() {
        this.#http.destroy();
        this.#https?.destroy();
        for (const a of this.#proxied.values())
            a.destroy();
        this.#proxied.clear();
    }
}
// The agents of a run that makes several calls under one deadline (prepare: login's token, then
// warm's ECR and registry calls), so that one kept-alive connection serves them all.
const runAgents = new WeakMap();
/** Every client created under `deadline` uses `agents`; the caller destroys them when the run ends. */
function shareAgents(deadline, agents) {
    runAgents.set(deadline, agents);
}
/** The agents shared under `deadline`, if the run shares one set. */
const agentsOfRun = (deadline) => runAgents.get(deadline);
/**
 * The agents for calls under `deadline`: the run's shared set (its owner destroys it), else a set
 * of their own trusting the CA bundle `ca` reads, which `release` destroys.
 */
function agentsFor(deadline, ca) {
    const shared = deadline && agentsOfRun(deadline);
    if (shared)
        return { agents: shared, release: () => { } };
    const agents = new Agents(process.env, { ca: ca() });
    return { agents, release: () => agents.destroy() };
}


/***/ }),

/***/ 7850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  login: () => (/* binding */ login),
  logout: () => (/* binding */ logout)
});

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
var files = __webpack_require__(3285);
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
var host_session = __webpack_require__(4706);
// EXTERNAL MODULE: ./src/run/deadline.ts
var deadline = __webpack_require__(8249);
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
function login(options = {}) {
    return (0,deadline/* withinDeadline */.iP)(options, timeouts/* DEFAULT_TIMEOUT_MS */.t1, (deadline) => loginWithin(options, deadline));
}
async function loginWithin(options, deadline) {
    const env = options.env ?? process.env;
    const warn = options.onWarning ?? (() => { });
    const engine = options.engine ?? 'docker';
    const method = options.method ?? defaults/* DEFAULT_LOGIN_METHOD */.u_;
    // The token is the only call login needs: it is asked for first, and the engine is looked for
    // while it travels.
    // The SDK is loaded here, not with this module: logout runs the engine or edits a file, no token.
    const pending = Promise.resolve(options.credentials ??
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(249)]).then(__webpack_require__.bind(__webpack_require__, 7457)).then(({ getRegistryCredentials }) => getRegistryCredentials({
            region: options.region,
            registries: options.registries,
            onSecret: options.onSecret,
            profile: options.profile,
            deadline,
        })));
    const chosen = method === 'auto' ? (findOnPath(engine, env) ? 'docker' : 'config') : method;
    // The engine's login (and child_process) only for the docker method, loaded while the token travels.
    const engineLoading = chosen === 'docker' ? __webpack_require__.e(/* import() */ 978).then(__webpack_require__.bind(__webpack_require__, 8978)) : undefined;
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
            await engineLogin(engine, cred, dockerEnv, deadline);
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
                const { engineLogout } = await __webpack_require__.e(/* import() */ 978).then(__webpack_require__.bind(__webpack_require__, 8978));
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


/***/ }),

/***/ 6225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_PREPARE_MODE: () => (/* reexport */ prepare_mode/* DEFAULT_PREPARE_MODE */.Ip),
  PREPARE_MODES: () => (/* reexport */ prepare_mode/* PREPARE_MODES */.vS),
  SOURCE_POLICY_VARIABLE: () => (/* binding */ SOURCE_POLICY_VARIABLE),
  prepare: () => (/* binding */ prepare),
  prepareMode: () => (/* reexport */ prepare_mode/* prepareMode */.LK)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aws/ca-bundle-setting.ts + 1 modules
var ca_bundle_setting = __webpack_require__(5794);
// EXTERNAL MODULE: ./src/core/buildkit.ts
var buildkit = __webpack_require__(5971);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var rules = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/core/patterns.ts
// The action's file patterns are relative to the workspace. One that leaves it (absolute, or with a
// `..` segment) can match nothing the walk visits: it is refused rather than silently matching nothing.
function leavesRoot(pattern) {
    const p = pattern.trim().replace(/\\/g, '/');
    return p.startsWith('/') || /^[A-Za-z]:\//.test(p) || p.split('/').includes('..');
}

// EXTERNAL MODULE: ./src/core/prepare-mode.ts
var prepare_mode = __webpack_require__(5210);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: ./src/net/agents.ts
var net_agents = __webpack_require__(1625);
// EXTERNAL MODULE: ./src/run/deadline.ts
var run_deadline = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/use-cases/login.ts + 2 modules
var login = __webpack_require__(7850);
// EXTERNAL MODULE: ./src/use-cases/target.ts
var use_cases_target = __webpack_require__(4070);
;// CONCATENATED MODULE: ./src/use-cases/prepare.ts
// The whole job of the action, for any runner: log in, find the rules, rewrite Dockerfiles and other
// files (or, in transparent mode, write a BuildKit source policy that redirects the pulls instead),
// map the listed images, and warm every image the build will pull. The GitHub Action and the CLI's
// `prepare` are glue around this; a buildspec script calls it and gets exactly the same behaviour.
















/** The variable BuildKit (≥ 0.12, with buildx ≥ 0.11) reads the source policy's path from. */
const SOURCE_POLICY_VARIABLE = 'EXPERIMENTAL_BUILDKIT_SOURCE_POLICY';
const PATTERN_INPUTS = [
    { input: 'dockerfiles', kind: 'dockerfile' },
    { input: 'files', kind: undefined },
];
/**
 * The files the patterns choose, rewritten in memory. A pattern outside the root is an input error;
 * one that matches nothing is said (a warning, or a failure with failOnUnmapped): its images would
 * silently be pulled from the upstream, which is what this tool exists to prevent.
 */
async function rewriteGroups(options, target, failures) {
    const root = options.root ?? '.';
    const files = [];
    for (const { input, kind } of PATTERN_INPUTS) {
        const include = options[input] ?? [];
        if (include.length === 0)
            continue;
        const [{ discoverFiles }, { globMatcher, globMatchers }, { rewriteFiles }] = await Promise.all([
            __webpack_require__.e(/* import() */ 800).then(__webpack_require__.bind(__webpack_require__, 1800)),
            Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 5477)),
            Promise.all(/* import() */[__webpack_require__.e(672), __webpack_require__.e(990), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 5999)),
        ]);
        const outside = include.find(leavesRoot);
        if (outside !== undefined)
            throw new errors/* InputError */.dz(`${input}: "${outside}" points outside ${root}; patterns are relative to it`);
        // One walk for the group; each pattern is then matched against what it found.
        const found = discoverFiles([root], globMatchers(include)).map((path) => (0,external_node_path_.relative)(root, path));
        for (const pattern of include) {
            const matches = globMatcher(pattern);
            // One argument only: picomatch's matcher takes a second (returnObject), which some() would pass.
            if (found.some((path) => matches(path)))
                continue;
            const message = `${input}: "${pattern}" matches no file under ${root}; its images are neither rewritten nor warmed, so the build would pull them from the upstream`;
            if (options.failOnUnmapped)
                failures.push(message);
            else
                options.onWarning?.(message);
        }
        const report = await rewriteFiles({ paths: [root], include, kind, target, dryRun: true });
        files.push(...report.files);
    }
    return files;
}
/** Files to rewrite or read for images. */
const hasPatterns = (options) => PATTERN_INPUTS.some(({ input }) => (options[input]?.length ?? 0) > 0);
/** Whether the job needs the cache rules: anything to map, rewrite, warm or redirect besides login. */
function needsRules(options, mode) {
    return (hasPatterns(options) || (options.images?.length ?? 0) > 0 || !!options.warmBuildkit || mode !== 'rewrite');
}
async function prepare(options = {}) {
    // warmTimeoutMs bounds the whole job: login and discovery wait on silent endpoints too.
    const deadline = new run_deadline/* Deadline */.B2(options.warmTimeoutMs ?? timeouts/* DEFAULT_WARM_TIMEOUT_MS */.j4);
    // One set of agents for the run: the connection that brought the token serves warm's calls too.
    const agents = new net_agents/* Agents */.lt(process.env, { ca: (0,ca_bundle_setting/* caBundle */.R)(process.env) });
    (0,net_agents/* shareAgents */.a$)(deadline, agents);
    try {
        return await prepareWithin(options, deadline);
    }
    finally {
        agents.destroy();
        deadline.dispose();
    }
}
const runDirectly = (_title, run) => run();
async function prepareWithin(options, deadline) {
    const phase = options.phase ?? runDirectly;
    const mode = (0,prepare_mode/* prepareMode */.LK)(options.mode);
    const failures = [];
    let credentials;
    let session = [];
    if (options.login ?? defaults/* DEFAULTS */.zY.login) {
        const result = await phase('Log in to ECR', () => (0,login.login)({
            region: options.region,
            registries: options.registries,
            method: options.loginMethod,
            containersAuth: options.containersAuth,
            profile: options.profile,
            ...(options.env && { env: options.env }),
            onSecret: options.onSecret,
            onWarning: options.onWarning,
            deadline,
            // Each login as it happens: when a later registry fails, logout still undoes the ones done.
            onSessionEntry: (entry) => {
                session = [...session, entry];
                options.onSession?.(session);
            },
        }));
        credentials = result.credentials;
        options.onCredentials?.(credentials);
    }
    // Login only: the token's registry is the whole answer; no rules are looked up (one AWS call, and
    // nothing loaded that only mapping needs). Rules given as options cost no call and still apply.
    const loginOnly = credentials?.[0] && !options.rules?.length && !needsRules(options, mode);
    const target = loginOnly
        ? { registry: credentials[0].registry, rules: [] }
        : await phase('Pull-through cache rules', () => (0,use_cases_target/* resolveTarget */.u1)({
            registry: credentials?.[0]?.registry ?? options.registries?.[0],
            rules: options.rules?.length ? options.rules : undefined,
            region: options.region,
            ...(options.profile && { profile: options.profile }),
            deadline,
        }));
    // Transparent mode reads the files for their images and leaves them as they are.
    const rewrites = mode !== 'transparent';
    const files = hasPatterns(options)
        ? await phase(rewrites ? 'Rewrite image references' : 'Find images', async () => {
            const found = await rewriteGroups(options, target, failures);
            const errors = found.flatMap((f) => f.errors.map((e) => `${f.path}:${e.line}: ${e.message}`));
            failures.push(...errors);
            return found;
        })
        : [];
    const notes = files.flatMap((f) => f.notes.map((n) => ({ ...n, file: f.path })));
    const unmapped = notes.filter((n) => n.unmapped);
    if (options.failOnUnmapped)
        failures.push(...unmapped.map((n) => `${n.file}:${n.line}: ${n.message}`));
    if (failures.length === 0 && rewrites && files.length > 0)
        (await Promise.all(/* import() */[__webpack_require__.e(672), __webpack_require__.e(990), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 5999))).commitRewrites(files);
    const images = {};
    for (const f of files)
        for (const c of f.changes)
            images[c.from] = c.to;
    for (const text of options.images ?? []) {
        const m = (0,rules/* mapImage */.oo)(text.trim(), target);
        if (m.kind === 'mapped' || m.kind === 'cached')
            images[text.trim()] = m.uri;
        else if (m.kind === 'invalid')
            failures.push(m.error);
        else if (options.failOnUnmapped)
            failures.push(`${text}: ${m.reason}`);
        else
            notes.push({
                file: '(images input)',
                line: 0,
                message: `${text}: ${m.reason}; left alone`,
                unmapped: true,
            });
    }
    const transparent = mode === 'rewrite' ? undefined : await writeTransparentConfig(options, target);
    let warmed;
    if ((options.warm ?? defaults/* DEFAULTS */.zY.warm) && failures.length === 0) {
        // Warm what the build will pull: the images of the files (as written before the rewrite) and the inputs.
        // Images no rule covers do not go through the cache: nothing to warm (they were noted above).
        const all = [
            ...files.flatMap((f) => f.images.map((i) => i.image)),
            ...(options.images ?? []).map((i) => i.trim()),
            ...(options.warmBuildkit ? [buildkit/* BUILDKIT_BUILDER_IMAGE */.$] : []),
        ];
        const toWarm = [...new Set(all)].filter((i) => ['mapped', 'cached'].includes((0,rules/* mapImage */.oo)(i, target).kind));
        if (toWarm.length > 0) {
            const { warm } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(815), __webpack_require__.e(990), __webpack_require__.e(195), __webpack_require__.e(457), __webpack_require__.e(215), __webpack_require__.e(116)]).then(__webpack_require__.bind(__webpack_require__, 3215));
            warmed = await phase(`Warm ${toWarm.length} image(s)`, () => warm({
                images: toWarm,
                registry: target.registry,
                rules: target.rules,
                region: credentials?.[0]?.region ?? options.region,
                ...(options.profile && { profile: options.profile }),
                ...(credentials?.[0] && { credentials: credentials[0] }),
                deadline,
                concurrency: options.concurrency,
                platforms: options.platforms,
                onSecret: options.onSecret,
                onEvent: options.onWarmEvent,
            }));
            for (const r of warmed.images) {
                if (r.status !== 'ready')
                    failures.push(`${r.image}: ${r.error ?? 'not ready'}${r.hint ? ` (${r.hint})` : ''}`);
            }
        }
    }
    const builder = (0,rules/* mapImage */.oo)(buildkit/* BUILDKIT_BUILDER_IMAGE */.$, target);
    if (options.warmBuildkit && builder.kind === 'unmapped')
        notes.push({
            file: '(warm-buildkit)',
            line: 0,
            message: `${buildkit/* BUILDKIT_BUILDER_IMAGE */.$}: ${builder.reason}; not warmed`,
            unmapped: true,
        });
    return {
        registry: target.registry,
        ...(builder.kind === 'mapped' && { buildkitImage: builder.uri }),
        session,
        images,
        rewrittenFiles: failures.length === 0 && rewrites ? files.filter((f) => f.changed).map((f) => f.path) : [],
        notes,
        ...transparent,
        ...(warmed && { warmed }),
        failures,
    };
}
/**
 * A new folder only this user can enter (mkdtemp: mode 0700, a name no one chose before), for a file
 * other users must not plant, follow or swap: in a shared temp folder a fixed name could be a link
 * another user left there. It outlives the run: later build steps read the policy.
 */
function privateFolder(parent) {
    return (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, 'ecr-pull-through-'));
}
/**
 * Transparent mode: the BuildKit source policy, written where the caller said (atomically), the
 * variable that points BuildKit at it, and buildkitd.toml mirrors for a builder that is set up apart.
 */
async function writeTransparentConfig(options, target) {
    const [{ renderMirrors }, { writeFileAtomic }] = await Promise.all([
        __webpack_require__.e(/* import() */ 789).then(__webpack_require__.bind(__webpack_require__, 789)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5859)),
    ]);
    const input = { registry: target.registry, rules: target.rules };
    const [policy] = renderMirrors('source-policy', input).files;
    const [buildkitd] = renderMirrors('buildkitd', input).files;
    if (!policy || !buildkitd)
        throw new errors/* OperationError */.OK('transparent mode: nothing was rendered for these rules');
    // The renderers' caveats (an older BuildKit falls back silently) are the mirrors command's to
    // explain; here the README says which versions honour the policy.
    const path = options.sourcePolicyPath ?? (0,external_node_path_.join)(privateFolder(options.tempDir ?? (0,external_node_os_.tmpdir)()), policy.path);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    writeFileAtomic(path, policy.text);
    return { sourcePolicy: path, env: { [SOURCE_POLICY_VARIABLE]: path }, buildkitdConfig: buildkitd.text };
}


/***/ })

};
