export const id = 514;
export const ids = [514];
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

/***/ 9843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ ecrApiEndpoint)
/* harmony export */ });
// The ECR API endpoint the SDK will call: a configured one (AWS_ENDPOINT_URL_ECR, a profile's
// endpoint_url) or the SDK's own rules for the region, FIPS and dual-stack settings.
async function ecrApiEndpoint(ecr, region) {
    const fips = await ecr.config.useFipsEndpoint();
    // serviceConfiguredEndpoint is how the SDK reads AWS_ENDPOINT_URL_<SERVICE> and profiles.
    const configured = await ecr.config.serviceConfiguredEndpoint?.();
    if (configured)
        return { url: new URL(configured), fips, configured: true };
    const { url } = ecr.config.endpointProvider({
        Region: region,
        UseFIPS: fips,
        UseDualStack: await ecr.config.useDualstackEndpoint(),
    });
    return { url, fips, configured: false };
}


/***/ }),

/***/ 3430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ withClients),
/* harmony export */   Hx: () => (/* reexport safe */ _region_js__WEBPACK_IMPORTED_MODULE_3__.Hx),
/* harmony export */   V_: () => (/* reexport safe */ _region_js__WEBPACK_IMPORTED_MODULE_3__.V_),
/* harmony export */   hP: () => (/* binding */ createClients),
/* harmony export */   s_: () => (/* binding */ SDK_ATTEMPTS)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(630);
/* harmony import */ var _net_agents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1625);
/* harmony import */ var _net_user_agent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1652);
/* harmony import */ var _ca_bundle_setting_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5794);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7249);
/* harmony import */ var _handler_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6578);
// SDK clients, configured once: region from the caller or the environment, endpoints from the
// SDK's own settings (AWS_ENDPOINT_URL_*, FIPS and dual-stack options), the proxy from the
// environment, a single attempt per call (our loop retries), and destroyed after use so no socket
// keeps the process alive.







// We bundle a pinned SDK and support Node 20 on purpose (CodeBuild images ship it): the SDK's
// notice about its own future releases is noise for our users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
/** Attempts the SDK makes per call: one; retrying is calls.ts's, on both token paths. */
const SDK_ATTEMPTS = 1;
/**
 * Create clients for a region; `destroy()` closes them and every socket they opened, except those
 * of agents handed in (directly or through the deadline's run), which belong to the caller.
 */
function createClients(region, options = {}) {
    const { deadline } = options;
    const own = options.agents ? undefined : (0,_net_agents_js__WEBPACK_IMPORTED_MODULE_0__/* .agentsFor */ .ml)(deadline, () => (0,_ca_bundle_setting_js__WEBPACK_IMPORTED_MODULE_2__/* .caBundle */ .R)(process.env, options.profile));
    const agents = options.agents ?? own.agents;
    // Every client names the product and version in its user agent (CloudTrail attribution), and
    // makes one attempt per call: our retry loop (calls.ts) decides, as it does for the signed path.
    const shared = {
        customUserAgent: _net_user_agent_js__WEBPACK_IMPORTED_MODULE_1__/* .SDK_USER_AGENT */ .pM,
        maxAttempts: SDK_ATTEMPTS,
        ...(options.profile && { profile: options.profile }),
    };
    deadline?.inRegion(region);
    const ecrHandler = (0,_handler_js__WEBPACK_IMPORTED_MODULE_4__/* .requestHandler */ .O)('ecr.api', agents, deadline);
    const ecr = new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_5__/* .ECRClient */ .S70({ region, ...shared, requestHandler: ecrHandler });
    const stsClients = new Map();
    return {
        region,
        ecr,
        agents,
        ...(deadline && { deadline }),
        async callerIdentity(within = deadline) {
            const { STSClient, GetCallerIdentityCommand } = await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
            let sts = stsClients.get(within);
            if (!sts) {
                sts = new STSClient({ region, ...shared, requestHandler: (0,_handler_js__WEBPACK_IMPORTED_MODULE_4__/* .requestHandler */ .O)('sts', agents, within) });
                stsClients.set(within, sts);
            }
            return sts.send(new GetCallerIdentityCommand({}));
        },
        destroy() {
            ecr.destroy();
            for (const sts of stsClients.values())
                sts.destroy();
            ecrHandler.destroy();
            own?.release();
        },
    };
}
async function withClients(region, use, deadline, options = {}) {
    const clients = createClients(await (0,_region_js__WEBPACK_IMPORTED_MODULE_3__/* .regionInUse */ .V_)(region, options), {
        ...(deadline && { deadline }),
        ...options,
    });
    try {
        return await use(clients);
    }
    finally {
        clients.destroy();
    }
}


/***/ }),

/***/ 6578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ requestHandler)
/* harmony export */ });
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1279);
/* harmony import */ var agent_base__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8894);
/* harmony import */ var agent_base__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(agent_base__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_timeouts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5623);
/* harmony import */ var _net_request_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9745);
// The one HTTP handler every SDK client uses: the proxy rules of `Agents`, a connect timeout and a
// request timeout that really throws (the SDK only warns by default), and the run's deadline, which
// aborts the request and remembers which endpoint it was waiting for.




/** The API operation a request carries: JSON protocols name it in X-Amz-Target, query ones in Action=. */
function operationOf(request) {
    const target = request.headers['x-amz-target'] ?? request.headers['X-Amz-Target'];
    if (target)
        return target.slice(target.lastIndexOf('.') + 1);
    const body = typeof request.body === 'string' ? request.body : '';
    return /(?:^|&)Action=([A-Za-z]+)/.exec(body)?.[1];
}
/** One agent for clients that take a single agent (the SDK): each connection asks `Agents` where to go. */
class EnvProxyAgent extends agent_base__WEBPACK_IMPORTED_MODULE_0__.Agent {
    agents;
    constructor(agents) {
        // Keep-alive here too: a request asks the agent it was given, and without it sends
        // `Connection: close`, so the pooled agent behind could never reuse the socket.
        super({ keepAlive: true });
        this.agents = agents;
    }
    connect(_req, opts) {
        return this.agents.for(`${opts.secureEndpoint ? 'https' : 'http'}://${opts.host}:${opts.port}`);
    }
}
class WatchedHandler extends _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__.NodeHttpHandler {
    service;
    deadline;
    #agent;
    constructor(service, agents, deadline) {
        const agent = new EnvProxyAgent(agents);
        super({
            httpAgent: agent,
            httpsAgent: agent,
            connectionTimeout: _core_timeouts_js__WEBPACK_IMPORTED_MODULE_3__/* .CONNECT_TIMEOUT_MS */ .cC,
            requestTimeout: _core_timeouts_js__WEBPACK_IMPORTED_MODULE_3__/* .REQUEST_TIMEOUT_MS */ .j2,
            throwOnRequestTimeout: true,
        });
        this.service = service;
        this.deadline = deadline;
        this.#agent = agent;
    }
    handle(request, options = {}) {
        // --debug: method, host, path, operation, status and time (never a header, body or query).
        const port = request.port ? `:${request.port}` : '';
        const url = `${request.protocol}//${request.hostname}${port}${request.path}`;
        const operation = operationOf(request);
        const sent = { method: request.method, url, ...(operation && { operation }) };
        return (0,_net_request_log_js__WEBPACK_IMPORTED_MODULE_1__/* .loggedRequest */ .Cu)(sent, this.#send(request, options), (a) => a.response.statusCode);
    }
    #send(request, options = {}) {
        const { deadline } = this;
        if (!deadline)
            return super.handle(request, options);
        const abortSignal = options.abortSignal
            ? AbortSignal.any([options.abortSignal, deadline.signal])
            : deadline.signal;
        const operation = operationOf(request);
        const host = `${request.hostname}${request.port ? `:${request.port}` : ''}`;
        return deadline.watch({ service: this.service, host, ...(operation && { operation }) }, super.handle(request, { ...options, abortSignal }));
    }
    destroy() {
        super.destroy();
        this.#agent.destroy();
    }
}
/** A request handler for an SDK client of `service`. */
function requestHandler(service, agents, deadline) {
    return new WatchedHandler(service, agents, deadline);
}


/***/ }),

/***/ 6514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SdkTokenSource: () => (/* binding */ SdkTokenSource)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(630);
/* harmony import */ var _core_token_answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2309);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9843);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3430);
// The SDK's way: GetAuthorizationToken through the ECR client (one attempt; calls.ts retries).




/**
 * FIPS and dual-stack as the client resolved them for its own endpoint: the settings endpointVariant
 * (region.ts) reads for callers with no client, here without loading a second config reader.
 */
async function variantOf(ecr) {
    const [fips, dualStack] = await Promise.all([
        ecr.config.useFipsEndpoint(),
        ecr.config.useDualstackEndpoint(),
    ]);
    return { fips: fips === true, dualStack: dualStack === true };
}
/** The SDK could not read the answer's body: it did not parse, or a field has a type it cannot convert. */
const isDeserializationError = (e) => e instanceof Error && '$response' in e && /Deserialization error/.test(e.message);
class SdkTokenSource {
    region;
    #clients;
    #variant;
    constructor(region, options) {
        this.region = region;
        const { deadline, profile } = options;
        this.#clients = (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .createClients */ .hP)(region, { ...(deadline && { deadline }), ...(profile && { profile }) });
        // Registry hosts take the form the API endpoint does (FIPS, dual-stack): read while the token
        // travels, needed once it is back. Handled at once so that a failure waits for its await.
        this.#variant = variantOf(this.#clients.ecr);
        this.#variant.catch(() => { });
    }
    async endpoint() {
        return (await (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .ecrApiEndpoint */ .i)(this.#clients.ecr, this.region)).url.host;
    }
    async authorizationToken(accounts) {
        const input = accounts.length ? { registryIds: [...accounts] } : {};
        try {
            return await this.#clients.ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .GetAuthorizationTokenCommand */ .Eu6(input));
        }
        catch (e) {
            if (!isDeserializationError(e))
                throw e;
            const what = e instanceof SyntaxError ? _core_token_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_JSON */ .Jw : 'the body is not a GetAuthorizationToken answer';
            throw new _core_token_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedAnswer */ .M7(await this.endpoint(), what);
        }
    }
    variant() {
        return this.#variant;
    }
    close() {
        this.#clients.destroy();
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
