export const id = 647;
export const ids = [647];
export const modules = {

/***/ 6484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ attempt),
/* harmony export */   R: () => (/* binding */ retrying)
/* harmony export */ });
/* harmony import */ var _core_aws_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4229);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7253);
/* harmony import */ var _retry_loop_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8708);
// How use cases call AWS: retried on throttling and transient failures; for doctor, a failure
// becomes data (name, message, hint) so one denied call never stops the other checks.



/** One AWS call, retried on throttling and transient failures until the signal (a run's deadline) aborts. */
function retrying(fn, signal) {
    return _retry_loop_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L(fn, {
        policy: _core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BACKOFF */ .VU,
        isRetryable: _core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryable */ .r3,
        ...(signal && { signal }),
    });
}
/** One AWS call, retried; its failure is returned, never thrown. */
async function attempt(fn, region, signal) {
    try {
        return await retrying(fn, signal);
    }
    catch (e) {
        const error = e;
        const hint = (0,_core_aws_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .awsHint */ .B)(e, region);
        return { name: error.name ?? 'Error', message: error.message ?? String(e), ...(hint && { hint }) };
    }
}


/***/ }),

/***/ 2647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getRegistryCredentials: () => (/* binding */ getRegistryCredentials),
  registriesByRegion: () => (/* binding */ registriesByRegion)
});

// EXTERNAL MODULE: ./src/core/aws-failure.ts
var aws_failure = __webpack_require__(4229);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image/ecr-host.ts
var ecr_host = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/host/docker-config.ts
var docker_config = __webpack_require__(7011);
// EXTERNAL MODULE: ./src/net/agents.ts + 1 modules
var net_agents = __webpack_require__(1897);
// EXTERNAL MODULE: ./src/aws/calls.ts
var calls = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: ./src/net/user-agent.ts + 1 modules
var user_agent = __webpack_require__(362);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/aws/container-credentials.ts
// Credentials from the container credentials endpoint (CodeBuild, ECS tasks, EKS Pod Identity): what
// the SDK's default chain asks when the environment names the endpoint and no earlier source applies.
// The URL and token rules are the SDK's: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI on 169.254.170.2
// first, else AWS_CONTAINER_CREDENTIALS_FULL_URI (https, or http on a loopback or container host);
// the Authorization header from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, else _TOKEN.





/** How long the SDK gives the endpoint, to connect and to answer. */
const TIMEOUT_MS = 1_000;
const CONTAINER_HOSTS = new Set(['169.254.170.2', '169.254.170.23', '[fd00:ec2::23]', 'localhost', '[::1]']);
/** The endpoint the environment names, when the SDK would accept it. */
function containerCredentialsUrl(env) {
    const relative = env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI;
    const full = env.AWS_CONTAINER_CREDENTIALS_FULL_URI;
    let url;
    try {
        url = new URL(relative ? `http://169.254.170.2${relative}` : (full ?? ''));
    }
    catch {
        return undefined;
    }
    if (url.protocol === 'https:')
        return url;
    if (url.protocol !== 'http:')
        return undefined;
    const loopback = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname);
    return loopback || CONTAINER_HOSTS.has(url.hostname) ? url : undefined;
}
/** A failure to get credentials, named as the SDK names it (the hints read the name and message). */
class CredentialsProviderError extends Error {
    name = 'CredentialsProviderError';
}
/** An answer other than 200: a 5xx or a 429 is tried again (the status is what the retry rule reads). */
class EndpointAnswer extends Error {
    status;
    constructor(status) {
        super(`HTTP ${status}`);
        this.status = status;
        this.name = 'CredentialsEndpointAnswer';
    }
}
/** The credentials the endpoint hands out; never through a proxy (the endpoint is the host's own). */
async function containerCredentials(url, env, deadline) {
    const tokenFile = env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE;
    const token = tokenFile ? (0,external_node_fs_.readFileSync)(tokenFile, 'utf8').trim() : env.AWS_CONTAINER_AUTHORIZATION_TOKEN;
    const ask = async () => {
        const answer = await (0,http/* exchange */.c)(url.href, {
            ...(token && { headers: { Authorization: token } }),
            agent: url.protocol === 'https:' ? external_node_https_.globalAgent : external_node_http_.globalAgent,
            timeoutMs: TIMEOUT_MS,
            connectTimeoutMs: TIMEOUT_MS,
            // The path is a credential of its own on ECS: --debug shows the host only.
            hidePath: true,
            ...(deadline && { signal: deadline.signal }),
        });
        if (answer.status !== 200)
            throw new EndpointAnswer(answer.status);
        return answer;
    };
    let body = {};
    try {
        body = JSON.parse((await (0,calls/* retrying */.R)(ask, deadline?.signal)).body.toString('utf8'));
    }
    catch (e) {
        if (deadline?.expired)
            throw e;
        throw new CredentialsProviderError(`Could not load credentials from the container credentials endpoint ${url.host}: ${e.message}`, { cause: e });
    }
    const { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey, Token: sessionToken } = body;
    if (typeof accessKeyId !== 'string' || typeof secretAccessKey !== 'string')
        throw new CredentialsProviderError(`Could not load credentials from the container credentials endpoint ${url.host}: no AccessKeyId and SecretAccessKey in its answer`);
    return { accessKeyId, secretAccessKey, ...(typeof sessionToken === 'string' && { sessionToken }) };
}

// EXTERNAL MODULE: ./src/aws/region.ts
var region = __webpack_require__(9630);
// EXTERNAL MODULE: ./src/aws/shared-config.ts
var shared_config = __webpack_require__(9443);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/aws/sigv4.ts
// AWS Signature Version 4 for one JSON request (POST, no query string), the form every AWS SDK
// sends: the login path signs GetAuthorizationToken itself so that a login with credentials in the
// environment never loads the SDK (see direct-token.ts). test/aws/sigv4.test.ts checks each header
// against the SDK's own signer.

const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data, 'utf8').digest('hex');
const hmac = (key, data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data, 'utf8').digest();
/** `20261126T154500Z`: ISO 8601 basic, seconds, UTC. */
const amzDate = (at) => at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
/** The headers to send: the given ones plus host, date, payload hash, session token and authorization. */
function signJsonRequest(r) {
    const date = amzDate(r.at ?? new Date());
    const day = date.slice(0, 8);
    const payloadHash = sha256(r.body);
    const headers = {
        ...Object.fromEntries(Object.entries(r.headers).map(([n, v]) => [n.toLowerCase(), v])),
        host: r.url.host,
        'content-length': String(Buffer.byteLength(r.body, 'utf8')),
        'x-amz-content-sha256': payloadHash,
        'x-amz-date': date,
        ...(r.credentials.sessionToken && { 'x-amz-security-token': r.credentials.sessionToken }),
    };
    const names = Object.keys(headers).sort();
    const signedHeaders = names.join(';');
    const value = (n) => String(headers[n]).trim().replace(/\s+/g, ' ');
    const canonical = [
        'POST',
        r.url.pathname || '/',
        '',
        ...names.map((n) => `${n}:${value(n)}`),
        '',
        signedHeaders,
        payloadHash,
    ].join('\n');
    const scope = `${day}/${r.region}/${r.service}/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', date, scope, sha256(canonical)].join('\n');
    let key = hmac(`AWS4${r.credentials.secretAccessKey}`, day);
    for (const part of [r.region, r.service, 'aws4_request'])
        key = hmac(key, part);
    const signature = (0,external_node_crypto_.createHmac)('sha256', key).update(toSign, 'utf8').digest('hex');
    headers.authorization = `AWS4-HMAC-SHA256 Credential=${r.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
    return headers;
}

;// CONCATENATED MODULE: ./src/aws/direct-token.ts
// GetAuthorizationToken without the SDK, for the case CI runs most: credentials in the environment
// (configure-aws-credentials, a CodeBuild export), no profile and no shared config file. Loading and
// compiling the SDK's ECR client costs more than the call itself; one signed POST does what the SDK
// would do with those settings. Anything that a profile, a FIPS or dual-stack setting or another
// credential source could change goes to the SDK instead (directAccess says undefined).








const TARGET = 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken';
/** Unset or exactly `false`: a FIPS or dual-stack setting that leaves the default endpoint alone. */
const unsetOrFalse = (value) => value === undefined || (0,region/* sdkBoolean */.fX)(value) === false;
/**
 * Credentials as the SDK's default chain finds them when no profile and no shared config file exist:
 * the environment's keys, else (no web identity to exchange first) the container endpoint's.
 */
function credentialSource(env) {
    const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
    if (accessKeyId && secretAccessKey)
        return {
            accessKeyId,
            secretAccessKey,
            ...(env.AWS_SESSION_TOKEN && { sessionToken: env.AWS_SESSION_TOKEN }),
        };
    if (env.AWS_WEB_IDENTITY_TOKEN_FILE)
        return undefined;
    const container = containerCredentialsUrl(env);
    return container && { container };
}
/**
 * How to call ECR without the SDK, or undefined when the SDK must decide: a profile is named, a
 * shared config or credentials file exists, FIPS or dual-stack is asked for, the credentials come
 * from elsewhere than the environment or the container endpoint, or the endpoint is one the SDK
 * would build differently.
 */
function directAccess(env, profile) {
    if (profile || env.AWS_PROFILE)
        return undefined;
    if (!unsetOrFalse(env.AWS_USE_FIPS_ENDPOINT) || !unsetOrFalse(env.AWS_USE_DUALSTACK_ENDPOINT))
        return undefined;
    if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS !== undefined)
        return undefined;
    if ((0,shared_config/* hasSharedConfig */.sN)(env))
        return undefined;
    const credentials = credentialSource(env);
    if (!credentials)
        return undefined;
    const configured = env.AWS_ENDPOINT_URL_ECR || env.AWS_ENDPOINT_URL;
    if (!configured)
        return { credentials };
    let endpoint;
    try {
        endpoint = new URL(configured);
    }
    catch {
        return undefined; // the SDK says what is wrong with it
    }
    if (!/^https?:$/.test(endpoint.protocol) || endpoint.pathname !== '/' || endpoint.search)
        return undefined;
    return { credentials, endpoint };
}
/** The credentials to sign with: at hand, or asked of the container endpoint (once per run). */
function credentialsOf(access, deadline) {
    const source = access.credentials;
    if (!('container' in source))
        return () => Promise.resolve(source);
    let asked;
    return () => {
        asked ??= containerCredentials(source.container, process.env, deadline);
        return asked;
    };
}
/**
 * The ECR API endpoint of a region, as the SDK's rules build it for a partition this tool knows;
 * undefined for the others (the isolated partitions), which the SDK resolves.
 */
function ecrApiUrl(region) {
    // The SDK resolves `fips-us-east-1` / `us-gov-west-1-fips` to FIPS in the real region: its own.
    if (/-iso[a-z]*-|fips/.test(region))
        return undefined;
    return new URL(`https://api.ecr.${region}.${(0,ecr_host/* partitionFor */.eO)(region).dnsSuffix}/`);
}
/** An AWS service error as the SDK shapes it: what the retry rule and the hints read. */
class AwsServiceError extends Error {
    $fault;
    $metadata;
    constructor(name, message, status, requestId) {
        super(message);
        this.name = name;
        this.$fault = status >= 500 ? 'server' : 'client';
        this.$metadata = { httpStatusCode: status, ...(requestId && { requestId }) };
    }
}
/** The error an AWS JSON protocol answer carries: its type from the header or the body, without namespace. */
function serviceError(status, headers, body) {
    let parsed = {};
    try {
        parsed = JSON.parse(body.toString('utf8')) ?? {};
    }
    catch {
        // not JSON (a proxy's page): the status speaks
    }
    const raw = String(headers['x-amzn-errortype'] ?? parsed.__type ?? parsed.code ?? '');
    const type = raw.split(':')[0].split('#').pop() || (status >= 500 ? 'InternalFailure' : `HTTP${status}`);
    // A signature mismatch's message goes on with the canonical request, whose headers carry the
    // session token: cut it there.
    const message = String(parsed.message ?? parsed.Message ?? `HTTP ${status}`).replace(/\s*The Canonical String for this request should have been[\s\S]*$/, '');
    const requestId = headers['x-amzn-requestid'];
    return new AwsServiceError(type, message, status, typeof requestId === 'string' ? requestId : undefined);
}
/** How far the server's clock is from ours, when it is far enough for a signature to be refused. */
const SKEW_MS = 4 * 60_000;
/**
 * One signed GetAuthorizationToken (retries are the caller's): the authorization data, or an
 * AwsServiceError. As the SDK does, a signature refused while the server's Date is minutes away from
 * our clock (a runner without NTP) is signed again once, with the server's time.
 */
async function directGetAuthorizationToken(call, accounts) {
    let answer = await signedPost(call, accounts, 0);
    if (answer.status !== 200) {
        const serverDate = Date.parse(String(answer.headers.date ?? ''));
        const offset = Number.isNaN(serverDate) ? 0 : serverDate - Date.now();
        const refused = serviceError(answer.status, answer.headers, answer.body);
        if (refused.name === 'InvalidSignatureException' && Math.abs(offset) > SKEW_MS)
            answer = await signedPost(call, accounts, offset);
    }
    if (answer.status !== 200)
        throw serviceError(answer.status, answer.headers, answer.body);
    const out = JSON.parse(answer.body.toString('utf8'));
    return (out.authorizationData ?? []).map((d) => ({
        ...(d.authorizationToken && { authorizationToken: d.authorizationToken }),
        ...(d.proxyEndpoint && { proxyEndpoint: d.proxyEndpoint }),
        // JSON 1.1 sends timestamps as epoch seconds.
        ...(typeof d.expiresAt === 'number' && { expiresAt: new Date(Math.round(d.expiresAt * 1000)) }),
    }));
}
/** The request, signed at our time plus `offsetMs`, and its answer whatever the status. */
async function signedPost(call, accounts, offsetMs) {
    const { url, deadline } = call;
    const body = JSON.stringify(accounts.length ? { registryIds: accounts } : {});
    const headers = signJsonRequest({
        url,
        region: call.region,
        service: 'ecr',
        credentials: call.credentials,
        body,
        headers: {
            'content-type': 'application/x-amz-json-1.1',
            'x-amz-target': TARGET,
        },
        at: new Date(Date.now() + offsetMs),
    });
    const agent = await call.agents.for(url.href);
    const sent = (0,http/* exchange */.c)(url.href, {
        method: 'POST',
        // Both headers the SDK names itself in (CloudTrail's userAgent field reads them).
        headers: { ...headers, 'user-agent': user_agent/* USER_AGENT */._O, 'x-amz-user-agent': user_agent/* USER_AGENT */._O },
        body,
        operation: 'GetAuthorizationToken',
        agent,
        timeoutMs: timeouts/* REQUEST_TIMEOUT_MS */.j2,
        ...(deadline && { signal: deadline.signal }),
    });
    return deadline
        ? deadline.watch({ service: 'ecr.api', host: url.host, operation: 'GetAuthorizationToken' }, sent)
        : sent;
}

;// CONCATENATED MODULE: ./src/aws/token.ts
// Registry credentials from GetAuthorizationToken: one call per region for all the accounts asked
// for there. The password is handed to `onSecret` (the action masks it) the moment it is decoded.








/** Accounts to ask for, per region. */
function registriesByRegion(registries, defaultRegion) {
    const byRegion = new Map();
    for (const raw of registries) {
        const entry = raw.trim();
        if (!entry)
            continue;
        const parsed = (0,ecr_host/* parseRegistryEntry */.nJ)(entry, () => defaultRegion);
        if (!parsed)
            throw new errors/* InputError */.dz(`"${entry}" is neither a 12-digit account id nor an ECR registry host (ACCOUNT.dkr.ecr.REGION.amazonaws.com)`);
        const { region, account } = parsed;
        const list = byRegion.get(region) ?? [];
        if (!list.includes(account))
            list.push(account);
        byRegion.set(region, list);
    }
    if (byRegion.size === 0)
        byRegion.set(defaultRegion, []);
    return byRegion;
}
/** The token's proxyEndpoint with its host replaced by `host` (the same when no variant applies). */
function endpointIn(proxyEndpoint, host) {
    const url = new URL(proxyEndpoint);
    if (url.host === host)
        return proxyEndpoint;
    url.host = host;
    return url.toString().replace(/\/$/, '');
}
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
/** GetAuthorizationToken signed here when the environment alone decides it (direct-token.ts), else by the SDK. */
async function regionTokens(region, accounts, request, direct) {
    const { profile, deadline } = request;
    // A region we sign for (not an isolated partition, not a `fips-` pseudo-region), whatever the endpoint.
    const apiUrl = direct && ecrApiUrl(region);
    const url = apiUrl && (direct.access.endpoint ?? apiUrl);
    if (direct && url) {
        deadline?.inRegion(region);
        const { agents, release } = (0,net_agents/* agentsFor */.ml)(deadline, profile);
        try {
            const credentials = await direct.credentials();
            const call = { credentials, region, url, agents, ...(deadline && { deadline }) };
            const data = await (0,calls/* retrying */.R)(() => directGetAuthorizationToken(call, accounts), deadline?.signal);
            return { data, variant: {} };
        }
        finally {
            release();
        }
    }
    const [{ createClients }, { GetAuthorizationTokenCommand }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(249), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 201)),
        Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19)),
    ]);
    const clients = createClients(region, { ...(deadline && { deadline }), ...(profile && { profile }) });
    // Registry hosts take the form the API endpoint does (FIPS, dual-stack): read while the token
    // travels, needed once it is back. Handled at once so that a failure waits for its await.
    const pendingVariant = variantOf(clients.ecr);
    pendingVariant.catch(() => { });
    try {
        const response = await (0,calls/* retrying */.R)(() => clients.ecr.send(new GetAuthorizationTokenCommand(accounts.length ? { registryIds: [...accounts] } : {})), deadline?.signal);
        return { data: response.authorizationData ?? [], variant: await pendingVariant };
    }
    finally {
        clients.destroy();
    }
}
async function getRegistryCredentials(request) {
    const { profile } = request;
    const defaultRegion = await (0,region/* regionInUse */.V_)(request.region, { profile });
    const out = [];
    const { deadline } = request;
    const access = directAccess(process.env, profile);
    const direct = access && { access, credentials: credentialsOf(access, deadline) };
    for (const [region, accounts] of registriesByRegion(request.registries ?? [], defaultRegion)) {
        const { data: answered, variant } = await regionTokens(region, accounts, request, direct).catch((e) => {
            if (deadline?.expired)
                throw deadline.error();
            if (e instanceof errors/* InputError */.dz)
                throw e; // the user's setting (a CA bundle), not the call
            const who = accounts.length ? `registry ${accounts.join(', ')}` : 'the default registry';
            throw new errors/* OperationError */.OK(`GetAuthorizationToken for ${who} in ${region} failed: ${e.message}`, (0,aws_failure/* awsHint */.B)(e, region), { cause: e });
        });
        const data = answered.filter((d) => d.authorizationToken && d.proxyEndpoint);
        data.forEach((d, i) => {
            const decoded = Buffer.from(d.authorizationToken, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            const password = decoded.slice(colon + 1);
            // Every form the password can show in: the token as sent, raw, and re-encoded in base64.
            for (const secret of new Set([
                d.authorizationToken,
                ...(0,docker_config/* secretForms */.eo)(decoded.slice(0, colon), password),
            ]))
                request.onSecret?.(secret);
            // Which account an entry is for: its endpoint says so on ECR; a stand-in answers in order.
            const host = (0,ecr_host/* registryHostIn */.XU)((0,ecr_host/* hostOf */.w4)(d.proxyEndpoint), variant);
            const account = (0,ecr_host/* parseEcrHost */.wl)(host)?.account ?? (data.length === accounts.length ? accounts[i] : undefined);
            const cred = {
                registry: host,
                endpoint: endpointIn(d.proxyEndpoint, host),
                region,
                ...(account !== undefined && { account }),
                username: decoded.slice(0, colon),
                password,
                expiresAt: d.expiresAt ?? new Date(Date.now() + 12 * 3600_000),
            };
            out.push(cred);
            // registryIds is deprecated: ECR may answer for the default registry only. Its token is
            // valid for every registry the caller may access, so the other accounts share it.
            if (i === 0 && (0,ecr_host/* parseEcrHost */.wl)(host)) {
                for (const other of accounts.filter((a) => !data.some((e) => (0,ecr_host/* parseEcrHost */.wl)((0,ecr_host/* hostOf */.w4)(e.proxyEndpoint))?.account === a))) {
                    const otherHost = (0,ecr_host/* ecrHostFor */.UY)(other, region, variant);
                    out.push({ ...cred, account: other, registry: otherHost, endpoint: `https://${otherHost}` });
                }
            }
        });
    }
    return out;
}


/***/ }),

/***/ 4229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ awsHint)
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
        return `the ECR endpoint for ${region} could not be resolved: check DNS, the region name, or the VPC endpoints`;
    }
    if (code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || name === 'TimeoutError') {
        return 'the ECR endpoint did not answer: check the network path, a proxy (HTTPS_PROXY, NO_PROXY), or the VPC endpoints';
    }
    return undefined;
}


/***/ }),

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ exchange)
/* harmony export */ });
/* unused harmony export HttpTimeoutError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_timeouts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5623);
/* harmony import */ var _request_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9745);
// One HTTP exchange over node:http(s) (registry calls, the signed token call, container
// credentials) with the run's agents (so HTTPS_PROXY and NO_PROXY apply), a total time limit and an
// abort signal.
// Failures carry what `isRetryable` reads: a timeout is a TimeoutError, a dropped connection keeps
// Node's code (ECONNRESET...).





class HttpTimeoutError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK {
    code = 'ETIMEDOUT';
    constructor(url, ms, what = 'no answer') {
        super(`${what} from ${new URL(url).host} within ${ms} ms`);
        this.name = 'TimeoutError';
    }
}
/** One exchange, reported to --debug (method, host, path, status, time: never a header or query). */
function exchange(url, options) {
    const method = options.method ?? 'GET';
    const { operation } = options;
    const shown = options.hidePath ? `${new URL(url).origin}/…` : url;
    return (0,_request_log_js__WEBPACK_IMPORTED_MODULE_3__/* .loggedRequest */ .Cu)({ method, url: shown, ...(operation && { operation }) }, plainExchange(url, options), (answer) => answer.status);
}
function plainExchange(url, options) {
    const maxBytes = options.maxBytes ?? 8 << 20;
    return new Promise((resolve, reject) => {
        const send = url.startsWith('https:') ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
        const req = send(url, {
            method: options.method ?? 'GET',
            headers: options.headers,
            agent: options.agent,
            ...(options.signal && { signal: options.signal }),
        });
        const timer = setTimeout(() => req.destroy(new HttpTimeoutError(url, options.timeoutMs)), options.timeoutMs);
        // A host that drops the SYN should fail in seconds, not at the end of the whole exchange's time.
        const connectMs = options.connectTimeoutMs ?? _core_timeouts_js__WEBPACK_IMPORTED_MODULE_4__/* .CONNECT_TIMEOUT_MS */ .cC;
        let connectTimer;
        req.on('socket', (socket) => {
            if (!socket.connecting)
                return;
            connectTimer = setTimeout(() => req.destroy(new HttpTimeoutError(url, connectMs, 'no connection')), connectMs);
            socket.once('connect', () => clearTimeout(connectTimer));
        });
        const fail = (e) => {
            clearTimeout(timer);
            clearTimeout(connectTimer);
            reject(e);
        };
        req.on('error', fail);
        req.on('response', (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > maxBytes)
                    req.destroy(new Error(`answer from ${new URL(url).host} is larger than ${maxBytes} bytes`));
                else
                    chunks.push(chunk);
            });
            res.on('error', fail);
            res.on('end', () => {
                clearTimeout(timer);
                clearTimeout(connectTimer);
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
            });
        });
        req.end(options.body);
    });
}


/***/ }),

/***/ 9745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ loggedRequest)
/* harmony export */ });
/* unused harmony exports onRequest, formatRequest */
// Every HTTP request the run makes, as a debug line (--debug, the action's core.debug): method,
// host, path, status and time. The request path knows no listener and pays nothing when nobody
// listens. Only what is passed here is ever shown: never headers (Authorization), bodies or query
// strings (a presigned URL's credentials). No import: every entry loads this module at start, and
// diagnostics_channel or perf_hooks would load Node internals that only --debug uses. One bundle
// has one module registry, so the listeners below reach every chunk.
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
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/net/user-agent.ts
// Who is calling: the product and its version, on every SDK client (CloudTrail's userAgent field
// tells our calls from the rest of the account's) and on every registry request.

const PRODUCT = 'ecr-pull-through';
/** `ecr-pull-through/0.1.0`, the User-Agent of registry requests. */
const USER_AGENT = `${PRODUCT}/${VERSION}`;
/** The same, as the SDK's `customUserAgent` takes it (appended to its own user agent). */
const SDK_USER_AGENT = [[PRODUCT, VERSION]];


/***/ }),

/***/ 8708:
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


/***/ })

};
