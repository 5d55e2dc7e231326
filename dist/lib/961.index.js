export const id = 961;
export const ids = [961];
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
    const { loadSharedConfigFiles } = await __webpack_require__.e(/* import() */ 291).then(__webpack_require__.t.bind(__webpack_require__, 7291, 19));
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

/***/ 8961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SignedTokenSource: () => (/* binding */ SignedTokenSource)
/* harmony export */ });
/* harmony import */ var _net_agents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1625);
/* harmony import */ var _ca_bundle_setting_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5794);
/* harmony import */ var _token_call_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4918);
// The signed way: GetAuthorizationToken signed here (sigv4.ts) and sent through the run's agents.



class SignedTokenSource {
    region;
    url;
    credentials;
    options;
    #agents;
    constructor(region, url, credentials, options) {
        this.region = region;
        this.url = url;
        this.credentials = credentials;
        this.options = options;
        options.deadline?.inRegion(region);
        this.#agents = (0,_net_agents_js__WEBPACK_IMPORTED_MODULE_0__/* .agentsFor */ .ml)(options.deadline, () => (0,_ca_bundle_setting_js__WEBPACK_IMPORTED_MODULE_1__/* .caBundle */ .R)(process.env, options.profile));
    }
    endpoint() {
        return Promise.resolve(this.url.host);
    }
    async authorizationToken(accounts) {
        const { deadline } = this.options;
        const call = {
            credentials: await this.credentials(),
            region: this.region,
            url: this.url,
            agents: this.#agents.agents,
            ...(deadline && { deadline }),
        };
        return (0,_token_call_js__WEBPACK_IMPORTED_MODULE_2__/* .signedGetAuthorizationToken */ .DR)(call, accounts);
    }
    /** The signed way is taken only where neither FIPS nor dual-stack is asked for. */
    variant() {
        return Promise.resolve({});
    }
    close() {
        this.#agents.release();
    }
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


/***/ })

};
