export const id = 963;
export const ids = [963,613];
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


/***/ }),

/***/ 9963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setup: () => (/* binding */ setup)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/aws/calls.ts
var calls = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/aws/registry-state.ts
var registry_state = __webpack_require__(4798);
// EXTERNAL MODULE: ./src/aws/sdk/clients.ts
var sdk_clients = __webpack_require__(3430);
// EXTERNAL MODULE: ./src/core/aws-failure.ts
var aws_failure = __webpack_require__(4229);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var rules = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/core/image/upstreams.ts
var upstreams = __webpack_require__(3343);
// EXTERNAL MODULE: ./src/core/image/ecr-host.ts
var ecr_host = __webpack_require__(7794);
;// CONCATENATED MODULE: ./src/core/setup/registry-policies.ts
// The JSON documents setup writes: the lifecycle policy of the creation template, the registry
// policy statement that lets an organization pull through the cache, and the repository policy that
// lets it pull what is cached. Compared by meaning (canonical JSON), never by text, because ECR may
// hand a policy back with other whitespace or key order.


const ORGANIZATION_STATEMENT_SID = 'EcrPullThroughCacheOrganization';
/** Expire every cached image N days after its import; the next pull imports it again. */
function expireAfterDaysPolicy(days) {
    return JSON.stringify({
        rules: [
            {
                rulePriority: 1,
                description: `Expire cached images ${days} days after they were imported`,
                selection: { tagStatus: 'any', countType: 'sinceImagePushed', countUnit: 'days', countNumber: days },
                action: { type: 'expire' },
            },
        ],
    });
}
/** The days of an expire policy written by expireAfterDaysPolicy, when the text is one. */
function expireAfterDaysOf(policyText) {
    const doc = parseJson(policyText);
    const selection = doc?.rules?.find((r) => r.selection?.countType === 'sinceImagePushed')?.selection;
    return typeof selection?.countNumber === 'number' ? selection.countNumber : undefined;
}
/**
 * Registry policy statement: principals of the organization may create cache repositories and import
 * upstream images (the two permissions a pull-through pull needs beyond pulling) under the prefixes.
 */
function organizationImportStatement(organizationId, region, account, prefixes) {
    const resources = prefixes.includes(rules/* ROOT */.Dl)
        ? [(0,ecr_host/* repositoryArn */.qM)(region, account, '*')]
        : [...new Set(prefixes)].sort().map((p) => (0,ecr_host/* repositoryArn */.qM)(region, account, `${p}/*`));
    return {
        Sid: ORGANIZATION_STATEMENT_SID,
        Effect: 'Allow',
        Principal: '*',
        Action: ['ecr:BatchImportUpstreamImage', 'ecr:CreateRepository'],
        Resource: resources.length === 1 ? resources[0] : resources,
        Condition: { StringEquals: { 'aws:PrincipalOrgID': organizationId } },
    };
}
/** Repository policy for cache repositories (set through the creation template): the organization may pull. */
function organizationPullPolicy(organizationId) {
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            {
                Sid: ORGANIZATION_STATEMENT_SID,
                Effect: 'Allow',
                Principal: '*',
                Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
                Condition: { StringEquals: { 'aws:PrincipalOrgID': organizationId } },
            },
        ],
    });
}
/**
 * The registry policy with our statement in it, keeping every other statement as it is.
 * `changed` is false when the policy already holds exactly this statement.
 */
function withStatement(policyText, statement) {
    const doc = (parseJson(policyText) ?? {});
    const current = Array.isArray(doc.Statement)
        ? doc.Statement
        : doc.Statement
            ? [doc.Statement]
            : [];
    const ours = current.find((s) => s.Sid === statement.Sid);
    const others = current.filter((s) => s.Sid !== statement.Sid);
    const text = JSON.stringify({
        ...doc,
        Version: doc.Version ?? '2012-10-17',
        Statement: [...others, statement],
    });
    return { text, changed: ours === undefined || canonicalJson(ours) !== canonicalJson(statement) };
}
/** True when two JSON texts mean the same document (key order and whitespace aside). */
function sameJson(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    const pa = parseJson(a);
    const pb = parseJson(b);
    return pa !== undefined && pb !== undefined ? canonicalJson(pa) === canonicalJson(pb) : a === b;
}
function parseJson(text) {
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/core/setup/plan.ts
// What setup must change: the difference between the config and what the registry holds, as an
// ordered list of steps (secrets before the rules that name them). Pure: the use case reads the
// registry (state.ts), this decides, the use case applies; format.ts puts a plan in words. Secret
// values never reach this module; the use case compares them and says only "same" or "different".



const PTC = 'PULL_THROUGH_CACHE';
function secretSteps(config, state) {
    const steps = new Map();
    for (const rule of config.rules) {
        const c = rule.credentials;
        if (!c || steps.has(c.secret))
            continue;
        const existing = state.secrets.get(c.secret);
        const env = c.usernameEnv && c.accessTokenEnv
            ? { usernameEnv: c.usernameEnv, accessTokenEnv: c.accessTokenEnv }
            : undefined;
        const from = env ? ` from ${env.usernameEnv} and ${env.accessTokenEnv}` : '';
        let action;
        let reason;
        if (existing === undefined) {
            [action, reason] = env
                ? ['create', `username *** and accessToken ***${from}`]
                : [
                    'blocked',
                    'does not exist: create it, or give usernameEnv and accessTokenEnv to let setup create it',
                ];
        }
        else if (env && existing.value === 'different') {
            [action, reason] = ['update', `stored value differs: new username *** and accessToken ***${from}`];
        }
        else {
            [action, reason] = [
                'unchanged',
                env ? 'holds the same username and accessToken' : 'exists (used as it is)',
            ];
        }
        steps.set(c.secret, { kind: 'secret', name: c.secret, action, reason, ...env });
    }
    return [...steps.values()];
}
function ruleStep(rule, state, secrets, force) {
    const prefix = rule.ecrRepositoryPrefix;
    const base = { kind: 'rule', name: prefix, rule };
    const target = `${rule.upstreamRegistryUrl}${rule.upstreamRepositoryPrefix ? `/${rule.upstreamRepositoryPrefix}` : ''}`;
    const credential = rule.credentials ? `, credential ${rule.credentials.secret}` : '';
    const existing = state.rules.find((r) => r.ecrRepositoryPrefix === prefix);
    if (existing === undefined)
        return { ...base, action: 'create', reason: `upstream ${target}${credential}` };
    if (!(0,rules/* sameUpstream */.W$)(existing, rule)) {
        const now = `${(0,upstreams/* canonicalUpstreamUrl */.$T)(existing.upstreamRegistryUrl)}${existing.upstreamRepositoryPrefix && existing.upstreamRepositoryPrefix !== rules/* ROOT */.Dl ? `/${existing.upstreamRepositoryPrefix}` : ''}`;
        return force
            ? {
                ...base,
                action: 'replace',
                reason: `upstream ${now} → ${target}: delete and re-create${credential}`,
            }
            : {
                ...base,
                action: 'blocked',
                reason: `upstream is ${now}, config says ${target}: rerun with --force to delete and re-create the rule (cached repositories stay)`,
            };
    }
    const changes = [];
    if (rule.credentials) {
        const secret = rule.credentials.secret;
        const step = secrets.find((s) => s.name === secret);
        const arn = step?.action === 'create' ? undefined : state.secrets.get(secret)?.arn;
        if (arn === undefined || existing.credentialArn !== arn) {
            const was = existing.credentialArn ? (0,upstreams/* secretNameOfArn */.eX)(existing.credentialArn) : undefined;
            changes.push(was === secret
                ? `credential ${secret} (the rule names an older secret of that name)`
                : `credential ${was ?? 'none'} → ${secret}`);
        }
    }
    if (rule.customRoleArn !== undefined && rule.customRoleArn !== existing.customRoleArn) {
        changes.push(`role ${existing.customRoleArn ?? 'none'} → ${rule.customRoleArn}`);
    }
    return changes.length > 0
        ? { ...base, action: 'update', reason: changes.join('; ') }
        : { ...base, action: 'unchanged', reason: `upstream ${target}${credential}` };
}
function templateStep(t, config, state) {
    const wanted = {
        prefix: t.prefix,
        description: t.description,
        appliedFor: [PTC],
        imageTagMutability: t.imageTagMutability,
        ...(t.expireAfterDays !== undefined && { lifecyclePolicy: expireAfterDaysPolicy(t.expireAfterDays) }),
        ...(config.organizationId !== undefined && {
            repositoryPolicy: organizationPullPolicy(config.organizationId),
        }),
    };
    const expiry = t.expireAfterDays === undefined
        ? 'no lifecycle policy'
        : `images expire ${t.expireAfterDays} days after import`;
    const base = { kind: 'template', name: t.prefix };
    const existing = state.template?.prefix === t.prefix ? state.template : undefined;
    if (existing === undefined) {
        return {
            ...base,
            action: 'create',
            reason: `for PULL_THROUGH_CACHE: ${expiry}, ${t.imageTagMutability} tags`,
            template: wanted,
        };
    }
    const differs = [];
    if (!existing.appliedFor.includes(PTC))
        differs.push('not applied for PULL_THROUGH_CACHE');
    if ((existing.imageTagMutability ?? 'MUTABLE') !== t.imageTagMutability) {
        differs.push(`tags ${existing.imageTagMutability ?? 'MUTABLE'} → ${t.imageTagMutability}`);
    }
    if (wanted.lifecyclePolicy !== undefined && !sameJson(existing.lifecyclePolicy, wanted.lifecyclePolicy)) {
        differs.push(`lifecycle policy → ${expiry}`);
    }
    if (wanted.repositoryPolicy !== undefined &&
        !sameJson(existing.repositoryPolicy, wanted.repositoryPolicy)) {
        differs.push('repository policy → the organization may pull');
    }
    if ((existing.description ?? '') !== t.description)
        differs.push('description');
    if (differs.length === 0) {
        return {
            ...base,
            action: 'unchanged',
            reason: `for PULL_THROUGH_CACHE: ${expiry}, ${t.imageTagMutability} tags`,
            template: wanted,
        };
    }
    // Keep what the template is used for besides pull-through cache (replication, create on push).
    const appliedFor = [...new Set([...existing.appliedFor, PTC])];
    return { ...base, action: 'update', reason: differs.join('; '), template: { ...wanted, appliedFor } };
}
function registryPolicyStep(organizationId, config, state) {
    const prefixes = config.rules.length > 0 ? config.rules.map((r) => r.ecrRepositoryPrefix) : [rules/* ROOT */.Dl];
    const statement = organizationImportStatement(organizationId, state.region, state.account, prefixes);
    const { text, changed } = withStatement(state.registryPolicy, statement);
    const what = `organization ${organizationId} may create cache repositories and import upstream images`;
    const action = !changed
        ? 'unchanged'
        : state.registryPolicy === undefined
            ? 'create'
            : 'update';
    return { kind: 'registry-policy', name: 'registry', action, reason: what, policyText: text };
}
function planSetup(config, state, options = {}) {
    const secrets = secretSteps(config, state);
    const steps = [
        ...secrets,
        ...config.rules.map((r) => ruleStep(r, state, secrets, options.force ?? false)),
        ...(config.template ? [templateStep(config.template, config, state)] : []),
        ...(config.organizationId ? [registryPolicyStep(config.organizationId, config, state)] : []),
    ];
    return {
        steps,
        changes: steps.filter((s) => s.action !== 'unchanged' && s.action !== 'blocked').length,
        blocked: steps.some((s) => s.action === 'blocked'),
    };
}

// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: ./src/use-cases/run.ts + 5 modules
var run = __webpack_require__(3613);
;// CONCATENATED MODULE: ./src/use-cases/setup.ts
// setup: make a registry ready for pull-through cache from one declarative config. Read what the
// registry holds, plan the difference (core/setup/plan.ts), and apply it unless it is a dry run or a
// step is blocked. Credentials come from environment variables and go only to Secrets Manager.









/** Read every credential the config names from the environment, before anything is changed. */
function readCredentials(config, env, onSecret) {
    const out = new Map();
    for (const rule of config.rules) {
        const c = rule.credentials;
        if (!c?.usernameEnv || !c.accessTokenEnv || out.has(c.secret))
            continue;
        const read = (name, what) => {
            const value = env[name];
            if (!value)
                throw new errors/* InputError */.dz(`${name} is not set: it should hold the ${what} for ${c.secret} (rule ${rule.ecrRepositoryPrefix})`);
            onSecret?.(value);
            return value;
        };
        out.set(c.secret, {
            username: read(c.usernameEnv, 'upstream username'),
            accessToken: read(c.accessTokenEnv, 'upstream access token'),
        });
    }
    return out;
}
function failed(what, e, region, applied) {
    const done = applied > 0 ? ` (${applied} change${applied === 1 ? ' was' : 's were'} made before it)` : '';
    return new errors/* OperationError */.OK(`${what} failed${done}: ${e.message}`, (0,aws_failure/* awsHint */.Bv)(e, region), {
        cause: e,
    });
}
async function readState(ecr, secrets, config, credentials, base) {
    const rules = await (0,registry_state/* listRules */.sJ)(ecr);
    const known = new Map();
    for (const rule of config.rules) {
        const name = rule.credentials?.secret;
        if (!name || !secrets || known.has(name))
            continue;
        const arn = await (0,calls/* retrying */.R$)(() => secrets.arnOf(name));
        if (arn === undefined)
            continue;
        // Compared in memory only when the config gives the value; the plan learns just the verdict.
        const wanted = credentials.get(name);
        let value = 'unknown';
        if (wanted)
            value = (await (0,calls/* retrying */.R$)(() => secrets.holds(name, wanted))) ? 'same' : 'different';
        known.set(name, { arn, value });
    }
    const template = config.template
        ? (await (0,registry_state/* listTemplates */.eG)(ecr, [config.template.prefix])).find((t) => t.prefix === config.template?.prefix)
        : undefined;
    const registryPolicy = config.organizationId ? await (0,registry_state/* registryPolicyText */.js)(ecr) : undefined;
    return {
        ...base,
        rules,
        secrets: known,
        ...(template && { template }),
        ...(registryPolicy !== undefined && { registryPolicy }),
    };
}
async function setup(options) {
    const region = await (0,sdk_clients/* regionInUse */.V_)(options.region ?? options.config.region, options);
    return (0,run.withRun)(options, timeouts/* DEFAULT_TIMEOUT_MS */.t1, (run) => setUp(run, options, region));
}
async function setUp(run, options, region) {
    const { config } = options;
    const credentials = readCredentials(config, run.env, run.onSecret);
    const clients = (0,sdk_clients/* createClients */.hP)(region, run);
    let secrets;
    try {
        if (config.rules.some((r) => r.credentials)) {
            const { createSecretsApi } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(528)]).then(__webpack_require__.bind(__webpack_require__, 528));
            secrets = createSecretsApi(region, run);
        }
        const { ecr } = clients;
        let state;
        try {
            const identity = await (0,calls/* retrying */.R$)(() => clients.callerIdentity());
            state = await readState(ecr, secrets, config, credentials, { account: identity.Account ?? '', region });
        }
        catch (e) {
            throw failed('reading the registry', e, region, 0);
        }
        const plan = planSetup(config, state, { force: options.force ?? false });
        const apply = !options.dryRun && !plan.blocked;
        const arns = new Map([...state.secrets].map(([name, s]) => [name, s.arn]));
        const reports = [];
        let applied = 0;
        for (const step of plan.steps) {
            const changes = step.action !== 'unchanged' && step.action !== 'blocked';
            if (apply && changes) {
                try {
                    await applyStep(step, { ecr, secrets, credentials, arns });
                }
                catch (e) {
                    throw failed(`${step.action} ${step.kind} ${step.name}`, e, region, applied);
                }
                applied++;
            }
            reports.push({
                kind: step.kind,
                name: step.name,
                action: step.action,
                reason: step.reason,
                applied: apply && changes,
            });
        }
        return {
            region,
            account: state.account,
            dryRun: options.dryRun ?? false,
            steps: reports,
            changes: plan.changes,
            blocked: plan.blocked,
        };
    }
    finally {
        secrets?.destroy();
        clients.destroy();
    }
}
/** Mutations are not retried here (a lost answer would turn a retry into "already exists"); the SDK retries throttling. */
async function applyStep(step, ctx) {
    const { ecr } = ctx;
    switch (step.kind) {
        case 'secret': {
            const credential = ctx.credentials.get(step.name);
            const secrets = ctx.secrets;
            if (!credential || !secrets)
                throw new Error('no credential to store');
            if (step.action === 'create') {
                const description = 'Upstream registry credentials for an ECR pull-through cache rule (ecr-pull-through setup)';
                ctx.arns.set(step.name, await (0,calls/* retrying */.R$)(() => secrets.create(step.name, credential, description)));
            }
            else {
                await (0,calls/* retrying */.R$)(() => secrets.put(step.name, credential));
            }
            return;
        }
        case 'rule': {
            const r = step.rule;
            const credentialArn = r.credentials ? ctx.arns.get(r.credentials.secret) : undefined;
            if (r.credentials && !credentialArn)
                throw new Error(`the ARN of ${r.credentials.secret} is unknown`);
            if (step.action === 'update') {
                await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* UpdatePullThroughCacheRuleCommand */.bPq({
                    ecrRepositoryPrefix: r.ecrRepositoryPrefix,
                    ...(credentialArn && { credentialArn }),
                    ...(r.customRoleArn && { customRoleArn: r.customRoleArn }),
                })));
                return;
            }
            if (step.action === 'replace') {
                await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* DeletePullThroughCacheRuleCommand */.He$({ ecrRepositoryPrefix: r.ecrRepositoryPrefix })));
            }
            await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* CreatePullThroughCacheRuleCommand */.k6l({
                ecrRepositoryPrefix: r.ecrRepositoryPrefix,
                upstreamRegistryUrl: r.upstreamRegistryUrl,
                ...(r.upstreamRepositoryPrefix && { upstreamRepositoryPrefix: r.upstreamRepositoryPrefix }),
                ...(credentialArn && { credentialArn }),
                ...(r.customRoleArn && { customRoleArn: r.customRoleArn }),
            })));
            return;
        }
        case 'template': {
            const t = step.template;
            const input = {
                prefix: t.prefix,
                description: t.description,
                appliedFor: [...t.appliedFor],
                imageTagMutability: t.imageTagMutability,
                ...(t.lifecyclePolicy && { lifecyclePolicy: t.lifecyclePolicy }),
                ...(t.repositoryPolicy && { repositoryPolicy: t.repositoryPolicy }),
            };
            if (step.action === 'create')
                await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* CreateRepositoryCreationTemplateCommand */.TS2(input)));
            else
                await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* UpdateRepositoryCreationTemplateCommand */.ofk(input)));
            return;
        }
        case 'registry-policy':
            await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* PutRegistryPolicyCommand */.IFx({ policyText: step.policyText })));
            return;
    }
}


/***/ })

};
