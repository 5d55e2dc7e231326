export const id = 978;
export const ids = [978];
export const modules = {

/***/ 8978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   engineEnvironment: () => (/* binding */ engineEnvironment),
/* harmony export */   engineLogin: () => (/* binding */ engineLogin),
/* harmony export */   engineLogout: () => (/* binding */ engineLogout)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2633);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7253);
/* harmony import */ var _run_retry_loop_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3582);
// The container engine's own login: `docker login --password-stdin` (or podman, nerdctl, finch),
// and its logout. The password goes in on stdin, never into argv; the engine gets only the
// variables an engine reads (never AWS keys or tokens); what it says on stderr is redacted before
// it reaches an error; a failure is classified as transient (tried again) or not, and given a hint.





/**
 * The variables an engine's login and logout read: where to find programs, home, config and
 * storage (docker, podman's auth.json, containers.conf and storage.conf, nerdctl's and finch's
 * settings), which daemon and how to reach it (host, context, TLS, proxies, CA certificates), the
 * locale, and what Windows needs to run a program. Nothing else goes to it: not the AWS keys,
 * session token or container credentials token.
 */
const ENGINE_VARIABLES = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'TMPDIR',
    'LANG',
    'LC_ALL',
    'XDG_RUNTIME_DIR',
    'XDG_CONFIG_HOME',
    'XDG_DATA_HOME',
    'XDG_CACHE_HOME',
    'DOCKER_CONFIG',
    'DOCKER_HOST',
    'DOCKER_CONTEXT',
    'DOCKER_TLS_VERIFY',
    'DOCKER_CERT_PATH',
    'DOCKER_API_VERSION',
    'REGISTRY_AUTH_FILE',
    'CONTAINER_HOST',
    'CONTAINER_CONNECTION',
    'CONTAINERS_CONF',
    'CONTAINERS_REGISTRIES_CONF',
    'CONTAINERS_STORAGE_CONF',
    'CONTAINERD_ADDRESS',
    'CONTAINERD_NAMESPACE',
    'NERDCTL_TOML',
    'FINCH_DIR',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'SYSTEMROOT',
    'SYSTEMDRIVE',
    'WINDIR',
    'COMSPEC',
    'PATHEXT',
    'TEMP',
    'TMP',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'PROGRAMDATA',
]);
/** Windows spells a variable's name in any case (`Path`); elsewhere case tells names apart (`http_proxy`). */
const windows = process.platform === 'win32';
/** The environment an engine runs with: only ENGINE_VARIABLES of `env`. */
function engineEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => ENGINE_VARIABLES.has(windows ? name.toUpperCase() : name)));
}
function runEngine(engine, args, input, env, signal) {
    return new Promise((resolve, reject) => {
        // The engine checks the credentials against the registry: a silent registry must not hold us.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(engine, args, {
            env: engineEnvironment(env),
            stdio: ['pipe', 'pipe', 'pipe'],
            ...(signal && { signal }),
        });
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


/***/ })

};
