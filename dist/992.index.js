export const id = 992;
export const ids = [992];
export const modules = {

/***/ 2053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ sharedConfigPath),
/* harmony export */   sN: () => (/* binding */ hasSharedConfig),
/* harmony export */   t4: () => (/* binding */ sharedCredentialsPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _host_home_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(355);
// Where the AWS shared config and credentials files are, by the SDK's rules: AWS_CONFIG_FILE and
// AWS_SHARED_CREDENTIALS_FILE (a leading `~/` is the home directory), else `.aws/config` and
// `.aws/credentials` in the home directory, which is HOME, else USERPROFILE, else HOMEDRIVE+HOMEPATH,
// else the passwd entry's. Where neither file exists, no profile can say anything: the environment
// alone decides credentials, region and endpoints. test/aws/direct/shared-config.test.ts holds
// these rules against the SDK's own loader.



/** The home directory as the SDK finds it; undefined with none (the SDK would throw: for us, no file). */
function awsHome(env) {
    if (env.HOME)
        return env.HOME;
    if (env.USERPROFILE)
        return env.USERPROFILE;
    if (env.HOMEPATH)
        return `${env.HOMEDRIVE ?? `C:${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`}${env.HOMEPATH}`;
    return (0,_host_home_js__WEBPACK_IMPORTED_MODULE_2__/* .homeDirectory */ .R)(env);
}
/** The file a setting names (`~/` expanded), else `.aws/NAME` in the home directory. */
function sharedFile(env, setting, name) {
    const home = () => awsHome(env);
    if (!setting) {
        const dir = home();
        return dir === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.aws', name);
    }
    if (!setting.startsWith('~/'))
        return setting;
    const dir = home();
    return dir === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, setting.slice(2));
}
const sharedConfigPath = (env) => sharedFile(env, env.AWS_CONFIG_FILE, 'config');
const sharedCredentialsPath = (env) => sharedFile(env, env.AWS_SHARED_CREDENTIALS_FILE, 'credentials');
const exists = (path) => path !== undefined && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path);
/** True when a shared config or credentials file exists (a profile may then set anything). */
function hasSharedConfig(env) {
    return exists(sharedConfigPath(env)) || exists(sharedCredentialsPath(env));
}


/***/ }),

/***/ 2079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eA: () => (/* binding */ unansweredHint),
/* harmony export */   fV: () => (/* binding */ registryService),
/* harmony export */   gv: () => (/* binding */ unansweredMessage)
/* harmony export */ });
/* unused harmony exports vpcEndpointService, serviceName, formatSeconds */
/* harmony import */ var _image_ecr_host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7794);
// An endpoint that did not answer before the run's deadline, said in the user's terms: which
// service it is, how long we waited, and which piece of a private subnet is usually missing.
// In a VPC without the right endpoint a connection is rarely refused: it hangs (DNS gives a public
// address with no route, or a security group drops 443), so this is the message users meet there.

/**
 * The name of the VPC endpoint service for `service` in `region`. Interface endpoints in the China
 * regions are named under `cn.com.amazonaws`; gateway endpoints (S3) are `com.amazonaws` everywhere.
 */
function vpcEndpointService(region, service, kind) {
    const prefix = kind === 'interface' && (0,_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_0__/* .partitionOf */ .iQ)(region) === 'aws-cn' ? 'cn.com.amazonaws' : 'com.amazonaws';
    return `${prefix}.${region}.${service}`;
}
const SERVICE_NAMES = {
    'ecr.api': 'the ECR API',
    'ecr.dkr': 'the ECR registry',
    s3: 'Amazon S3 (image layers)',
    sts: 'AWS STS',
    secretsmanager: 'AWS Secrets Manager',
    upstream: 'an upstream registry outside AWS',
    credentials: 'the AWS credential provider',
};
function serviceName(service) {
    return SERVICE_NAMES[service];
}
/** Whole seconds (or tenths under ten seconds): "20 s", "2.5 s". */
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${s < 10 ? Math.round(s * 10) / 10 : Math.round(s)} s`;
}
/** What did not answer, e.g. `no answer from the ECR API (api.ecr.us-east-1.amazonaws.com, GetAuthorizationToken) within 20 s`. */
function unansweredMessage(request, waitedMs) {
    if (!request)
        return `the run did not finish within ${formatSeconds(waitedMs)}`;
    if (request.service === 'credentials')
        return `no AWS credentials within ${formatSeconds(waitedMs)}: the SDK's credential chain did not finish`;
    const what = [request.host, request.operation].filter(Boolean).join(', ');
    return `no answer from ${serviceName(request.service)} (${what}) within ${formatSeconds(waitedMs)}`;
}
const isAddress = (host) => /^[\d.]+$|:/.test(host);
const interfaceEndpoint = (name, region, host) => `in a private subnet, create the interface VPC endpoint ${vpcEndpointService(region, name, 'interface')} with private DNS enabled, ` +
    `and let its security group accept HTTPS (443) from this runner` +
    (host && !isAddress(host) ? `; ${host} should then resolve to a private address` : '');
/** The likely fix, per service. */
function unansweredHint(request, region) {
    const r = region ?? 'REGION';
    const host = request?.host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '') ?? '';
    switch (request?.service) {
        case 'ecr.api':
            return interfaceEndpoint('ecr.api', r, host);
        case 'ecr.dkr':
            return interfaceEndpoint('ecr.dkr', r, host);
        case 'secretsmanager':
            return `only setup and doctor read upstream credentials: ${interfaceEndpoint('secretsmanager', r, host)}`;
        case 'sts':
            return `only doctor asks STS who the caller is; ${interfaceEndpoint('sts', r, host)}, or ignore this finding`;
        case 's3':
            return `ECR serves layers from S3: add the S3 gateway endpoint (${vpcEndpointService(r, 's3', 'gateway')}) to the route table of this subnet`;
        case 'upstream':
            return `this network cannot reach ${host}; ECR sends clients to the upstream only while it imports an image: warm the image, then retry`;
        case 'credentials':
            return `web identity credentials need the sts endpoint (${vpcEndpointService(r, 'sts', 'interface')}); container and instance credentials need their metadata endpoints; or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY`;
        default:
            return 'every request was answered, but the work took longer than allowed: allow more time';
    }
}
/** Who serves a registry request: the registry itself, S3 (layers), or an upstream during an import. */
function registryService(url, registryOrigin) {
    const u = new URL(url);
    if (u.origin === registryOrigin)
        return 'ecr.dkr';
    return /(^|\.)s3[.-]([a-z0-9-]+\.)?amazonaws\.com(\.cn)?$/.test(u.hostname) ? 's3' : 'upstream';
}


/***/ }),

/***/ 6992:
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
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/core/proxy.ts
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
        const proxy = proxyFor(url, this.env);
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
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/unanswered.ts
var unanswered = __webpack_require__(2079);
;// CONCATENATED MODULE: ./src/run/deadline.ts
// One deadline for a whole run (login, discovery, rewrite, warm, doctor...): its signal aborts every
// request and every wait still going, and the requests it watched say which endpoint kept us
// waiting, so that a run on a silent endpoint ends on time with a message naming that endpoint.





/** The run took longer than allowed (exit 1): the one timeout error, kept with the other kinds in core. */

class Deadline {
    timeoutMs;
    startedAt;
    signal;
    #controller = new AbortController();
    #timer;
    #pending = new Set();
    /** What was in flight when time ran out (aborted requests leave #pending right after). */
    #atExpiry;
    #lastSilent;
    #region;
    constructor(timeoutMs, 
    /** A caller's own cancel signal (the run ends with it too). */
    parent) {
        this.timeoutMs = timeoutMs;
        if (!(timeoutMs > 0))
            throw new errors/* InputError */.dz('the timeout must be a positive duration');
        const tooLong = (0,duration/* durationOutOfRange */.PI)(timeoutMs, 'the timeout');
        if (tooLong)
            throw new errors/* InputError */.dz(tooLong);
        this.startedAt = Date.now();
        this.signal = parent ? AbortSignal.any([parent, this.#controller.signal]) : this.#controller.signal;
        // Every wait and request of a run listens to this one signal.
        (0,external_node_events_.setMaxListeners)(0, this.#controller.signal, this.signal);
        this.#timer = setTimeout(() => {
            this.#atExpiry = [...this.#pending];
            this.#controller.abort(this.error());
        }, Math.max(0, timeoutMs));
        this.#timer.unref?.();
    }
    /** The region the hints name (endpoint names carry it). */
    inRegion(region) {
        this.#region ??= region;
        return this;
    }
    get expired() {
        return this.#controller.signal.aborted;
    }
    /** Milliseconds left (0 once expired). */
    left() {
        return Math.max(0, this.startedAt + this.timeoutMs - Date.now());
    }
    /** Remember a request while it is in flight, and a silent failure after it. */
    watch(request, work) {
        this.#pending.add(request);
        return work.then((value) => {
            this.#pending.delete(request);
            return value;
        }, (error) => {
            this.#pending.delete(request);
            // "Did not answer" rather than "answered no": the retry rule's own notion of silence.
            if (!this.expired && retry/* isNoAnswer */.Uz(error))
                this.#lastSilent = request;
            throw error;
        });
    }
    /** What kept the run waiting: a request in flight, else the last one that went unanswered. */
    unanswered() {
        return (this.#atExpiry ?? [...this.#pending])[0] ?? this.#lastSilent;
    }
    /** A request of one of these services in flight (at expiry, once time has run out). */
    pendingOf(services) {
        return (this.#atExpiry ?? [...this.#pending]).find((r) => services.includes(r.service));
    }
    error() {
        const request = this.unanswered();
        const waited = Date.now() - this.startedAt;
        return new errors/* DeadlineError */.j3((0,unanswered/* unansweredMessage */.gv)(request, waited), (0,unanswered/* unansweredHint */.eA)(request, this.#region), request, waited);
    }
    /**
     * Run a use case within the deadline: its result, or at expiry a DeadlineError naming what did not
     * answer (the work left behind is aborted by the signal, so nothing keeps the process alive).
     */
    async run(work) {
        let onAbort;
        const expiry = new Promise((_, reject) => {
            onAbort = () => reject(this.signal.reason instanceof errors/* DeadlineError */.j3 ? this.signal.reason : this.error());
            if (this.signal.aborted)
                onAbort();
            else
                this.signal.addEventListener('abort', onAbort, { once: true });
        });
        try {
            return await Promise.race([work(this.signal), expiry]);
        }
        finally {
            if (onAbort)
                this.signal.removeEventListener('abort', onAbort);
        }
    }
    /** Stop the timer (the run is over). */
    dispose() {
        clearTimeout(this.#timer);
    }
}

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
    const deadline = options.deadline ?? (ms === undefined ? undefined : new Deadline(ms, options.signal));
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
