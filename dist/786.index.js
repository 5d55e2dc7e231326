export const id = 786;
export const ids = [786];
export const modules = {

/***/ 6484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R$: () => (/* binding */ retrying)
/* harmony export */ });
/* unused harmony exports shapedAwsError, attempt */
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
        const hint = awsHint(e, region);
        return {
            name: error.name ?? 'Error',
            message: error.message ?? String(e),
            ...(hint && { hint }),
            ...(isUnreached(e) && { unreached: true }),
        };
    }
}


/***/ }),

/***/ 3786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  discoverTarget: () => (/* binding */ discoverTarget)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/core/aws-failure.ts
var aws_failure = __webpack_require__(4229);
// EXTERNAL MODULE: ./src/core/display.ts
var display = __webpack_require__(4301);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image/ecr-host.ts
var ecr_host = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var rules = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/aws/calls.ts
var calls = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/aws/region.ts
var region = __webpack_require__(7249);
;// CONCATENATED MODULE: ./src/aws/registry-state.ts
// Reads of a registry's pull-through setup: rules, repository creation templates, the registry
// policy, and cache repositories with immutable tags. Shared by setup (to diff) and doctor (to check).



const named = (e, ...names) => names.includes(e?.name ?? '');
async function listRules(ecr, signal) {
    const rules = [];
    let nextToken;
    do {
        const page = await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* DescribePullThroughCacheRulesCommand */.WZm({ nextToken })), signal);
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
            const page = await retrying(() => ecr.send(new DescribeRepositoryCreationTemplatesCommand({
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
        return (await retrying(() => ecr.send(new GetRegistryPolicyCommand({})))).policyText;
    }
    catch (e) {
        if (named(e, 'RegistryPolicyNotFoundException'))
            return undefined;
        throw e;
    }
}
/** Cache repositories (under the non-ROOT prefixes) whose tags are immutable; reads at most `maxPages` pages. */
async function immutableCacheRepositories(ecr, prefixes, maxPages = 20) {
    const scoped = prefixes.filter((p) => p !== ROOT);
    const found = [];
    if (scoped.length === 0)
        return found;
    let nextToken;
    let pages = 0;
    do {
        const page = await retrying(() => ecr.send(new DescribeRepositoriesCommand({ nextToken })));
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

// EXTERNAL MODULE: ./src/aws/sdk/clients.ts + 1 modules
var clients = __webpack_require__(812);
;// CONCATENATED MODULE: ./src/aws/discovery.ts
// Discovery of what the flags leave out: the caller's registry host and the region's rules. Both
// come from ECR itself (ecr.api), never from STS: a private subnet often has no sts endpoint.











/**
 * The caller's registry as ECR names it: the authorization token's proxyEndpoint (the token itself
 * is never decoded here). It is the canonical ACCOUNT.dkr.ecr.REGION host in AWS, and the address a
 * local stand-in answers on.
 */
async function callerRegistry(clients) {
    const { ecr, run } = clients;
    const answer = await asked('GetAuthorizationToken', clients, (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* GetAuthorizationTokenCommand */.Eu6({})), run.signal));
    const endpoint = answer.authorizationData?.find((d) => d.proxyEndpoint)?.proxyEndpoint;
    if (!endpoint)
        throw new errors/* OperationError */.OK('GetAuthorizationToken returned no registry endpoint');
    // Its host ends up in configuration files and flags: it must be one.
    const host = (0,ecr_host/* hostOf */.w4)(endpoint);
    if (!(0,ecr_host/* isRegistryHost */.EV)(host))
        throw new errors/* OperationError */.OK(`GetAuthorizationToken named ${(0,display/* quoted */.TL)(endpoint)}, which is no registry host`);
    // In the form the API endpoint takes (FIPS, dual-stack): the token names the standard host.
    return (0,ecr_host/* registryHostIn */.XU)(host, await (0,region/* endpointVariant */.lc)(run));
}
async function discoveredRules(clients) {
    const listed = await asked('DescribePullThroughCacheRules', clients, listRules(clients.ecr, clients.run.signal));
    const account = listed.find((r) => r.registryId)?.registryId;
    return { rules: usableRules(listed, clients.run.onWarning), ...(account && { account }) };
}
/**
 * The rules ECR answered with, checked as `--rule` is: one that ECR itself could not hold (a
 * misconfigured or hostile endpoint) is left out, with a warning that names it.
 */
function usableRules(listed, warn) {
    return listed.flatMap((rule) => {
        try {
            return [(0,rules/* checkRule */.T9)(rule, `pull-through rule ${(0,display/* quoted */.TL)(rule.ecrRepositoryPrefix)}`)];
        }
        catch (e) {
            if (!(e instanceof rules/* InvalidRuleError */.wJ))
                throw e;
            warn(`DescribePullThroughCacheRules: ${e.message}; the rule is left out`);
            return [];
        }
    });
}
/** What to do instead of asking AWS, for every discovery failure. */
const WITHOUT_AWS = 'or name the registry and the rules yourself (--registry HOST --rule PREFIX=URL), which needs no AWS call';
/** A discovery call whose failure says which call it was and what to do about it. */
async function asked(operation, clients, work) {
    try {
        return await work;
    }
    catch (e) {
        clients.run.failIfExpired();
        const hint = (0,aws_failure/* awsHint */.Bv)(e, clients.region);
        throw new errors/* OperationError */.OK(`${operation} (to find ${operation === 'GetAuthorizationToken' ? 'the registry' : 'the pull-through rules'}) failed: ${(0,retry/* unwrapSdkError */.kr)(e).message}`, hint ? `${hint}; ${WITHOUT_AWS}` : WITHOUT_AWS, { cause: e });
    }
}
async function discoverTarget(run, options) {
    return (0,clients/* withClients */.Bv)(run, options.region, async (clients) => {
        const given = options.rules && options.rules.length > 0 ? { rules: options.rules } : undefined;
        // Independent calls to the same endpoint: ask both at once.
        const [registry, found] = await Promise.all([
            options.registry ?? callerRegistry(clients),
            given ?? discoveredRules(clients),
        ]);
        return { ...found, registry };
    });
}


/***/ }),

/***/ 812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hx: () => (/* reexport */ aws_region/* RegionError */.Hx),
  hP: () => (/* binding */ createClients),
  V_: () => (/* reexport */ aws_region/* regionInUse */.V_),
  Bv: () => (/* binding */ withClients)
});

// UNUSED EXPORTS: SDK_ATTEMPTS, sdkSettings

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/net/user-agent.ts + 1 modules
var user_agent = __webpack_require__(362);
// EXTERNAL MODULE: ./src/aws/region.ts
var aws_region = __webpack_require__(7249);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./node_modules/agent-base/dist/index.js
var dist = __webpack_require__(8894);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
;// CONCATENATED MODULE: ./src/aws/sdk/handler.ts
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
class EnvProxyAgent extends dist.Agent {
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
class WatchedHandler extends node_http_handler_dist_cjs.NodeHttpHandler {
    service;
    run;
    #agent;
    constructor(service, run) {
        const agent = new EnvProxyAgent(run.agents);
        super({
            httpAgent: agent,
            httpsAgent: agent,
            connectionTimeout: timeouts/* CONNECT_TIMEOUT_MS */.cC,
            requestTimeout: timeouts/* REQUEST_TIMEOUT_MS */.j2,
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

;// CONCATENATED MODULE: ./src/aws/sdk/clients.ts
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
        customUserAgent: user_agent/* SDK_USER_AGENT */.pM,
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
    const ecrHandler = requestHandler('ecr.api', run);
    const ecr = new dist_cjs/* ECRClient */.S70({ region, ...shared, requestHandler: ecrHandler });
    const stsClients = new Map();
    return {
        region,
        ecr,
        run,
        async callerIdentity(within = deadline) {
            const { STSClient, GetCallerIdentityCommand } = await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
            let sts = stsClients.get(within);
            if (!sts) {
                const handler = requestHandler('sts', within ? run.until(within) : run);
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
    const clients = createClients(await (0,aws_region/* regionInUse */.V_)(region, run), run);
    try {
        return await use(clients);
    }
    finally {
        clients.destroy();
    }
}


/***/ }),

/***/ 4229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ awsHint),
/* harmony export */   yZ: () => (/* binding */ shownAwsMessage)
/* harmony export */ });
/* unused harmony export isUnreached */
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
    const e = (unwrapSdkError(error) ?? {});
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


/***/ })

};
