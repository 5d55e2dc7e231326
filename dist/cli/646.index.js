export const id = 646;
export const ids = [646];
export const modules = {

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

/***/ 9646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  warm: () => (/* binding */ warm),
  warmIn: () => (/* binding */ warmIn)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(630);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
;// CONCATENATED MODULE: ./src/aws/images.ts
// What ECR holds in a cache repository: DescribeImages (which manifests, with which tags, a listing
// of the repository; is an image that will not pull archived?) and BatchCheckLayerAvailability (can
// its layers be served?).
// Calls go through a client that never retries on its own: warm retries itself within its deadline
// and counts every call it makes.


/** An ECR client sharing the run's handler (proxy, agents) and credentials, without SDK retries. */
function singleAttemptEcr(clients) {
    const { requestHandler, credentials } = clients.ecr.config;
    return new dist_cjs/* ECRClient */.S70({ region: clients.region, requestHandler, credentials, maxAttempts: 1 });
}
/** BatchCheckLayerAvailability takes at most 100 ids per call. */
const MAX_IDS_PER_CALL = 100;
const NOT_THERE = new Set(['ImageNotFoundException', 'RepositoryNotFoundException']);
/** A listing page holds up to 1,000 images (DescribeImages' largest maxResults). */
const MAX_RESULTS_PER_PAGE = 1000;
/**
 * One page of what a cache repository holds: each manifest digest with its tags (ACTIVE images
 * only, as DescribeImages lists without a status filter), and the token of the next page. A
 * listing, not a list of ids: DescribeImages fails the whole call when one id asked for is missing,
 * so ids batched together only say "all there or not", while a listing says it for each image of
 * the repository at once. A repository a first pull has not created yet holds nothing.
 */
async function listImagesPage(ecr, query, nextToken, signal) {
    try {
        const answer = await ecr.send(new dist_cjs/* DescribeImagesCommand */.ji5({
            ...query,
            maxResults: MAX_RESULTS_PER_PAGE,
            ...(nextToken && { nextToken }),
        }), { abortSignal: signal });
        const found = new Map();
        for (const d of answer.imageDetails ?? [])
            if (d.imageDigest)
                found.set(d.imageDigest, d.imageTags ?? []);
        return { found, ...(answer.nextToken && { nextToken: answer.nextToken }) };
    }
    catch (e) {
        if (NOT_THERE.has(e.name))
            return { found: new Map() };
        throw (0,retry/* unwrapSdkError */.kr)(e);
    }
}
/**
 * The status (ACTIVE, ARCHIVED, ACTIVATING) of the image a tag or digest names, or undefined when ECR
 * does not hold it. Without an imageStatus filter DescribeImages sees ACTIVE images only.
 */
async function storedImageStatus(ecr, query, reference, signal) {
    const imageId = reference.startsWith('sha256:')
        ? { imageDigest: reference }
        : { imageTag: reference };
    try {
        const answer = await ecr.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ...query, imageIds: [imageId], filter: { imageStatus: 'ANY' } }), { abortSignal: signal });
        return answer.imageDetails?.[0]?.imageStatus;
    }
    catch (e) {
        if (NOT_THERE.has(e.name))
            return undefined;
        throw (0,retry/* unwrapSdkError */.kr)(e);
    }
}
/** The layers and configs (at most 100) that ECR cannot serve yet: unavailable or unknown. */
async function unavailableLayers(ecr, query, digests, signal) {
    const answer = await ecr.send(new dist_cjs/* BatchCheckLayerAvailabilityCommand */.YmI({ ...query, layerDigests: [...digests] }), {
        abortSignal: signal,
    });
    const available = new Set((answer.layers ?? []).filter((l) => l.layerAvailability === 'AVAILABLE').map((l) => l.layerDigest));
    return digests.filter((d) => !available.has(d));
}

// EXTERNAL MODULE: ./src/aws/sdk/clients.ts
var sdk_clients = __webpack_require__(3430);
// EXTERNAL MODULE: ./src/aws/token.ts + 1 modules
var token = __webpack_require__(7457);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image/ecr-host.ts
var ecr_host = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var image_rules = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
;// CONCATENATED MODULE: ./src/core/warm/manifest.ts
// Manifests as the registry serves them: an index (OCI index, Docker manifest list) names child
// manifests per platform; an image manifest names its config and layers.
const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
/** What a manifest GET accepts: every kind, so that ECR serves (and imports) exactly what upstream has. */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
];
class ManifestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ManifestError';
    }
}
/** Parse a manifest body; the Content-Type wins, the body's own mediaType or shape decides otherwise. */
function parseManifest(body, contentType) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        throw new ManifestError('the registry answered with a manifest that is not JSON');
    }
    const type = (contentType?.split(';')[0]?.trim() || String(json.mediaType ?? '')).toLowerCase();
    const isIndex = type === MEDIA_TYPES.ociIndex || type === MEDIA_TYPES.dockerList || Array.isArray(json.manifests);
    const descriptors = (list) => Array.isArray(list) ? list.filter((d) => typeof d?.digest === 'string') : [];
    if (isIndex) {
        const children = descriptors(json.manifests).map((d) => {
            const p = d.platform;
            const platform = typeof p?.os === 'string' && typeof p.architecture === 'string'
                ? {
                    os: p.os,
                    architecture: p.architecture,
                    ...(typeof p.variant === 'string' && { variant: p.variant }),
                }
                : undefined;
            return {
                digest: String(d.digest),
                mediaType: String(d.mediaType ?? ''),
                ...(platform && { platform }),
            };
        });
        return { kind: 'index', children };
    }
    const blobs = [json.config, ...descriptors(json.layers)]
        .filter((d) => typeof d?.digest === 'string')
        .map((d) => String(d.digest));
    return { kind: 'image', blobs: [...new Set(blobs)] };
}
function formatPlatform(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
/** Parse `os/arch[/variant]`, as docker's --platform takes it. */
function parsePlatform(text) {
    const [os, architecture, variant, extra] = text.trim().toLowerCase().split('/');
    if (!os || !architecture || extra !== undefined || variant === '')
        return undefined;
    return { os, architecture, ...(variant !== undefined && { variant }) };
}
/** Whether a child's platform is the one asked for; arm64 without a variant is arm64/v8, as containerd has it. */
function platformMatches(have, want) {
    if (!have)
        return false;
    const variant = (p) => p.variant ?? (p.architecture === 'arm64' ? 'v8' : undefined);
    if (have.os !== want.os || have.architecture !== want.architecture)
        return false;
    return want.variant === undefined || variant(have) === variant(want);
}
/** An attestation or other non-image child: `unknown/unknown`, not something a build runs. */
function isRunnable(child) {
    return child.platform !== undefined && child.platform.os !== 'unknown';
}

;// CONCATENATED MODULE: ./src/core/warm/poll-schedule.ts
// When to look again while ECR imports an image. A wait of a tenth of the time waited so far (at
// least `baseMs`, at most `capMs`) bounds how late readiness is noticed by max(base, 10% of the
// import time) and by the cap, while the number of looks grows only with the logarithm of the import
// time: 29 looks for a 60 s import, 69 for a 10-minute one. That greedy schedule is what both bounds
// allow and no more, so readiness checks carry no random jitter: each wait is only a hair (0.5%) short
// of the bound, to leave room for the call's own latency. Images drift apart anyway (their imports
// start at different moments and the shared rate limit spreads bursts); full jitter is for retries.
const DEFAULT_POLL = { baseMs: 1_000, capMs: 15_000, ratio: 0.1 };
/** What each wait leaves for the latency of the call that ends it. */
const SHORTFALL = 0.005;
/** How late an import that took `importMs` may be noticed: max(base, ratio × import time), at most the cap. */
function latenessBound(importMs, s) {
    return Math.min(s.capMs, Math.max(s.baseMs, s.ratio * importMs));
}
/** The wait after a look at `elapsedMs` (time since the import was triggered). */
function pollGap(elapsedMs, s) {
    return latenessBound(Math.max(0, elapsedMs), s) * (1 - SHORTFALL);
}
/**
 * The time of the next look, from the planned time of the last one and the time it was really made.
 * Looks stay on the planned grid (a late look does not push the later ones back); a look so late
 * that the next planned one has passed starts a new grid from its own time instead of a burst.
 */
function nextPoll(plannedMs, actualMs, s) {
    const next = plannedMs + pollGap(plannedMs, s);
    return next > actualMs ? next : actualMs + pollGap(actualMs, s);
}
/** The planned looks of an import of `importMs`, up to the first one that finds it done. */
function plannedPolls(importMs, s) {
    const times = [];
    let t = 0;
    do {
        t = nextPoll(t, t, s);
        times.push(t);
    } while (t < importMs);
    return times;
}
/**
 * When an image is first looked at, in ms after the pull that starts its import, given a `random`
 * number in [0, 1): at a random moment within the first wait. Soon enough that an image already in
 * the cache is noticed within the lateness bound, and spread out so that runs started together (a CI
 * matrix sharing one account's quota) do not all ask at once, nor on one grid afterwards.
 */
function firstLook(s, random) {
    return Math.min(Math.max(random, 0), 1) * pollGap(0, s);
}
/**
 * The next planned look of an image, after a look at `lookedMs` (since its import was triggered)
 * when its own was planned for `plannedMs`. A look made for another image of its repository
 * (a shared listing) may come before its own: that early look counts as its own, and its grid
 * restarts from there, so the images of one repository converge on one look per round.
 */
function afterLook(plannedMs, lookedMs, s) {
    return nextPoll(Math.min(plannedMs, lookedMs), lookedMs, s);
}

;// CONCATENATED MODULE: ./src/core/warm/rate-limit.ts
// The pace of one kind of request of a warm run (API calls; registry requests), shared by all its
// images. ECR's quotas are per account and Region: twenty CI jobs warming at once draw on one budget
// that no job can see, and neither can the other tools of that account. So each run finds its share
// as TCP finds a link's:
// - slow start: from a low rate, double it each second until ECR first throttles;
// - then halve the rate on throttling (at most once a second: one burst of refusals is one signal)
//   and grow it back by a small fixed step per second (additive increase, multiplicative decrease:
//   runs that share a quota converge on equal shares of it);
// - once back at the rate of the last cut with no throttling since, the quota has room again (other
//   runs ended): slow start again, instead of creeping up to it.
// The step is 1% per second of the rate at the last cut, or of the start rate if that is more: the
// fewer throttling answers it costs, the slower a run finds room; 1% measured about 10% of a fleet's
// requests throttled (bench/fleet.ts, 20 runs, DescribeImages 10/s) where 5% gave 15%. The floor is
// low for the same reason: twenty runs at the floor use 6 of a quota of 10/s.
//
// A token bucket: a request takes a token, or is told how long until one will be there (its caller
// queues; the queue is served at whatever the rate is by then, so slow start speeds it up). It holds at most `burst` tokens at the full rate, and proportionally fewer
// at a lower one, so a run that was slowed down never saves up a burst the quota cannot take.
/** API calls (DescribeImages, BatchCheckLayerAvailability): quotas low and unpublished. */
const DEFAULT_RATE_LIMIT = {
    ratePerSec: 20,
    burst: 40,
    startRatePerSec: 1,
    minRatePerSec: 0.3,
    recoverShare: 0.01,
};
/** Registry requests (the pulls that start imports, index children): quotas far higher. */
const REGISTRY_RATE_LIMIT = {
    ratePerSec: 100,
    burst: 20,
    startRatePerSec: 10,
    minRatePerSec: 1,
    recoverShare: 0.01,
};
/** One throttling answer per this long counts as one signal. */
const CUT_GAP_MS = 1_000;
/** What a cut leaves of the rate: half, as TCP. */
const CUT_TO = 0.5;
class RateLimiter {
    policy;
    #tokens;
    #rate;
    #at;
    #slowStart = true;
    #cutAt = Number.NEGATIVE_INFINITY;
    /** Requests per second regained each second since the last cut. */
    #step = 0;
    /** The rate the last cut was made at. */
    #cutFrom = Number.POSITIVE_INFINITY;
    constructor(policy, now) {
        this.policy = policy;
        const { ratePerSec, burst, startRatePerSec, minRatePerSec, recoverShare } = policy;
        const finite = [ratePerSec, burst, startRatePerSec, minRatePerSec, recoverShare].every(Number.isFinite);
        if (!(finite &&
            ratePerSec > 0 &&
            burst >= 1 &&
            startRatePerSec > 0 &&
            minRatePerSec > 0 &&
            recoverShare >= 0)) {
            throw new RangeError('a rate limit needs finite positive rates (ceiling, start, floor), a burst of at least 1 and a recovery of at least 0');
        }
        this.#rate = Math.min(ratePerSec, Math.max(minRatePerSec, startRatePerSec));
        this.#tokens = this.#capacity();
        this.#at = now;
    }
    /** Requests per second allowed now. */
    rate(now) {
        this.#refill(now);
        return this.#rate;
    }
    /** Take a token for one request: 0 when taken, else the ms until one will be there (none taken). */
    take(now) {
        this.#refill(now);
        if (this.#tokens >= 1) {
            this.#tokens -= 1;
            return 0;
        }
        return Math.max(1, Math.ceil(((1 - this.#tokens) / this.#rate) * 1000));
    }
    /**
     * ECR answered with throttling: cut the rate and drop the tokens saved up.
     */
    throttled(now) {
        this.#refill(now);
        this.#slowStart = false;
        if (now - this.#cutAt < CUT_GAP_MS)
            return;
        this.#cutAt = now;
        this.#step = this.policy.recoverShare * Math.max(this.#rate, this.policy.startRatePerSec);
        this.#rate = Math.max(this.policy.minRatePerSec, this.#rate * CUT_TO);
        // The rate the cut came from, as if it was not held up by the floor: a run at the floor grows
        // back to twice it before it probes again, not to a hair above it.
        this.#cutFrom = this.#rate / CUT_TO;
        this.#tokens = 0;
    }
    /** The most tokens the bucket holds at the current rate. */
    #capacity() {
        return Math.max(1, (this.policy.burst * this.#rate) / this.policy.ratePerSec);
    }
    #refill(now) {
        // A clock that went back counts as no time passed, and the bucket counts on from there.
        const seconds = Math.max(0, now - this.#at) / 1000;
        this.#at = now;
        this.#tokens = Math.min(this.#capacity(), this.#tokens + seconds * this.#rate);
        const grown = this.#slowStart ? this.#rate * 2 ** seconds : this.#rate + seconds * this.#step;
        this.#rate = Math.min(this.policy.ratePerSec, grown);
        // Back at the rate ECR last throttled, and not throttled since: the quota has room again.
        if (this.#rate >= this.#cutFrom)
            this.#slowStart = true;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/unanswered.ts
var unanswered = __webpack_require__(2079);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: ./src/net/user-agent.ts
var user_agent = __webpack_require__(1652);
;// CONCATENATED MODULE: ./src/registry/client.ts
// An OCI distribution client for what warm needs: a manifest GET (the pull that makes ECR import an
// image) with Basic auth sent up front, the full Accept list, and redirects followed (credentials
// are never sent to another origin). Errors carry the HTTP status and the registry's error code, so
// `isRetryable` and the diagnoses read them; they never carry the password.







class RegistryError extends errors/* OperationError */.OK {
    status;
    code;
    detail;
    constructor(status, 
    /** The distribution error code (MANIFEST_UNKNOWN, DENIED, ...), when the registry sent one. */
    code, 
    /** The registry's own words (e.g. "Requested image not found"). */
    detail) {
        super(`${status}${code ? ` ${code}` : ''}${detail ? `: ${detail}` : ''}`);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.name = 'RegistryError';
    }
}
const MAX_REDIRECTS = 5;
class RegistryClient {
    run;
    options;
    #base;
    #authorization;
    /** Requests go through the run's agents, end by its deadline, and tell it which endpoint kept it waiting. */
    constructor(run, options) {
        this.run = run;
        this.options = options;
        this.#base = options.endpoint.replace(/\/+$/, '');
        this.#authorization = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;
    }
    /** GET (or HEAD) a manifest by tag or digest. Only a GET makes ECR start an import. */
    async manifest(repository, reference, options = {}) {
        let url = `${this.#base}/v2/${repository}/manifests/${encodeURIComponent(reference)}`;
        const origin = new URL(url).origin;
        for (let hop = 0;; hop++) {
            const headers = {
                Accept: MANIFEST_ACCEPT.join(', '),
                'User-Agent': user_agent/* USER_AGENT */._O,
            };
            if (new URL(url).origin === origin)
                headers.Authorization = this.#authorization;
            const { run } = this;
            const signals = [options.signal, run.signal].filter((s) => s !== undefined);
            const agent = await run.agents.for(url);
            const sent = (0,http/* exchange */.c)(run, url, {
                method: options.method ?? 'GET',
                headers,
                agent,
                timeoutMs: this.options.timeoutMs ?? timeouts/* REQUEST_TIMEOUT_MS */.j2,
                ...(signals.length > 0 && { signal: AbortSignal.any(signals) }),
            });
            const answer = await run.watch({
                service: (0,unanswered/* registryService */.fV)(url, origin),
                host: new URL(url).host,
                operation: `${options.method ?? 'GET'} manifest ${repository}:${reference}`,
            }, sent);
            const location = answer.headers.location;
            if (answer.status >= 300 && answer.status < 400 && location && hop < MAX_REDIRECTS) {
                url = new URL(location, url).toString();
                continue;
            }
            if (answer.status !== 200)
                throw registryError(answer.status, answer.body);
            const body = answer.body.toString('utf8');
            const header = answer.headers['docker-content-digest'];
            const digest = typeof header === 'string' && header
                ? header
                : `sha256:${(0,external_node_crypto_.createHash)('sha256').update(answer.body).digest('hex')}`;
            return { digest, mediaType: String(answer.headers['content-type'] ?? ''), body };
        }
    }
}
function registryError(status, body) {
    let code;
    let message = '';
    try {
        const first = JSON.parse(body.toString('utf8'))
            .errors?.[0];
        code = first?.code;
        message = first?.message ?? '';
    }
    catch {
        // not a distribution error body
    }
    return new RegistryError(status, code, message);
}

// EXTERNAL MODULE: ./src/use-cases/run.ts + 4 modules
var use_cases_run = __webpack_require__(7151);
// EXTERNAL MODULE: ./src/use-cases/target.ts
var target = __webpack_require__(4070);
// EXTERNAL MODULE: ./src/core/image/reference.ts
var reference = __webpack_require__(7600);
// EXTERNAL MODULE: ./src/core/aws-failure.ts
var aws_failure = __webpack_require__(4229);
// EXTERNAL MODULE: ./src/core/image/upstreams.ts
var upstreams = __webpack_require__(3343);
;// CONCATENATED MODULE: ./src/core/warm/settings.ts
// The settings a hint of warm may point to, in the words of both kinds of users who read it: the
// CLI's flag and the action's input (the library's options are named alike). One place, so no hint
// sends the action's users to a flag they do not have.
const SETTINGS = {
    timeout: { flag: '--timeout', input: 'warm-timeout' },
    concurrency: { flag: '--concurrency', input: 'concurrency' },
    rule: { flag: '--rule', input: 'rules' },
    platform: { flag: '--platform', input: 'platforms' },
    registry: { flag: '--registry', input: 'registries' },
    region: { flag: '--region', input: 'region' },
    rate: { flag: '--rate' },
};
/**
 * A setting as a hint names it, e.g. `--timeout, now 60.0 s; the action's warm-timeout`; `detail`
 * follows the flag as written (` PREFIX=quay.io`, `, now 60.0 s`).
 */
function setting(name, detail = '') {
    const s = SETTINGS[name];
    return s.input ? `${s.flag}${detail}; the action's ${s.input}` : `${s.flag}${detail}, CLI only`;
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** The hint to give the run more time, naming the timeout as it is now. */
const moreTime = (timeoutMs) => `allow more time (${setting('timeout', `, now ${seconds(timeoutMs)}`)})`;

;// CONCATENATED MODULE: ./src/core/warm/deadline-diagnosis.ts
// Time ran out on an image: say what the calls of this image saw, not what they might have seen. A
// silent endpoint, a throttling storm, a slow start (token, discovery) and a long import each read
// differently, and each has its own fix.


/** A call before the first pull that took this share of the run is named: it left the images too little time. */
const SLOW_START_SHARE = 0.25;
const heard = (c) => c.ok + c.throttled + c.failed;
const times = (n) => (n === 1 ? 'once' : `${n} times`);
/** Mostly refused for the rate: more time would not help, fewer calls would. */
const mostlyThrottled = (c) => c.throttled > 0 && c.throttled >= c.failed + c.silent;
/** What the failed requests saw, e.g. `was throttled 25 times (last: Rate exceeded)`. */
function failures(c) {
    const parts = [
        ...(c.throttled ? [`was throttled ${times(c.throttled)}`] : []),
        ...(c.failed ? [`failed ${times(c.failed)}`] : []),
        ...(c.silent ? [`got no answer ${times(c.silent)}`] : []),
    ];
    return `${parts.join(', ')}${c.lastError ? ` (last: ${c.lastError})` : ''}`;
}
function slowStartHint(before, timeoutMs) {
    const skip = before.operation === 'DescribePullThroughCacheRules'
        ? `name the rules (${setting('rule', ' PREFIX=UPSTREAM_URL')}) so that warm need not ask for them, or `
        : '';
    return `ECR's API was slow to answer ${before.operation}, which left the images little of the time: ${skip}${moreTime(timeoutMs)}`;
}
const THROTTLED_HINT = `ECR limits API calls per account and region, for every job there together, and more time does not help while they are refused: lower the concurrency (${setting('concurrency')}) or the call rate (${setting('rate')}), or warm fewer images at once`;
/** Time ran out on an image, read from what its calls saw. */
function deadlineDiagnosis(f) {
    const slow = f.before && f.before.ms >= SLOW_START_SHARE * f.timeoutMs ? f.before : undefined;
    const start = slow
        ? `; ${slow.operation} took ${seconds(slow.ms)} of the ${seconds(f.timeoutMs)} before the first pull`
        : '';
    const hint = (otherwise) => (slow ? slowStartHint(slow, f.timeoutMs) : otherwise);
    const waited = seconds(f.waitedMs);
    const counts = f.triggered ? f.checks?.counts : f.pulls;
    // The request in flight is to blame only when its endpoint said nothing to this image, and earlier
    // requests went unanswered too or this one waited most of the time; else it was merely unlucky.
    // After a slow start the image's own time is short, so a wait alone says nothing of the endpoint.
    const waitedLong = !slow && (f.inFlightMs ?? f.waitedMs) >= f.waitedMs / 2;
    if (f.unanswered && (!counts || (heard(counts) === 0 && (counts.silent > 0 || waitedLong)))) {
        return {
            error: `${(0,unanswered/* unansweredMessage */.gv)(f.unanswered, f.waitedMs)}${start}`,
            hint: (0,unanswered/* unansweredHint */.eA)(f.unanswered, f.region),
        };
    }
    if (!f.triggered) {
        if (counts?.sent === 0) {
            return {
                error: `the import was not started: its first pull was still waiting for a free request slot when time ran out (after ${waited})${start}`,
                hint: hint(`the other images' requests held every slot: ${moreTime(f.timeoutMs)}, or raise the concurrency (${setting('concurrency')})`),
            };
        }
        if (counts && counts.throttled + counts.failed + counts.silent === 0) {
            return {
                error: `the import was not started: the first pull ${f.inFlightMs === undefined ? 'was' : `was sent ${seconds(f.inFlightMs)} before the deadline and`} not answered yet${start}`,
                hint: hint(`ECR answers a first pull once it has the manifest from the upstream, which can take seconds: ${moreTime(f.timeoutMs)}`),
            };
        }
        const said = counts ? `: the pull ${failures(counts)}` : f.lastError ? `: ${f.lastError}` : '';
        return {
            error: `the registry did not let warm start the import before the deadline (${waited})${said}${start}`,
            hint: hint(counts && mostlyThrottled(counts)
                ? `the registry refused the pulls for their rate: lower the concurrency (${setting('concurrency')}), or warm fewer images at once`
                : 'warm retried until the timeout: check the network path to the registry (HTTPS_PROXY, NO_PROXY, VPC endpoints)'),
        };
    }
    const checks = f.checks;
    if (checks && checks.counts.ok === 0 && checks.counts.failingStreak === 0) {
        return {
            error: `not confirmed ready after ${waited}: the import was started, but time ran out before a check was answered${start}`,
            hint: hint(moreTime(f.timeoutMs)),
        };
    }
    // ECR's last word is stale when the checks failed for most of the wait (or never got one).
    const stale = checks !== undefined &&
        checks.counts.failingStreak > 0 &&
        (checks.sinceAnsweredMs === undefined || checks.sinceAnsweredMs >= f.waitedMs / 2);
    if (checks && stale) {
        const c = checks.counts;
        return {
            error: `not confirmed ready after ${waited}: ${checks.operation} ${failures(c)}, ${c.ok} of ${c.sent} checks answered; ECR may have finished importing${start}`,
            hint: mostlyThrottled(c)
                ? THROTTLED_HINT
                : `the ECR API kept failing: check the network path (HTTPS_PROXY, NO_PROXY, the ecr.api VPC endpoint) and the AWS Health Dashboard for ECR${f.region ? ` in ${f.region}` : ''}, then warm again`,
        };
    }
    return {
        error: `not ready after ${waited}: ECR is still importing it${f.layersPending ? ` (${f.layersPending} layer(s) not available yet)` : ''}${start}`,
        hint: hint(`the first import of a large image can take minutes: ${moreTime(f.timeoutMs)}, or start warm earlier in the pipeline`),
    };
}

;// CONCATENATED MODULE: ./src/core/warm/diagnosis.ts
// Why warm could not make an image ready, and the likely fix, in the user's terms: each failure warm
// sees (a registry answer, an API error, the deadline, a moved tag, a missing platform) as data, and
// one function that says what it means. What the deadline means is in deadline-diagnosis.ts.





/** A pull's 404 that an archived image gives too (any but NAME_UNKNOWN): worth one DescribeImages to tell. */
function mayBeArchived(status, code) {
    return status === 404 && code !== 'NAME_UNKNOWN';
}
/** What a failure to warm an image means, and the likely fix, in the user's terms. */
function warmDiagnosis(f) {
    switch (f.kind) {
        case 'unmapped':
            return {
                error: f.reason,
                hint: (0,upstreams/* uncacheableHint */.Zm)(f.registry) ??
                    `create a pull-through cache rule for ${f.registry} (aws ecr create-pull-through-cache-rule --ecr-repository-prefix PREFIX --upstream-registry-url ${f.registry}), or name an existing one (${setting('rule', ` PREFIX=${f.registry}`)})`,
            };
        case 'registry':
            return registryDiagnosis(f);
        case 'api':
            return {
                error: `${f.operation} failed: ${f.error?.message ?? String(f.error)}`,
                ...optionalHint((0,aws_failure/* awsHint */.Bv)(f.error, f.region)),
            };
        case 'deadline':
            return deadlineDiagnosis(f);
        case 'tag-moved':
            return {
                error: `the tag ${f.tag} now points to ${f.digest}, not to the pinned ${f.pinned}`,
                hint: 'ECR imports what a tag points to upstream; update the pinned digest, or pin one the tag still has',
            };
        case 'platform':
            return {
                error: `the index has no ${f.wanted.join(', ')} image (it has ${f.available.join(', ') || 'none'})`,
                hint: `choose platforms (${setting('platform')}) among those the index has, or name none to warm them all`,
            };
        case 'other':
            return { error: f.error?.message ?? String(f.error) };
    }
}
function optionalHint(hint) {
    return hint === undefined ? {} : { hint };
}
/** A 404 on an image ECR holds in its archive storage class, or is restoring from it. */
function archiveDiagnosis(image, stored) {
    if (stored?.status !== 'ARCHIVED' && stored?.status !== 'ACTIVATING')
        return undefined;
    const byDigest = stored.reference.startsWith('sha256:');
    const named = `${image.repository}${byDigest ? '@' : ':'}${stored.reference}`;
    if (stored.status === 'ACTIVATING') {
        return {
            error: `being restored from the archive: ECR does not serve ${named} until the restore is done`,
            hint: 'a restore takes up to 20 minutes: warm again once DescribeImages shows the image ACTIVE',
        };
    }
    const id = `${byDigest ? 'imageDigest' : 'imageTag'}=${stored.reference}`;
    return {
        error: `archived: ${named} is in ECR's archive storage class, and an archived image cannot be pulled`,
        hint: `restore it (UpdateImageStorageClass: aws ecr update-image-storage-class --repository-name ${image.repository} --image-id ${id} --target-storage-class STANDARD; up to 20 minutes) and warm again, or pull a new tag, which ECR imports afresh`,
    };
}
function registryDiagnosis(f) {
    const { image, detail } = f;
    const rule = image.rule;
    const said = detail ? `: ${detail}` : '';
    if (f.status === 401) {
        return {
            error: `the registry refused the token (401 Unauthorized${said})`,
            hint: `the token is for another account or region: warm gets it for the registry (${setting('registry')}; default: the caller's) in the region (${setting('region')}); check that both name the cache`,
        };
    }
    if (f.status === 403 && /token has expired/i.test(detail)) {
        return {
            error: 'the registry token has expired',
            hint: 'tokens last 12 hours: run warm again for a fresh one',
        };
    }
    // IAM names the action it denied; past that, a 403 on a Docker Hub name is decided by the name
    // itself, whatever ECR's words (they are Hub's 401 for a repository that does not exist).
    const deniedAction = /perform: (\S+)/.exec(detail)?.[1];
    const hub = rule?.upstream === reference/* DOCKER_HUB */.Xb;
    if (f.status === 403 && deniedAction === undefined && hub && rule) {
        const parts = rule.path.split('/');
        const uri = (path) => `${image.registry}/${rule.prefix}/${path}${image.suffix}`;
        if ((0,reference/* isOfficialImageName */.sS)(rule.path)) {
            return {
                error: `Docker Hub refused "${rule.path}" (403): official images live under library/`,
                hint: `use ${uri(`${reference/* OFFICIAL_NAMESPACE */.WS}/${rule.path}`)}`,
            };
        }
        if (parts[0] === reference/* OFFICIAL_NAMESPACE */.WS && parts.length > 2) {
            return {
                error: `authentication to Docker Hub failed for "${rule.path}" (403): library/ does not belong in a namespaced name`,
                hint: `library/ is only for official images (one-part names): use ${uri(parts.slice(1).join('/'))}`,
            };
        }
    }
    if (f.status === 403 && /upstream registry/i.test(detail)) {
        const host = rule?.upstream ?? 'the upstream registry';
        return {
            error: `authentication to ${host} failed (403${said})`,
            hint: `check the rule's Secrets Manager secret (ecr-pullthroughcache/...): its username and accessToken must be valid for ${host}${hub ? '; Docker Hub also answers this way for a repository that does not exist' : ''}`,
        };
    }
    if (f.status === 403) {
        return {
            error: `access denied (403${said})`,
            hint: `the caller lacks ${deniedAction ?? 'a permission to pull'} on ${image.repository}: grant it in the IAM policy`,
        };
    }
    if (f.status === 404 && f.code === 'NAME_UNKNOWN') {
        const prefix = image.repository.split('/')[0];
        return {
            error: `no pull-through cache rule covers ${image.repository}${said}`,
            hint: `no rule in this registry has the prefix "${prefix}": check the rules (aws ecr describe-pull-through-cache-rules, or those given: ${setting('rule')})`,
        };
    }
    if (f.status === 404) {
        const archived = archiveDiagnosis(image, f.stored);
        if (archived)
            return archived;
        if (f.digestOnly) {
            return {
                error: 'ECR cannot import an image by digest on its first pull, and this digest is not in the cache',
                hint: `warm it by tag, as NAME:TAG${image.suffix}: ECR imports the tag and warm checks the digest (aws/containers-roadmap#2837)`,
            };
        }
        const upstream = rule ? `${rule.upstream}/${rule.path}${image.suffix}` : image.repository + image.suffix;
        return {
            error: `Requested image not found: no image ${upstream} upstream, or ECR was not allowed to import it`,
            hint: 'check that the image exists upstream; the caller needs ecr:BatchImportUpstreamImage, and ecr:CreateRepository when the cache repository is new',
        };
    }
    return { error: `the registry answered ${f.status}${f.code ? ` ${f.code}` : ''}${said}` };
}

;// CONCATENATED MODULE: ./src/core/warm/readiness.ts
// What "ready in the cache" means for one image, from the manifest its first pull returned: which
// manifests DescribeImages must list (the image, and each child of an index that counts), the tag
// the image must carry, and which image manifests hold the layers `--verify-layers` checks.


/**
 * What ECR must hold for `ref` to be ready, given the manifest its pull returned and the platforms
 * asked for (none: every child of an index). A pinned digest is what is checked, even when the pull
 * went by tag; a digest the tag no longer leads to, or a platform the index lacks, can never be ready.
 */
function readiness(ref, pulled, wanted) {
    const parsed = parseManifest(pulled.body, pulled.mediaType);
    const pinned = ref.digest;
    const tag = pinned === undefined ? (ref.tag ?? 'latest') : undefined;
    const moved = (p) => ({
        failure: { kind: 'tag-moved', tag: ref.tag ?? '', digest: pulled.digest, pinned: p },
    });
    if (parsed.kind === 'image') {
        if (pinned !== undefined && pinned !== pulled.digest)
            return moved(pinned);
        return {
            digest: pulled.digest,
            manifests: [pulled.digest],
            ...(tag !== undefined && { tag }),
            images: [{ digest: pulled.digest, body: pulled.body }],
            platforms: [],
        };
    }
    if (pinned !== undefined && pinned !== pulled.digest) {
        const child = parsed.children.find((c) => c.digest === pinned);
        if (!child)
            return moved(pinned);
        const platforms = child.platform ? [formatPlatform(child.platform)] : [];
        return { digest: pinned, manifests: [pinned], images: [{ digest: pinned }], platforms };
    }
    let children = parsed.children;
    if (wanted.length > 0) {
        children = children.filter((c) => wanted.some((w) => platformMatches(c.platform, w)));
        if (children.length === 0) {
            const available = parsed.children.filter(isRunnable).map((c) => formatPlatform(c.platform));
            return { failure: { kind: 'platform', wanted: wanted.map(formatPlatform), available } };
        }
    }
    return {
        digest: pulled.digest,
        manifests: [pulled.digest, ...children.map((c) => c.digest)],
        ...(tag !== undefined && { tag }),
        images: children.map((c) => ({ digest: c.digest })),
        platforms: children.filter(isRunnable).map((c) => formatPlatform(c.platform)),
    };
}
/** Where a cache URI's image lives, and the rule it falls under (the longest prefix; ROOT last). */
function cachedImageContext(registry, repository, suffix, rules) {
    let best;
    let bestLength = -1;
    for (const r of rules) {
        const prefix = r.ecrRepositoryPrefix;
        const length = prefix === image_rules/* ROOT */.Dl ? 0 : repository.startsWith(`${prefix}/`) ? prefix.length : -1;
        if (length > bestLength)
            [best, bestLength] = [r, length];
    }
    if (!best)
        return { registry, repository, suffix };
    const prefix = best.ecrRepositoryPrefix;
    const path = prefix === image_rules/* ROOT */.Dl ? repository : repository.slice(prefix.length + 1);
    return {
        registry,
        repository,
        suffix,
        rule: { prefix, upstream: (0,image_rules/* upstreamHost */.cg)(best.upstreamRegistryUrl), path },
    };
}
/** Whether a listing shows the image ready: every expected manifest there, the first with its tag. */
function listedReady(listing, expected) {
    if (!expected.manifests.every((d) => listing.has(d)))
        return false;
    return expected.tag === undefined || (listing.get(expected.digest)?.includes(expected.tag) ?? false);
}

;// CONCATENATED MODULE: ./src/use-cases/warm/repository-watch.ts
// The images of one cache repository wait for ECR together: each round is one DescribeImages listing
// of the repository (a page per 1,000 images), which says for every waiting image whether ECR holds
// it, so many tags of one repository cost one call per round instead of one each. A round comes when
// the first of the waiting images is due by its own poll schedule (core/warm/poll-schedule.ts), and
// counts as a look for all of them. An image joining with its first look due at once wakes the wait.



const DESCRIBE_IMAGES = { kind: 'api', name: 'DescribeImages' };
class RepositoryWatch {
    run;
    repository;
    #waiting = new Set();
    #wake = new AbortController();
    #looping = false;
    constructor(run, repository) {
        this.run = run;
        this.repository = repository;
    }
    /** Resolves when a listing shows the image ready; rejects with the failure of a listing (or the deadline). */
    ready(expected, tally, origin) {
        return new Promise((resolve, reject) => {
            this.#waiting.add({
                expected,
                tally,
                origin,
                planned: this.#firstLook(origin),
                resolve,
                reject,
            });
            this.#wake.abort();
            if (!this.#looping)
                void this.#loop();
        });
    }
    /**
     * A joining image's first look: the repository's next look when that comes within the first wait
     * (one listing serves both), else a random moment of that wait (core/warm/poll-schedule.ts).
     */
    #firstLook(origin) {
        const due = this.#due();
        const ownMs = firstLook(this.run.poll, Math.random());
        return due - origin >= 0 && due - origin <= ownMs ? due - origin : ownMs;
    }
    /** When the next look is due (epoch ms): the earliest of the waiting images' plans. */
    #due() {
        let due = Number.POSITIVE_INFINITY;
        for (const w of this.#waiting)
            due = Math.min(due, w.origin + w.planned);
        return due;
    }
    async #loop() {
        this.#looping = true;
        try {
            while (this.#waiting.size > 0) {
                this.#wake = new AbortController();
                const due = this.#due();
                await this.run.calls.until(due, this.#wake.signal);
                if (Date.now() < due && this.#wake.signal.aborted)
                    continue; // someone joined: due sooner?
                await this.#round();
            }
        }
        catch (e) {
            for (const w of this.#waiting)
                w.reject(e);
            this.#waiting.clear();
        }
        finally {
            this.#looping = false;
        }
    }
    /** One listing, as many pages as it takes to find every waiting image (or the last page). */
    async #round() {
        const { calls, ecr, registryId } = this.run;
        const query = { repositoryName: this.repository, ...(registryId && { registryId }) };
        // Who the round looks for is settled as its first page is sent (a retry takes in late joiners).
        let looked = [];
        let lookedAt = 0;
        let pages = 0;
        const listing = new Map();
        let nextToken;
        const missing = () => looked.some((w) => w.expected.manifests.some((d) => !listing.has(d)));
        do {
            const page = await calls.run(DESCRIBE_IMAGES, () => (pages === 0 ? [...this.#waiting] : looked).map((w) => w.tally), (signal) => {
                if (pages === 0)
                    [looked, lookedAt] = [[...this.#waiting], Date.now()];
                return listImagesPage(ecr, query, nextToken, signal);
            });
            pages++;
            for (const [digest, tags] of page.found)
                listing.set(digest, tags);
            nextToken = page.nextToken;
        } while (nextToken !== undefined && missing());
        this.#settle(looked, listing, lookedAt);
    }
    #settle(looked, listing, lookedAt) {
        for (const w of looked) {
            if (listedReady(listing, w.expected)) {
                this.#waiting.delete(w);
                w.resolve();
            }
            else {
                w.planned = afterLook(w.planned, lookedAt - w.origin, this.run.poll);
            }
        }
    }
}
/** One watch per cache repository of a run. */
class RepositoryWatches {
    run;
    #watches = new Map();
    constructor(run) {
        this.run = run;
    }
    of(repository) {
        let watch = this.#watches.get(repository);
        if (!watch) {
            watch = new RepositoryWatch(this.run, repository);
            this.#watches.set(repository, watch);
        }
        return watch;
    }
}

// EXTERNAL MODULE: ./src/run/retry-loop.ts
var retry_loop = __webpack_require__(3582);
;// CONCATENATED MODULE: ./src/use-cases/warm/pacer.ts
// The pace of one kind of request: a queue in front of the rate limit it owns. Requests go in arrival
// order, each when the limiter has a token at its rate of that moment. One loop serves the queue, so
// a rate that grows (slow start) or is cut (throttling) applies from the next token on to every
// request still waiting, not only to those that come later. Time is the monotonic clock, here only:
// a wall clock stepped back must not stall the queue.


class Pacer {
    signal;
    #waiting = [];
    #limiter;
    #serving = false;
    constructor(policy, signal) {
        this.signal = signal;
        this.#limiter = new RateLimiter(policy, performance.now());
    }
    /** ECR throttled a request of this kind: the limiter cuts its rate, for the requests still waiting too. */
    throttled() {
        this.#limiter.throttled(performance.now());
    }
    /** Resolves when it is this request's turn; rejects with the signal's reason when the run ends. */
    turn() {
        if (this.signal.aborted)
            return Promise.reject(this.signal.reason);
        return new Promise((go, stop) => {
            this.#waiting.push({ go, stop });
            if (!this.#serving)
                void this.#serve();
        });
    }
    async #serve() {
        this.#serving = true;
        try {
            while (this.#waiting.length > 0) {
                const wait = this.#limiter.take(performance.now());
                if (wait === 0)
                    this.#waiting.shift().go();
                else
                    await retry_loop/* sleep */.y(wait, this.signal);
            }
        }
        catch (reason) {
            for (const w of this.#waiting.splice(0))
                w.stop(reason);
        }
        finally {
            this.#serving = false;
        }
    }
}

;// CONCATENATED MODULE: ./src/use-cases/warm/scheduler.ts
// The discipline every call of a warm run shares, the "doing" side of warm: a pace for API calls and
// one for registry requests (pacer.ts; each slowed by its own throttling answers), a number of
// requests in flight (slots), retries of transient failures (the one retry loop, retry-loop.ts), and
// one deadline (a signal) that cuts short every wait and every call. Each call is
// counted for the image it serves, by operation and by what came back, so that a diagnosis can say
// what the calls saw. What is retryable, and how the rate limit moves, is decided in core.






/** One request may take this long before it counts as a (retryable) timeout. */
class CallTimeoutError extends errors/* OperationError */.OK {
    code = 'ETIMEDOUT';
    constructor() {
        super(`no answer within ${timeouts/* REQUEST_TIMEOUT_MS */.j2 / 1000} s`);
        this.name = 'TimeoutError';
    }
}
const each = (t) => (typeof t === 'function' ? t() : [t]);
function newTally() {
    return { attempts: 0, sentAt: 0, calls: new Map() };
}
/** What the requests of `operation` saw (all zero before the first). */
function countsOf(tally, operation) {
    let counts = tally.calls.get(operation);
    if (!counts) {
        counts = { sent: 0, ok: 0, throttled: 0, failed: 0, silent: 0, failingStreak: 0 };
        tally.calls.set(operation, counts);
    }
    return counts;
}
/**
 * A counting semaphore: at most `size` holders at once, the others served in arrival order. A
 * waiter whose signal aborts leaves the queue with the signal's reason.
 */
class Slots {
    #free;
    #queue = [];
    constructor(size) {
        if (!(Number.isInteger(size) && size >= 1))
            throw new RangeError('slots need a whole size of at least 1');
        this.#free = size;
    }
    /** Wait for a slot; returns the function that gives it back (call it exactly once). */
    acquire(signal) {
        if (signal?.aborted)
            return Promise.reject(signal.reason);
        let released = false;
        const release = () => {
            if (released)
                return;
            released = true;
            const next = this.#queue.shift();
            if (next)
                next();
            else
                this.#free++;
        };
        if (this.#free > 0) {
            this.#free--;
            return Promise.resolve(release);
        }
        return new Promise((resolve, reject) => {
            const grant = () => {
                signal?.removeEventListener('abort', onAbort);
                resolve(release);
            };
            const onAbort = () => {
                const at = this.#queue.indexOf(grant);
                if (at !== -1)
                    this.#queue.splice(at, 1);
                reject(signal?.reason);
            };
            signal?.addEventListener('abort', onAbort, { once: true });
            this.#queue.push(grant);
        });
    }
}
/** The shared discipline of every call: rate limits, concurrency, retries, deadline. */
class Calls {
    signal;
    backoff;
    #pacers;
    #slots;
    constructor(signal, backoff, concurrency, rateLimit) {
        this.signal = signal;
        this.backoff = backoff;
        this.#pacers = { api: new Pacer(rateLimit, signal), registry: new Pacer(REGISTRY_RATE_LIMIT, signal) };
        this.#slots = new Slots(concurrency);
    }
    /** Run a call until it succeeds or fails for good; transient failures are retried until the deadline. */
    run(operation, tally, call) {
        return retry_loop/* retry */.L(() => this.#once(operation, tally, call), {
            policy: this.backoff,
            isRetryable: retry/* isRetryable */.r3,
            signal: this.signal,
            onRetry: ({ error }) => {
                if (retry/* isThrottled */.B5(error))
                    this.#pacers[operation.kind].throttled();
                for (const t of each(tally))
                    t.lastError = error.message;
            },
        });
    }
    /** Wait until `at` (epoch ms), or until the deadline; `wake` ends the wait early (resolving). */
    async until(at, wake) {
        if (!wake)
            return retry_loop/* sleep */.y(at - Date.now(), this.signal);
        try {
            await retry_loop/* sleep */.y(at - Date.now(), AbortSignal.any([this.signal, wake]));
        }
        catch (e) {
            if (this.signal.aborted || !wake.aborted)
                throw e;
        }
    }
    async #once(operation, tallies, call) {
        await this.#pacers[operation.kind].turn();
        const release = await this.#slots.acquire(this.signal);
        const signal = AbortSignal.any([this.signal, AbortSignal.timeout(timeouts/* REQUEST_TIMEOUT_MS */.j2)]);
        // Whom the call serves, as it is sent (a shared call serves whoever waits by then).
        const counted = each(tallies).map((tally) => ({ tally, counts: countsOf(tally, operation.name) }));
        try {
            const sentAt = Date.now();
            for (const { tally, counts } of counted) {
                tally.attempts++;
                counts.sent++;
                tally.sentAt = sentAt;
                tally.waitingOn = operation;
            }
            const answer = await call(signal);
            const okAt = Date.now();
            for (const { counts } of counted) {
                counts.ok++;
                counts.failingStreak = 0;
                counts.lastOkAt = okAt;
            }
            return answer;
        }
        catch (e) {
            // Cut short by the deadline: neither an answer nor a failure of the endpoint.
            if (this.signal.aborted)
                throw e;
            const failure = signal.aborted ? new CallTimeoutError() : e;
            for (const { counts } of counted) {
                if (retry/* isThrottled */.B5(failure))
                    counts.throttled++;
                else if (retry/* isNoAnswer */.Uz(failure))
                    counts.silent++;
                else
                    counts.failed++;
                counts.failingStreak++;
                counts.lastError = failure?.message ?? String(failure);
            }
            throw failure;
        }
        finally {
            if (!this.signal.aborted)
                for (const { tally } of counted)
                    tally.waitingOn = undefined;
            release();
        }
    }
}

;// CONCATENATED MODULE: ./src/use-cases/warm/image-warmer.ts
// One image, from its first pull until ECR holds it: the pull that makes ECR start importing it, then
// readiness checks on the poll schedule (DescribeImages, and BatchCheckLayerAvailability with
// --verify-layers), each call made through the run's scheduler. A failure ends the image with a
// diagnosis: what the registry said, what the API said, or what its calls saw when time ran out.










/** A failure that ends one image, with what it means. */
class ImageFailure extends Error {
    diagnosis;
    constructor(diagnosis) {
        super(diagnosis.error);
        this.diagnosis = diagnosis;
    }
}
/** The requests warm makes for an image, by the names its diagnoses use. */
const PULL = { kind: 'registry', name: 'GET manifest' };
const CHECK_LAYERS = { kind: 'api', name: 'BatchCheckLayerAvailability' };
function chunked(items) {
    const out = [];
    for (let i = 0; i < items.length; i += MAX_IDS_PER_CALL)
        out.push(items.slice(i, i + MAX_IDS_PER_CALL));
    return out;
}
/** Watches one image from its first pull until ECR holds it. */
class ImageWarmer {
    run;
    image;
    uri;
    ref;
    #tally = newTally();
    /** When this image's turn came (warmers are made as their turn comes): the start's calls are not its time. */
    #begunAt = Date.now();
    #triggeredAt;
    #layersPending;
    #expected;
    constructor(run, image, uri, ref) {
        this.run = run;
        this.image = image;
        this.uri = uri;
        this.ref = ref;
    }
    async warm() {
        const { run } = this;
        const repository = (0,image_rules/* cacheRepository */.ZY)(this.uri);
        const context = cachedImageContext(run.target.registry, repository, (0,reference/* refSuffix */.N9)(this.ref), run.target.rules);
        try {
            const pulled = await this.#trigger(repository);
            const expected = readiness(this.ref, pulled, run.platforms);
            if ('failure' in expected)
                throw new ImageFailure(warmDiagnosis(expected.failure));
            this.#expected = expected;
            await this.#waitReady(repository, expected);
            return this.#result('ready', this.#expected);
        }
        catch (e) {
            return this.#result('failed', this.#expected, await this.#diagnose(e, context));
        }
    }
    /** The pull that starts the import: by tag when there is one (ECR cannot import by digest). */
    async #trigger(repository) {
        const { run, ref } = this;
        const reference = ref.tag ?? ref.digest ?? 'latest';
        const pulled = await run.calls.run(PULL, this.#tally, (signal) => run.registry.manifest(repository, reference, { signal }));
        this.#triggeredAt = Date.now();
        run.onEvent?.({ type: 'triggered', image: this.image, uri: this.uri, digest: pulled.digest });
        return pulled;
    }
    /**
     * Wait until ECR lists every expected manifest (looked for with the other images of its
     * repository), then, if asked, until every layer is available (looked for on its own schedule).
     */
    async #waitReady(repository, expected) {
        const { run } = this;
        await run.watches.of(repository).ready(expected, this.#tally, this.#triggeredAt ?? Date.now());
        if (!run.verifyLayers)
            return;
        this.#layersPending = await this.#layersOf(repository, expected);
        const origin = Date.now();
        // At once: its manifests were just found, at a moment of its own.
        let planned = 0;
        for (;;) {
            await run.calls.until(origin + planned);
            if (await this.#checkLayers(repository))
                return;
            planned = afterLook(planned, this.#tally.sentAt - origin, run.poll);
        }
    }
    async #checkLayers(repository) {
        const { run } = this;
        const query = { repositoryName: repository, ...(run.registryId && { registryId: run.registryId }) };
        const pending = [];
        for (const part of chunked(this.#layersPending ?? [])) {
            pending.push(...(await run.calls.run(CHECK_LAYERS, this.#tally, (signal) => unavailableLayers(run.ecr, query, part, signal))));
        }
        this.#layersPending = pending;
        return pending.length === 0;
    }
    /** The configs and layers of every image manifest that counts (children are read from the cache). */
    async #layersOf(repository, expected) {
        const blobs = new Set();
        for (const image of expected.images) {
            const body = image.body ??
                (await this.run.calls.run(PULL, this.#tally, (signal) => this.run.registry.manifest(repository, image.digest, { signal }))).body;
            const parsed = parseManifest(body);
            if (parsed.kind === 'image')
                for (const b of parsed.blobs)
                    blobs.add(b);
        }
        return [...blobs];
    }
    async #diagnose(e, context) {
        const { run } = this;
        if (e instanceof ImageFailure)
            return e.diagnosis;
        if (run.deadline.signal.aborted) {
            if (run.cancelled())
                return { error: 'cancelled' };
            const since = this.#triggeredAt ?? this.#begunAt;
            const triggered = this.#triggeredAt !== undefined;
            // The checks of the phase the image was in: manifests, then (with --verify-layers) layers.
            const check = this.#layersPending === undefined ? DESCRIBE_IMAGES : CHECK_LAYERS;
            const counts = countsOf(this.#tally, check.name);
            return warmDiagnosis({
                kind: 'deadline',
                waitedMs: Date.now() - since,
                timeoutMs: run.deadline.timeoutMs,
                triggered,
                region: run.region,
                ...(this.#tally.lastError !== undefined && { lastError: this.#tally.lastError }),
                ...(this.#layersPending?.length && { layersPending: this.#layersPending.length }),
                ...this.#unanswered(),
                ...(run.before && { before: run.before }),
                ...(triggered
                    ? {
                        checks: {
                            operation: check.name,
                            counts,
                            ...(counts.lastOkAt !== undefined && { sinceAnsweredMs: Date.now() - counts.lastOkAt }),
                        },
                    }
                    : { pulls: countsOf(this.#tally, PULL.name) }),
            });
        }
        if (e instanceof RegistryError) {
            const first = this.#triggeredAt === undefined;
            // An archived image 404s like a missing one: one DescribeImages (any status) tells them apart,
            // made only here, once, and never retried. The reference is the one #trigger pulled.
            let stored;
            if (first && mayBeArchived(e.status, e.code)) {
                const reference = this.ref.tag ?? this.ref.digest ?? 'latest';
                const query = {
                    repositoryName: context.repository,
                    ...(run.registryId && { registryId: run.registryId }),
                };
                const status = await run.calls
                    .run(DESCRIBE_IMAGES, this.#tally, (signal) => storedImageStatus(run.ecr, query, reference, signal).catch(() => undefined))
                    .catch(() => undefined);
                if (status !== undefined)
                    stored = { reference, status };
            }
            return warmDiagnosis({
                kind: 'registry',
                status: e.status,
                ...(e.code !== undefined && { code: e.code }),
                detail: e.detail,
                image: context,
                // Only the first pull can fail for want of a tag.
                digestOnly: first && (0,reference/* isDigestOnly */.zg)(this.ref),
                ...(stored && { stored }),
            });
        }
        if (e?.$metadata !== undefined) {
            const operation = this.#layersPending === undefined ? 'DescribeImages' : 'BatchCheckLayerAvailability';
            return warmDiagnosis({ kind: 'api', operation, error: e, region: run.region });
        }
        return warmDiagnosis({ kind: 'other', error: e });
    }
    /** The request of this image that time ran out on, if it was waiting for one, and for how long. */
    #unanswered() {
        const waiting = this.#tally.waitingOn;
        if (!waiting)
            return {};
        const services = waiting.kind === 'api' ? ['ecr.api'] : ['ecr.dkr', 's3', 'upstream'];
        const unanswered = this.run.deadline.pendingOf(services);
        return {
            inFlightMs: Date.now() - this.#tally.sentAt,
            ...(unanswered && { unanswered }),
        };
    }
    #result(status, expected, diagnosis) {
        return {
            image: this.image,
            uri: this.uri,
            status,
            digest: expected?.digest ?? this.ref.digest ?? null,
            platforms: expected?.platforms ?? [],
            attempts: this.#tally.attempts,
            seconds: Math.round((Date.now() - this.run.startedAt) / 100) / 10,
            error: diagnosis?.error ?? null,
            hint: diagnosis?.hint ?? null,
        };
    }
}
/** The result of an image no rule covers: failed before any call, with the rule to create. */
function failedUnmapped(image, registry, reason) {
    const d = warmDiagnosis({ kind: 'unmapped', registry, reason });
    return {
        image,
        uri: image,
        status: 'failed',
        digest: null,
        platforms: [],
        attempts: 0,
        seconds: 0,
        error: d.error,
        hint: d.hint ?? null,
    };
}

// EXTERNAL MODULE: ./src/core/display.ts
var display = __webpack_require__(4301);
// EXTERNAL MODULE: ./src/core/rewrite/rewrite.ts
var rewrite = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/host/discovery.ts
var discovery = __webpack_require__(1800);
// EXTERNAL MODULE: ./src/host/files.ts
var files = __webpack_require__(3285);
;// CONCATENATED MODULE: ./src/use-cases/warm/references.ts
// The references warm is given: those named as arguments, and those found in --from files (the
// same files and YAML documents rewrite takes), each checked as a reference; why a file's
// reference is skipped (a stage, a variable with no value) is kept as a note.






/** The references to warm, from the arguments and the files, in order (duplicates are dropped later, by cache URI). */
function collectReferences(options) {
    const texts = [];
    const notes = [];
    for (const raw of options.images ?? []) {
        const text = raw.trim();
        try {
            (0,reference/* parseImageRef */.Q)(text);
        }
        catch (e) {
            throw new errors/* InputError */.dz(e.message);
        }
        texts.push(text);
    }
    // The same files and YAML documents rewrite would take: a walk skips YAML that is no manifest.
    for (const file of (0,discovery.discoverFound)(options.from ?? [])) {
        const { path } = file;
        const source = (0,files/* readSource */.o$)(path);
        const found = (0,rewrite/* extractImages */.qq)(source.text, source.kind, (0,discovery.originOf)(file));
        const [firstError] = found.errors;
        if (firstError)
            throw new errors/* InputError */.dz(`${(0,display/* displayName */.QC)(path)}:${firstError.line}: ${firstError.message}`);
        const notedLines = new Set(found.notes.map((n) => n.line));
        for (const n of found.notes)
            notes.push(`${(0,display/* displayName */.QC)(path)}:${n.line}: ${n.message.replace(/; left alone$/, '; skipped')}`);
        for (const { image, line } of found.images) {
            try {
                (0,reference/* parseImageRef */.Q)(image);
                texts.push(image);
            }
            catch (e) {
                // A variable with no value leaves a broken reference behind; its note already says why.
                if (!notedLines.has(line))
                    throw new errors/* InputError */.dz(`${(0,display/* displayName */.QC)(path)}:${line}: ${e.message}`);
            }
        }
    }
    return { texts, notes };
}
/** The registry host a reference names, or undefined when it is no reference. */
function registryOf(text) {
    try {
        return (0,reference/* parseImageRef */.Q)(text).registry;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/use-cases/warm/warm.ts
// The warm use case: pull every image once through the cache's registry endpoint, which makes ECR
// start importing it, then watch DescribeImages until ECR really holds the image (and each child of
// an index), so that a build's pulls are served from ECR instead of being sent to the upstream's CDN.
//
// Every image is watched at once (image-warmer.ts). Calls share a concurrency limit, API calls also a
// rate limit, and the whole run one deadline that cuts short every wait and every call in flight
// (scheduler.ts). Readiness checks follow the poll schedule (core/warm/poll-schedule.ts); transient
// failures are retried with full-jitter backoff; permanent ones end that image at once, with a
// diagnosis (core/warm/diagnosis.ts). This module checks the options, sets the run up (region, token,
// rules, clients) and gathers the results.



















function schedule(options) {
    const s = { ...DEFAULT_POLL, ...options.poll };
    if (!(s.baseMs > 0 && s.capMs >= s.baseMs && s.ratio > 0)) {
        throw new errors/* InputError */.dz('the poll schedule needs 0 < base <= cap and a positive ratio');
    }
    return s;
}
function platformsOf(options) {
    return (options.platforms ?? []).map((text) => {
        const p = parsePlatform(text);
        if (!p)
            throw new errors/* InputError */.dz(`invalid platform "${text}": expected OS/ARCH[/VARIANT], e.g. linux/arm64`);
        return p;
    });
}
/**
 * Canonical ECR hosts among the references that name this same registry (same account and region)
 * under another name than the endpoint we talk to, e.g. files rewritten by `rewrite` (which names the
 * registry by account and region) warmed through a VPC, dual-stack or local endpoint.
 */
function registryAliases(target, credentials, texts) {
    const { registry } = target;
    // The account as ECR said it (host, token or rules); never STS, which a private subnet may lack.
    const account = (0,ecr_host/* parseEcrHost */.wl)(registry)?.account ?? credentials.account ?? target.account;
    if (account === undefined)
        return [];
    const others = new Set();
    for (const text of texts) {
        const host = registryOf(text);
        const ecrHost = host ? (0,ecr_host/* parseEcrHost */.wl)(host) : undefined;
        if (ecrHost && ecrHost.region === credentials.region && ecrHost.account === account && host !== registry)
            others.add(host);
    }
    return [...others];
}
/**
 * The region to work in: that of the registry when --registry names an ECR host (its token and API
 * are there, whatever else is set); else --region or the environment; else, with neither, the one
 * region of the ECR hosts the references name (cache URIs).
 */
async function regionOf(options, profile, ecrHost, texts) {
    if (ecrHost)
        return ecrHost.region;
    try {
        return await (0,sdk_clients/* regionInUse */.V_)(options.region, { profile });
    }
    catch (e) {
        if (!(e instanceof sdk_clients/* RegionError */.Hx))
            throw e;
        const named = new Set();
        for (const text of texts) {
            const host = registryOf(text);
            const region = host ? (0,ecr_host/* parseEcrHost */.wl)(host)?.region : undefined;
            if (region)
                named.add(region);
        }
        if (named.size === 1)
            return [...named][0];
        throw e;
    }
}
/** Make every image ready in the pull-through cache; resolves when all are ready or failed. */
async function warm(options) {
    const timeoutMs = options.timeoutMs ?? timeouts/* DEFAULT_WARM_TIMEOUT_MS */.j4;
    if (!(timeoutMs > 0))
        throw new errors/* InputError */.dz('the timeout must be positive');
    // One deadline for the whole run: the token and discovery too, not only the waiting.
    const { run, end } = (0,use_cases_run.openRun)({ ...options, timeoutMs });
    try {
        return await warmIn(run, options);
    }
    finally {
        end();
    }
}
/** Warm within `run` (prepare's, or warm's own), whose deadline bounds it all. */
async function warmIn(run, options) {
    const startedAt = Date.now();
    const { deadline } = run;
    if (!deadline)
        throw new Error('warm runs within a deadline');
    const concurrency = options.concurrency ?? defaults/* DEFAULT_CONCURRENCY */.WH;
    if (!(Number.isInteger(concurrency) && concurrency >= 1))
        throw new errors/* InputError */.dz('concurrency must be at least 1');
    const poll = schedule(options);
    const platforms = platformsOf(options);
    const { texts, notes } = collectReferences(options);
    if (texts.length === 0)
        throw new errors/* InputError */.dz('nothing to warm: name images, or files to take them from (--from)');
    const ecrHost = options.registry ? (0,ecr_host/* parseEcrHost */.wl)(options.registry) : undefined;
    const region = await regionOf(options, run.profile, ecrHost, texts);
    deadline.inRegion(region);
    // Timed, so that a slow start is named when the images run out of time (they get what is left).
    const startCalls = [];
    const timed = async (operation, work) => {
        const at = Date.now();
        const result = await work();
        startCalls.push({ operation, ms: Date.now() - at });
        return result;
    };
    const { credentials, resolved } = await deadline.run(async () => {
        const [credentials] = options.credentials
            ? [options.credentials]
            : await timed('GetAuthorizationToken', () => (0,token.registryCredentials)(run, { region, registries: ecrHost ? [ecrHost.host] : [] }));
        if (!credentials)
            throw new errors/* OperationError */.OK('GetAuthorizationToken returned no registry endpoint');
        // With rules given, resolveTarget asks nothing (warm always knows the registry by now).
        const resolved = await timed('DescribePullThroughCacheRules', () => (0,target/* targetIn */.Li)(run, {
            registry: options.registry ?? credentials.registry,
            rules: options.rules,
            region: credentials.region,
        }));
        return { credentials, resolved };
    });
    const before = startCalls.reduce((a, b) => (a && a.ms >= b.ms ? a : b), undefined);
    const { signal } = deadline;
    const clients = (0,sdk_clients/* createClients */.hP)(credentials.region, run);
    const ecr = singleAttemptEcr(clients);
    try {
        const target = {
            ...resolved,
            aliases: registryAliases(resolved, credentials, texts),
        };
        const calls = new Calls(signal, { ...retry/* WARM_BACKOFF */.vm, ...options.retry }, concurrency, {
            ...DEFAULT_RATE_LIMIT,
            ...options.rateLimit,
        });
        const registryId = ecrHost?.account;
        const warmRun = {
            target,
            region: credentials.region,
            ...(registryId && { registryId }),
            registry: new RegistryClient(run, credentials),
            ecr,
            calls,
            watches: new RepositoryWatches({ calls, ecr, poll, ...(registryId && { registryId }) }),
            deadline,
            cancelled: () => options.signal?.aborted === true,
            poll,
            platforms,
            verifyLayers: options.verifyLayers === true,
            startedAt,
            ...(before && { before }),
            ...(options.onEvent && { onEvent: options.onEvent }),
        };
        // Each image once, by its cache URI: `node:20` and `docker.io/library/node:20` are one image.
        const seen = new Set();
        const jobs = [];
        for (const text of texts) {
            const m = (0,image_rules/* mapImage */.oo)(text, target);
            if (m.kind === 'invalid')
                throw new errors/* InputError */.dz(m.error);
            const key = m.kind === 'unmapped' ? text : m.uri;
            if (seen.has(key))
                continue;
            seen.add(key);
            if (m.kind === 'unmapped')
                jobs.push(async () => failedUnmapped(text, m.ref.registry, m.reason));
            else
                jobs.push(() => new ImageWarmer(warmRun, text, m.uri, m.ref).warm());
        }
        options.onEvent?.({
            type: 'started',
            registry: target.registry,
            total: jobs.length,
            timeoutMs: deadline.timeoutMs,
            notes,
        });
        let ready = 0;
        let failed = 0;
        const images = await Promise.all(jobs.map(async (job) => {
            const result = await job();
            if (result.status === 'ready')
                ready++;
            else
                failed++;
            options.onEvent?.({ type: 'finished', result, ready, failed, total: jobs.length });
            return result;
        }));
        return {
            images,
            notes,
            registry: target.registry,
            ok: failed === 0,
            seconds: Math.round((Date.now() - startedAt) / 100) / 10,
        };
    }
    finally {
        ecr.destroy();
        clients.destroy();
    }
}


/***/ })

};
