export const id = 337;
export const ids = [337,613];
export const modules = {

/***/ 6484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   R$: () => (/* binding */ retrying)
/* harmony export */ });
/* unused harmony export shapedAwsError */
/* harmony import */ var _core_aws_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4229);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7253);
/* harmony import */ var _run_retry_loop_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3582);
// How use cases call AWS: retried on throttling and transient failures (our loop is the only one:
// every SDK client makes a single attempt), the message shaped so that no session token or canonical
// request shows; for doctor, a failure becomes data (name, message, hint) so one denied call never
// stops the other checks.



/** The failure of an AWS call with its message fit to show (the session tokens given are cut). */
function shapedAwsError(error, secrets = []) {
    if (!(error instanceof Error))
        return error;
    const shown = (0,_core_aws_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .shownAwsMessage */ .yZ)(error.message, [process.env.AWS_SESSION_TOKEN, ...secrets]);
    if (shown !== error.message)
        error.message = shown;
    return error;
}
/**
 * One AWS call, retried on throttling and transient failures until AWS_MAX_ATTEMPTS attempts (5 by
 * default) are made or the signal (a run's deadline) aborts.
 */
async function retrying(fn, signal) {
    const policy = { ..._core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BACKOFF */ .VU, maxAttempts: _core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .awsAttempts */ .aG(process.env.AWS_MAX_ATTEMPTS) };
    try {
        return await _run_retry_loop_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L(fn, { policy, isRetryable: _core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryable */ .r3, ...(signal && { signal }) });
    }
    catch (e) {
        throw shapedAwsError(e);
    }
}
/** One AWS call, retried; its failure is returned, never thrown. */
async function attempt(fn, region, signal) {
    try {
        return await retrying(fn, signal);
    }
    catch (e) {
        const error = e;
        const hint = (0,_core_aws_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .awsHint */ .Bv)(e, region);
        return {
            name: error.name ?? 'Error',
            message: error.message ?? String(e),
            ...(hint && { hint }),
            ...((0,_core_aws_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnreached */ .mI)(e) && { unreached: true }),
        };
    }
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

/***/ 4798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JV: () => (/* binding */ immutableCacheRepositories),
/* harmony export */   eG: () => (/* binding */ listTemplates),
/* harmony export */   js: () => (/* binding */ registryPolicyText),
/* harmony export */   sJ: () => (/* binding */ listRules)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8249);
/* harmony import */ var _core_image_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2514);
/* harmony import */ var _calls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6484);
// Reads of a registry's pull-through setup: rules, repository creation templates, the registry
// policy, and cache repositories with immutable tags. Shared by setup (to diff) and doctor (to check).



const named = (e, ...names) => names.includes(e?.name ?? '');
async function listRules(ecr, signal) {
    const rules = [];
    let nextToken;
    do {
        const page = await (0,_calls_js__WEBPACK_IMPORTED_MODULE_1__/* .retrying */ .R$)(() => ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__/* .DescribePullThroughCacheRulesCommand */ .WZm({ nextToken })), signal);
        for (const r of page.pullThroughCacheRules ?? []) {
            if (!r.ecrRepositoryPrefix || !r.upstreamRegistryUrl)
                continue;
            rules.push({
                ecrRepositoryPrefix: r.ecrRepositoryPrefix,
                upstreamRegistryUrl: r.upstreamRegistryUrl,
                ...(r.upstreamRepositoryPrefix && { upstreamRepositoryPrefix: r.upstreamRepositoryPrefix }),
                ...(r.credentialArn && { credentialArn: r.credentialArn }),
                ...(r.customRoleArn && { customRoleArn: r.customRoleArn }),
                ...(r.registryId && { registryId: r.registryId }),
            });
        }
        nextToken = page.nextToken;
    } while (nextToken);
    return rules;
}
/** Templates (all, or those with the given prefixes); a prefix with no template is simply absent. */
async function listTemplates(ecr, prefixes) {
    const templates = [];
    let nextToken;
    try {
        do {
            const page = await (0,_calls_js__WEBPACK_IMPORTED_MODULE_1__/* .retrying */ .R$)(() => ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__/* .DescribeRepositoryCreationTemplatesCommand */ .v18({
                ...(prefixes && { prefixes: [...prefixes] }),
                nextToken,
            })));
            for (const t of page.repositoryCreationTemplates ?? []) {
                if (!t.prefix)
                    continue;
                templates.push({
                    prefix: t.prefix,
                    appliedFor: t.appliedFor ?? [],
                    ...(t.imageTagMutability && { imageTagMutability: t.imageTagMutability }),
                    ...(t.lifecyclePolicy && { lifecyclePolicy: t.lifecyclePolicy }),
                    ...(t.repositoryPolicy && { repositoryPolicy: t.repositoryPolicy }),
                    ...(t.description !== undefined && { description: t.description }),
                    ...(t.resourceTags && t.resourceTags.length > 0 && { resourceTags: t.resourceTags.length }),
                    ...(t.encryptionConfiguration?.encryptionType?.startsWith('KMS') && { kms: true }),
                    ...(t.customRoleArn && { customRoleArn: t.customRoleArn }),
                });
            }
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (e) {
        if (named(e, 'TemplateNotFoundException'))
            return templates;
        throw e;
    }
    return templates;
}
async function registryPolicyText(ecr) {
    try {
        return (await (0,_calls_js__WEBPACK_IMPORTED_MODULE_1__/* .retrying */ .R$)(() => ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__/* .GetRegistryPolicyCommand */ .J9O({})))).policyText;
    }
    catch (e) {
        if (named(e, 'RegistryPolicyNotFoundException'))
            return undefined;
        throw e;
    }
}
/** Cache repositories (under the non-ROOT prefixes) whose tags are immutable; reads at most `maxPages` pages. */
async function immutableCacheRepositories(ecr, prefixes, maxPages = 20) {
    const scoped = prefixes.filter((p) => p !== _core_image_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ROOT */ .Dl);
    const found = [];
    if (scoped.length === 0)
        return found;
    let nextToken;
    let pages = 0;
    do {
        const page = await (0,_calls_js__WEBPACK_IMPORTED_MODULE_1__/* .retrying */ .R$)(() => ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__/* .DescribeRepositoriesCommand */ .pE_({ nextToken })));
        for (const r of page.repositories ?? []) {
            const name = r.repositoryName ?? '';
            if (!scoped.some((p) => name.startsWith(`${p}/`)))
                continue;
            if (r.imageTagMutability?.startsWith('IMMUTABLE'))
                found.push(name);
        }
        nextToken = page.nextToken;
    } while (nextToken && ++pages < maxPages);
    return found;
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
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8249);
/* harmony import */ var _net_user_agent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(362);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9630);
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

/***/ 4229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ awsHint),
/* harmony export */   mI: () => (/* binding */ isUnreached),
/* harmony export */   yZ: () => (/* binding */ shownAwsMessage)
/* harmony export */ });
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
// What an AWS failure means to the user: the likely fix, read from the error's name, message and
// code. (Doctor keeps a failure as data, AwsFailure in core/doctor/findings.ts, with this hint.)

/** The likely fix for an AWS failure, in the user's terms (undefined when we have nothing useful to add). */
function awsHint(error, region) {
    const e = ((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrapSdkError */ .kr)(error) ?? {});
    const name = e.name ?? '';
    const msg = e.message ?? '';
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(msg)) {
        return 'no AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, a web identity (aws-actions/configure-aws-credentials), or run where container or instance credentials exist';
    }
    if (name === 'UnrecognizedClientException' || name === 'InvalidClientTokenId') {
        return 'the AWS credentials are not valid (wrong key, or a session token missing or from another partition)';
    }
    if (name === 'ExpiredToken' || name === 'ExpiredTokenException')
        return 'the AWS session has expired: refresh the credentials';
    if (name === 'InvalidSignatureException' || name === 'SignatureDoesNotMatch') {
        return `the request was signed for another region or with a wrong secret key; check that the region (${region}) matches the registry`;
    }
    if (name === 'AccessDeniedException' || name === 'AccessDenied') {
        const action = /perform: (\S+)/.exec(msg)?.[1];
        return `the caller lacks ${action ?? 'an ECR permission'}: grant it in the IAM policy`;
    }
    if (_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .THROTTLING */ .SP.has(name))
        return 'ECR throttled the calls (Rate exceeded); retried until the deadline';
    const code = e.code ?? e.cause?.code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return `${endpointNamed(e)} for ${region} could not be resolved: check DNS, the region name, or the VPC endpoints`;
    }
    if (code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || name === 'TimeoutError') {
        return `${endpointNamed(e)} did not answer: check the network path, a proxy (HTTPS_PROXY, NO_PROXY), or the VPC endpoints`;
    }
    return undefined;
}
/** Whether an AWS call failed without an answer from the service: its host unresolved or unreached. */
function isUnreached(error) {
    const e = ((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrapSdkError */ .kr)(error) ?? {});
    const code = e.code ?? e.cause?.code;
    return ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET'].includes(code ?? '');
}
const SERVICES = { sts: 'STS', secretsmanager: 'Secrets Manager' };
/** The endpoint a network error names (Node puts the host in it): `the STS endpoint (HOST)`; ECR by default. */
function endpointNamed(e) {
    const cause = (e.cause ?? {});
    const named = e.hostname ?? cause.hostname;
    const host = typeof named === 'string'
        ? named
        : /(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED) ([\w.-]+)/.exec(e.message ?? '')?.[1];
    const service = host ? SERVICES[host.split('.')[0].toLowerCase()] : undefined;
    return service ? `the ${service} endpoint (${host})` : 'the ECR endpoint';
}
/**
 * Where a signature mismatch's message goes on to quote what the service computed: the canonical
 * request (its headers carry the session token) and the string to sign. Nothing after either is kept.
 */
const ECHOED_SIGNING_TEXT = /\s*(?:The Canonical String for this request should have been|The String-to-Sign should have been)[\s\S]*$/;
/**
 * An AWS error message fit to show: the quoted canonical request and string to sign cut off, and
 * every secret given (the session token) replaced. The one shaper of both token paths' messages.
 */
function shownAwsMessage(message, secrets = []) {
    let shown = message.replace(ECHOED_SIGNING_TEXT, '');
    for (const secret of secrets)
        if (secret)
            shown = shown.split(secret).join('***');
    return shown;
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

/***/ 362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pM: () => (/* binding */ SDK_USER_AGENT),
  _O: () => (/* binding */ USER_AGENT)
});

// UNUSED EXPORTS: PRODUCT

;// CONCATENATED MODULE: ./src/version.ts
// Generated by scripts/build.mjs from package.json.
const VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/net/user-agent.ts
// Who is calling: the product and its version, on every SDK client (CloudTrail's userAgent field
// tells our calls from the rest of the account's) and on every registry request.

const PRODUCT = 'ecr-pull-through';
/** `ecr-pull-through/0.1.0`, the User-Agent of registry requests. */
const USER_AGENT = `${PRODUCT}/${VERSION}`;
/** The same, as the SDK's `customUserAgent` takes it (appended to its own user agent). */
const SDK_USER_AGENT = [[PRODUCT, VERSION]];


/***/ }),

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
// The one retry loop, and the one abortable sleep: tries a call again after a full-jitter backoff
// while the failure is retryable, until attempts run out, the signal aborts or the deadline passes
// (a sleep is cut short at the deadline, and no attempt starts after it). What is retryable and how
// long to wait are decided in core/retry.ts; this module only sleeps, counts and cancels.

/** Wait `ms` (not at all when it is 0 or less), or reject with the signal's reason as soon as it aborts. */
function sleep(ms, signal) {
    if (signal?.aborted)
        return Promise.reject(signal.reason);
    if (ms <= 0)
        return Promise.resolve();
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Run `fn` until it succeeds, a failure is not retryable, attempts run out, or the deadline passes. */
async function retry(fn, options) {
    const now = options.now ?? Date.now;
    const wait = options.sleep ?? sleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            const last = options.policy.maxAttempts !== undefined && attempt >= options.policy.maxAttempts;
            if (last || options.signal?.aborted || !options.isRetryable(error))
                throw error;
            let delayMs = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .EY)(attempt - 1, options.policy, options.random ?? Math.random);
            if (options.deadline !== undefined) {
                const left = options.deadline - now();
                if (left <= 0)
                    throw error;
                delayMs = Math.min(delayMs, left);
            }
            options.onRetry?.({ attempt, delayMs, error });
            await wait(delayMs, options.signal);
            if (options.deadline !== undefined && now() >= options.deadline)
                throw error;
        }
    }
}


/***/ }),

/***/ 9337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctor: () => (/* binding */ doctor)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/aws/calls.ts
var calls = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/aws/endpoints.ts
var endpoints = __webpack_require__(9843);
// EXTERNAL MODULE: ./src/core/doctor/findings.ts
var doctor_findings = __webpack_require__(5169);
// EXTERNAL MODULE: ./src/core/image/ecr-host.ts
var ecr_host = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var image_rules = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/core/doctor/permissions.ts
// Findings about the caller's permissions, from harmless calls: a call on a repository that does
// not exist answers "not found" when it is allowed and AccessDenied when it is not. The pull and
// import permissions have no such call; doctor says so and how to check them.



/** A permission check by a harmless call: what its error (or success) says about the permission. */
function probeOutcome(errorName) {
    if (errorName === undefined)
        return 'allowed';
    if (errorName === 'AccessDeniedException' || errorName === 'AccessDenied')
        return 'denied';
    // IAM is evaluated before existence: a "not found" means the call was allowed.
    const notFound = [
        'RepositoryNotFoundException',
        'LayersNotFoundException',
        'LayerInaccessibleException',
        'ImageNotFoundException',
    ];
    return notFound.includes(errorName) ? 'allowed' : 'failed';
}
/**
 * Permissions no harmless call shows. On a pull-through path BatchGetImage is itself a pull: it may
 * create the repository and import from the upstream (the Service Authorization Reference has it
 * need the other two there). BatchImportUpstreamImage is a permission only, with no API.
 */
const UNPROBED_PERMISSIONS = [
    'ecr:BatchGetImage',
    'ecr:BatchImportUpstreamImage',
    'ecr:CreateRepository',
];
/** What each probed permission breaks when it is missing. */
const PERMISSION_ROLE = {
    'ecr:GetAuthorizationToken': { severity: 'error', breaks: 'docker login to the registry fails' },
    'ecr:GetDownloadUrlForLayer': { severity: 'error', breaks: 'downloading layers fails' },
    'ecr:DescribeImages': {
        severity: 'warning',
        breaks: 'ecr-pull-through warm cannot see when an import is done',
    },
};
/** The IAM principal behind a caller ARN: an assumed role's role (its path, if any, is not in the ARN). */
function principalArnOf(callerArn) {
    const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(callerArn);
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : callerArn;
}
function repositoryArns(region, account, prefixes) {
    if (prefixes.length === 0 || prefixes.includes(image_rules/* ROOT */.Dl))
        return [(0,ecr_host/* repositoryArn */.qM)(region, account, '*')];
    return [...new Set(prefixes)].map((p) => (0,ecr_host/* repositoryArn */.qM)(region, account, `${p}/*`));
}
function permissionFindings(probes, context) {
    const out = [];
    const principal = principalArnOf(context.callerArn);
    const actions = [...new Set(probes.map((p) => p.action))];
    for (const action of actions) {
        const mine = probes.filter((p) => p.action === action);
        const role = PERMISSION_ROLE[action] ?? { severity: 'warning', breaks: 'some calls fail' };
        const denied = mine.filter((p) => p.outcome === 'denied');
        const failed = mine.filter((p) => p.outcome === 'failed');
        if (denied.length > 0) {
            const scoped = denied.map((p) => p.prefix).filter((p) => p !== undefined);
            const resources = mine.some((p) => p.prefix !== undefined)
                ? repositoryArns(context.region, context.account, scoped).join(', ')
                : '*';
            const where = scoped.length > 0
                ? ` on ${scoped.map((p) => (p === image_rules/* ROOT */.Dl ? 'all repositories' : `${p}/*`)).join(', ')}`
                : '';
            out.push((0,doctor_findings/* finding */.gk)('permission-missing', role.severity, action, `the caller may not call ${action}${where}: ${role.breaks}`, `allow ${action} on ${resources} in the policy of ${principal}`));
        }
        else if (failed.length > 0) {
            out.push((0,doctor_findings/* finding */.gk)('permission-unknown', 'warning', action, `could not check ${action}: ${failed[0]?.detail ?? 'the check failed'}`, 'run doctor again; if it persists, check the ECR endpoint and throttling'));
        }
        else {
            out.push((0,doctor_findings/* finding */.gk)('permission-ok', 'ok', action, 'allowed'));
        }
    }
    const arns = repositoryArns(context.region, context.account, context.prefixes);
    out.push((0,doctor_findings/* finding */.gk)('permission-unchecked', 'note', UNPROBED_PERMISSIONS.join(', '), 'not checked: no harmless call exercises them (on a pull-through repository BatchGetImage is itself a pull, which may create the repository and import from the upstream). Without ecr:BatchGetImage every pull fails with 403 denied; without the other two a first pull fails with "Requested image not found"', `aws iam simulate-principal-policy --policy-source-arn ${principal} --action-names ${UNPROBED_PERMISSIONS.join(' ')} --resource-arns ${arns.join(' ')} (or warm one image: ecr-pull-through warm IMAGE)`));
    return out;
}

;// CONCATENATED MODULE: ./src/aws/probes.ts
// Permission probes: harmless calls whose answer says whether the caller may make them. IAM is
// evaluated before existence, so a call on a repository no one creates answers "not found" when
// allowed and AccessDenied when not, and changes nothing either way. BatchGetImage is not one of
// them: on a pull-through path it is a pull, which may create the repository and import from the
// upstream, so its permission is left to IAM's policy simulator (doctor-permissions.ts).





const PROBE_REPOSITORY = 'ecr-pull-through-doctor-probe';
const PROBE_DIGEST = `sha256:${'0'.repeat(64)}`;
/** Under each rule's prefix, since IAM policies are often scoped to `repository/<prefix>/*`. */
function probeRepository(prefix) {
    return prefix === undefined || prefix === image_rules/* ROOT */.Dl ? PROBE_REPOSITORY : `${prefix}/${PROBE_REPOSITORY}`;
}
async function probe(action, prefix, call, region) {
    const result = await (0,calls/* attempt */.CD)(call, region);
    const outcome = probeOutcome((0,doctor_findings/* isAwsFailure */.Qp)(result) ? result.name : undefined);
    return {
        action,
        ...(prefix !== undefined && { prefix }),
        outcome,
        ...((0,doctor_findings/* isAwsFailure */.Qp)(result) && outcome === 'failed' && { detail: result.message }),
    };
}
/** What pulling needs that a harmless call can show: a token, layers (and DescribeImages for warm) per prefix. */
async function probePermissions(ecr, region, prefixes) {
    const token = await (0,calls/* attempt */.CD)(() => ecr.send(new dist_cjs/* GetAuthorizationTokenCommand */.Eu6({})), region);
    const probes = [
        {
            action: 'ecr:GetAuthorizationToken',
            outcome: probeOutcome((0,doctor_findings/* isAwsFailure */.Qp)(token) ? token.name : undefined),
            ...((0,doctor_findings/* isAwsFailure */.Qp)(token) && { detail: token.message }),
        },
    ];
    // One prefix after another: Describe* calls have low rate limits.
    for (const prefix of prefixes) {
        const repositoryName = probeRepository(prefix);
        probes.push(await probe('ecr:GetDownloadUrlForLayer', prefix, () => ecr.send(new dist_cjs/* GetDownloadUrlForLayerCommand */.pKL({ repositoryName, layerDigest: PROBE_DIGEST })), region), await probe('ecr:DescribeImages', prefix, () => ecr.send(new dist_cjs/* DescribeImagesCommand */.ji5({ repositoryName })), region));
    }
    const proxyEndpoint = (0,doctor_findings/* isAwsFailure */.Qp)(token) ? undefined : token.authorizationData?.[0]?.proxyEndpoint;
    return { probes, ...(proxyEndpoint && { proxyEndpoint }) };
}

// EXTERNAL MODULE: ./src/aws/region.ts
var aws_region = __webpack_require__(9630);
// EXTERNAL MODULE: ./src/aws/registry-state.ts
var registry_state = __webpack_require__(4798);
// EXTERNAL MODULE: ./src/aws/sdk/clients.ts
var sdk_clients = __webpack_require__(3430);
// EXTERNAL MODULE: ./src/core/addresses.ts
var core_addresses = __webpack_require__(4471);
// EXTERNAL MODULE: ./src/core/unanswered.ts
var unanswered = __webpack_require__(2079);
;// CONCATENATED MODULE: ./src/core/doctor/network.ts
// Findings about the network around the runner: whether the ECR API, registry and S3 endpoints
// are private (VPC endpoints) or public and reachable, and whether first pulls have egress.



const ENDPOINT_NAME = {
    api: 'ECR API endpoint',
    registry: 'registry endpoint',
    layers: 'layer storage (S3)',
};
function kindOf(addresses) {
    const kinds = addresses.map(core_addresses/* classifyAddress */.D);
    if (kinds.every((k) => k === 'loopback'))
        return 'loopback';
    return kinds.every((k) => k !== 'public') ? 'private' : 'public';
}
/** The VPC endpoint service that makes an ECR endpoint private. */
function endpointService(role, region) {
    return (0,unanswered/* vpcEndpointService */.sH)(region, role === 'api' ? 'ecr.api' : 'ecr.dkr', 'interface');
}
function endpointFindings(checks, region) {
    return checks.map((c) => {
        const subject = ENDPOINT_NAME[c.role];
        if (c.via !== undefined) {
            return c.reachable
                ? (0,doctor_findings/* finding */.gk)('endpoint-proxy', 'ok', subject, `${c.host} goes through the proxy ${c.via}, which answers`)
                : (0,doctor_findings/* finding */.gk)('endpoint-unreachable', 'error', subject, `${c.host} goes through the proxy ${c.via}, which does not answer`, `check the proxy, or add ${c.host} to NO_PROXY if the VPC reaches it directly`);
        }
        if (c.resolveError !== undefined || !c.addresses || c.addresses.length === 0) {
            return (0,doctor_findings/* finding */.gk)('endpoint-unresolved', 'error', subject, `${c.host} does not resolve${c.resolveError ? ` (${c.resolveError})` : ''}`, c.role === 'layers'
                ? "check the VPC's DNS (enableDnsSupport); S3 names resolve through the Route 53 Resolver even with a gateway endpoint"
                : `check the VPC's DNS (enableDnsSupport, enableDnsHostnames) and that the interface endpoint ${endpointService(c.role, region)} has private DNS enabled`);
        }
        const kind = kindOf(c.addresses);
        const at = c.addresses.slice(0, 3).join(', ');
        const name = c.addresses.length === 1 && c.addresses[0] === c.host ? c.host : `${c.host} resolves to ${at} and`;
        if (kind !== 'public') {
            const what = kind === 'loopback'
                ? 'a local endpoint'
                : c.role === 'layers'
                    ? 'an S3 interface endpoint'
                    : 'a VPC interface endpoint';
            return c.reachable
                ? (0,doctor_findings/* finding */.gk)('endpoint-private', 'ok', subject, `${name} answers (${what})`)
                : (0,doctor_findings/* finding */.gk)('endpoint-unreachable', 'error', subject, `${name} does not answer on port ${c.port ?? 443} (${what}): the connection is refused or filtered`, kind === 'loopback'
                    ? `start the service behind ${c.host}:${c.port ?? 443}, or unset the endpoint override (AWS_ENDPOINT_URL_ECR)`
                    : `allow HTTPS (${c.port ?? 443}) from the runner's subnet in the endpoint's security group`);
        }
        if (c.role === 'layers') {
            return c.reachable
                ? (0,doctor_findings/* finding */.gk)('layers-public', 'note', subject, `${c.host} resolves to public addresses (${at}) and answers: through an S3 gateway endpoint or NAT; a gateway endpoint keeps public DNS, so doctor cannot tell which`, `to keep layer downloads off NAT, check that the subnet's route table has the gateway endpoint ${(0,unanswered/* vpcEndpointService */.sH)(region, 's3', 'gateway')}`)
                : (0,doctor_findings/* finding */.gk)('layers-unreachable', 'error', subject, `${c.host} (public addresses ${at}) does not answer: every layer download times out`, `add the S3 gateway endpoint ${(0,unanswered/* vpcEndpointService */.sH)(region, 's3', 'gateway')} to the route table of the runner's subnet (ECR keeps layers in S3)`);
        }
        return c.reachable
            ? (0,doctor_findings/* finding */.gk)('endpoint-public', 'note', subject, `${c.host} resolves to public addresses (${at}) and answers: ECR traffic leaves the VPC (NAT or internet gateway)`, `optional: the interface VPC endpoint ${endpointService(c.role, region)} with private DNS keeps it in the VPC`)
            : (0,doctor_findings/* finding */.gk)('endpoint-unreachable', 'error', subject, `${c.host} resolves to public addresses (${at}) and does not answer: no VPC endpoint and no egress`, `create the interface VPC endpoint ${endpointService(c.role, region)} with private DNS enabled in the runner's VPC, or give the subnet a NAT route`);
    });
}
/** One finding for the upstreams first pulls can reach, one for those they cannot. */
function egressFindings(checks) {
    const out = [];
    const list = (cs) => cs.map((c) => `${c.host}${c.via ? ` (through the proxy ${c.via})` : ''}`).join(', ');
    const rules = (cs) => cs.flatMap((c) => c.prefixes).join(', ');
    const blocked = checks.filter((c) => !c.reachable);
    const open = checks.filter((c) => c.reachable);
    if (blocked.length > 0) {
        out.push((0,doctor_findings/* finding */.gk)('first-pull-no-egress', 'warning', 'first pulls', `no egress to ${list(blocked)}: until ECR has imported an image, its layers may be redirected to the upstream's CDN, so a first pull through ${rules(blocked)} may time out`, doctor_findings/* WARM_FIX */.M7));
    }
    if (open.length > 0) {
        out.push((0,doctor_findings/* finding */.gk)('first-pull-egress', 'ok', 'first pulls', `egress to ${list(open)}: first pulls through ${rules(open)} can fetch layers from the upstream while ECR imports`));
    }
    return out;
}
function networkSkipped() {
    return (0,doctor_findings/* finding */.gk)('network-skipped', 'note', 'network', 'DNS and reachability of the ECR, S3 and upstream endpoints were not checked (--skip-network)', 'run doctor from the CI subnet without --skip-network');
}
/** STS's host did not resolve or refused the connection: a note, and the other checks go on. */
function stsUnreachedFinding(message, hint) {
    return (0,doctor_findings/* finding */.gk)('sts-unreachable', 'note', 'caller', `STS could not be reached (${message}): the caller is unknown; no command needs STS, the other checks go on`, hint);
}
/**
 * STS did not answer. The main job never needs it (the registry comes from ECR), so this is a warning:
 * only doctor's own "who is the caller" is lost.
 */
function stsUnansweredFinding(message, hint) {
    return (0,doctor_findings/* finding */.gk)('sts-unreachable', 'warning', 'caller', `${message}; the caller is unknown`, hint);
}

// EXTERNAL MODULE: ./src/core/image/upstreams.ts
var upstreams = __webpack_require__(3343);
;// CONCATENATED MODULE: ./src/core/doctor/rules.ts
// Findings about the rules: each one as ECR validates it, its credential secret, and the rules a
// setup file or a list of images expects.



function secretFix(prefix, name) {
    return `create it with the keys username and accessToken: ecr-pull-through setup --rule ${prefix}=... --credentials ${prefix}=USERNAME_ENV:TOKEN_ENV (creates ${name} from those variables and points the rule at it), or aws secretsmanager create-secret --name ${name} --secret-string '{"username":"...","accessToken":"..."}' and update the rule's credential ARN`;
}
function invalidFix(rule) {
    const upstream = (0,upstreams/* upstreamOf */.Fw)(rule.upstreamRegistryUrl);
    if (upstream?.auth === 'secret') {
        const name = rule.credentialArn ? ((0,upstreams/* secretNameOfArn */.eX)(rule.credentialArn) ?? rule.credentialArn) : undefined;
        return name
            ? `store valid upstream credentials in ${name} as {"username":"...","accessToken":"..."} (aws secretsmanager put-secret-value --secret-id ${name}), or rerun setup with the variables that hold them`
            : `give the rule a credential: ${secretFix(rule.ecrRepositoryPrefix, `ecr-pullthroughcache/${rule.ecrRepositoryPrefix}`)}`;
    }
    if (upstream?.auth === 'iam-role') {
        return `check that ECR can assume ${rule.customRoleArn ?? 'the rule’s role'} and that it may pull from ${rule.upstreamRegistryUrl}`;
    }
    return `check that ${rule.upstreamRegistryUrl} is reachable and supported, or delete the rule and create it again`;
}
function ruleFindings(rules) {
    if ((0,doctor_findings/* isAwsFailure */.Qp)(rules)) {
        return [
            (0,doctor_findings/* isDenied */.GZ)(rules)
                ? (0,doctor_findings/* finding */.gk)('rules-unreadable', 'warning', 'ecr:DescribePullThroughCacheRules', 'the caller may not list pull-through cache rules, so no rule was checked', 'grant ecr:DescribePullThroughCacheRules (login, rewrite and warm need it too unless given --rule)')
                : (0,doctor_findings/* finding */.gk)('rules-unreadable', 'warning', 'rules', `could not list the rules: ${rules.message}`, rules.hint),
        ];
    }
    if (rules.length === 0) {
        return [
            (0,doctor_findings/* finding */.gk)('no-rules', 'error', 'rules', 'this registry has no pull-through cache rules: every pull through it fails with "not found"', doctor_findings/* SETUP_HINT */.KV),
        ];
    }
    const out = [];
    const unvalidated = [];
    for (const { rule, validation, secret } of rules) {
        const subject = `rule ${rule.ecrRepositoryPrefix}`;
        const where = `${rule.ecrRepositoryPrefix} → ${rule.upstreamRegistryUrl}`;
        const secretName = rule.credentialArn ? ((0,upstreams/* secretNameOfArn */.eX)(rule.credentialArn) ?? rule.credentialArn) : '';
        if (secret === 'missing') {
            out.push((0,doctor_findings/* finding */.gk)('secret-missing', 'error', subject, `the credential secret ${secretName} (${rule.credentialArn}) does not exist: pulls through ${where} fail`, secretFix(rule.ecrRepositoryPrefix, secretName)));
            continue;
        }
        if (validation === undefined || (0,doctor_findings/* isAwsFailure */.Qp)(validation)) {
            if (validation && !(0,doctor_findings/* isDenied */.GZ)(validation)) {
                out.push((0,doctor_findings/* finding */.gk)('rule-unvalidated', 'warning', subject, `could not validate: ${validation.message}`, validation.hint));
            }
            else {
                unvalidated.push(rule.ecrRepositoryPrefix);
            }
            continue;
        }
        if (!validation.isValid) {
            const needsSecret = (0,upstreams/* upstreamOf */.Fw)(rule.upstreamRegistryUrl)?.auth === 'secret' && !rule.credentialArn;
            out.push((0,doctor_findings/* finding */.gk)(needsSecret ? 'secret-missing' : 'rule-invalid', 'error', subject, `ECR says ${where} is not valid${validation.failure ? `: ${validation.failure}` : ''}`, invalidFix(rule)));
            continue;
        }
        out.push((0,doctor_findings/* finding */.gk)('rule-ok', 'ok', subject, `→ ${rule.upstreamRegistryUrl}: valid`));
    }
    if (unvalidated.length > 0) {
        out.push((0,doctor_findings/* finding */.gk)('rule-unvalidated', 'note', 'ecr:ValidatePullThroughCacheRule', `the caller may not validate rules; not validated: ${unvalidated.join(', ')}`, 'grant ecr:ValidatePullThroughCacheRule to the role that runs doctor, or run doctor as an administrator'));
    }
    return out;
}
// What the setup file or the images expect.
function expectationFindings(rules, expected) {
    const out = [];
    const source = expected.source ?? 'the setup file';
    const file = expected.source ?? 'FILE';
    for (const want of expected.config?.rules ?? []) {
        const have = rules.find((r) => r.ecrRepositoryPrefix === want.ecrRepositoryPrefix);
        const target = `${want.upstreamRegistryUrl}${want.upstreamRepositoryPrefix ? `/${want.upstreamRepositoryPrefix}` : ''}`;
        if (!have) {
            out.push((0,doctor_findings/* finding */.gk)('rule-missing', 'error', `rule ${want.ecrRepositoryPrefix}`, `${source} wants ${want.ecrRepositoryPrefix} → ${target}; the registry has no such rule`, `ecr-pull-through setup --config ${file}`));
        }
        else if (!(0,image_rules/* sameUpstream */.W$)(have, want)) {
            out.push((0,doctor_findings/* finding */.gk)('rule-differs', 'error', `rule ${want.ecrRepositoryPrefix}`, `${source} wants ${want.ecrRepositoryPrefix} → ${target}; the registry's rule goes to ${have.upstreamRegistryUrl}`, `ecr-pull-through setup --config ${file} --force (deletes and re-creates the rule)`));
        }
    }
    for (const m of expected.images ?? []) {
        if (m.kind === 'invalid') {
            out.push((0,doctor_findings/* finding */.gk)('image-invalid', 'error', `image ${m.text}`, m.error));
            continue;
        }
        if (m.kind !== 'unmapped')
            continue;
        const upstream = (0,upstreams/* upstreamOf */.Fw)(m.ref.registry);
        out.push((0,doctor_findings/* finding */.gk)('rule-missing', 'error', `image ${m.ref.original}`, upstream
            ? `${m.reason}: the image cannot be pulled through the cache`
            : `${m.reason}, and ECR pull-through cache does not support ${m.ref.registry}`, upstream
            ? `add a rule: ecr-pull-through setup --rule PREFIX=${upstream.url}${upstream.auth === 'secret' ? ' --credentials PREFIX=USERNAME_ENV:TOKEN_ENV' : ''}`
            : `copy ${m.ref.original} into an ECR repository (or ECR Public) and use that reference`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/doctor/templates.ts
// Findings about repository creation templates: what a cache repository starts with when a first
// pull creates it (lifecycle, tag mutability), and cache repositories that already exist.


/** The template ECR applies to a new cache repository under `prefix`: the longest matching prefix, else ROOT. */
function templateFor(templates, prefix) {
    const ptc = templates.filter((t) => t.appliedFor.includes('PULL_THROUGH_CACHE'));
    const specific = ptc
        .filter((t) => t.prefix !== image_rules/* ROOT */.Dl && (prefix === t.prefix || prefix.startsWith(`${t.prefix}/`)))
        .sort((a, b) => b.prefix.length - a.prefix.length)[0];
    return specific ?? ptc.find((t) => t.prefix === image_rules/* ROOT */.Dl);
}
function templateFindings(templates, rules, immutableRepositories) {
    if ((0,doctor_findings/* isAwsFailure */.Qp)(templates)) {
        return [
            (0,doctor_findings/* finding */.gk)('templates-unreadable', 'warning', 'repository creation templates', `could not read them: ${(0,doctor_findings/* isDenied */.GZ)(templates) ? 'ecr:DescribeRepositoryCreationTemplates is denied' : templates.message}`, 'grant ecr:DescribeRepositoryCreationTemplates to the role that runs doctor'),
        ];
    }
    const out = [];
    const uncovered = [];
    const used = new Map();
    for (const rule of rules) {
        const t = templateFor(templates, rule.ecrRepositoryPrefix);
        if (!t) {
            uncovered.push(rule.ecrRepositoryPrefix);
            continue;
        }
        const entry = used.get(t.prefix) ?? { template: t, prefixes: [] };
        entry.prefixes.push(rule.ecrRepositoryPrefix);
        used.set(t.prefix, entry);
    }
    if (uncovered.length > 0 || (rules.length === 0 && templates.length === 0)) {
        const which = uncovered.length > 0
            ? ` under ${uncovered.map((p) => (p === image_rules/* ROOT */.Dl ? 'ROOT' : `${p}/`)).join(', ')}`
            : '';
        out.push((0,doctor_findings/* finding */.gk)('template-missing', 'warning', 'repository creation template', `no template applies to new pull-through cache repositories${which}: they get default settings and no lifecycle policy, so cached images are kept (and billed) forever`, 'ecr-pull-through setup --expire-after-days 30 (a ROOT template for PULL_THROUGH_CACHE), or template: {expireAfterDays: 30} in the setup file'));
    }
    for (const { template: t, prefixes } of used.values()) {
        const subject = `template ${t.prefix}`;
        const covers = `(covers ${prefixes.join(', ')})`;
        let problems = 0;
        if (t.imageTagMutability?.startsWith('IMMUTABLE')) {
            problems++;
            out.push((0,doctor_findings/* finding */.gk)('tag-immutability', 'warning', subject, `new cache repositories get ${t.imageTagMutability} tags ${covers}: ECR cannot move a cached tag when the upstream does, so tags such as node:20 stay on the first image cached`, 'set imageTagMutability MUTABLE on the template (setup does by default)'));
        }
        if (((t.resourceTags ?? 0) > 0 || t.kms) && !t.customRoleArn) {
            problems++;
            out.push((0,doctor_findings/* finding */.gk)('template-needs-role', 'warning', subject, `the template sets ${t.kms ? 'KMS encryption' : 'resource tags'} without a customRoleArn: first pulls may fail with "not found" (containers-roadmap#2398)`, 'give the template a customRoleArn that may tag repositories (and use the KMS key), or drop the tags'));
        }
        if (!t.lifecyclePolicy) {
            problems++;
            out.push((0,doctor_findings/* finding */.gk)('template-no-lifecycle', 'note', subject, `no lifecycle policy ${covers}: cached images are kept forever`, 'add one: template: {expireAfterDays: N} in the setup file, then ecr-pull-through setup'));
        }
        if (problems === 0)
            out.push((0,doctor_findings/* finding */.gk)('template-ok', 'ok', subject, `applies to pull-through cache repositories ${covers}`));
    }
    if ((0,doctor_findings/* isAwsFailure */.Qp)(immutableRepositories)) {
        out.push((0,doctor_findings/* finding */.gk)('repositories-unreadable', 'note', 'cache repositories', `tag mutability not checked: ${(0,doctor_findings/* isDenied */.GZ)(immutableRepositories) ? 'ecr:DescribeRepositories is denied' : immutableRepositories.message}`));
    }
    else if (immutableRepositories && immutableRepositories.length > 0) {
        const shown = immutableRepositories.slice(0, 5).join(', ');
        const more = immutableRepositories.length > 5 ? ` and ${immutableRepositories.length - 5} more` : '';
        out.push((0,doctor_findings/* finding */.gk)('tag-immutability', 'warning', 'cache repositories', `${immutableRepositories.length} cache repositories have immutable tags (${shown}${more}): ECR cannot update their tags from upstream`, 'aws ecr put-image-tag-mutability --image-tag-mutability MUTABLE --repository-name NAME for each'));
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/core/proxy.ts
var core_proxy = __webpack_require__(4819);
;// CONCATENATED MODULE: ./src/net/probe.ts
// The network as doctor sees it: what a name resolves to (the system resolver, as docker and the
// SDK use it) and whether a TCP connection opens, directly or to the proxy the environment names.
// Tests pass their own NetworkProbe instead.



function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
function systemNetwork(timeoutMs = 3_000) {
    return {
        async resolve(host) {
            if ((0,external_node_net_.isIP)(host))
                return [host];
            const found = await withTimeout((0,promises_.lookup)(host, { all: true }), timeoutMs, `resolving ${host}`);
            return found.map((a) => a.address);
        },
        connect(host, port) {
            return new Promise((resolve) => {
                const socket = (0,external_node_net_.connect)({ host, port, timeout: timeoutMs });
                const done = (ok) => {
                    socket.destroy();
                    resolve(ok);
                };
                socket.once('connect', () => done(true));
                socket.once('timeout', () => done(false));
                socket.once('error', () => done(false));
            });
        },
    };
}
function portOf(url) {
    return url.port ? Number(url.port) : url.protocol === 'http:' ? 80 : 443;
}
/** The proxy the environment sends a URL through, as host and port (its credentials never kept). */
function proxyOf(url, env) {
    const proxy = (0,core_proxy/* proxyFor */.i)(url.href, env);
    if (!proxy)
        return undefined;
    const u = new URL(proxy);
    return { host: u.hostname, port: portOf(u) };
}
/** Whether a connection to the URL opens: directly, or to the proxy the environment names for it. */
async function reach(network, env, url) {
    const proxy = proxyOf(url, env);
    if (proxy)
        return { reachable: await network.connect(proxy.host, proxy.port), via: `${proxy.host}:${proxy.port}` };
    return { reachable: await network.connect(url.hostname.replace(/^\[|\]$/g, ''), portOf(url)) };
}
/** Resolve each endpoint and try to connect to it (a proxied one: only the proxy). */
function checkEndpoints(network, env, targets) {
    return Promise.all(targets.map(async ([role, url]) => {
        const host = url.hostname.replace(/^\[|\]$/g, '');
        const port = portOf(url);
        if (proxyOf(url, env))
            return { role, host, port, ...(await reach(network, env, url)) };
        try {
            const addresses = await network.resolve(host);
            return { role, host, port, addresses, ...(await reach(network, env, url)) };
        }
        catch (e) {
            return { role, host, port, resolveError: e.message };
        }
    }));
}
/** Try HTTPS connections to upstream hosts, each with the rule prefixes whose first pulls go there. */
function checkEgress(network, env, upstreams) {
    return Promise.all([...upstreams].map(async ([host, prefixes]) => ({
        host,
        prefixes,
        ...(await reach(network, env, new URL(`https://${host}`))),
    })));
}

// EXTERNAL MODULE: ./src/run/deadline.ts + 2 modules
var run_deadline = __webpack_require__(9738);
// EXTERNAL MODULE: ./src/use-cases/run.ts + 5 modules
var run = __webpack_require__(3613);
;// CONCATENATED MODULE: ./src/use-cases/doctor.ts
// doctor: look at a registry (and the network around the runner) the way a first pull through the
// cache will, and say what is missing and how to fix it. Every AWS call here is harmless: reads,
// validations, and permission probes on repositories that do not exist.




















/** How long doctor waits for STS before it says so and goes on without it. */
const STS_WAIT_MS = 15_000;
async function doctor(options = {}) {
    const region = await (0,sdk_clients/* regionInUse */.V_)(options.region ?? options.config?.region, options);
    return (0,run.withRun)(options, timeouts/* DEFAULT_TIMEOUT_MS */.t1, (run) => examine(run, options, region));
}
/** Who the caller is, from STS; a silent STS (no sts endpoint in the VPC) is a finding, not a hang. */
async function whoIsCalling(clients, region) {
    const deadline = clients.run.deadline;
    const sts = new run_deadline/* Deadline */.B(Math.min(STS_WAIT_MS, deadline.left() / 2), deadline.signal).inRegion(region);
    try {
        return await sts.run(() => (0,calls/* attempt */.CD)(() => clients.callerIdentity(sts), region, sts.signal));
    }
    catch (e) {
        if (e instanceof run_deadline/* DeadlineError */.j && !deadline.expired)
            return e;
        throw e;
    }
    finally {
        sts.dispose();
    }
}
async function examine(run, options, region) {
    const { env } = run;
    const network = options.network === undefined ? systemNetwork() : options.network;
    const clients = (0,sdk_clients/* createClients */.hP)(region, run);
    let secrets;
    const secretsApi = async () => {
        const { createSecretsApi } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(528)]).then(__webpack_require__.bind(__webpack_require__, 528));
        secrets ??= createSecretsApi(region, run);
        return secrets;
    };
    try {
        const { ecr } = clients;
        const findings = [];
        const api = await (0,endpoints/* ecrApiEndpoint */.i)(ecr, region);
        const layers = new URL(`https://${(0,core_addresses/* layerBucketHost */.C)(region)}`);
        const identity = await whoIsCalling(clients, region);
        const stsSilent = identity instanceof run_deadline/* DeadlineError */.j ? identity : undefined;
        // STS is optional for every command: when it cannot be reached, the checks go on without it.
        const stsUnreached = (0,doctor_findings/* isAwsFailure */.Qp)(identity) && identity.unreached ? identity : undefined;
        const caller = identity instanceof run_deadline/* DeadlineError */.j || stsUnreached
            ? undefined
            : (0,doctor_findings/* isAwsFailure */.Qp)(identity)
                ? identity
                : { account: identity.Account ?? '', arn: identity.Arn ?? '' };
        if (stsSilent)
            findings.push(stsUnansweredFinding(stsSilent.message, stsSilent.hint ?? ''));
        else if (stsUnreached)
            findings.push(stsUnreachedFinding(stsUnreached.message, stsUnreached.hint));
        else if (caller)
            findings.push(...(0,doctor_findings/* callerFindings */.gB)(caller));
        if ((0,doctor_findings/* isAwsFailure */.Qp)(caller)) {
            // Nothing else can be asked; the network may say why.
            if (network) {
                const targets = [
                    ['api', api.url],
                    ['layers', layers],
                ];
                findings.push(...endpointFindings(await checkEndpoints(network, env, targets), region));
            }
            return report(region, findings);
        }
        const rules = await (0,calls/* attempt */.CD)(() => (0,registry_state/* listRules */.sJ)(ecr), region);
        const ruleList = (0,doctor_findings/* isAwsFailure */.Qp)(rules) ? [] : rules;
        const checks = [];
        for (const rule of ruleList)
            checks.push(await checkRule(ecr, region, rule, secretsApi));
        const prefixes = ruleList.map((r) => r.ecrRepositoryPrefix);
        const { probes, proxyEndpoint } = await probePermissions(ecr, region, prefixes.length > 0 ? prefixes : [undefined]);
        // Without STS the account still comes from ECR: the token's endpoint or a rule's registryId.
        const account = caller?.account ??
            (proxyEndpoint ? (0,ecr_host/* parseEcrHost */.wl)((0,ecr_host/* hostOf */.w4)(proxyEndpoint))?.account : undefined) ??
            ruleList.find((r) => r.registryId)?.registryId ??
            '';
        // The host pulls use: FIPS or dual-stack when the SDK's settings ask for them, as the API's are.
        const variant = await (0,aws_region/* endpointVariant */.lc)(options);
        const registry = proxyEndpoint
            ? (0,ecr_host/* registryHostIn */.XU)((0,ecr_host/* hostOf */.w4)(proxyEndpoint), variant)
            : (0,ecr_host/* ecrHostFor */.UY)(account, region, variant);
        const templates = await (0,calls/* attempt */.CD)(() => (0,registry_state/* listTemplates */.eG)(ecr), region);
        const immutable = await (0,calls/* attempt */.CD)(() => (0,registry_state/* immutableCacheRepositories */.JV)(ecr, prefixes), region);
        const anyValid = checks.some((c) => !(0,doctor_findings/* isAwsFailure */.Qp)(c.validation) && c.validation?.isValid === true);
        findings.push(...(0,doctor_findings/* regionFindings */.JB)(region, api.fips || ((0,ecr_host/* parseEcrHost */.wl)(registry)?.fips ?? false), anyValid));
        findings.push(...ruleFindings((0,doctor_findings/* isAwsFailure */.Qp)(rules) ? rules : checks));
        // Expectations are checked only against rules that could be read.
        if (!(0,doctor_findings/* isAwsFailure */.Qp)(rules))
            findings.push(...expectations(ruleList, registry, options));
        findings.push(...permissionFindings(probes, {
            region,
            account,
            callerArn: caller?.arn ?? `arn:${(0,ecr_host/* partitionOf */.iQ)(region)}:iam::${account || 'ACCOUNT'}:role/ROLE`,
            prefixes,
        }));
        findings.push(...templateFindings(templates, ruleList, immutable));
        if (network) {
            const dkr = new URL(proxyEndpoint ?? `https://${registry}`);
            const targets = [
                ['api', api.url],
                ['registry', dkr],
                ['layers', layers],
            ];
            findings.push(...endpointFindings(await checkEndpoints(network, env, targets), region));
            findings.push(...egressFindings(await checkEgress(network, env, upstreamHosts(ruleList))));
        }
        else {
            findings.push(networkSkipped());
        }
        return report(region, findings, {
            ...(account && { account }),
            ...(caller && { caller: caller.arn }),
            registry,
        });
    }
    finally {
        secrets?.destroy();
        clients.destroy();
    }
}
/** ECR's validation of a rule, and whether its credential secret exists. */
async function checkRule(ecr, region, rule, secretsApi) {
    const answer = await (0,calls/* attempt */.CD)(() => ecr.send(new dist_cjs/* ValidatePullThroughCacheRuleCommand */.Qbn({ ecrRepositoryPrefix: rule.ecrRepositoryPrefix })), region);
    const validation = (0,doctor_findings/* isAwsFailure */.Qp)(answer)
        ? answer
        : { isValid: answer.isValid === true, ...(answer.failure && { failure: answer.failure }) };
    const arn = rule.credentialArn;
    if (arn === undefined)
        return { rule, validation };
    const api = await secretsApi();
    const found = await (0,calls/* attempt */.CD)(() => api.arnOf(arn), region);
    const secret = (0,doctor_findings/* isAwsFailure */.Qp)(found) ? found : found === undefined ? 'missing' : 'found';
    return { rule, validation, secret };
}
function expectations(rules, registry, options) {
    const target = { registry, rules };
    return expectationFindings(rules, {
        ...(options.config && { config: options.config }),
        ...(options.configSource && { source: options.configSource }),
        images: (options.images ?? []).map((image) => (0,image_rules/* mapImage */.oo)(image, target)),
    });
}
/** Upstream hosts first pulls may be redirected towards, with their rules (ECR upstreams stay in AWS). */
function upstreamHosts(rules) {
    const byHost = new Map();
    for (const rule of rules) {
        const upstream = (0,upstreams/* upstreamOf */.Fw)(rule.upstreamRegistryUrl);
        if (!upstream || upstream.auth === 'iam-role')
            continue;
        byHost.set(upstream.url, [...(byHost.get(upstream.url) ?? []), rule.ecrRepositoryPrefix]);
    }
    return byHost;
}
function report(region, findings, who = {}) {
    const { errors, warnings } = (0,doctor_findings/* countFindings */.Gt)(findings);
    return { region, ...who, findings, errors, warnings, ok: errors === 0 };
}


/***/ }),

/***/ 3613:
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

;// CONCATENATED MODULE: ./src/net/request-log.ts
// Every HTTP request the run makes, as a debug line (--debug, the action's core.debug): method,
// host, path, status and time. The request path knows no listener and pays nothing when nobody
// listens. Only what is passed here is ever shown: never headers (Authorization), bodies or query
// strings (a presigned URL's credentials). No Node import: every entry loads this module at start,
// and diagnostics_channel or perf_hooks would load Node internals that only --debug uses. One bundle
// has one module registry, so the listeners below reach every chunk. A Run carries `requestLog`.
const listeners = new Set();
/** Listen to every request that ends; returns the function that stops listening. */
function onRequest(listener) {
    // Its own entry, so the same function given twice is called twice and stopped once each.
    const entry = (record) => listener(record);
    listeners.add(entry);
    return () => listeners.delete(entry);
}
function publish(record) {
    for (const listener of listeners)
        listener(record);
}
/** Milliseconds on a monotonic clock (process.hrtime: the global `performance` loads perf_hooks). */
const now = () => Number(process.hrtime.bigint()) / 1e6;
/** Report `sent` when it ends (its status read by `statusOf`); `sent` itself is returned unchanged. */
function loggedRequest(request, sent, statusOf) {
    if (listeners.size === 0)
        return sent;
    const at = now();
    const url = typeof request.url === 'string' ? new URL(request.url) : request.url;
    const base = {
        method: request.method,
        host: url.host,
        path: url.pathname,
        ...(request.operation && { operation: request.operation }),
    };
    const ms = () => Math.round(now() - at);
    sent.then((answer) => publish({ ...base, status: statusOf(answer), ms: ms() }), (e) => publish({ ...base, failure: failureName(e), ms: ms() }));
    return sent;
}
/** The request log every Run carries: the listeners above, the CLI's --debug and the action's debug. */
const requestLog = { logged: loggedRequest };
function failureName(e) {
    const err = e;
    if (typeof err?.code === 'string')
        return err.code;
    return typeof err?.name === 'string' ? err.name : 'Error';
}
/** One line: `POST ecr.us-east-1.amazonaws.com/ GetAuthorizationToken 200 38ms`. */
function formatRequest(r) {
    const outcome = r.status === undefined ? `failed (${r.failure ?? 'no answer'})` : String(r.status);
    return `${r.method} ${r.host}${r.path}${r.operation ? ` ${r.operation}` : ''} ${outcome} ${r.ms}ms`;
}

// EXTERNAL MODULE: ./src/run/deadline.ts + 2 modules
var run_deadline = __webpack_require__(9738);
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
        requests: requestLog,
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
