export const id = 132;
export const ids = [132];
export const modules = {

/***/ 2132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loginCommand: () => (/* binding */ loginCommand),
/* harmony export */   logoutCommand: () => (/* binding */ logoutCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _host_docker_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7011);
/* harmony import */ var _host_file_lock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4216);
/* harmony import */ var _host_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4706);
/* harmony import */ var _use_cases_login_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7850);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3567);
// The use case and its host helpers themselves, not the facade (which carries rewrite, mirrors and
// setup): login compiles only what it runs before its one request.







const loginCommand = {
    name: 'login',
    summary: 'log in to ECR registries (docker login, the docker config, or a credential helper)',
    options: {
        registry: { type: 'string', multiple: true },
        region: { type: 'string' },
        ..._command_js__WEBPACK_IMPORTED_MODULE_6__/* .PROFILE_OPTION */ .Q,
        method: { type: 'string' },
        engine: { type: 'string' },
        'containers-auth': { type: 'boolean' },
        json: { type: 'boolean' },
        ..._command_js__WEBPACK_IMPORTED_MODULE_6__/* .TIMEOUT_OPTION */ .AJ,
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
${(0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .timeoutHelp */ .Jf)()}

'ecr-pull-through logout' removes what login added.`,
    async run(v, _positionals, io) {
        const method = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagOneOf */ .q8)(_host_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .LOGIN_METHODS */ .dd, v.method, '--method') ?? 'auto';
        const engine = v.engine;
        if (engine && !engine.includes('/') && !_host_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .ENGINES */ .ug.includes(engine)) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--engine must be ${_host_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .ENGINES */ .ug.join(', ')} or a path, not "${engine}"`);
        }
        const dir = (0,_host_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigDir */ .kG)(io.env);
        const result = await (0,_use_cases_login_js__WEBPACK_IMPORTED_MODULE_5__.login)({
            region: v.region,
            registries: v.registry,
            method,
            engine,
            containersAuth: Boolean(v['containers-auth']),
            env: io.env,
            onWarning: (m) => io.err(`warning: ${m}`),
            // Saved one by one (login holds the docker config's lock then): when a later registry
            // fails, logout still undoes the ones done.
            onSessionEntry: (entry) => (0,_host_session_js__WEBPACK_IMPORTED_MODULE_4__/* .saveSession */ .E1)(dir, [entry]),
            ...(0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .profileOption */ .pp)(v),
            ...(0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .timeoutOption */ .D5)(v),
        });
        for (const r of result.registries) {
            io.err(`logged in to ${r.registry} (${r.region}, ${r.method}; expires ${r.expiresAt.toISOString()})`);
        }
        const rows = result.registries.map((r) => ({ ...r, expiresAt: r.expiresAt.toISOString() }));
        io.out(v.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.registry}\n`).join(''));
        return _command_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
    },
};
const logoutCommand = {
    name: 'logout',
    summary: 'remove the credentials that login added',
    options: {},
    help: `Usage: ecr-pull-through logout

Removes exactly what 'ecr-pull-through login' added, and puts back the entries it replaced
(recorded beside the docker config, mode 0600). Failures are reported as warnings and the rest
goes on.`,
    async run(_values, _positionals, io) {
        const dir = (0,_host_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigDir */ .kG)(io.env);
        const session = (0,_host_session_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSession */ .L6)(dir);
        const { removed, warnings } = await (0,_use_cases_login_js__WEBPACK_IMPORTED_MODULE_5__.logout)(session, { env: io.env });
        for (const w of warnings)
            io.err(`warning: ${w}`);
        for (const r of removed)
            io.err(`logged out of ${r}`);
        if (removed.length === 0 && warnings.length === 0)
            io.err('nothing to log out of');
        // Only what this logout handled leaves the record: a login meanwhile keeps its entries.
        if (session.length > 0 && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
            await (0,_host_file_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .withFileLocks */ .l)([(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'config.json')], undefined, () => (0,_host_session_js__WEBPACK_IMPORTED_MODULE_4__/* .forgetSession */ .Iz)(dir, session));
        return _command_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 4301:
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

/***/ 355:
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


/***/ })

};
