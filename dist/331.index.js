export const id = 331;
export const ids = [331];
export const modules = {

/***/ 4331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E8: () => (/* binding */ logIn),
  logout: () => (/* binding */ logout)
});

// UNUSED EXPORTS: getRegistryCredentials, login

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5451);
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

// EXTERNAL MODULE: ./src/core/display.ts
var display = __webpack_require__(7663);
// EXTERNAL MODULE: ./src/host/atomic-write.ts + 2 modules
var atomic_write = __webpack_require__(9323);
;// CONCATENATED MODULE: ./src/host/session.ts
// What `login` added, and undoing it: the record is kept beside the docker config (the CLI) or in the
// action's state, with no secrets; each entry says which file it wrote and how to tell its own write.






/** The file an entry wrote (config and helper methods). */
function entryFile(entry, env = process.env) {
    return entry.authFile ?? (0,external_node_path_.join)(entry.configDir ?? (0,docker_config/* dockerConfigDir */.kG)(env), 'config.json');
}
/** Two entries for the same thing (the later replaces the earlier in a session). */
const sameSlot = (a, b) => a.registry === b.registry && a.authFile === b.authFile;
/**
 * Undo what a config or helper entry wrote: `removed`; `not-there` when the write never happened or
 * the entry is gone; a sentence when the entry changed since, which is not ours to remove.
 */
function undoFileEntry(entry, env = process.env) {
    const path = entryFile(entry, env);
    const config = (0,docker_config/* readCredentialFile */.sS)(path);
    if (entry.method === 'helper') {
        const current = config.credHelpers?.[entry.registry];
        if (current === undefined || current === entry.replacedHelper)
            return 'not-there';
        if (current !== docker_config/* ECR_LOGIN_HELPER */.eA)
            return `${entry.registry}: left in ${(0,display/* displayName */.QC)(path)}: the credHelpers entry changed after this login`;
        (0,docker_config/* writeCredentialFile */.Vt)(path, (0,docker_config/* withoutHelper */.zI)(config, entry.registry, entry.replacedHelper));
        return 'removed';
    }
    const state = (0,docker_config/* recordedEntryState */.Ub)(config, entry.registry, entry.fingerprint ?? '', entry.replaced);
    if (state === 'not-there')
        return state;
    if (state === 'changed')
        return `${entry.registry}: left in ${(0,display/* displayName */.QC)(path)}: the entry changed after this login`;
    (0,docker_config/* writeCredentialFile */.Vt)(path, (0,docker_config/* withoutCredentials */.ri)(config, entry.registry));
    return 'removed';
}
/** Where the CLI keeps its session between `login` and `logout` (beside the docker config; no secrets). */
function sessionPath(configDir) {
    return join(configDir, 'ecr-pull-through-session.json');
}
/** Add entries to the session (an entry replaces an earlier one for its registry and file). */
function saveSession(configDir, entries) {
    mkdirSync(configDir, { recursive: true, mode: CREDENTIAL_DIR_MODE });
    const path = sessionPath(configDir);
    // Read first: a record that is not a regular file (nor a link to one) is refused before anything changes.
    const previous = loadSession(configDir).filter((p) => !entries.some((e) => sameSlot(e, p)));
    unlinkIfSymlink(path);
    writeFileAtomic(path, `${JSON.stringify([...previous, ...entries], null, 2)}\n`, CREDENTIAL_FILE_MODE);
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
    const current = (0,docker_config/* readDockerConfig */.TO)(dir);
    const shadow = (0,docker_config/* shadowingOf */.Ak)(current, cred.registry);
    if (shadow)
        warn(shadow);
    (0,docker_config/* credentialFileLogin */.P8)((0,external_node_path_.join)(dir, 'config.json'), cred, warn, (written) => record({ registry: cred.registry, method: 'config', configDir: dir, ...written }), current);
}
async function login(options = {}) {
    // The run (agents, sockets, the CA bundle) is loaded here, not with this module: logout needs none.
    const { withRun } = await __webpack_require__.e(/* import() */ 123).then(__webpack_require__.bind(__webpack_require__, 123));
    return withRun(options, DEFAULT_TIMEOUT_MS, (run) => logIn(run, options));
}
/** Registry credentials from GetAuthorizationToken, within a run of their own (the library's call). */
async function getRegistryCredentials(request) {
    const [{ registryCredentials }, { withRun }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(438), __webpack_require__.e(330)]).then(__webpack_require__.bind(__webpack_require__, 438)),
        __webpack_require__.e(/* import() */ 123).then(__webpack_require__.bind(__webpack_require__, 123)),
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
                const undone = undoFileEntry(entry, env);
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
