export const id = 569;
export const ids = [569,897];
export const modules = {

/***/ 7249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ RegionError),
/* harmony export */   V_: () => (/* binding */ regionInUse),
/* harmony export */   fX: () => (/* binding */ sdkBoolean),
/* harmony export */   lc: () => (/* binding */ endpointVariant)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _shared_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9443);
// Where the run is in AWS: the region, and the endpoint variant (FIPS, dual-stack) registry hosts
// take, read the way the SDK reads them (environment, then the profile in the shared config files).
// Apart from the SDK clients so that commands that make no AWS call (map and rewrite with
// --registry and --rule) can ask without loading them.


/** No region given or configured: input the user must give (exit status 2). */
class RegionError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    constructor(profile) {
        super(`no AWS region: pass --region, set AWS_REGION (or AWS_DEFAULT_REGION), or set region in the profile${profile ? ` "${profile}"` : ''} (AWS_PROFILE, --profile)`);
        this.name = 'RegionError';
    }
}
// Loaded on first use: the SDK's config loader, without the SDK clients.
const sdkConfig = () => __webpack_require__.e(/* import() */ 291).then(__webpack_require__.t.bind(__webpack_require__, 9672, 19));
/**
 * The region from the flag, else the SDK's own chain without instance metadata (AWS_REGION, then
 * the profile's `region`), else AWS_DEFAULT_REGION (the AWS CLI's name for it).
 */
async function regionInUse(region, options = {}) {
    if (region)
        return region;
    const env = process.env;
    if (env.AWS_REGION)
        return env.AWS_REGION;
    // Without a shared config file no profile has a region: the SDK's loader need not be loaded.
    if (!(0,_shared_config_js__WEBPACK_IMPORTED_MODULE_1__/* .hasSharedConfig */ .sN)(env))
        return regionOr(env.AWS_DEFAULT_REGION, options.profile ?? env.AWS_PROFILE);
    const { loadConfig, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS } = await sdkConfig();
    // The SDK's default asks the instance metadata service (a second's wait where there is none).
    const fromProfile = await loadConfig({ ...NODE_REGION_CONFIG_OPTIONS, default: undefined }, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...(options.profile && { profile: options.profile }) })();
    return regionOr(fromProfile || env.AWS_DEFAULT_REGION, options.profile ?? env.AWS_PROFILE);
}
function regionOr(region, profile) {
    if (!region)
        throw new RegionError(profile);
    return region;
}
/**
 * A boolean setting from the environment as the SDK reads it: exactly `true` or `false`; anything
 * else is passed over (undefined), as is an unset one.
 */
function sdkBoolean(value) {
    return value === 'true' ? true : value === 'false' ? false : undefined;
}
/**
 * FIPS and dual-stack, as the SDK decides them for the API endpoint (AWS_USE_FIPS_ENDPOINT,
 * AWS_USE_DUALSTACK_ENDPOINT, the profile's use_fips_endpoint / use_dualstack_endpoint), so that
 * registry hosts follow the same settings.
 */
async function endpointVariant(options = {}) {
    const env = process.env;
    // Without a shared config file the environment is all there is to read.
    if (!(0,_shared_config_js__WEBPACK_IMPORTED_MODULE_1__/* .hasSharedConfig */ .sN)(env))
        return {
            fips: sdkBoolean(env.AWS_USE_FIPS_ENDPOINT) === true,
            dualStack: sdkBoolean(env.AWS_USE_DUALSTACK_ENDPOINT) === true,
        };
    const sdk = await sdkConfig();
    const from = { ...(options.profile && { profile: options.profile }) };
    // A value other than true or false is passed over, by the SDK for the API endpoint and so here.
    const [fips, dualStack] = await Promise.all([
        sdk.loadConfig(sdk.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, from)(),
        sdk.loadConfig(sdk.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, from)(),
    ]);
    return { fips: fips === true, dualStack: dualStack === true };
}


/***/ }),

/***/ 9443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ sharedConfigPath),
/* harmony export */   sN: () => (/* binding */ hasSharedConfig)
/* harmony export */ });
/* unused harmony export sharedCredentialsPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Where the AWS shared config and credentials files are, as the SDK and the AWS CLI look for them
// (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/). Where neither exists, no profile can
// say anything: the environment alone decides credentials, region and endpoints.



const home = (env) => env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)();
const sharedConfigPath = (env) => env.AWS_CONFIG_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home(env), '.aws', 'config');
const sharedCredentialsPath = (env) => env.AWS_SHARED_CREDENTIALS_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home(env), '.aws', 'credentials');
/** True when a shared config or credentials file exists (a profile may then set anything). */
function hasSharedConfig(env) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(sharedConfigPath(env)) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(sharedCredentialsPath(env));
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

/***/ 1897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lt: () => (/* binding */ Agents),
  ml: () => (/* binding */ agentsFor),
  a$: () => (/* binding */ shareAgents)
});

// UNUSED EXPORTS: agentsOfRun

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/core/proxy.ts
var core_proxy = __webpack_require__(4819);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/aws/shared-config.ts
var shared_config = __webpack_require__(9443);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/net/ca-bundle.ts
// The certificate authorities AWS and registry calls trust, as the AWS CLI decides them:
// AWS_CA_BUNDLE, else the profile's `ca_bundle` in the shared config file, else Node's own roots.
// A bundle replaces the roots (as botocore's `verify=PATH` does): a TLS-inspecting proxy's CA is
// then the only one trusted, which is what such a network asks for.



/** `key` of `[profile NAME]` (or `[default]`) in an AWS shared config file's text. */
function profileSetting(configText, profile, key) {
    const wanted = profile === 'default' ? ['default', 'profile default'] : [`profile ${profile}`];
    let inProfile = false;
    for (const raw of configText.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)[#;].*$/, '').trim();
        const section = /^\[\s*(.+?)\s*\]$/.exec(line);
        if (section)
            inProfile = wanted.includes(section[1].replace(/\s+/g, ' '));
        else if (inProfile) {
            const kv = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
            if (kv && kv[1] === key && kv[2])
                return kv[2];
        }
    }
    return undefined;
}
/** Where the CA bundle is, and who said so (for the error when it cannot be read). */
function caBundleSource(env, profile) {
    if (env.AWS_CA_BUNDLE)
        return { path: env.AWS_CA_BUNDLE, from: 'AWS_CA_BUNDLE' };
    const name = profile ?? env.AWS_PROFILE ?? 'default';
    const file = (0,shared_config/* sharedConfigPath */.L1)(env);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined; // no config file: nothing configured
    }
    const path = profileSetting(text, name, 'ca_bundle');
    return path ? { path, from: `ca_bundle of profile "${name}" in ${file}` } : undefined;
}
/** The PEM text of the configured CA bundle, or undefined for Node's own roots. */
function caBundle(env, profile) {
    const source = caBundleSource(env, profile);
    if (!source)
        return undefined;
    try {
        return (0,external_node_fs_.readFileSync)(source.path, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read the CA bundle ${source.path} (${source.from}): ${e.code ?? e.message}`);
    }
}

;// CONCATENATED MODULE: ./src/net/agents.ts
// HTTP agents for the SDK and for registry calls, honouring HTTPS_PROXY, HTTP_PROXY and NO_PROXY
// (amazon-ecr-login ignores NO_PROXY; we don't) and the CA bundle (AWS_CA_BUNDLE, the profile's
// ca_bundle). One set per run, kept alive, so the ECR API and the registry reuse their connections;
// destroyed after, so no kept-alive socket holds the process open.





class Agents {
    env;
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
        // Read now, so that a bundle that cannot be read is an input error before any request.
        this.#ca = caBundle(env, options.profile);
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
 * of their own, which `release` destroys.
 */
function agentsFor(deadline, profile) {
    const shared = deadline && agentsOfRun(deadline);
    if (shared)
        return { agents: shared, release: () => { } };
    const agents = new Agents(process.env, { ...(profile && { profile }) });
    return { agents, release: () => agents.destroy() };
}


/***/ })

};
