export const id = 702;
export const ids = [702];
export const modules = {

/***/ 2633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   O6: () => (/* binding */ authSecrets),
/* harmony export */   tB: () => (/* binding */ basicAuth)
/* harmony export */ });
/* unused harmony export secretForms */
// Registry credentials as login hands them on, and the forms their password travels in: each form is
// a secret, masked and redacted wherever the password is.
/** `username:password` in base64: HTTP Basic auth's value, and the `auth` docker's config stores. */
function basicAuth(username, password) {
    return Buffer.from(`${username}:${password}`).toString('base64');
}
/**
 * The forms a registry password travels in, each a secret: raw, base64 (as some tools log it), and
 * base64 of `username:password` (basicAuth).
 */
function secretForms(username, password) {
    return [password, Buffer.from(password).toString('base64'), basicAuth(username, password)];
}
/**
 * Every form a docker `auth` value (base64 of `user:password`) shows its secret in: the value itself,
 * and the password's forms when it decodes to a user and a password.
 */
function authSecrets(auth) {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (!(colon > 0 && colon < decoded.length - 1))
        return [auth];
    return [...new Set([auth, ...secretForms(decoded.slice(0, colon), decoded.slice(colon + 1))])];
}
/** Text with every form of a password replaced by `***`. */
function redact(text, username, password) {
    return secretForms(username, password)
        .sort((a, b) => b.length - a.length)
        .reduce((t, secret) => t.split(secret).join('***'), text);
}


/***/ }),

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

/***/ 116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vt: () => (/* binding */ writeCredentialFile),
/* harmony export */   W$: () => (/* binding */ CREDENTIAL_DIR_MODE),
/* harmony export */   ef: () => (/* binding */ removeCredentialFile),
/* harmony export */   h4: () => (/* binding */ makeCredentialDir),
/* harmony export */   hc: () => (/* binding */ readCredentialDocument),
/* harmony export */   lh: () => (/* binding */ CREDENTIAL_FILE_MODE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4301);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2085);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3285);
// A credential file in docker's format: the docker config, or the containers auth.json that Podman,
// Buildah and Skopeo read (its `auths` are the same). It is read as a JSON object together with the
// layout it is written in, and replaced atomically in that same layout, so that a login and its
// logout leave the file byte for byte as it was: docker and podman write it indented with tabs and
// no final newline (Go's json.MarshalIndent), and a file this tool creates has a final newline.






/** A new file's layout: docker's tab indent, with a final newline. */
const NEW_FILE_LAYOUT = { indent: '\t', finalNewline: true };
/** The mode of a new credential file (it holds passwords), and of a folder created for one. */
const CREDENTIAL_FILE_MODE = 0o600;
const CREDENTIAL_DIR_MODE = 0o700;
/** A credential file's text; undefined when missing. Not a regular file: a NotRegularFileError (never opened for reading). */
function readCredentialText(path) {
    try {
        return (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFile */ .XF)(path).bytes.toString('utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        if (e instanceof _files_js__WEBPACK_IMPORTED_MODULE_5__/* .FileInputError */ .ZQ)
            throw e;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(path)}: cannot read: ${(0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoText */ .iQ)(e)}`);
    }
}
/** The layout of a JSON text: the indent of its first indented line, and its last character. */
function layoutOf(text) {
    return { indent: /\n([ \t]+)\S/.exec(text)?.[1] ?? '', finalNewline: text.endsWith('\n') };
}
/** A credential file with its layout. Missing or empty: `{}` (a missing one in a new file's layout). */
function readCredentialDocument(path) {
    const text = readCredentialText(path);
    if (text === undefined)
        return { config: {}, layout: NEW_FILE_LAYOUT, exists: false };
    if (text.trim() === '')
        return { config: {}, layout: NEW_FILE_LAYOUT, exists: true };
    try {
        const parsed = JSON.parse(text);
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
            throw new Error('not a JSON object');
        return { config: parsed, layout: layoutOf(text), exists: true };
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(path)} is not valid JSON (${e.message}); fix or remove it, it was left as it is`);
    }
}
/** Create the folder of a credential file (mode 0700) when it is missing. */
function makeCredentialDir(path) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true, mode: CREDENTIAL_DIR_MODE });
}
/**
 * Replace a credential file atomically, in `layout` (a new file: docker's, with a final newline). A
 * new one gets mode 0600 (it holds passwords) and its folder 0700 when created; one already there
 * keeps its mode and owner, as docker keeps them.
 */
function writeCredentialFile(path, config, layout = NEW_FILE_LAYOUT) {
    makeCredentialDir(path);
    const text = JSON.stringify(config, null, layout.indent);
    (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(path, layout.finalNewline ? `${text}\n` : text, CREDENTIAL_FILE_MODE);
}
/** Remove a credential file a login created, once nothing is left in it. */
function removeCredentialFile(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
}


/***/ }),

/***/ 7011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ engineCredentialFiles),
/* harmony export */   Ak: () => (/* binding */ shadowingOf),
/* harmony export */   Kg: () => (/* binding */ hasEntryFor),
/* harmony export */   P8: () => (/* binding */ credentialFileLogin),
/* harmony export */   Ub: () => (/* binding */ recordedEntryState),
/* harmony export */   dd: () => (/* binding */ LOGIN_METHODS),
/* harmony export */   eA: () => (/* binding */ ECR_LOGIN_HELPER),
/* harmony export */   gB: () => (/* binding */ withEntryUndone),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir),
/* harmony export */   kg: () => (/* binding */ helperLogin),
/* harmony export */   oV: () => (/* binding */ replacingWarning),
/* harmony export */   oZ: () => (/* binding */ entrySecrets),
/* harmony export */   ph: () => (/* binding */ helperProgram),
/* harmony export */   ug: () => (/* binding */ ENGINES)
/* harmony export */ });
/* unused harmony exports authValue, fingerprint, withCredentials, entryFingerprint, withHelper */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_credentials_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2633);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4301);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _credential_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(116);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3285);
/* harmony import */ var _home_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(355);
// The docker client config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`): credentials
// are merged into `auths` (or a registry sent to a credential helper in `credHelpers`) without
// touching anything else, the file is replaced atomically in its own layout (credential-file.ts),
// and entries that would shadow ours (credsStore, credHelpers) or that ours replaces are reported.
// The same `auths` format serves the containers auth.json (containers-auth.ts). What login replaces
// is kept for logout to put back (session.ts), and logout tells its own entry by a fingerprint.









/** Container engine CLIs that take docker's login flags (`--username`, `--password-stdin`). */
const ENGINES = ['docker', 'podman', 'nerdctl', 'finch'];
/**
 * How login hands the credentials over: auto (docker when the engine is on PATH, else config),
 * docker (the engine's own login), config (`auths` written here), helper (`credHelpers` names
 * amazon-ecr-credential-helper).
 */
const LOGIN_METHODS = ['auto', 'docker', 'config', 'helper'];
/** The docker config folder: DOCKER_CONFIG, else `.docker` in the home directory; absolute. */
function dockerConfigDir(env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(homeDir(env), '.docker'));
}
/** The home directory, or an input error that says what to set instead. */
function homeDir(env) {
    const home = (0,_home_js__WEBPACK_IMPORTED_MODULE_7__/* .homeDirectory */ .R)(env);
    if (home)
        return home;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('cannot find the home directory for the docker config (HOME is not set and this user has no passwd entry): set DOCKER_CONFIG or HOME');
}
/** The `auth` value docker stores: base64 of `user:password`, as HTTP Basic auth sends it. */
const authValue = _core_credentials_js__WEBPACK_IMPORTED_MODULE_8__/* .basicAuth */ .tB;
/** A fingerprint of an auth value, so logout can tell its own entry without keeping the secret. */
function fingerprint(auth) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(auth).digest('hex').slice(0, 32);
}
/** Why docker would not use the `auths` entry for a registry, if it would not. */
function shadowingOf(config, registry) {
    const helper = config.credHelpers?.[registry];
    if (helper) {
        return `credHelpers sends ${registry} to docker-credential-${helper}, so docker ignores the credentials written to auths; remove that entry or use --method docker`;
    }
    if (config.credsStore) {
        return `credsStore "${config.credsStore}" is set, so docker reads every credential from docker-credential-${config.credsStore}, not from auths; use --method docker, or remove credsStore`;
    }
    return undefined;
}
/** Merge credentials for one registry (an entry there keeps its place); returns the new config and the fingerprint of what was written. */
function withCredentials(config, registry, username, password) {
    const auth = authValue(username, password);
    return {
        config: { ...config, auths: { ...config.auths, [registry]: { auth } } },
        fingerprint: fingerprint(auth),
    };
}
/** The fingerprint of a registry's `auths` entry, when it holds credentials. */
function entryFingerprint(config, registry) {
    const auth = config.auths?.[registry]?.auth;
    return auth ? fingerprint(auth) : undefined;
}
const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * What logout finds where a config-method login wrote an entry: the one it wrote; none of its own,
 * because the write never happened (a login killed between recording and writing: what it replaced
 * is still there) or the entry is gone; or one changed since, which is not ours to remove.
 */
function recordedEntryState(config, entry) {
    const current = config.auths?.[entry.registry];
    const found = entryFingerprint(config, entry.registry);
    if (found !== undefined && found === entry.fingerprint)
        return 'ours';
    if (current === undefined)
        return 'not-there';
    const untouched = entry.replacedEntry ? sameJson(current, entry.replacedEntry) : found === entry.replaced;
    return untouched ? 'not-there' : 'changed';
}
/**
 * The config with a registry's entry in `section` put back as it was (`restore`, in its place) or
 * removed; a section the login created goes too once it is empty.
 */
function withEntryUndone(config, section, registry, restore, created) {
    const { [registry]: _, ...rest } = config[section] ?? {};
    const entries = restore === undefined ? rest : { ...config[section], [registry]: restore };
    if (created && Object.keys(entries).length === 0) {
        const { [section]: __, ...others } = config;
        return others;
    }
    return { ...config, [section]: entries };
}
/** What a login creates besides its entry in `section`: the file, the section, or nothing. */
function createdBy(doc, section) {
    if (!doc.exists)
        return 'file';
    return doc.config[section] === undefined ? 'section' : undefined;
}
/** What amazon-ecr-credential-helper is called in credHelpers: docker runs `docker-credential-ecr-login`. */
const ECR_LOGIN_HELPER = 'ecr-login';
/** The program docker runs for a credential helper. */
const helperProgram = (helper) => `docker-credential-${helper}`;
/** The config with a registry's credentials fetched by a credential helper. */
function withHelper(config, registry, helper) {
    return { ...config, credHelpers: { ...config.credHelpers, [registry]: helper } };
}
/**
 * `--method helper`: send the registry to amazon-ecr-credential-helper, which fetches a fresh token
 * for each pull (so a long job never meets an expired one) and keeps no password in the file.
 * Nothing is recorded when the entry is already there: this login added nothing to undo.
 */
function helperLogin(dir, registry, helperFound, warn, record) {
    if (!helperFound)
        warn(`${helperProgram(ECR_LOGIN_HELPER)} is not on PATH: docker cannot use the credHelpers entry for ${registry} until amazon-ecr-credential-helper is installed (the CodeBuild standard images have it)`);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json');
    const doc = (0,_credential_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readCredentialDocument */ .hc)(path);
    const before = doc.config.credHelpers?.[registry];
    if (before === ECR_LOGIN_HELPER)
        return;
    if (before)
        warn(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(path)} sends ${registry} to ${helperProgram(before)}: this login replaces it, and logout puts it back`);
    const created = createdBy(doc, 'credHelpers');
    record({
        registry,
        method: 'helper',
        configDir: dir,
        ...(before && { replacedHelper: before }),
        ...(created && { created }),
    });
    (0,_credential_file_js__WEBPACK_IMPORTED_MODULE_5__/* .writeCredentialFile */ .Vt)(path, withHelper(doc.config, registry, ECR_LOGIN_HELPER), doc.layout);
}
/**
 * The credential files an engine's login writes (for the docker config: DOCKER_CONFIG as we pass it).
 * Podman keeps its own auth.json; docker, nerdctl and finch use the docker config.
 */
function engineCredentialFiles(engine, configDir, env) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(engine) !== 'podman')
        return [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configDir, 'config.json')];
    const own = env.REGISTRY_AUTH_FILE || (env.XDG_RUNTIME_DIR && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    return own ? [own] : [];
}
/** Whether a credential file (docker or podman format) has an entry for the registry; unreadable: no. */
function hasEntryFor(path, registry) {
    try {
        const parsed = JSON.parse((0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(path).bytes.toString('utf8'));
        return Object.hasOwn(parsed?.auths ?? {}, registry);
    }
    catch {
        return false;
    }
}
/** Said when a login replaces credentials someone else put there: the engine's logout removes them, ours puts them back. */
function replacingWarning(registry, path, putBack = false) {
    return `${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(path)} already has credentials for ${registry}: this login replaces them, and logout ${putBack ? 'puts them back' : 'will remove them'}`;
}
/**
 * Merge a registry's credentials into a credential file (the docker config, a containers auth.json):
 * say when an entry is replaced, then record what is written (and the entry it replaces, for logout
 * to put back) before writing it, atomically (see writeCredentialFile). Recorded first: killed
 * before the write, logout finds nothing to remove; the other way round, it would not know the
 * credentials it should remove.
 */
function credentialFileLogin(path, cred, warn, record, doc = (0,_credential_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readCredentialDocument */ .hc)(path)) {
    const replacedEntry = doc.config.auths?.[cred.registry];
    if (replacedEntry)
        warn(replacingWarning(cred.registry, path, true));
    const replaced = entryFingerprint(doc.config, cred.registry);
    const created = createdBy(doc, 'auths');
    const { config, fingerprint } = withCredentials(doc.config, cred.registry, cred.username, cred.password);
    record({
        fingerprint,
        ...(replaced && { replaced }),
        ...(replacedEntry && { replacedEntry }),
        ...(created && { created }),
    });
    (0,_credential_file_js__WEBPACK_IMPORTED_MODULE_5__/* .writeCredentialFile */ .Vt)(path, config, doc.layout);
    const readable = readableByOthers(path);
    if (readable)
        warn(readable);
}
/**
 * The secrets a session entry holds: those of the `auths` entry it replaced (its auth, in every form
 * the password takes, and any token or password field), masked by the action like its own.
 */
function entrySecrets(entry) {
    const replaced = entry.replacedEntry;
    if (!replaced)
        return [];
    const secrets = [];
    for (const field of ['identitytoken', 'registrytoken', 'password'])
        if (typeof replaced[field] === 'string' && replaced[field])
            secrets.push(replaced[field]);
    if (typeof replaced.auth === 'string' && replaced.auth)
        secrets.push(...(0,_core_credentials_js__WEBPACK_IMPORTED_MODULE_8__/* .authSecrets */ .O6)(replaced.auth));
    return [...new Set(secrets)];
}
/**
 * Said when a credential file others may read now holds a password: a file there keeps its mode (as
 * docker keeps it), so the user's 0644 stays 0644; we say so rather than change it behind their back.
 */
function readableByOthers(path) {
    const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mode & 0o777;
    if ((mode & 0o044) === 0)
        return undefined;
    const shown = (0,_core_display_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(path);
    return `${shown} can be read by other users (mode ${mode.toString(8).padStart(4, '0')}), and so can the password just written there: run chmod 600 ${shown}`;
}


/***/ }),

/***/ 4706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ entryFile),
/* harmony export */   E1: () => (/* binding */ saveSession),
/* harmony export */   Iz: () => (/* binding */ forgetSession),
/* harmony export */   L6: () => (/* binding */ loadSession),
/* harmony export */   hj: () => (/* binding */ undoFileEntry)
/* harmony export */ });
/* unused harmony exports sessionPath, clearSession */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4301);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2085);
/* harmony import */ var _credential_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(116);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7011);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3285);
// What `login` added, and undoing it: the record is kept beside the docker config (the CLI) or in the
// action's state. Each entry says which file it wrote, how to tell its own write, and what it
// replaced there, which logout puts back. One entry per registry, method and file: a later login
// into the same slot keeps what was there before the first, so logout returns the file to that.
// The CLI's record is read, changed and replaced under the docker config's lock (file-lock.ts).







/** The file an entry wrote (config and helper methods). */
function entryFile(entry, env = process.env) {
    return entry.authFile ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.configDir ?? (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_5__/* .dockerConfigDir */ .kG)(env), 'config.json');
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
        (0,_credential_file_js__WEBPACK_IMPORTED_MODULE_4__/* .removeCredentialFile */ .ef)(path);
    else
        (0,_credential_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeCredentialFile */ .Vt)(path, config, doc.layout);
}
/**
 * Undo what a config or helper entry wrote, putting back what it replaced: `removed`; `not-there`
 * when the write never happened or the entry is gone; a sentence when the entry changed since (not
 * ours to remove) or the file is gone. Call it holding the file's lock.
 */
function undoFileEntry(entry, env = process.env) {
    const path = entryFile(entry, env);
    const doc = (0,_credential_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readCredentialDocument */ .hc)(path);
    if (!doc.exists)
        return `${entry.registry}: ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(path)} is gone, so nothing was removed there (login wrote its credentials into it)`;
    const { config } = doc;
    if (entry.method === 'helper') {
        const current = config.credHelpers?.[entry.registry];
        if (current === undefined || current === entry.replacedHelper)
            return 'not-there';
        if (current !== _docker_config_js__WEBPACK_IMPORTED_MODULE_5__/* .ECR_LOGIN_HELPER */ .eA)
            return `${entry.registry}: left in ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(path)}: the credHelpers entry changed after this login`;
        putBack(path, doc, (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_5__/* .withEntryUndone */ .gB)(config, 'credHelpers', entry.registry, entry.replacedHelper, entry.created), entry);
        return 'removed';
    }
    const state = (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_5__/* .recordedEntryState */ .Ub)(config, entry);
    if (state === 'not-there')
        return state;
    if (state === 'changed')
        return `${entry.registry}: left in ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(path)}: the entry changed after this login`;
    putBack(path, doc, (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_5__/* .withEntryUndone */ .gB)(config, 'auths', entry.registry, entry.replacedEntry, entry.created), entry);
    return 'removed';
}
/** Where the CLI keeps its session between `login` and `logout` (beside the docker config, mode 0600). */
function sessionPath(configDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, 'ecr-pull-through-session.json');
}
/** Replace the record with `session` (none left: the record goes). */
function writeSession(configDir, session) {
    const path = sessionPath(configDir);
    if (session.length === 0) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
        return;
    }
    unlinkIfSymlink(path);
    (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(path, `${JSON.stringify(session, null, 2)}\n`, _credential_file_js__WEBPACK_IMPORTED_MODULE_4__/* .CREDENTIAL_FILE_MODE */ .lh);
}
/**
 * Add entries to the session: one per slot (registry, method, file), merged with an earlier one for
 * its slot (see merged). Call it holding the docker config's lock (login calls onSessionEntry so).
 */
function saveSession(configDir, entries) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(configDir, { recursive: true, mode: _credential_file_js__WEBPACK_IMPORTED_MODULE_4__/* .CREDENTIAL_DIR_MODE */ .W$ });
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
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isSymbolicLink())
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
}
/** The session recorded; none when there is no record or it does not parse. A device, FIFO or socket there is refused (NotRegularFileError). */
function loadSession(configDir) {
    try {
        const parsed = JSON.parse((0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(sessionPath(configDir)).bytes.toString('utf8'));
        return Array.isArray(parsed) ? parsed : [];
    }
    catch (e) {
        if (e instanceof _files_js__WEBPACK_IMPORTED_MODULE_6__/* .NotRegularFileError */ .iZ)
            throw e;
        return [];
    }
}
function clearSession(configDir) {
    rmSync(sessionPath(configDir), { force: true });
}


/***/ })

};
