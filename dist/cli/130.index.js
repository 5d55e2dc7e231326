export const id = 130;
export const ids = [130,379];
export const modules = {

/***/ 1130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loginCommand: () => (/* binding */ loginCommand),
/* harmony export */   logoutCommand: () => (/* binding */ logoutCommand)
/* harmony export */ });
/* harmony import */ var _host_docker_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6073);
/* harmony import */ var _host_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5568);
/* harmony import */ var _use_cases_login_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6379);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9517);
// The use case and its host helpers themselves, not the facade (which carries rewrite, mirrors and
// setup): login compiles only what it runs before its one request.




const loginCommand = {
    name: 'login',
    summary: 'log in to ECR registries (docker login, the docker config, or a credential helper)',
    options: {
        registry: { type: 'string', multiple: true },
        region: { type: 'string' },
        ..._command_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILE_OPTION */ .Q,
        method: { type: 'string' },
        engine: { type: 'string' },
        'containers-auth': { type: 'boolean' },
        json: { type: 'boolean' },
        ..._command_js__WEBPACK_IMPORTED_MODULE_3__/* .TIMEOUT_OPTION */ .AJ,
    },
    help: `Usage: ecr-pull-through login [--registry ACCOUNT_OR_HOST]... [options]

Gets an ECR authorization token (one per region) and logs in to each registry. Prints each
registry host on stdout. The password goes to the engine on stdin, never in arguments.

Options:
  --registry X            an account id or registry host (repeat; any regions;
                          default: the caller's own registry in the region)
  --region REGION         AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)
  --method M              auto (default: docker when the engine is on PATH, else config),
                          docker (ENGINE login --password-stdin), config (write auths into
                          $DOCKER_CONFIG/config.json, merged, atomically; a new file gets mode
                          0600, one there keeps its mode and owner), or
                          helper (credHelpers: HOST -> ecr-login, for amazon-ecr-credential-helper,
                          which fetches fresh credentials for every pull; no password written)
  --engine E              docker (default), podman, nerdctl, finch, or a path to one
  --containers-auth       also write the credentials into the containers auth.json that Podman,
                          Buildah and Skopeo read: REGISTRY_AUTH_FILE, else
                          $XDG_RUNTIME_DIR/containers/auth.json (merged, atomically, as config)
  --json                  print [{"registry","endpoint","region","expiresAt","method"}] on stdout
${(0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .timeoutHelp */ .Jf)()}

'ecr-pull-through logout' removes what login added.`,
    async run(v, _positionals, io) {
        const method = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .flagOneOf */ .q8)(_host_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .LOGIN_METHODS */ .dd, v.method, '--method') ?? 'auto';
        const engine = v.engine;
        if (engine && !engine.includes('/') && !_host_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .ENGINES */ .ug.includes(engine)) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--engine must be ${_host_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .ENGINES */ .ug.join(', ')} or a path, not "${engine}"`);
        }
        const dir = (0,_host_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerConfigDir */ .kG)(io.env);
        const result = await (0,_use_cases_login_js__WEBPACK_IMPORTED_MODULE_2__.login)({
            region: v.region,
            registries: v.registry,
            method,
            engine,
            containersAuth: Boolean(v['containers-auth']),
            env: io.env,
            onWarning: (m) => io.err(`warning: ${m}`),
            // Saved one by one: when a later registry fails, logout still undoes the ones done.
            onSessionEntry: (entry) => (0,_host_session_js__WEBPACK_IMPORTED_MODULE_1__/* .saveSession */ .E1)(dir, [entry]),
            ...(0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .profileOption */ .pp)(v),
            ...(0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .timeoutOption */ .D5)(v),
        });
        for (const r of result.registries) {
            io.err(`logged in to ${r.registry} (${r.region}, ${r.method}; expires ${r.expiresAt.toISOString()})`);
        }
        const rows = result.registries.map((r) => ({ ...r, expiresAt: r.expiresAt.toISOString() }));
        io.out(v.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.registry}\n`).join(''));
        return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    },
};
const logoutCommand = {
    name: 'logout',
    summary: 'remove the credentials that login added',
    options: {},
    help: `Usage: ecr-pull-through logout

Removes exactly what 'ecr-pull-through login' added (recorded beside the docker config, without
secrets). Failures are reported as warnings and the rest goes on.`,
    async run(_values, _positionals, io) {
        const dir = (0,_host_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerConfigDir */ .kG)(io.env);
        const { removed, warnings } = await (0,_use_cases_login_js__WEBPACK_IMPORTED_MODULE_2__.logout)((0,_host_session_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSession */ .L6)(dir), { env: io.env });
        for (const w of warnings)
            io.err(`warning: ${w}`);
        for (const r of removed)
            io.err(`logged out of ${r}`);
        if (removed.length === 0 && warnings.length === 0)
            io.err('nothing to log out of');
        (0,_host_session_js__WEBPACK_IMPORTED_MODULE_1__/* .clearSession */ .q7)(dir);
        return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 1559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   tB: () => (/* binding */ basicAuth)
/* harmony export */ });
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
/** Text with every form of a password replaced by `***`. */
function redact(text, username, password) {
    return secretForms(username, password)
        .sort((a, b) => b.length - a.length)
        .reduce((t, secret) => t.split(secret).join('***'), text);
}


/***/ }),

/***/ 5451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   u_: () => (/* binding */ DEFAULT_LOGIN_METHOD),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* harmony import */ var _prepare_mode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1392);
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

/***/ 7663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   pr: () => (/* binding */ displayLine)
/* harmony export */ });
// How names from outside (file names, which come from a pull request; names an endpoint answers
// with) are shown. A line break in one would start a line of its own: in a workflow's log, a line
// such as `::add-mask::` or `::warning::` is a command to the runner. Control characters (C0, DEL,
// C1), the Unicode line and paragraph separators and the bidirectional controls (which make a name
// read as another) never reach a terminal or a log raw.
/** Characters never printed as they are. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
/** `\uXXXX` for one character. */
const escaped = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/**
 * `text` as a JSON string, `"..."`, with the characters JSON leaves raw (DEL, C1, the separators,
 * the bidirectional controls) escaped too: one line, every character visible.
 */
function quoted(text) {
    return JSON.stringify(text).replace(UNSAFE_ALL, escaped);
}
/**
 * A name as every printer shows it: as it is when it is safe to print, otherwise quoted (see
 * `quoted`). A name that starts with `"` is quoted too, so that a shown name that starts with a
 * quote is always a quoted one.
 */
function displayName(name) {
    return UNSAFE.test(name) || name.startsWith('"') ? quoted(name) : name;
}
/**
 * A message that quotes text from outside (a note on a file's line, an answer's error) as one line:
 * each character never printed raw is escaped in place (`\n`, `\r`, `\t`, else `\uXXXX`).
 */
function displayLine(message) {
    return message.replace(UNSAFE_ALL, (c) => JSON.stringify(c).slice(1, -1).replace(UNSAFE_ALL, escaped));
}


/***/ }),

/***/ 1392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ DEFAULT_PREPARE_MODE),
/* harmony export */   LK: () => (/* binding */ prepareMode),
/* harmony export */   vS: () => (/* binding */ PREPARE_MODES)
/* harmony export */ });
/* harmony import */ var _choice_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6554);
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

/***/ 6073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ engineCredentialFiles),
/* harmony export */   Ak: () => (/* binding */ shadowingOf),
/* harmony export */   Kg: () => (/* binding */ hasEntryFor),
/* harmony export */   P8: () => (/* binding */ credentialFileLogin),
/* harmony export */   TO: () => (/* binding */ readDockerConfig),
/* harmony export */   Ub: () => (/* binding */ recordedEntryState),
/* harmony export */   Vt: () => (/* binding */ writeCredentialFile),
/* harmony export */   W$: () => (/* binding */ CREDENTIAL_DIR_MODE),
/* harmony export */   dd: () => (/* binding */ LOGIN_METHODS),
/* harmony export */   eA: () => (/* binding */ ECR_LOGIN_HELPER),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir),
/* harmony export */   kg: () => (/* binding */ helperLogin),
/* harmony export */   lh: () => (/* binding */ CREDENTIAL_FILE_MODE),
/* harmony export */   oV: () => (/* binding */ replacingWarning),
/* harmony export */   ph: () => (/* binding */ helperProgram),
/* harmony export */   ri: () => (/* binding */ withoutCredentials),
/* harmony export */   sS: () => (/* binding */ readCredentialFile),
/* harmony export */   ug: () => (/* binding */ ENGINES),
/* harmony export */   zI: () => (/* binding */ withoutHelper)
/* harmony export */ });
/* unused harmony exports writeDockerConfig, authValue, fingerprint, withCredentials, entryFingerprint, withHelper */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_credentials_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1559);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7663);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7406);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9323);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6943);
/* harmony import */ var _home_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3733);
// The docker client config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`): credentials
// are merged into `auths` (or a registry sent to a credential helper in `credHelpers`) without
// touching anything else, the file is replaced atomically (a new one with mode 0600; one there keeps
// its mode and owner, as docker keeps them), and entries that would shadow ours (credsStore,
// credHelpers) or that ours replaces are reported. The same `auths` format
// serves the containers auth.json (containers-auth.ts). Also where else the password shows: its
// base64 forms (Node's debug output: node-debug.ts).









/** Container engine CLIs that take docker's login flags (`--username`, `--password-stdin`). */
const ENGINES = ['docker', 'podman', 'nerdctl', 'finch'];
/**
 * How login hands the credentials over: auto (docker when the engine is on PATH, else config),
 * docker (the engine's own login), config (`auths` written here), helper (`credHelpers` names
 * amazon-ecr-credential-helper).
 */
const LOGIN_METHODS = ['auto', 'docker', 'config', 'helper'];
/** The docker config folder: DOCKER_CONFIG, else `.docker` in the home directory. */
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(homeDir(env), '.docker');
}
/** The home directory, or an input error that says what to set instead. */
function homeDir(env) {
    const home = (0,_home_js__WEBPACK_IMPORTED_MODULE_7__/* .homeDirectory */ .R)(env);
    if (home)
        return home;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('cannot find the home directory for the docker config (HOME is not set and this user has no passwd entry): set DOCKER_CONFIG or HOME');
}
function readDockerConfig(dir) {
    return readCredentialFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json'));
}
/** A credential file's text; missing: ''. Not a regular file: a NotRegularFileError (never opened for reading). */
function readCredentialText(path) {
    try {
        return (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(path).bytes.toString('utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return '';
        if (e instanceof _files_js__WEBPACK_IMPORTED_MODULE_6__/* .FileInputError */ .ZQ)
            throw e;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(path)}: cannot read: ${(0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .errnoText */ .iQ)(e)}`);
    }
}
/**
 * A credential file in docker's format: the docker config, or the containers auth.json that
 * Podman, Buildah and Skopeo read (its `auths` are the same). Missing or empty: `{}`.
 */
function readCredentialFile(path) {
    const text = readCredentialText(path);
    if (text.trim() === '')
        return {};
    try {
        const parsed = JSON.parse(text);
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
            throw new Error('not a JSON object');
        return parsed;
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(path)} is not valid JSON (${e.message}); fix or remove it, it was left as it is`);
    }
}
function writeDockerConfig(dir, config) {
    writeCredentialFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json'), config);
}
/** The mode of a new credential file (it holds passwords), and of a folder created for one. */
const CREDENTIAL_FILE_MODE = 0o600;
const CREDENTIAL_DIR_MODE = 0o700;
/**
 * Replace a credential file atomically. A new one gets mode 0600 (it holds passwords) and its folder
 * 0700 when created; one already there keeps its mode and owner, as docker keeps them.
 */
function writeCredentialFile(path, config) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true, mode: CREDENTIAL_DIR_MODE });
    // Docker itself writes config.json tab-indented.
    (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__.writeFileAtomic)(path, `${JSON.stringify(config, null, '\t')}\n`, CREDENTIAL_FILE_MODE);
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
/** Merge credentials for one registry; returns the new config and the fingerprint of what was written. */
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
/**
 * What logout finds where login recorded an entry: the one it wrote; none of its own, because the
 * write never happened (a login killed between recording and writing; `replaced` is what was there
 * before) or the entry is gone; or one changed since, which is not ours to remove.
 */
function recordedEntryState(config, registry, written, replaced) {
    const current = entryFingerprint(config, registry);
    if (current === written)
        return 'ours';
    return current === undefined || current === replaced ? 'not-there' : 'changed';
}
/** The config without a registry's `auths` entry. */
function withoutCredentials(config, registry) {
    const { [registry]: _, ...rest } = config.auths ?? {};
    return { ...config, auths: rest };
}
/** What amazon-ecr-credential-helper is called in credHelpers: docker runs `docker-credential-ecr-login`. */
const ECR_LOGIN_HELPER = 'ecr-login';
/** The program docker runs for a credential helper. */
const helperProgram = (helper) => `docker-credential-${helper}`;
/** The config with a registry's credentials fetched by a credential helper. */
function withHelper(config, registry, helper) {
    return { ...config, credHelpers: { ...config.credHelpers, [registry]: helper } };
}
/** The config without a registry's credHelpers entry, or with the one it replaced put back. */
function withoutHelper(config, registry, restore) {
    const { [registry]: _, ...rest } = config.credHelpers ?? {};
    return { ...config, credHelpers: restore ? { ...rest, [registry]: restore } : rest };
}
/**
 * `--method helper`: send the registry to amazon-ecr-credential-helper, which fetches a fresh token
 * for each pull (so a long job never meets an expired one) and keeps no password in the file.
 * Nothing is recorded when the entry is already there: this login added nothing to undo.
 */
function helperLogin(dir, registry, helperFound, warn, record) {
    if (!helperFound)
        warn(`${helperProgram(ECR_LOGIN_HELPER)} is not on PATH: docker cannot use the credHelpers entry for ${registry} until amazon-ecr-credential-helper is installed (the CodeBuild standard images have it)`);
    const current = readDockerConfig(dir);
    const before = current.credHelpers?.[registry];
    if (before === ECR_LOGIN_HELPER)
        return;
    if (before)
        warn(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json')} sends ${registry} to ${helperProgram(before)}: this login replaces it, and logout puts it back`);
    record({ registry, method: 'helper', configDir: dir, ...(before && { replacedHelper: before }) });
    writeDockerConfig(dir, withHelper(current, registry, ECR_LOGIN_HELPER));
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
/** Said when a login replaces credentials someone else put there. */
function replacingWarning(registry, path) {
    return `${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(path)} already has credentials for ${registry}: this login replaces them, and logout will remove them`;
}
/**
 * Merge a registry's credentials into a credential file (the docker config, a containers auth.json):
 * say when an entry is replaced, then record what is written before writing it, atomically (see
 * writeCredentialFile). Recorded first: killed before the write, logout finds nothing to remove; the other way
 * round, it would not know the credentials it should remove.
 */
function credentialFileLogin(path, cred, warn, record, current = readCredentialFile(path)) {
    if (current.auths?.[cred.registry])
        warn(replacingWarning(cred.registry, path));
    const replaced = entryFingerprint(current, cred.registry);
    const { config, fingerprint } = withCredentials(current, cred.registry, cred.username, cred.password);
    record({ fingerprint, ...(replaced && { replaced }) });
    writeCredentialFile(path, config);
    const readable = readableByOthers(path);
    if (readable)
        warn(readable);
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

/***/ 3733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ homeDirectory)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
// The user's home directory, as Node and the AWS SDK find it: HOME, else the passwd entry's home.
// With neither (HOME unset and a uid with no passwd entry, as in some containers) os.homedir()
// throws; callers decide what no home means for them.

/** HOME, else the passwd entry's home; undefined when there is neither. */
function homeDirectory(env) {
    if (env.HOME)
        return env.HOME;
    try {
        return (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)();
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 5568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ saveSession),
/* harmony export */   L6: () => (/* binding */ loadSession),
/* harmony export */   hj: () => (/* binding */ undoFileEntry),
/* harmony export */   q7: () => (/* binding */ clearSession)
/* harmony export */ });
/* unused harmony exports entryFile, sessionPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7663);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9323);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6073);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6943);
// What `login` added, and undoing it: the record is kept beside the docker config (the CLI) or in the
// action's state, with no secrets; each entry says which file it wrote and how to tell its own write.






/** The file an entry wrote (config and helper methods). */
function entryFile(entry, env = process.env) {
    return entry.authFile ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.configDir ?? (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .dockerConfigDir */ .kG)(env), 'config.json');
}
/** Two entries for the same thing (the later replaces the earlier in a session). */
const sameSlot = (a, b) => a.registry === b.registry && a.authFile === b.authFile;
/**
 * Undo what a config or helper entry wrote: `removed`; `not-there` when the write never happened or
 * the entry is gone; a sentence when the entry changed since, which is not ours to remove.
 */
function undoFileEntry(entry, env = process.env) {
    const path = entryFile(entry, env);
    const config = (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .readCredentialFile */ .sS)(path);
    if (entry.method === 'helper') {
        const current = config.credHelpers?.[entry.registry];
        if (current === undefined || current === entry.replacedHelper)
            return 'not-there';
        if (current !== _docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ECR_LOGIN_HELPER */ .eA)
            return `${entry.registry}: left in ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(path)}: the credHelpers entry changed after this login`;
        (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .writeCredentialFile */ .Vt)(path, (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutHelper */ .zI)(config, entry.registry, entry.replacedHelper));
        return 'removed';
    }
    const state = (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .recordedEntryState */ .Ub)(config, entry.registry, entry.fingerprint ?? '', entry.replaced);
    if (state === 'not-there')
        return state;
    if (state === 'changed')
        return `${entry.registry}: left in ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(path)}: the entry changed after this login`;
    (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .writeCredentialFile */ .Vt)(path, (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutCredentials */ .ri)(config, entry.registry));
    return 'removed';
}
/** Where the CLI keeps its session between `login` and `logout` (beside the docker config; no secrets). */
function sessionPath(configDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, 'ecr-pull-through-session.json');
}
/** Add entries to the session (an entry replaces an earlier one for its registry and file). */
function saveSession(configDir, entries) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(configDir, { recursive: true, mode: _docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .CREDENTIAL_DIR_MODE */ .W$ });
    const path = sessionPath(configDir);
    // Read first: a record that is not a regular file (nor a link to one) is refused before anything changes.
    const previous = loadSession(configDir).filter((p) => !entries.some((e) => sameSlot(e, p)));
    unlinkIfSymlink(path);
    (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(path, `${JSON.stringify([...previous, ...entries], null, 2)}\n`, _docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .CREDENTIAL_FILE_MODE */ .lh);
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
        const parsed = JSON.parse((0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFile */ .XF)(sessionPath(configDir)).bytes.toString('utf8'));
        return Array.isArray(parsed) ? parsed : [];
    }
    catch (e) {
        if (e instanceof _files_js__WEBPACK_IMPORTED_MODULE_5__/* .NotRegularFileError */ .iZ)
            throw e;
        return [];
    }
}
function clearSession(configDir) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(sessionPath(configDir), { force: true });
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
    const { withRun } = await __webpack_require__.e(/* import() */ 343).then(__webpack_require__.bind(__webpack_require__, 343));
    return withRun(options, timeouts/* DEFAULT_TIMEOUT_MS */.t1, (run) => logIn(run, options));
}
/** Registry credentials from GetAuthorizationToken, within a run of their own (the library's call). */
async function getRegistryCredentials(request) {
    const [{ registryCredentials }, { withRun }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(438), __webpack_require__.e(330)]).then(__webpack_require__.bind(__webpack_require__, 438)),
        __webpack_require__.e(/* import() */ 343).then(__webpack_require__.bind(__webpack_require__, 343)),
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
        Promise.all(/* import() */[__webpack_require__.e(438), __webpack_require__.e(330)]).then(__webpack_require__.bind(__webpack_require__, 438)).then(({ registryCredentials }) => registryCredentials(run, { region: options.region, registries: options.registries })));
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
