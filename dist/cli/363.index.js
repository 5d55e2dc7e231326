export const id = 363;
export const ids = [363];
export const modules = {

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

/***/ 363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_PREPARE_MODE: () => (/* reexport */ prepare_mode/* DEFAULT_PREPARE_MODE */.Ip),
  PREPARE_MODES: () => (/* reexport */ prepare_mode/* PREPARE_MODES */.vS),
  prepare: () => (/* binding */ prepare),
  prepareMode: () => (/* reexport */ prepare_mode/* prepareMode */.LK)
});

// EXTERNAL MODULE: ./src/core/buildkit.ts
var buildkit = __webpack_require__(5971);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/core/display.ts
var display = __webpack_require__(4301);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var rules = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/core/job-lines.ts
// What each phase of the job says it did, one line or a few, for the action's log groups: the
// registries logged in to, the rules found, the files rewritten, the warm summary. A user reading a
// green step's log sees what it did, as amazon-ecr-login and docker/login-action show their login.

/** At most this many rewritten files are listed by name; the count is always given. */
const LISTED_FILES = 20;
/** One registry logged in to: host, region, method and when the token expires. */
function loggedInLine(r) {
    return `logged in to ${r.registry} (${r.region}, ${r.method}; expires ${r.expiresAt.toISOString()})`;
}
/** The rules found, `prefix → upstream` each; the registry is named either way. */
function ruleLines(registry, rules) {
    if (rules.length === 0)
        return [`${registry}: no pull-through cache rule`];
    return [
        `${rules.length} pull-through cache rule(s) in ${registry}:`,
        ...rules.map((r) => `  ${r.prefix} → ${r.upstream}`),
    ];
}
/** How many files were rewritten of those read, and which, up to LISTED_FILES. */
function fileLines(rewritten, read) {
    const listed = rewritten.slice(0, LISTED_FILES).map((p) => `  ${(0,display/* displayName */.QC)(p)}`);
    const rest = rewritten.length - listed.length;
    return [
        `rewrote ${rewritten.length} of ${read} file(s)${rewritten.length ? ':' : ''}`,
        ...listed,
        ...(rest > 0 ? [`  … and ${rest} more (the rewritten-files output lists them all)`] : []),
    ];
}
/** The warm phase's outcome in one line. */
function warmLine(images, seconds) {
    const ready = images.filter((i) => i.status === 'ready').length;
    return ready === images.length
        ? `${ready} image(s) ready in the cache (${seconds}s)`
        : `${images.length - ready} of ${images.length} image(s) not ready (${seconds}s)`;
}

// EXTERNAL MODULE: ./src/core/prepare-mode.ts
var prepare_mode = __webpack_require__(5210);
// EXTERNAL MODULE: ./src/core/rewrite/edits.ts
var edits = __webpack_require__(8813);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: ./src/use-cases/login.ts + 2 modules
var login = __webpack_require__(7850);
// EXTERNAL MODULE: ./src/use-cases/run.ts + 4 modules
var use_cases_run = __webpack_require__(7151);
// EXTERNAL MODULE: ./src/use-cases/target.ts
var use_cases_target = __webpack_require__(4070);
;// CONCATENATED MODULE: ./src/use-cases/prepare/prepare.ts
// The whole job of the action, for any runner: log in, find the rules, rewrite Dockerfiles and other
// files (or, in transparent mode, write a BuildKit source policy that redirects the pulls instead),
// map the listed images, and warm every image the build will pull. The GitHub Action and the CLI's
// `prepare` are glue around this; a buildspec script calls it and gets exactly the same behaviour.
// One Run for the whole job: its phases share the deadline and the connections (the one that brought
// the token serves warm's calls too). What files are read is files.ts; transparent mode's writing is
// transparent.ts: each loaded when the job comes to it, as the use cases it calls are.












async function prepare(options = {}) {
    // warmTimeoutMs bounds the whole job: login and discovery wait on silent endpoints too.
    const { run, end } = (0,use_cases_run.openRun)({ ...options, timeoutMs: options.warmTimeoutMs ?? timeouts/* DEFAULT_WARM_TIMEOUT_MS */.j4 });
    try {
        return await prepareIn(run, options);
    }
    finally {
        end();
    }
}
const runDirectly = (_title, run) => run();
async function prepareIn(run, options) {
    const phase = options.phase ?? runDirectly;
    const mode = (0,prepare_mode/* prepareMode */.LK)(options.mode);
    const failures = [];
    let credentials;
    let session = [];
    if (options.login ?? defaults/* DEFAULTS */.zY.login) {
        const result = await phase('Log in to ECR', () => (0,login.logIn)(run, {
            region: options.region,
            registries: options.registries,
            method: options.loginMethod,
            containersAuth: options.containersAuth,
            // Each login as it happens: when a later registry fails, logout still undoes the ones done.
            onSessionEntry: (entry) => {
                session = [...session, entry];
                options.onSession?.(session);
            },
        }), (r) => r.registries.map(loggedInLine));
        credentials = result.credentials;
        options.onCredentials?.(credentials);
    }
    const { hasPatterns, needsRules, rewriteGroups } = await __webpack_require__.e(/* import() */ 112).then(__webpack_require__.bind(__webpack_require__, 8112));
    // Login only: the token's registry is the whole answer; no rules are looked up (one AWS call, and
    // nothing loaded that only mapping needs). Rules given as options cost no call and still apply.
    const loginOnly = credentials?.[0] && !options.rules?.length && !needsRules(options, mode);
    const target = loginOnly
        ? { registry: credentials[0].registry, rules: [] }
        : await phase('Pull-through cache rules', () => (0,use_cases_target/* targetIn */.Li)(run, {
            registry: credentials?.[0]?.registry ?? options.registries?.[0],
            rules: options.rules?.length ? options.rules : undefined,
            region: options.region,
        }), (t) => ruleLines(t.registry, t.rules.map((r) => ({ prefix: r.ecrRepositoryPrefix, upstream: (0,rules/* upstreamOfRule */.P6)(r) }))));
    // Transparent mode reads the files for their images and leaves them as they are.
    const rewrites = mode !== 'transparent';
    const notesOf = (found) => found.flatMap((f) => f.notes.map((n) => ({ ...n, file: f.path })));
    // The files are written within their phase, so its group can say which were.
    const files = hasPatterns(options)
        ? await phase(rewrites ? 'Rewrite image references' : 'Find images', async () => {
            const found = await rewriteGroups(run, options, target, failures);
            const errors = found.flatMap((f) => f.errors.map((e) => `${(0,display/* displayName */.QC)(f.path)}:${e.line}: ${e.message}`));
            failures.push(...errors);
            if (options.failOnUnmapped)
                for (const n of notesOf(found).filter((n) => n.unmapped))
                    failures.push(`${(0,display/* displayName */.QC)(n.file)}:${n.line}: ${n.message}`);
            if (failures.length === 0 && rewrites && found.length > 0)
                (await Promise.all(/* import() */[__webpack_require__.e(672), __webpack_require__.e(990), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 5999))).commitRewrites(found);
            return found;
        }, (found) => rewrites
            ? fileLines(failures.length === 0 ? found.filter((f) => f.changed).map((f) => f.path) : [], found.length)
            : [
                `read ${found.length} file(s): ${new Set(found.flatMap((f) => f.images.map((i) => i.image))).size} image reference(s)`,
            ])
        : [];
    const notes = notesOf(files);
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
            notes.push({ file: '(images input)', ...(0,edits/* unmappedNote */.jP)(0, text, m) });
    }
    const transparent = mode === 'rewrite'
        ? undefined
        : await (await __webpack_require__.e(/* import() */ 785).then(__webpack_require__.bind(__webpack_require__, 7785))).writeTransparentConfig(options, target);
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
            const { warmIn } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(815), __webpack_require__.e(990), __webpack_require__.e(708), __webpack_require__.e(457), __webpack_require__.e(646), __webpack_require__.e(116)]).then(__webpack_require__.bind(__webpack_require__, 9646));
            warmed = await phase(`Warm ${toWarm.length} image(s)`, () => warmIn(run, {
                images: toWarm,
                registry: target.registry,
                rules: target.rules,
                region: credentials?.[0]?.region ?? options.region,
                credentials: credentials?.[0],
                concurrency: options.concurrency,
                platforms: options.platforms,
                onEvent: options.onWarmEvent,
            }), (w) => [warmLine(w.images, w.seconds)]);
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


/***/ }),

/***/ 7151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRun: () => (/* binding */ openRun),
  withRun: () => (/* binding */ withRun)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/display.ts
var display = __webpack_require__(4301);
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
        throw new errors/* InputError */.dz(`cannot read the CA bundle ${(0,display/* displayName */.QC)(source.path)} (${source.from}): ${e.code ?? e.message}`);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(2327);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/core/proxy.ts
var core_proxy = __webpack_require__(4819);
;// CONCATENATED MODULE: ./src/net/agents.ts
// HTTP agents for the SDK and for registry calls, honouring HTTPS_PROXY, HTTP_PROXY and NO_PROXY
// (amazon-ecr-login ignores NO_PROXY; we don't) and the CA bundle the AWS side found (AWS_CA_BUNDLE,
// the profile's ca_bundle: aws/ca-bundle-setting.ts). One set per run (the Run's agents), kept alive,
// so the ECR API and the registry reuse their connections; destroyed after, so no kept-alive socket
// holds the process open.




class Agents {
    env;
    #readCa;
    #caLoading;
    #ca;
    #http = new external_node_http_.Agent({ keepAlive: true });
    #https;
    #secureContext;
    #proxied = new Map();
    // The proxy agents (and the modules they load) cost start-up time a direct connection never
    // needs: loaded the first time a URL goes through a proxy.
    #proxyAgents;
    constructor(env = process.env, options = {}) {
        this.env = env;
        this.#readCa = options.ca ?? (() => Promise.resolve(undefined));
    }
    /** TLS options with the CA bundle's roots, parsed once per run and only when TLS is used. */
    #tls() {
        if (this.#ca === undefined)
            return {};
        this.#secureContext ??= (0,external_node_tls_.createSecureContext)({ ca: this.#ca });
        return { secureContext: this.#secureContext };
    }
    #directHttps() {
        if (!this.#https)
            this.#https = new external_node_https_.Agent({ keepAlive: true, ...this.#tls() });
        return this.#https;
    }
    /** The agent for a URL: direct, or through the proxy the environment names for it. */
    async for(url) {
        this.#caLoading ??= this.#readCa();
        this.#ca = await this.#caLoading;
        const proxy = (0,core_proxy/* proxyFor */.i)(url, this.env);
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

// EXTERNAL MODULE: ./src/net/request-log.ts
var request_log = __webpack_require__(9745);
// EXTERNAL MODULE: ./src/run/deadline.ts
var run_deadline = __webpack_require__(8249);
;// CONCATENATED MODULE: ./src/run/run.ts
// What one run shares: its deadline, its HTTP agents, the AWS profile, the environment, the request
// log and the warning and secret callbacks. Each entry (a CLI command, an action phase, a library
// call) makes one Run (use-cases/run.ts) and passes it as one value; adapters read what they need of
// it. The shape of go-containerregistry's crane options: one value built from options, never
// threaded twice. Only types of the layers above appear here, as the small interfaces they implement.
class Run {
    deadline;
    agents;
    profile;
    env;
    requests;
    onWarning;
    onSecret;
    constructor(settings) {
        this.deadline = settings.deadline;
        this.agents = settings.agents;
        this.profile = settings.profile;
        this.env = settings.env;
        this.requests = settings.requests;
        this.onWarning = settings.onWarning;
        this.onSecret = settings.onSecret;
    }
    /** The deadline's signal: it aborts every request and wait of the run. */
    get signal() {
        return this.deadline?.signal;
    }
    get expired() {
        return this.deadline?.expired === true;
    }
    /** After the deadline, its error (what kept the run waiting) replaces whatever a call failed with. */
    failIfExpired() {
        if (this.deadline?.expired)
            throw this.deadline.error();
    }
    /** A request in flight, remembered by the deadline (which then names it if time runs out). */
    watch(request, work) {
        return this.deadline ? this.deadline.watch(request, work) : work;
    }
    /** A use case's work within the deadline: at expiry, a DeadlineError naming what did not answer. */
    within(work) {
        return this.deadline ? this.deadline.run(work) : work();
    }
    /** The same run under another deadline (doctor's short wait for STS). */
    until(deadline) {
        return new Run({ ...this, deadline });
    }
}

;// CONCATENATED MODULE: ./src/use-cases/run.ts
// Where a Run (run/run.ts) is made: once per entry (each library function, hence each CLI command and
// action phase), from the options a caller gave. The agents trust the CA bundle the AWS side names
// (AWS_CA_BUNDLE, the profile's ca_bundle); the deadline is the caller's when it shares one.





const ignore = () => { };
/**
 * A Run for one entry, with a deadline of `timeoutMs` (default `defaultMs`) unless the caller shares
 * one (none when neither is given); `end()` destroys its agents and stops the deadline it made.
 */
function openRun(options, defaultMs) {
    const ms = options.timeoutMs ?? defaultMs;
    const deadline = options.deadline ?? (ms === undefined ? undefined : new run_deadline/* Deadline */.B(ms, options.signal));
    const agents = new Agents(process.env, { ca: () => caBundle(process.env, options.profile) });
    const run = new Run({
        deadline,
        agents,
        profile: options.profile,
        env: options.env ?? process.env,
        requests: request_log/* requestLog */.Ml,
        onWarning: options.onWarning ?? ignore,
        onSecret: options.onSecret ?? ignore,
    });
    return {
        run,
        end() {
            agents.destroy();
            if (!options.deadline)
                deadline?.dispose();
        },
    };
}
/** `work` within a Run of its own (see openRun), ended when it settles. */
async function withRun(options, defaultMs, work) {
    const { run, end } = openRun(options, defaultMs);
    try {
        return await run.within(() => work(run));
    }
    finally {
        end();
    }
}


/***/ })

};
