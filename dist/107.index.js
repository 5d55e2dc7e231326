export const id = 107;
export const ids = [107];
export const modules = {

/***/ 7794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ isRegistryHost),
/* harmony export */   UY: () => (/* binding */ ecrHostFor),
/* harmony export */   XU: () => (/* binding */ registryHostIn),
/* harmony export */   eO: () => (/* binding */ partitionFor),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   nJ: () => (/* binding */ parseRegistryEntry),
/* harmony export */   w4: () => (/* binding */ hostOf),
/* harmony export */   wl: () => (/* binding */ parseEcrHost),
/* harmony export */   yO: () => (/* binding */ withoutScheme)
/* harmony export */ });
/* unused harmony exports PARTITIONS, REGION_NAME, repositoryArn */
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
/* harmony export */   gv: () => (/* binding */ unansweredMessage)
/* harmony export */ });
/* unused harmony exports vpcEndpointService, serviceName, formatSeconds */
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

/***/ 8249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   iP: () => (/* binding */ withinDeadline)
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


/***/ }),

/***/ 1107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ login),
  logout: () => (/* binding */ logout)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: ./src/host/docker-config.ts
var docker_config = __webpack_require__(7011);
;// CONCATENATED MODULE: ./src/host/containers-auth.ts
// The containers auth.json that Podman, Buildah and Skopeo read (containers-auth.json(5)): the same
// `auths` as the docker config, in a file of its own. Written like the docker config: merged,
// atomically (new: mode 0600), and recorded before the write so logout can undo it.


/**
 * Where containers/image reads and writes credentials on Linux: REGISTRY_AUTH_FILE, else
 * `${XDG_RUNTIME_DIR}/containers/auth.json`, else `/run/containers/<uid>/auth.json`.
 */
function containersAuthPath(env = process.env, uid = process.getuid?.() ?? 0) {
    if (env.REGISTRY_AUTH_FILE)
        return env.REGISTRY_AUTH_FILE;
    if (env.XDG_RUNTIME_DIR)
        return (0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json');
    return (0,external_node_path_.join)('/run/containers', String(uid), 'auth.json');
}
/** Write a registry's credentials into the containers auth.json, recording the entry first. */
function containersAuthLogin(path, cred, warn, record) {
    (0,docker_config/* credentialFileLogin */.P8)(path, cred, warn, (written) => record({ registry: cred.registry, method: 'config', authFile: path, ...written }));
}

// EXTERNAL MODULE: ./src/host/files.ts
var files = __webpack_require__(3285);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/host/path-lookup.ts
// Executables on PATH: whether docker (or podman, nerdctl, finch) or a credential helper is there.
// Apart from engine-login.ts so that choosing a login method does not load child_process.


/** Whether an executable is on PATH (or is a path to one). */
function findOnPath(name, env = process.env) {
    const candidates = name.includes('/')
        ? [name]
        : (env.PATH ?? '').split(external_node_path_.delimiter).map((d) => (0,external_node_path_.join)(d || '.', name));
    for (const c of candidates) {
        try {
            (0,external_node_fs_.accessSync)(c, external_node_fs_.constants.X_OK);
            return c;
        }
        catch { }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/host/atomic-write.ts + 2 modules
var atomic_write = __webpack_require__(5859);
;// CONCATENATED MODULE: ./src/host/session.ts
// What `login` added, and undoing it: the record is kept beside the docker config (the CLI) or in the
// action's state, with no secrets; each entry says which file it wrote and how to tell its own write.





/** The file an entry wrote (config and helper methods). */
function entryFile(entry, env = process.env) {
    return entry.authFile ?? (0,external_node_path_.join)(entry.configDir ?? (0,docker_config/* dockerConfigDir */.kG)(env), 'config.json');
}
/** Two entries for the same thing (the later replaces the earlier in a session). */
const sameSlot = (a, b) => a.registry === b.registry && a.authFile === b.authFile;
/**
 * Undo what a config or helper entry wrote: `removed`; `not-there` when the write never happened or
 * the entry is gone; a sentence when the entry changed since, which is not ours to remove.
 */
function undoFileEntry(entry, env = process.env) {
    const path = entryFile(entry, env);
    const config = (0,docker_config/* readCredentialFile */.sS)(path);
    if (entry.method === 'helper') {
        const current = config.credHelpers?.[entry.registry];
        if (current === undefined || current === entry.replacedHelper)
            return 'not-there';
        if (current !== docker_config/* ECR_LOGIN_HELPER */.eA)
            return `${entry.registry}: left in ${path}: the credHelpers entry changed after this login`;
        (0,docker_config/* writeCredentialFile */.Vt)(path, (0,docker_config/* withoutHelper */.zI)(config, entry.registry, entry.replacedHelper));
        return 'removed';
    }
    const state = (0,docker_config/* recordedEntryState */.Ub)(config, entry.registry, entry.fingerprint ?? '', entry.replaced);
    if (state === 'not-there')
        return state;
    if (state === 'changed')
        return `${entry.registry}: left in ${path}: the entry changed after this login`;
    (0,docker_config/* writeCredentialFile */.Vt)(path, (0,docker_config/* withoutCredentials */.ri)(config, entry.registry));
    return 'removed';
}
/** Where the CLI keeps its session between `login` and `logout` (beside the docker config; no secrets). */
function sessionPath(configDir) {
    return join(configDir, 'ecr-pull-through-session.json');
}
/** Add entries to the session (an entry replaces an earlier one for its registry and file). */
function saveSession(configDir, entries) {
    mkdirSync(configDir, { recursive: true, mode: CREDENTIAL_DIR_MODE });
    const path = sessionPath(configDir);
    // Read first: a record that is not a regular file (nor a link to one) is refused before anything changes.
    const previous = loadSession(configDir).filter((p) => !entries.some((e) => sameSlot(e, p)));
    unlinkIfSymlink(path);
    writeFileAtomic(path, `${JSON.stringify([...previous, ...entries], null, 2)}\n`, CREDENTIAL_FILE_MODE);
}
/**
 * writeFileAtomic writes through a link (docker's config.json keeps that behaviour); a link here
 * would send our file outside the config dir, so the link itself goes and a plain file takes its place.
 */
function unlinkIfSymlink(path) {
    try {
        if (lstatSync(path).isSymbolicLink())
            unlinkSync(path);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
}
/** The session recorded; none when there is no record or it does not parse. A device, FIFO or socket there is refused (NotRegularFileError). */
function loadSession(configDir) {
    try {
        const parsed = JSON.parse(readRegularFile(sessionPath(configDir)).bytes.toString('utf8'));
        return Array.isArray(parsed) ? parsed : [];
    }
    catch (e) {
        if (e instanceof NotRegularFileError)
            throw e;
        return [];
    }
}
function clearSession(configDir) {
    rmSync(sessionPath(configDir), { force: true });
}

// EXTERNAL MODULE: ./src/run/deadline.ts
var deadline = __webpack_require__(8249);
;// CONCATENATED MODULE: ./src/use-cases/login.ts
// The login use case: a token per region, one login per registry, by `docker login
// --password-stdin` (or podman, nerdctl, finch) or straight into the docker config. The password
// never goes into argv, logs or errors; logout removes exactly what login added. Each login is
// handed to the caller as it happens, so a failure or a kill later on leaves a session logout can undo.









const EXPIRY_WARNING_MS = 3600_000;
/** Warn when the engine's login will replace credentials already there (logout then removes them). */
function warnIfEngineReplaces(engine, configDir, registry, env, warn) {
    for (const file of (0,docker_config/* engineCredentialFiles */.$F)(engine, configDir, env)) {
        if ((0,docker_config/* hasEntryFor */.Kg)(file, registry))
            warn((0,docker_config/* replacingWarning */.oV)(registry, file));
    }
}
function configLogin(dir, cred, warn, record) {
    const current = (0,docker_config/* readDockerConfig */.TO)(dir);
    const shadow = (0,docker_config/* shadowingOf */.Ak)(current, cred.registry);
    if (shadow)
        warn(shadow);
    (0,docker_config/* credentialFileLogin */.P8)((0,external_node_path_.join)(dir, 'config.json'), cred, warn, (written) => record({ registry: cred.registry, method: 'config', configDir: dir, ...written }), current);
}
function login(options = {}) {
    return (0,deadline/* withinDeadline */.iP)(options, timeouts/* DEFAULT_TIMEOUT_MS */.t1, (deadline) => loginWithin(options, deadline));
}
async function loginWithin(options, deadline) {
    const env = options.env ?? process.env;
    const warn = options.onWarning ?? (() => { });
    const engine = options.engine ?? 'docker';
    const method = options.method ?? defaults/* DEFAULT_LOGIN_METHOD */.u_;
    // The token is the only call login needs: it is asked for first, and the engine is looked for
    // while it travels.
    // The SDK is loaded here, not with this module: logout runs the engine or edits a file, no token.
    const pending = Promise.resolve(options.credentials ??
        Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(249)]).then(__webpack_require__.bind(__webpack_require__, 7457)).then(({ getRegistryCredentials }) => getRegistryCredentials({
            region: options.region,
            registries: options.registries,
            onSecret: options.onSecret,
            profile: options.profile,
            deadline,
        })));
    const chosen = method === 'auto' ? (findOnPath(engine, env) ? 'docker' : 'config') : method;
    // The engine's login (and child_process) only for the docker method, loaded while the token travels.
    const engineLoading = chosen === 'docker' ? __webpack_require__.e(/* import() */ 978).then(__webpack_require__.bind(__webpack_require__, 8978)) : undefined;
    engineLoading?.catch(() => { });
    const credentials = await pending;
    const configDir = options.dockerConfig ?? (0,docker_config/* dockerConfigDir */.kG)(env);
    // Every credential file this login writes is checked before the first write: one that is not a
    // regular file (a FIFO, a device, a link to one) fails the login with nothing written.
    if (chosen !== 'docker')
        (0,files/* refuseNonRegular */.uA)((0,external_node_path_.join)(configDir, 'config.json'));
    if (options.containersAuth)
        (0,files/* refuseNonRegular */.uA)(containersAuthPath(env));
    const dockerEnv = { ...env, DOCKER_CONFIG: configDir };
    const registries = [];
    const session = [];
    const record = (entry) => {
        session.push(entry);
        options.onSessionEntry?.(entry);
    };
    for (const cred of credentials) {
        if (chosen === 'docker') {
            warnIfEngineReplaces(engine, configDir, cred.registry, dockerEnv, warn);
            const { engineLogin } = await engineLoading;
            await engineLogin(engine, cred, dockerEnv, deadline);
            record({ registry: cred.registry, method: 'docker', engine, configDir });
        }
        else if (chosen === 'helper') {
            (0,docker_config/* helperLogin */.kg)(configDir, cred.registry, !!findOnPath((0,docker_config/* helperProgram */.ph)(docker_config/* ECR_LOGIN_HELPER */.eA), env), warn, record);
        }
        else {
            configLogin(configDir, cred, warn, record);
        }
        if (options.containersAuth)
            containersAuthLogin(containersAuthPath(env), cred, warn, record);
        const left = cred.expiresAt.getTime() - Date.now();
        if (left < EXPIRY_WARNING_MS) {
            warn(`the token for ${cred.registry} expires in ${Math.max(0, Math.round(left / 60_000))} min (${cred.expiresAt.toISOString()})`);
        }
        registries.push({
            registry: cred.registry,
            endpoint: cred.endpoint,
            region: cred.region,
            ...(cred.account && { account: cred.account }),
            expiresAt: cred.expiresAt,
            method: chosen,
        });
    }
    return { registries, session, credentials };
}
/** Remove what a login session added; failures become warnings and the rest goes on. */
async function logout(session, options = {}) {
    const env = options.env ?? process.env;
    const removed = [];
    const warnings = [];
    for (const entry of session) {
        try {
            if (entry.method === 'docker') {
                const { engineLogout } = await __webpack_require__.e(/* import() */ 978).then(__webpack_require__.bind(__webpack_require__, 8978));
                await engineLogout(entry.engine ?? 'docker', entry.registry, {
                    ...env,
                    ...(entry.configDir && { DOCKER_CONFIG: entry.configDir }),
                });
            }
            else {
                const undone = undoFileEntry(entry, env);
                if (undone === 'not-there')
                    continue;
                if (undone !== 'removed') {
                    warnings.push(undone);
                    continue;
                }
            }
            removed.push(entry.registry);
        }
        catch (e) {
            warnings.push(`logout of ${entry.registry} failed: ${e.message}`);
        }
    }
    return { removed, warnings };
}


/***/ })

};
