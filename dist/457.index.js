export const id = 457;
export const ids = [457];
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

/***/ 1023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ containerCredentialsUrl),
/* harmony export */   Pm: () => (/* binding */ environmentSecrets),
/* harmony export */   ST: () => (/* binding */ containerCredentials)
/* harmony export */ });
/* unused harmony export containerAuthorization */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_token_answer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2309);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9663);
/* harmony import */ var _calls_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6484);
// Credentials from the container credentials endpoint (CodeBuild, ECS tasks, EKS Pod Identity): what
// the SDK's default chain asks when the environment names the endpoint and no earlier source applies.
// The URL and token rules are the SDK's (@aws-sdk/credential-provider-http, the oracle of
// test/aws/direct/container-credentials.test.ts): AWS_CONTAINER_CREDENTIALS_RELATIVE_URI on
// 169.254.170.2 first, else AWS_CONTAINER_CREDENTIALS_FULL_URI (https, or http on a loopback or
// container host); the Authorization header from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, else _TOKEN.






/** How long the SDK gives the endpoint, to connect and to answer. */
const TIMEOUT_MS = 1_000;
/** Plain http is taken on these hosts only (besides 127.0.0.0/8): the container hosts and loopback. */
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
/**
 * The Authorization header to send: the token file's text (trimmed: a file written with a final
 * newline still works, where the SDK would fail), else the variable's. A token with CR or LF inside
 * is refused, as the SDK refuses it.
 */
function containerAuthorization(env) {
    const tokenFile = env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE;
    const token = tokenFile ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(tokenFile, 'utf8').trim() : env.AWS_CONTAINER_AUTHORIZATION_TOKEN;
    if (token && /[\r\n]/.test(token))
        throw new CredentialsProviderError(`the container authorization token${tokenFile ? ` in ${tokenFile}` : ''} holds a line break`);
    return token || undefined;
}
/**
 * The secrets the environment holds for AWS: the secret key and session token, the container
 * credentials endpoint's token and, on ECS, its path (a credential of its own). Each is handed to
 * the run's onSecret before the first call (the action masks them).
 */
function environmentSecrets(env) {
    let token;
    try {
        token = containerAuthorization(env);
    }
    catch { } // the call that sends it says what is wrong with it
    return [
        env.AWS_SECRET_ACCESS_KEY,
        env.AWS_SESSION_TOKEN,
        token,
        env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI,
    ].filter((s) => !!s);
}
/**
 * The credentials the endpoint hands out, each handed to the run's onSecret as it arrives; never
 * through a proxy (the endpoint is the host's own).
 */
async function containerCredentials(run, url, env) {
    const token = containerAuthorization(env);
    const ask = async () => {
        const answer = await (0,_net_http_js__WEBPACK_IMPORTED_MODULE_4__/* .exchange */ .c)(run, url.href, {
            ...(token && { headers: { Authorization: token } }),
            agent: url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__.globalAgent : node_http__WEBPACK_IMPORTED_MODULE_1__.globalAgent,
            timeoutMs: TIMEOUT_MS,
            connectTimeoutMs: TIMEOUT_MS,
            // The path is a credential of its own on ECS: --debug shows the host only.
            hidePath: true,
            signal: run.signal,
        });
        if (answer.status !== 200)
            throw new EndpointAnswer(answer.status);
        return answer;
    };
    let text;
    try {
        text = (await (0,_calls_js__WEBPACK_IMPORTED_MODULE_5__/* .retrying */ .R$)(ask, run.signal)).body.toString('utf8');
    }
    catch (e) {
        if (run.expired)
            throw e;
        throw new CredentialsProviderError(`Could not load credentials from the container credentials endpoint ${url.host}: ${e.message}`, { cause: e });
    }
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new _core_token_answer_js__WEBPACK_IMPORTED_MODULE_3__/* .UnexpectedAnswer */ .M7(url.host, _core_token_answer_js__WEBPACK_IMPORTED_MODULE_3__/* .NOT_JSON */ .Jw);
    }
    const checked = (0,_core_token_answer_js__WEBPACK_IMPORTED_MODULE_3__/* .checkContainerCredentials */ .ue)(body, url.host, Date.now(), Date.parse);
    for (const secret of [checked.accessKeyId, checked.secretAccessKey, checked.sessionToken])
        if (secret)
            run.onSecret(secret);
    return {
        accessKeyId: checked.accessKeyId,
        secretAccessKey: checked.secretAccessKey,
        sessionToken: checked.sessionToken,
    };
}


/***/ }),

/***/ 841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YN: () => (/* binding */ credentialsOf),
  Mc: () => (/* binding */ directAccess),
  DR: () => (/* binding */ signedGetAuthorizationToken),
  Pe: () => (/* binding */ signedTokenUrl)
});

// UNUSED EXPORTS: AwsServiceError, ecrApiUrl, serviceError

// EXTERNAL MODULE: ./src/core/aws-failure.ts
var aws_failure = __webpack_require__(4229);
// EXTERNAL MODULE: ./src/core/image/ecr-host.ts
var ecr_host = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: ./src/core/token-answer.ts
var token_answer = __webpack_require__(2309);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: ./src/net/user-agent.ts + 1 modules
var user_agent = __webpack_require__(362);
// EXTERNAL MODULE: ./src/aws/region.ts
var region = __webpack_require__(7249);
// EXTERNAL MODULE: ./src/aws/direct/container-credentials.ts
var container_credentials = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/aws/direct/shared-config.ts
var shared_config = __webpack_require__(2053);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/aws/direct/sigv4.ts
// AWS Signature Version 4 for one JSON request (POST, no query string), as the SDK's signer
// (@smithy/signature-v4) makes it: the login path signs GetAuthorizationToken itself so that a login
// with credentials in the environment never loads the SDK (see token-call.ts).
// test/aws/direct/sigv4.test.ts checks every signature against the SDK's own signer on generated
// requests (odd header values, session tokens, regions, dates, endpoints with paths and ports).

/**
 * Headers sent but never signed, as the SDK leaves them out: hop-by-hop ones and those a proxy may
 * change (user-agent among them; x-amz-user-agent is signed).
 */
const UNSIGNED_HEADERS = new Set([
    'authorization',
    'cache-control',
    'connection',
    'expect',
    'from',
    'keep-alive',
    'max-forwards',
    'pragma',
    'referer',
    'te',
    'trailer',
    'transfer-encoding',
    'upgrade',
    'user-agent',
    'x-amzn-trace-id',
]);
const unsigned = (name) => UNSIGNED_HEADERS.has(name) || name.startsWith('proxy-') || name.startsWith('sec-');
const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data, 'utf8').digest('hex');
const hmac = (key, data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data, 'utf8').digest();
/** `20261126T154500Z`: ISO 8601 basic, seconds, UTC. */
const amzDate = (at) => at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
/**
 * A header value in the canonical request: CR and LF count as spaces, each run of spaces and tabs
 * becomes one space, and one space at either end goes. Only those: other white space (NBSP, U+FEFF,
 * VT, FF) stays as sent, as the SDK keeps it (String.prototype.trim would remove it).
 */
function canonicalHeaderValue(value) {
    return value
        .replace(/[ \t\r\n]+/g, ' ')
        .replace(/^ /, '')
        .replace(/ $/, '');
}
/** RFC 3986 encoding of one path segment as SigV4 wants it (the SDK's escapeUri): also ! ' ( ) *. */
const escapeSegment = (segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/**
 * The canonical path of every service but S3: empty and `.` segments dropped, `..` taken back, each
 * segment encoded again (the URL's path is already encoded once), a trailing slash kept.
 */
function canonicalPath(pathname) {
    const segments = [];
    for (const segment of pathname.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..')
            segments.pop();
        else
            segments.push(segment);
    }
    const trailing = segments.length > 0 && pathname.endsWith('/') ? '/' : '';
    return `${pathname.startsWith('/') ? '/' : ''}${segments.map(escapeSegment).join('/')}${trailing}`;
}
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
    const names = Object.keys(headers)
        .filter((n) => !unsigned(n))
        .sort();
    const signedHeaders = names.join(';');
    const canonical = [
        'POST',
        canonicalPath(r.url.pathname),
        '',
        ...names.map((n) => `${n}:${canonicalHeaderValue(headers[n])}`),
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

;// CONCATENATED MODULE: ./src/aws/direct/token-call.ts
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
    const container = (0,container_credentials/* containerCredentialsUrl */.Di)(env);
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
function credentialsOf(access, run) {
    const source = access.credentials;
    if (!('container' in source))
        return () => Promise.resolve(source);
    let asked;
    return () => {
        asked ??= (0,container_credentials/* containerCredentials */.ST)(run, source.container, process.env);
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
/** Where the signed call goes for a region: the configured endpoint, else the region's; undefined when the SDK must resolve it. */
function signedTokenUrl(region, access) {
    // A region we sign for (not an isolated partition, not a `fips-` pseudo-region), whatever the endpoint.
    const apiUrl = ecrApiUrl(region);
    return apiUrl && (access.endpoint ?? apiUrl);
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
function serviceError(status, headers, body, secrets = []) {
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
    // session token: shaped as every AWS message is.
    const message = (0,aws_failure/* shownAwsMessage */.yZ)(String(parsed.message ?? parsed.Message ?? `HTTP ${status}`), secrets);
    const requestId = headers['x-amzn-requestid'];
    return new AwsServiceError(type, message, status, typeof requestId === 'string' ? requestId : undefined);
}
/** How far the server's clock is from ours, when it is far enough for a signature to be refused. */
const SKEW_MS = 4 * 60_000;
/**
 * One signed GetAuthorizationToken (retries are the caller's): the answer's body as parsed JSON (an
 * empty body is an empty object, as the SDK reads it), an UnexpectedAnswer when it is not JSON, or
 * an AwsServiceError. As the SDK does, a signature refused while the server's Date is minutes away
 * from our clock (a runner without NTP) is signed again once, with the server's time.
 */
async function signedGetAuthorizationToken(run, call, accounts) {
    const secrets = [call.credentials.sessionToken];
    let answer = await signedPost(run, call, accounts, 0);
    if (answer.status !== 200) {
        const serverDate = Date.parse(String(answer.headers.date ?? ''));
        const offset = Number.isNaN(serverDate) ? 0 : serverDate - Date.now();
        const refused = serviceError(answer.status, answer.headers, answer.body, secrets);
        if (refused.name === 'InvalidSignatureException' && Math.abs(offset) > SKEW_MS)
            answer = await signedPost(run, call, accounts, offset);
    }
    if (answer.status !== 200)
        throw serviceError(answer.status, answer.headers, answer.body, secrets);
    const text = answer.body.toString('utf8');
    if (text.trim() === '')
        return {};
    try {
        return JSON.parse(text);
    }
    catch {
        throw new token_answer/* UnexpectedAnswer */.M7(call.url.host, token_answer/* NOT_JSON */.Jw);
    }
}
/** The request, signed at our time plus `offsetMs`, and its answer whatever the status. */
async function signedPost(run, call, accounts, offsetMs) {
    const { url } = call;
    const body = JSON.stringify(accounts.length ? { registryIds: accounts } : {});
    const headers = signJsonRequest({
        url,
        region: call.region,
        service: 'ecr',
        credentials: call.credentials,
        body,
        // Both headers the SDK names itself in (CloudTrail's userAgent field reads them); as the SDK
        // does, x-amz-user-agent is signed and user-agent is not.
        headers: {
            'content-type': 'application/x-amz-json-1.1',
            'x-amz-target': TARGET,
            'x-amz-user-agent': user_agent/* USER_AGENT */._O,
            'user-agent': user_agent/* USER_AGENT */._O,
        },
        at: new Date(Date.now() + offsetMs),
    });
    const agent = await run.agents.for(url.href);
    const sent = (0,http/* exchange */.c)(run, url.href, {
        method: 'POST',
        headers,
        body,
        operation: 'GetAuthorizationToken',
        agent,
        timeoutMs: timeouts/* REQUEST_TIMEOUT_MS */.j2,
        signal: run.signal,
    });
    return run.watch({ service: 'ecr.api', host: url.host, operation: 'GetAuthorizationToken' }, sent);
}


/***/ }),

/***/ 7457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registriesByRegion: () => (/* binding */ registriesByRegion),
  registryCredentials: () => (/* binding */ registryCredentials)
});

// EXTERNAL MODULE: ./src/core/aws-failure.ts
var aws_failure = __webpack_require__(4229);
// EXTERNAL MODULE: ./src/core/aws-region.ts
var aws_region = __webpack_require__(5507);
// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __webpack_require__(2633);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image/ecr-host.ts
var ecr_host = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/core/token-answer.ts
var token_answer = __webpack_require__(2309);
// EXTERNAL MODULE: ./src/aws/calls.ts
var calls = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/aws/direct/container-credentials.ts
var container_credentials = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/aws/region.ts
var region = __webpack_require__(7249);
// EXTERNAL MODULE: ./src/aws/direct/token-call.ts + 1 modules
var token_call = __webpack_require__(841);
;// CONCATENATED MODULE: ./src/aws/token-source.ts
// The one place that picks the way of asking ECR for a registry token: signed here (direct/) when
// the environment alone decides the call, else the SDK (sdk/); both implement TokenSource (types.ts),
// make one attempt per call (token.ts retries through calls.ts), shape their messages the same way,
// and hand back the answer unchecked: token.ts checks it (core/token-answer.ts) for both.

/**
 * The token source for each region of a run. Credentials the signed way needs are asked for once
 * per run (the container endpoint), whatever the number of regions.
 */
function tokenSources(run) {
    const access = (0,token_call/* directAccess */.Mc)(process.env, run.profile);
    const credentials = access && (0,token_call/* credentialsOf */.YN)(access, run);
    return async (region) => {
        const url = access && (0,token_call/* signedTokenUrl */.Pe)(region, access);
        if (url && credentials) {
            const { SignedTokenSource } = await __webpack_require__.e(/* import() */ 961).then(__webpack_require__.bind(__webpack_require__, 8961));
            return new SignedTokenSource(region, url, credentials, run);
        }
        const { SdkTokenSource } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(5)]).then(__webpack_require__.bind(__webpack_require__, 8005));
        return new SdkTokenSource(region, run);
    };
}

;// CONCATENATED MODULE: ./src/aws/token.ts
// Registry credentials from GetAuthorizationToken: one call per region for all the accounts asked
// for there. The password is handed to the run's `onSecret` (the action masks it) the moment it is
// decoded.










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
/** The token's entries for `accounts` in the source's region, checked, and the endpoint form hosts take. */
async function regionTokens(run, source, accounts) {
    const answer = await (0,calls/* retrying */.R$)(() => source.authorizationToken(accounts), run.signal);
    const entries = (0,token_answer/* checkTokenAnswer */.Q)(answer, await source.endpoint(), Date.now(), (token) => Buffer.from(token, 'base64').toString('utf8'));
    return { entries, variant: await source.variant() };
}
/** The credentials of every registry `query` names, within `run`. */
async function registryCredentials(run, query) {
    for (const secret of (0,container_credentials/* environmentSecrets */.Pm)(process.env))
        run.onSecret(secret);
    const defaultRegion = await (0,region/* regionInUse */.V_)(query.region, run);
    const byRegion = registriesByRegion(query.registries ?? [], defaultRegion);
    // Every region is one host label, or nothing is sent (the region names the endpoint's host).
    for (const region of byRegion.keys())
        (0,aws_region/* validRegion */.$)(region);
    const sourceFor = tokenSources(run);
    const out = [];
    for (const [region, accounts] of byRegion) {
        const asked = async () => {
            const source = await sourceFor(region);
            try {
                return await regionTokens(run, source, accounts);
            }
            finally {
                source.close();
            }
        };
        const { entries, variant } = await asked().catch((e) => {
            run.failIfExpired();
            if (e instanceof errors/* InputError */.dz)
                throw e; // the user's setting (a CA bundle), not the call
            const who = accounts.length ? `registry ${accounts.join(', ')}` : 'the default registry';
            throw new errors/* OperationError */.OK(`GetAuthorizationToken for ${who} in ${region} failed: ${e.message}`, (0,aws_failure/* awsHint */.Bv)(e, region), { cause: e });
        });
        entries.forEach((d, i) => {
            // Every form the password can show in: the token as sent, raw, and re-encoded in base64.
            for (const secret of (0,credentials/* authSecrets */.O6)(d.authorizationToken))
                run.onSecret(secret);
            // Which account an entry is for: its endpoint says so on ECR; a stand-in answers in order.
            const host = (0,ecr_host/* registryHostIn */.XU)((0,ecr_host/* hostOf */.w4)(d.proxyEndpoint), variant);
            const account = (0,ecr_host/* parseEcrHost */.wl)(host)?.account ?? (entries.length === accounts.length ? accounts[i] : undefined);
            const cred = {
                registry: host,
                endpoint: endpointIn(d.proxyEndpoint, host),
                region,
                ...(account !== undefined && { account }),
                username: d.username,
                password: d.password,
                expiresAt: new Date(d.expiresAtMs !== undefined ? Math.round(d.expiresAtMs) : Date.now() + 12 * 3600_000),
            };
            out.push(cred);
            // registryIds is deprecated: ECR may answer for the default registry only. Its token is
            // valid for every registry the caller may access, so the other accounts share it.
            if (i === 0 && (0,ecr_host/* parseEcrHost */.wl)(host)) {
                for (const other of accounts.filter((a) => !entries.some((e) => (0,ecr_host/* parseEcrHost */.wl)((0,ecr_host/* hostOf */.w4)(e.proxyEndpoint))?.account === a))) {
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

/***/ 2309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ NOT_JSON),
/* harmony export */   M7: () => (/* binding */ UnexpectedAnswer),
/* harmony export */   Q: () => (/* binding */ checkTokenAnswer),
/* harmony export */   ue: () => (/* binding */ checkContainerCredentials)
/* harmony export */ });
/* unused harmony export MAX_TOKEN_LIFETIME_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// What a GetAuthorizationToken answer and a container credentials answer must hold before anything
// is written: the same checks whether the SDK or our own signed call fetched it. A malformed answer
// is an OperationError naming the endpoint and what is wrong, never its values (they are secrets).

/** The longest an ECR token lives ahead of now (ECR gives 12 hours). */
const MAX_TOKEN_LIFETIME_MS = 24 * 3600_000;
/** What is wrong with an answer whose body does not parse. */
const NOT_JSON = 'the body is not JSON';
/** An answer we cannot use: which endpoint gave it and what is wrong with it. */
class UnexpectedAnswer extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK {
    constructor(endpoint, what) {
        super(`unexpected answer from ${endpoint}: ${what}`);
        this.name = 'UnexpectedAnswer';
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isHttpUrl = (value) => {
    try {
        return /^https?:$/.test(new URL(value).protocol);
    }
    catch {
        return false;
    }
};
/**
 * expiresAt as epoch ms: the SDK hands a Date (an invalid one for a number it cannot convert), our
 * own call the JSON 1.1 number of epoch seconds. NaN for anything else.
 */
function expiryMs(value) {
    if (typeof value === 'number')
        return value * 1000;
    if (typeof value?.getTime === 'function')
        return value.getTime();
    return Number.NaN;
}
/**
 * The entries of a GetAuthorizationToken answer (`answer` is the parsed body or the SDK's output),
 * each with a token that decodes (by `decodeBase64`) to `AWS:PASSWORD`, an http(s) proxyEndpoint
 * and an expiry between `nowMs` and a day later; else an UnexpectedAnswer.
 */
function checkTokenAnswer(answer, endpoint, nowMs, decodeBase64) {
    const wrong = (what) => new UnexpectedAnswer(endpoint, what);
    if (!isObject(answer))
        throw wrong('the body is not a JSON object');
    const data = answer.authorizationData;
    if (data === undefined)
        throw wrong('no authorizationData');
    if (!Array.isArray(data))
        throw wrong('authorizationData is not a list');
    return data.map((entry, i) => {
        const at = `authorizationData[${i}]`;
        if (!isObject(entry))
            throw wrong(`${at} is not an object`);
        const { authorizationToken, proxyEndpoint, expiresAt } = entry;
        if (typeof authorizationToken !== 'string' || !authorizationToken)
            throw wrong(`${at} has no authorizationToken`);
        if (typeof proxyEndpoint !== 'string' || !proxyEndpoint)
            throw wrong(`${at} has no proxyEndpoint`);
        if (!isHttpUrl(proxyEndpoint))
            throw wrong(`the proxyEndpoint of ${at} is not an http(s) URL`);
        const decoded = decodeBase64(authorizationToken);
        const colon = decoded.indexOf(':');
        const username = decoded.slice(0, colon);
        const password = decoded.slice(colon + 1);
        if (colon < 0 || username !== 'AWS' || !password)
            throw wrong(`the authorizationToken of ${at} does not decode to AWS:PASSWORD`);
        if (expiresAt === undefined || expiresAt === null)
            return { authorizationToken, proxyEndpoint, username, password };
        const expiresAtMs = expiryMs(expiresAt);
        if (!(expiresAtMs > nowMs && expiresAtMs <= nowMs + MAX_TOKEN_LIFETIME_MS))
            throw wrong(`the expiresAt of ${at} is not a time within a day from now`);
        return { authorizationToken, proxyEndpoint, username, password, expiresAtMs };
    });
}
/** RFC 3339 date-time in UTC, the form the SDK's parser (parseRfc3339DateTime) takes. */
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?[Zz]$/;
/**
 * The credentials in a container credentials answer, checked at least as the SDK's HTTP provider
 * checks them (AccessKeyId, SecretAccessKey, Token and an RFC 3339 Expiration, all strings), and
 * not expired at `nowMs` (`parseTime` reads the time: epoch ms, NaN when it is none); else an
 * UnexpectedAnswer.
 */
function checkContainerCredentials(answer, endpoint, nowMs, parseTime) {
    const wrong = (what) => new UnexpectedAnswer(endpoint, what);
    if (!isObject(answer))
        throw wrong('the body is not a JSON object');
    for (const field of ['AccessKeyId', 'SecretAccessKey', 'Token', 'Expiration'])
        if (typeof answer[field] !== 'string' || !answer[field])
            throw wrong(`no ${field}`);
    const expiration = answer.Expiration;
    const expirationMs = RFC3339_UTC.test(expiration) ? parseTime(expiration) : Number.NaN;
    if (Number.isNaN(expirationMs))
        throw wrong('Expiration is not an RFC 3339 time');
    if (expirationMs <= nowMs)
        throw wrong('Expiration is in the past');
    return {
        accessKeyId: answer.AccessKeyId,
        secretAccessKey: answer.SecretAccessKey,
        sessionToken: answer.Token,
        expirationMs,
    };
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
/* harmony import */ var _core_timeouts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5623);
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
/** One exchange, reported to the run's request log (method, host, path, status, time: never a header or query). */
function exchange(run, url, options) {
    const method = options.method ?? 'GET';
    const { operation } = options;
    const shown = options.hidePath ? `${new URL(url).origin}/…` : url;
    return run.requests.logged({ method, url: shown, ...(operation && { operation }) }, plainExchange(url, options), (answer) => answer.status);
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
        const connectMs = options.connectTimeoutMs ?? _core_timeouts_js__WEBPACK_IMPORTED_MODULE_3__/* .CONNECT_TIMEOUT_MS */ .cC;
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
