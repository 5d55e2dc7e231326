export const id = 514;
export const ids = [514];
export const modules = {

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
/* harmony export */   Hx: () => (/* reexport safe */ _region_js__WEBPACK_IMPORTED_MODULE_1__.Hx),
/* harmony export */   V_: () => (/* reexport safe */ _region_js__WEBPACK_IMPORTED_MODULE_1__.V_),
/* harmony export */   _L: () => (/* binding */ sdkSettings),
/* harmony export */   hP: () => (/* binding */ createClients)
/* harmony export */ });
/* unused harmony export SDK_ATTEMPTS */
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(630);
/* harmony import */ var _net_user_agent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1652);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7249);
/* harmony import */ var _handler_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6578);
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
 * What every SDK client of a run is given: the product and version in its user agent (CloudTrail
 * attribution), one attempt per call (our retry loop, calls.ts, decides, as it does for the signed
 * path), and the run's profile.
 */
function sdkSettings(run) {
    // No profile key at all without one: the SDK then reads AWS_PROFILE as it always does.
    return {
        customUserAgent: _net_user_agent_js__WEBPACK_IMPORTED_MODULE_0__/* .SDK_USER_AGENT */ .pM,
        maxAttempts: SDK_ATTEMPTS,
        ...(run.profile && { profile: run.profile }),
    };
}
/**
 * Create clients for a region within `run` (its agents, profile and deadline); `destroy()` closes
 * them, while the connections stay the run's until it ends.
 */
function createClients(region, run) {
    const { deadline } = run;
    const shared = sdkSettings(run);
    deadline?.inRegion(region);
    const ecrHandler = (0,_handler_js__WEBPACK_IMPORTED_MODULE_2__/* .requestHandler */ .O)('ecr.api', run);
    const ecr = new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .ECRClient */ .S70({ region, ...shared, requestHandler: ecrHandler });
    const stsClients = new Map();
    return {
        region,
        ecr,
        run,
        async callerIdentity(within = deadline) {
            const { STSClient, GetCallerIdentityCommand } = await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
            let sts = stsClients.get(within);
            if (!sts) {
                const handler = (0,_handler_js__WEBPACK_IMPORTED_MODULE_2__/* .requestHandler */ .O)('sts', within ? run.until(within) : run);
                sts = new STSClient({ region, ...shared, requestHandler: handler });
                stsClients.set(within, sts);
            }
            return sts.send(new GetCallerIdentityCommand({}));
        },
        destroy() {
            ecr.destroy();
            for (const sts of stsClients.values())
                sts.destroy();
            ecrHandler.destroy();
        },
    };
}
async function withClients(run, region, use) {
    const clients = createClients(await (0,_region_js__WEBPACK_IMPORTED_MODULE_1__/* .regionInUse */ .V_)(region, run), run);
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
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1279);
/* harmony import */ var agent_base__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8894);
/* harmony import */ var agent_base__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(agent_base__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_timeouts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5623);
// The one HTTP handler every SDK client uses: the run's agents (their proxy rules and CA bundle), a
// connect timeout and a request timeout that really throws (the SDK only warns by default), the
// run's request log, and its deadline, which aborts the request and remembers which endpoint it was
// waiting for.



/** The API operation a request carries: JSON protocols name it in X-Amz-Target, query ones in Action=. */
function operationOf(request) {
    const target = request.headers['x-amz-target'] ?? request.headers['X-Amz-Target'];
    if (target)
        return target.slice(target.lastIndexOf('.') + 1);
    const body = typeof request.body === 'string' ? request.body : '';
    return /(?:^|&)Action=([A-Za-z]+)/.exec(body)?.[1];
}
/** One agent for clients that take a single agent (the SDK): each connection asks the run's agents where to go. */
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
class WatchedHandler extends _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_1__.NodeHttpHandler {
    service;
    run;
    #agent;
    constructor(service, run) {
        const agent = new EnvProxyAgent(run.agents);
        super({
            httpAgent: agent,
            httpsAgent: agent,
            connectionTimeout: _core_timeouts_js__WEBPACK_IMPORTED_MODULE_2__/* .CONNECT_TIMEOUT_MS */ .cC,
            requestTimeout: _core_timeouts_js__WEBPACK_IMPORTED_MODULE_2__/* .REQUEST_TIMEOUT_MS */ .j2,
            throwOnRequestTimeout: true,
        });
        this.service = service;
        this.run = run;
        this.#agent = agent;
    }
    handle(request, options = {}) {
        // --debug: method, host, path, operation, status and time (never a header, body or query).
        const port = request.port ? `:${request.port}` : '';
        const url = `${request.protocol}//${request.hostname}${port}${request.path}`;
        const operation = operationOf(request);
        const sent = { method: request.method, url, ...(operation && { operation }) };
        return this.run.requests.logged(sent, this.#send(request, options), (a) => a.response.statusCode);
    }
    #send(request, options = {}) {
        const { deadline } = this.run;
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
/** A request handler for an SDK client of `service`, within `run`. */
function requestHandler(service, run) {
    return new WatchedHandler(service, run);
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
    constructor(region, run) {
        this.region = region;
        this.#clients = (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .createClients */ .hP)(region, run);
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


/***/ })

};
