export const id = 9;
export const ids = [9];
export const modules = {

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imagesFrom: () => (/* binding */ imagesFrom),
/* harmony export */   mapCommand: () => (/* binding */ mapCommand),
/* harmony export */   sourcedImages: () => (/* binding */ sourcedImages)
/* harmony export */ });
/* harmony import */ var _core_buildkit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5971);
/* harmony import */ var _core_image_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2514);
/* harmony import */ var _use_cases_target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4070);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5215);
// Straight from their modules, not the facade: map loads nothing else (no YAML, no SDK).




/** Images with where they came from: an argument, or `stdin:N` for `-` (blanks and # comments skipped). */
function sourcedImages(positionals, io) {
    if (positionals.length === 1 && positionals[0] === '-') {
        return io
            .stdin()
            .split(/\r?\n/)
            .map((l, i) => ({ image: l.trim(), where: `stdin:${i + 1}` }))
            .filter((l) => l.image !== '' && !l.image.startsWith('#'));
    }
    return positionals.map((image, i) => ({ image, where: `argument ${i + 1}` }));
}
function imagesFrom(positionals, io) {
    return sourcedImages(positionals, io).map((s) => s.image);
}
const mapCommand = {
    name: 'map',
    summary: 'print the pull-through cache URI of each image (- reads stdin)',
    options: {
        ..._command_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGET_OPTIONS */ .FG,
        strict: { type: 'boolean' },
        json: { type: 'boolean' },
        buildkit: { type: 'boolean' },
    },
    help: `Usage: ecr-pull-through map IMAGE... | map -

Prints the pull-through cache URI of each image on its own line, in order. An image no rule
covers is printed unchanged (with a note on stderr). '-' reads images from stdin, one per line.

Options:
${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGET_HELP */ .aL}
${(0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .timeoutHelp */ .Jf)()}
  --buildkit              also print the cache URI of the BuildKit builder image
                          (${_core_buildkit_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILDKIT_BUILDER_IMAGE */ .$}), for setup-buildx-action's
                          driver-opts: image=URI
  --strict                an image with no rule makes the exit status 1
  --json                  print [{"image","uri","status","reason"}] on stdout`,
    async run(v, positionals, io) {
        const sourced = sourcedImages(positionals, io);
        if (v.buildkit)
            sourced.push({ image: _core_buildkit_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILDKIT_BUILDER_IMAGE */ .$, where: '--buildkit' });
        if (sourced.length === 0)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('map needs at least one IMAGE, or - to read stdin');
        const target = await (0,_use_cases_target_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTarget */ .u1)((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .targetOptions */ .Gl)(v));
        const results = sourced.map((s) => (0,_core_image_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .mapImage */ .oo)(s.image, target));
        let invalid = false;
        results.forEach((r, i) => {
            if (r.kind !== 'invalid')
                return;
            io.error(`${sourced[i].where}: error: ${r.error}`);
            invalid = true;
        });
        if (invalid)
            return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage;
        const rows = results.map((r) => {
            if (r.kind === 'invalid')
                throw new Error('unreachable');
            const image = r.ref.original;
            if (r.kind === 'unmapped')
                return { image, uri: image, status: r.kind, reason: r.reason };
            return { image, uri: r.uri, status: r.kind };
        });
        for (const r of rows)
            if (r.reason)
                io.err(`note: ${r.image}: ${r.reason}; printed unchanged`);
        io.out(v.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.uri}\n`).join(''));
        return v.strict && rows.some((r) => r.status === 'unmapped') ? _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.failed : _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 5971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ BUILDKIT_BUILDER_IMAGE)
/* harmony export */ });
// What BuildKit pulls by itself, outside any FROM line: the builder image that
// docker/setup-buildx-action starts (docker-container driver), from Docker Hub unless told
// otherwise (`driver-opts: image=...`). The `# syntax=` frontend is found in the Dockerfile itself.
/** The image docker/setup-buildx-action runs as its builder by default. */
const BUILDKIT_BUILDER_IMAGE = 'moby/buildkit:buildx-stable-1';


/***/ }),

/***/ 7794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ isRegistryHost),
/* harmony export */   UY: () => (/* binding */ ecrHostFor),
/* harmony export */   XU: () => (/* binding */ registryHostIn),
/* harmony export */   eO: () => (/* binding */ partitionFor),
/* harmony export */   hS: () => (/* binding */ REGION_NAME),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   nJ: () => (/* binding */ parseRegistryEntry),
/* harmony export */   qM: () => (/* binding */ repositoryArn),
/* harmony export */   w4: () => (/* binding */ hostOf),
/* harmony export */   wl: () => (/* binding */ parseEcrHost),
/* harmony export */   yO: () => (/* binding */ withoutScheme)
/* harmony export */ });
/* unused harmony export PARTITIONS */
// AWS partitions and ECR registry host names, from one table: which regions a partition has, the
// DNS suffix its registries use (`.amazonaws.com`, `.amazonaws.com.cn`, `.amazonaws.eu`, dual-stack
// `.on.aws`...) and its ARN partition. Hosts are parsed and built from it, and nowhere else.
/** Every partition this tool knows, the commercial one last (it takes every other region name). */
// biome-ignore format: a table reads best as one.
const PARTITIONS = [
    { id: 'aws-cn', regionPrefix: 'cn-', dnsSuffix: 'amazonaws.com.cn', dualStackSuffix: 'on.amazonwebservices.com.cn' },
    { id: 'aws-us-gov', regionPrefix: 'us-gov-', dnsSuffix: 'amazonaws.com', dualStackSuffix: 'on.aws' },
    // The AWS European Sovereign Cloud (regions such as eusc-de-east-1).
    { id: 'aws-eusc', regionPrefix: 'eusc-', dnsSuffix: 'amazonaws.eu', dualStackSuffix: 'on.amazonwebservices.eu' },
    { id: 'aws', regionPrefix: '', dnsSuffix: 'amazonaws.com', dualStackSuffix: 'on.aws' },
];
/** A name shaped like an AWS region, in any partition: `us-east-1`, `cn-north-1`, `eusc-de-east-1`. */
const REGION_NAME = /^[a-z]+(?:-[a-z]+)+-\d+$/;
/** The partition a region belongs to. */
function partitionFor(region) {
    return PARTITIONS.find((p) => region.startsWith(p.regionPrefix));
}
/** The ARN partition of a region: `aws`, `aws-cn`, `aws-us-gov`, `aws-eusc`. */
function partitionOf(region) {
    return partitionFor(region).id;
}
/** The ARN of an ECR repository (or, with a `*`, of repositories): `arn:<partition>:ecr:<region>:...`. */
function repositoryArn(region, account, name) {
    return `arn:${partitionOf(region)}:ecr:${region}:${account}:repository/${name}`;
}
const SUFFIXES = [...new Set(PARTITIONS.flatMap((p) => [p.dnsSuffix, p.dualStackSuffix]))].map((s) => s.replaceAll('.', '\\.'));
/** `<account>.dkr.ecr[-fips].<region>.<suffix>`, or `dkr-ecr` for dual-stack; the table checks the rest. */
const ECR_HOST_RE = new RegExp(`^(\\d{12})\\.dkr([.-])ecr(-fips)?\\.([a-z0-9-]+)\\.(${SUFFIXES.join('|')})$`);
/** A registry address as users write it, without `http(s)://` and trailing slashes. */
function withoutScheme(address) {
    return address
        .trim()
        .replace(/^https?:\/\//i, '')
        .replace(/\/+$/, '');
}
/**
 * Parse an ECR registry host (a `https://` prefix and trailing `/` are tolerated); undefined if it is
 * not one, or if its suffix is not its region's partition's.
 */
function parseEcrHost(text) {
    const host = withoutScheme(text).toLowerCase();
    const m = ECR_HOST_RE.exec(host);
    if (!m)
        return undefined;
    const [, account = '', separator, fips, region = '', suffix] = m;
    if (!REGION_NAME.test(region))
        return undefined;
    const dualStack = separator === '-';
    const partition = partitionFor(region);
    if (suffix !== (dualStack ? partition.dualStackSuffix : partition.dnsSuffix))
        return undefined;
    return { account, region, fips: Boolean(fips), dualStack, partition: partition.id, host };
}
/**
 * A registry named by a 12-digit account id (in the default region, asked for only then; in the
 * form `variant` asks for) or by its ECR host (as written); undefined for anything else.
 */
function parseRegistryEntry(entry, defaultRegion, variant = {}) {
    const text = entry.trim();
    if (!/^\d{12}$/.test(text))
        return parseEcrHost(text);
    const region = defaultRegion();
    return {
        account: text,
        region,
        fips: variant.fips === true,
        dualStack: variant.dualStack === true,
        partition: partitionOf(region),
        host: ecrHostFor(text, region, variant),
    };
}
/** The registry host for an account in a region: standard unless FIPS or dual-stack is asked for. */
function ecrHostFor(account, region, options = {}) {
    const p = partitionFor(region);
    const service = `${options.dualStack ? 'dkr-ecr' : 'dkr.ecr'}${options.fips ? '-fips' : ''}`;
    return `${account}.${service}.${region}.${options.dualStack ? p.dualStackSuffix : p.dnsSuffix}`;
}
/**
 * A standard ECR host (as a token's proxyEndpoint names it) in the form `variant` asks for; a host
 * already FIPS or dual-stack, or no ECR host at all (a stand-in's 127.0.0.1:PORT), is kept.
 */
function registryHostIn(host, variant) {
    const ecr = parseEcrHost(host);
    if (!ecr || ecr.fips || ecr.dualStack || !(variant.fips || variant.dualStack))
        return host;
    return ecrHostFor(ecr.account, ecr.region, variant);
}
/** Host (and port) part of a registry URL such as a token's `proxyEndpoint`. */
function hostOf(endpoint) {
    return endpoint.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, '');
}
/** A registry address as references and rules write it: a host name or IP, with an optional port. */
function isRegistryHost(text) {
    return /^[a-z0-9.-]+(?::\d+)?$/i.test(text);
}


/***/ }),

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ isThrottled),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   SP: () => (/* binding */ THROTTLING),
/* harmony export */   Uz: () => (/* binding */ isNoAnswer),
/* harmony export */   VU: () => (/* binding */ DEFAULT_BACKOFF),
/* harmony export */   aG: () => (/* binding */ awsAttempts),
/* harmony export */   kr: () => (/* binding */ unwrapSdkError),
/* harmony export */   r3: () => (/* binding */ isRetryable),
/* harmony export */   vm: () => (/* binding */ WARM_BACKOFF)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Retryable or fatal: the one rule for every call we make (the AWS SDK's, the registry's, Node's
// sockets), and the backoff between tries. Deciding only: the loop that sleeps is retry-loop.ts.

const AUTH_FAILURES = new Set([
    'AccessDeniedException',
    'AccessDenied',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'CredentialsProviderError',
    'MissingAuthenticationTokenException',
]);
/** The names of a refusal for the rate (the registry says it with a 429 instead). */
const THROTTLING = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
]);
const TRANSIENT_NAMES = new Set([
    'ServerException',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'InternalServerError',
    'InternalFailure',
    'TimeoutError',
    'RequestTimeout',
    'RequestTimeoutException',
]);
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'EAI_AGAIN',
    'ENOTFOUND',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
]);
function status(e) {
    return e.status ?? e.$metadata?.httpStatusCode;
}
/**
 * The SDK hides an error that is not an `Error` of its own realm (Node's socket errors, when the
 * code runs in a vm context such as a test runner's) behind a message-only wrapper. Recover the
 * name and code, which the retry rule reads.
 */
function unwrapSdkError(e) {
    const m = /^AWS SDK error wrapper for (\w+): (.*)$/s.exec(e?.message ?? '');
    if (!m)
        return e;
    const code = /\b(E[A-Z]{3,})\b/.exec(m[2])?.[1];
    return Object.assign(new Error(m[2], { cause: e }), { name: m[1], ...(code && { code }) });
}
/** True for a refusal for the rate: the API's ThrottlingException, the registry's 429. */
function isThrottled(failure) {
    const e = (unwrapSdkError(failure) ?? {});
    return (e.name !== undefined && THROTTLING.has(e.name)) || status(e) === 429;
}
/**
 * True for a request that got no answer at all: it timed out, or its connection failed or dropped
 * (what a missing VPC endpoint looks like), as opposed to an answer that was an error.
 */
function isNoAnswer(failure) {
    const error = unwrapSdkError(failure);
    if (!error || typeof error !== 'object')
        return false;
    const e = error;
    if (e.name === 'TimeoutError' || (e.code && TRANSIENT_CODES.has(e.code)))
        return true;
    if (e.cause && e.cause !== error && e.cause !== failure)
        return isNoAnswer(e.cause);
    return false;
}
/** True for failures worth another try: throttling, 429, 5xx, timeouts, resets, DNS hiccups. */
function isRetryable(failure) {
    const error = unwrapSdkError(failure);
    if (!error || typeof error !== 'object')
        return false;
    const e = error;
    // A signature refused for our clock, which the SDK has now set by the server's: sign again. (The
    // signed path does the same within its one attempt, token-call.ts.)
    if (e.$metadata?.clockSkewCorrected === true)
        return true;
    if (e.name && AUTH_FAILURES.has(e.name))
        return false;
    const s = status(e);
    if (s === 401 || s === 403)
        return false;
    if (e.name && (THROTTLING.has(e.name) || TRANSIENT_NAMES.has(e.name)))
        return true;
    if (e.code && TRANSIENT_CODES.has(e.code))
        return true;
    if (s === 429 || (s !== undefined && s >= 500))
        return true;
    // Follow a cause, but not back into the SDK wrapper this error was recovered from.
    if (e.cause && e.cause !== error && e.cause !== failure)
        return isRetryable(e.cause);
    return false;
}
/** A call of login, discovery, the token, doctor or setup: five attempts at most. */
const DEFAULT_BACKOFF = { baseMs: 200, capMs: 5_000, maxAttempts: 5 };
/**
 * The attempts an AWS call gets: AWS_MAX_ATTEMPTS when set (a positive integer, as the SDK reads
 * it), else DEFAULT_BACKOFF's. Our loop is the one that retries AWS calls on both token paths (the
 * SDK clients make one attempt each), so it honours the SDK's setting.
 */
function awsAttempts(setting) {
    if (setting === undefined || setting === '')
        return DEFAULT_BACKOFF.maxAttempts;
    if (!/^\d+$/.test(setting.trim()) || Number(setting) < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`AWS_MAX_ATTEMPTS must be a positive integer, not "${setting}"`);
    return Number(setting);
}
/** A call of warm (its `retry` option overrides base and cap): no attempt limit, the run's deadline ends it. */
const WARM_BACKOFF = { baseMs: 250, capMs: 5_000 };
/**
 * Full jitter: a uniform delay between 0 and min(cap, base * 2^retry), for retry = 0, 1, ...;
 * `random` is a draw in [0, 1) (the loop passes Math.random).
 */
function backoffDelay(retry, policy, random) {
    const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(retry, 30));
    return Math.floor(random() * ceiling);
}


/***/ }),

/***/ 2079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eA: () => (/* binding */ unansweredHint),
/* harmony export */   fV: () => (/* binding */ registryService),
/* harmony export */   gv: () => (/* binding */ unansweredMessage),
/* harmony export */   sH: () => (/* binding */ vpcEndpointService)
/* harmony export */ });
/* unused harmony exports serviceName, formatSeconds */
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

/***/ 355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ homeDirectory)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
// The user's home directory, as Node and the AWS SDK find it: HOME, else the passwd entry's home.
// With neither (HOME unset and a uid with no passwd entry, as in some containers) os.homedir()
// throws; callers decide what no home means for them.

/** HOME, else the passwd entry's home; undefined when there is neither. */
function homeDirectory(env) {
    if (env.HOME)
        return env.HOME;
    try {
        return (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)();
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   iP: () => (/* binding */ withinDeadline),
/* harmony export */   j3: () => (/* reexport safe */ _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.j3)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7253);
/* harmony import */ var _core_unanswered_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2079);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('the timeout must be a positive duration');
        this.startedAt = Date.now();
        this.signal = parent ? AbortSignal.any([parent, this.#controller.signal]) : this.#controller.signal;
        // Every wait and request of a run listens to this one signal.
        (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, this.#controller.signal, this.signal);
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
            if (!this.expired && _core_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isNoAnswer */ .Uz(error))
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
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j3((0,_core_unanswered_js__WEBPACK_IMPORTED_MODULE_3__/* .unansweredMessage */ .gv)(request, waited), (0,_core_unanswered_js__WEBPACK_IMPORTED_MODULE_3__/* .unansweredHint */ .eA)(request, this.#region), request, waited);
    }
    /**
     * Run a use case within the deadline: its result, or at expiry a DeadlineError naming what did not
     * answer (the work left behind is aborted by the signal, so nothing keeps the process alive).
     */
    async run(work) {
        let onAbort;
        const expiry = new Promise((_, reject) => {
            onAbort = () => reject(this.signal.reason instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j3 ? this.signal.reason : this.error());
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
/** Run `work` on the caller's deadline, or on its own one of `timeoutMs` (default `defaultMs`). */
async function withinDeadline(options, defaultMs, work) {
    if (options.deadline)
        return options.deadline.run(() => work(options.deadline));
    const deadline = new Deadline(options.timeoutMs ?? defaultMs);
    try {
        return await deadline.run(() => work(deadline));
    }
    finally {
        deadline.dispose();
    }
}


/***/ })

};
