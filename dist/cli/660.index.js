export const id = 660;
export const ids = [660];
export const modules = {

/***/ 3356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareCommand: () => (/* binding */ prepareCommand)
/* harmony export */ });
/* harmony import */ var _core_buildkit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7997);
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5451);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7663);
/* harmony import */ var _core_prepare_mode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1392);
/* harmony import */ var _core_timeouts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(137);
/* harmony import */ var _host_docker_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6073);
/* harmony import */ var _host_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5568);
/* harmony import */ var _use_cases_prepare_prepare_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4174);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9517);
// prepare: the action's whole job in one command for a buildspec (one token, one discovery), through
// the same use case the action calls. Human lines on stderr; on stdout the --json report, or in
// transparent mode the `export` line a shell evaluates.
// The use case itself, not the facade: what prepare does not run is not compiled.









/** Repeated flags, each of which may hold several values separated by commas or white space. */
const values = (v) => (v ?? []).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);
/** A value as a POSIX shell reads it back: single-quoted when it holds anything but safe characters. */
const shellWord = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`);
const prepareCommand = {
    name: 'prepare',
    summary: "the action's whole job for a buildspec: login, rewrite (or transparent), warm",
    options: {
        ..._command_js__WEBPACK_IMPORTED_MODULE_6__/* .TIMEOUT_OPTION */ .AJ,
        ..._command_js__WEBPACK_IMPORTED_MODULE_6__/* .PROFILE_OPTION */ .Q,
        registry: { type: 'string', multiple: true },
        rule: { type: 'string', multiple: true },
        region: { type: 'string' },
        dockerfiles: { type: 'string', multiple: true },
        files: { type: 'string', multiple: true },
        images: { type: 'string', multiple: true },
        root: { type: 'string' },
        mode: { type: 'string' },
        'source-policy': { type: 'string' },
        method: { type: 'string' },
        'containers-auth': { type: 'boolean' },
        'no-login': { type: 'boolean' },
        'no-warm': { type: 'boolean' },
        buildkit: { type: 'boolean' },
        concurrency: { type: 'string' },
        platform: { type: 'string', multiple: true },
        strict: { type: 'boolean' },
        json: { type: 'boolean' },
    },
    help: `Usage: ecr-pull-through prepare [--dockerfiles GLOB]... [--files GLOB]... [--images IMAGE]...
                                [--mode rewrite|transparent|both] [options]

What the GitHub Action does, in one command for a CodeBuild buildspec or any script: one token
for login and warm, one discovery of the rules; then the Dockerfiles and other files are rewritten
to pull-through cache URIs (or, in transparent mode, left alone while a BuildKit source policy
redirects the pulls), and every image they name or --images lists is warmed. 'ecr-pull-through
logout' removes what the login added.

Options:
  --dockerfiles GLOB      Dockerfiles to rewrite, relative to --root (repeat)
  --files GLOB            image lists, compose files, Kubernetes YAML to rewrite (repeat)
  --images IMAGE          more images to map and warm (repeat, or comma separated)
  --root DIR              the folder the globs are relative to (default: the current directory)
  --mode M                rewrite (default): the files name cache URIs;
                          transparent: the files stay as they are; a BuildKit source policy is
                          written and stdout says 'export EXPERIMENTAL_BUILDKIT_SOURCE_POLICY=PATH'
                          (BuildKit >= 0.12 with buildx >= 0.11), for eval in the buildspec;
                          both: rewrite and the policy
  --source-policy PATH    where transparent mode writes the policy (a regular file, replaced;
                          default: source-policy.json in a new private folder, mode 0700,
                          made in the temp folder for this run)
  --registry X            an account id or registry host to log in to (repeat; the first is the
                          cache; default: the caller's registry in the region, as ECR names it)
  --rule PREFIX=URL       a pull-through cache rule (repeat; default: DescribePullThroughCacheRules)
  --region REGION         AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)
  --method M              login: ${_host_docker_config_js__WEBPACK_IMPORTED_MODULE_3__/* .LOGIN_METHODS */ .dd.join(', ')} (see 'login --help')
  --containers-auth       login: also write the containers auth.json (Podman, Buildah, Skopeo)
  --no-login              do not log in (warm still gets a token)
  --no-warm               do not warm
  --buildkit              also warm the BuildKit builder image (${_core_buildkit_js__WEBPACK_IMPORTED_MODULE_7__/* .BUILDKIT_BUILDER_IMAGE */ .$})
  --concurrency N         images warmed at once (default ${_core_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONCURRENCY */ .WH})
  --platform OS/ARCH      of a multi-platform image, wait only for this child (repeat)
  --strict                a reference with no rule fails the job (nothing is written)
  --json                  print the report on stdout: registry, images, rewrittenFiles, notes,
                          warmed, buildkitImage, sourcePolicy, env, buildkitdConfig, failures
  --timeout DURATION      for the whole run: login, discovery and warm (default ${(0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(_core_timeouts_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_WARM_TIMEOUT_MS */ .j4)});
                          a silent endpoint is named when time runs out

Exit status: 0 done, 1 the job failed (an image not ready, a file not written), 2 input error.`,
    async run(v, positionals, io) {
        if (positionals.length > 0)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`prepare takes no arguments ("${positionals[0]}"); name files with --dockerfiles or --files and images with --images`);
        const method = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagOneOf */ .q8)(_host_docker_config_js__WEBPACK_IMPORTED_MODULE_3__/* .LOGIN_METHODS */ .dd, v.method, '--method');
        const mode = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagOneOf */ .q8)(_core_prepare_mode_js__WEBPACK_IMPORTED_MODULE_2__/* .PREPARE_MODES */ .vS, v.mode, '--mode') ?? _core_prepare_mode_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PREPARE_MODE */ .Ip;
        if (v['source-policy'] !== undefined && mode === 'rewrite')
            throw new _command_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--source-policy is for --mode transparent or both');
        const images = values(v.images);
        const dockerfiles = v.dockerfiles ?? [];
        const files = v.files ?? [];
        if (dockerfiles.length + files.length + images.length === 0 && !v.buildkit && v['no-login'])
            throw new _command_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('nothing to do: name --dockerfiles, --files or --images');
        const { timeoutMs } = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .timeoutOption */ .D5)(v);
        const report = await (0,_use_cases_prepare_prepare_js__WEBPACK_IMPORTED_MODULE_5__.prepare)({
            registries: values(v.registry),
            rules: v.rule,
            region: v.region,
            ...(0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .profileOption */ .pp)(v),
            root: v.root ?? '.',
            dockerfiles,
            files,
            images,
            mode,
            ...(v['source-policy'] !== undefined && { sourcePolicyPath: v['source-policy'] }),
            login: !v['no-login'],
            loginMethod: method,
            containersAuth: Boolean(v['containers-auth']),
            env: io.env,
            warm: !v['no-warm'],
            ...(timeoutMs !== undefined && { warmTimeoutMs: timeoutMs }),
            ...(v.concurrency !== undefined && {
                concurrency: (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCount */ .zq)(v.concurrency, '--concurrency'),
            }),
            platforms: v.platform?.flatMap((p) => p.split(',')),
            failOnUnmapped: Boolean(v.strict),
            warmBuildkit: Boolean(v.buildkit),
            onWarning: (m) => io.err(`warning: ${m}`),
            // Saved as each login happens, so `ecr-pull-through logout` undoes them even after a failure.
            // The docker config folder is looked up only then: a run with no login needs no home directory.
            onSession: (session) => (0,_host_session_js__WEBPACK_IMPORTED_MODULE_4__/* .saveSession */ .E1)((0,_host_docker_config_js__WEBPACK_IMPORTED_MODULE_3__/* .dockerConfigDir */ .kG)(io.env), session),
            onWarmEvent: (e) => {
                if (e.type === 'started')
                    io.err(`warming ${e.total} image(s) in ${e.registry}`);
                if (e.type === 'finished') {
                    const r = e.result;
                    io.err(r.status === 'ready'
                        ? `ready   ${r.image} (${r.seconds}s)`
                        : `failed  ${r.image}: ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayLine */ .pr)(r.error ?? '')}`);
                }
            },
        });
        say(report, io);
        if (v.json)
            io.out(`${JSON.stringify(jsonReport(report), null, 2)}\n`);
        else
            for (const [k, value] of Object.entries(report.env ?? {}))
                io.out(`export ${k}=${shellWord(value)}\n`);
        return report.failures.length === 0 ? _command_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.failed;
    },
};
/** The human account of the run, on stderr (--quiet: the failures only). */
function say(report, io) {
    const err = (line) => io.err(line);
    for (const s of report.session)
        err(`logged in to ${s.registry} (${s.method}${s.authFile ? `, ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(s.authFile)}` : ''})`);
    for (const n of report.notes)
        err(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(n.file)}${n.line ? `:${n.line}` : ''}: note: ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayLine */ .pr)(n.message)}`);
    for (const f of report.rewrittenFiles)
        err(`rewrote ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(f)}`);
    if (report.sourcePolicy)
        err(`wrote the BuildKit source policy ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(report.sourcePolicy)}`);
    for (const f of report.failures)
        io.error(`error: ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayLine */ .pr)(f)}`);
    const warmed = report.warmed?.images ?? [];
    const ready = warmed.filter((w) => w.status === 'ready').length;
    err(report.failures.length === 0
        ? `ready: ${report.registry}; ${report.rewrittenFiles.length} file(s) rewritten, ${ready} image(s) warmed`
        : `${report.failures.length} problem(s); see above`);
}
/** The --json report: what a script needs, never a session's details beyond the hosts. */
function jsonReport(report) {
    const { registry, images, rewrittenFiles, notes, warmed, buildkitImage, sourcePolicy, env } = report;
    return {
        registry,
        images,
        rewrittenFiles,
        notes,
        warmed: { images: warmed?.images ?? [] },
        ...(buildkitImage && { buildkitImage }),
        ...(sourcePolicy && { sourcePolicy, env, buildkitdConfig: report.buildkitdConfig }),
        failures: report.failures,
    };
}


/***/ }),

/***/ 7997:
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

/***/ 1559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   tB: () => (/* binding */ basicAuth)
/* harmony export */ });
// Registry credentials as login hands them on, and the forms their password travels in: each form is
// a secret, masked and redacted wherever the password is.
/** `username:password` in base64: HTTP Basic auth's value, and the `auth` docker's config stores. */
function basicAuth(username, password) {
    return Buffer.from(`${username}:${password}`).toString('base64');
}
/**
 * The forms a registry password travels in, each a secret: raw, base64 (as some tools log it), and
 * base64 of `username:password` (basicAuth).
 */
function secretForms(username, password) {
    return [password, Buffer.from(password).toString('base64'), basicAuth(username, password)];
}
/** Text with every form of a password replaced by `***`. */
function redact(text, username, password) {
    return secretForms(username, password)
        .sort((a, b) => b.length - a.length)
        .reduce((t, secret) => t.split(secret).join('***'), text);
}


/***/ }),

/***/ 595:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
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

/***/ 6421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eA: () => (/* binding */ unansweredHint),
/* harmony export */   fV: () => (/* binding */ registryService),
/* harmony export */   gv: () => (/* binding */ unansweredMessage),
/* harmony export */   sH: () => (/* binding */ vpcEndpointService)
/* harmony export */ });
/* unused harmony exports serviceName, formatSeconds */
/* harmony import */ var _image_ecr_host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6436);
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

/***/ 6073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ engineCredentialFiles),
/* harmony export */   Ak: () => (/* binding */ shadowingOf),
/* harmony export */   Kg: () => (/* binding */ hasEntryFor),
/* harmony export */   P8: () => (/* binding */ credentialFileLogin),
/* harmony export */   TO: () => (/* binding */ readDockerConfig),
/* harmony export */   Ub: () => (/* binding */ recordedEntryState),
/* harmony export */   Vt: () => (/* binding */ writeCredentialFile),
/* harmony export */   W$: () => (/* binding */ CREDENTIAL_DIR_MODE),
/* harmony export */   dd: () => (/* binding */ LOGIN_METHODS),
/* harmony export */   eA: () => (/* binding */ ECR_LOGIN_HELPER),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir),
/* harmony export */   kg: () => (/* binding */ helperLogin),
/* harmony export */   lh: () => (/* binding */ CREDENTIAL_FILE_MODE),
/* harmony export */   oV: () => (/* binding */ replacingWarning),
/* harmony export */   ph: () => (/* binding */ helperProgram),
/* harmony export */   ri: () => (/* binding */ withoutCredentials),
/* harmony export */   sS: () => (/* binding */ readCredentialFile),
/* harmony export */   ug: () => (/* binding */ ENGINES),
/* harmony export */   zI: () => (/* binding */ withoutHelper)
/* harmony export */ });
/* unused harmony exports writeDockerConfig, authValue, fingerprint, withCredentials, entryFingerprint, withHelper */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_credentials_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1559);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7663);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7406);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9323);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6943);
/* harmony import */ var _home_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3733);
// The docker client config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`): credentials
// are merged into `auths` (or a registry sent to a credential helper in `credHelpers`) without
// touching anything else, the file is replaced atomically (a new one with mode 0600; one there keeps
// its mode and owner, as docker keeps them), and entries that would shadow ours (credsStore,
// credHelpers) or that ours replaces are reported. The same `auths` format
// serves the containers auth.json (containers-auth.ts). Also where else the password shows: its
// base64 forms (Node's debug output: node-debug.ts).









/** Container engine CLIs that take docker's login flags (`--username`, `--password-stdin`). */
const ENGINES = ['docker', 'podman', 'nerdctl', 'finch'];
/**
 * How login hands the credentials over: auto (docker when the engine is on PATH, else config),
 * docker (the engine's own login), config (`auths` written here), helper (`credHelpers` names
 * amazon-ecr-credential-helper).
 */
const LOGIN_METHODS = ['auto', 'docker', 'config', 'helper'];
/** The docker config folder: DOCKER_CONFIG, else `.docker` in the home directory. */
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(homeDir(env), '.docker');
}
/** The home directory, or an input error that says what to set instead. */
function homeDir(env) {
    const home = (0,_home_js__WEBPACK_IMPORTED_MODULE_7__/* .homeDirectory */ .R)(env);
    if (home)
        return home;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('cannot find the home directory for the docker config (HOME is not set and this user has no passwd entry): set DOCKER_CONFIG or HOME');
}
function readDockerConfig(dir) {
    return readCredentialFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json'));
}
/** A credential file's text; missing: ''. Not a regular file: a NotRegularFileError (never opened for reading). */
function readCredentialText(path) {
    try {
        return (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(path).bytes.toString('utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return '';
        if (e instanceof _files_js__WEBPACK_IMPORTED_MODULE_6__/* .FileInputError */ .ZQ)
            throw e;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(path)}: cannot read: ${(0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .errnoText */ .iQ)(e)}`);
    }
}
/**
 * A credential file in docker's format: the docker config, or the containers auth.json that
 * Podman, Buildah and Skopeo read (its `auths` are the same). Missing or empty: `{}`.
 */
function readCredentialFile(path) {
    const text = readCredentialText(path);
    if (text.trim() === '')
        return {};
    try {
        const parsed = JSON.parse(text);
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
            throw new Error('not a JSON object');
        return parsed;
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(path)} is not valid JSON (${e.message}); fix or remove it, it was left as it is`);
    }
}
function writeDockerConfig(dir, config) {
    writeCredentialFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json'), config);
}
/** The mode of a new credential file (it holds passwords), and of a folder created for one. */
const CREDENTIAL_FILE_MODE = 0o600;
const CREDENTIAL_DIR_MODE = 0o700;
/**
 * Replace a credential file atomically. A new one gets mode 0600 (it holds passwords) and its folder
 * 0700 when created; one already there keeps its mode and owner, as docker keeps them.
 */
function writeCredentialFile(path, config) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true, mode: CREDENTIAL_DIR_MODE });
    // Docker itself writes config.json tab-indented.
    (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__.writeFileAtomic)(path, `${JSON.stringify(config, null, '\t')}\n`, CREDENTIAL_FILE_MODE);
}
/** The `auth` value docker stores: base64 of `user:password`, as HTTP Basic auth sends it. */
const authValue = _core_credentials_js__WEBPACK_IMPORTED_MODULE_8__/* .basicAuth */ .tB;
/** A fingerprint of an auth value, so logout can tell its own entry without keeping the secret. */
function fingerprint(auth) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(auth).digest('hex').slice(0, 32);
}
/** Why docker would not use the `auths` entry for a registry, if it would not. */
function shadowingOf(config, registry) {
    const helper = config.credHelpers?.[registry];
    if (helper) {
        return `credHelpers sends ${registry} to docker-credential-${helper}, so docker ignores the credentials written to auths; remove that entry or use --method docker`;
    }
    if (config.credsStore) {
        return `credsStore "${config.credsStore}" is set, so docker reads every credential from docker-credential-${config.credsStore}, not from auths; use --method docker, or remove credsStore`;
    }
    return undefined;
}
/** Merge credentials for one registry; returns the new config and the fingerprint of what was written. */
function withCredentials(config, registry, username, password) {
    const auth = authValue(username, password);
    return {
        config: { ...config, auths: { ...config.auths, [registry]: { auth } } },
        fingerprint: fingerprint(auth),
    };
}
/** The fingerprint of a registry's `auths` entry, when it holds credentials. */
function entryFingerprint(config, registry) {
    const auth = config.auths?.[registry]?.auth;
    return auth ? fingerprint(auth) : undefined;
}
/**
 * What logout finds where login recorded an entry: the one it wrote; none of its own, because the
 * write never happened (a login killed between recording and writing; `replaced` is what was there
 * before) or the entry is gone; or one changed since, which is not ours to remove.
 */
function recordedEntryState(config, registry, written, replaced) {
    const current = entryFingerprint(config, registry);
    if (current === written)
        return 'ours';
    return current === undefined || current === replaced ? 'not-there' : 'changed';
}
/** The config without a registry's `auths` entry. */
function withoutCredentials(config, registry) {
    const { [registry]: _, ...rest } = config.auths ?? {};
    return { ...config, auths: rest };
}
/** What amazon-ecr-credential-helper is called in credHelpers: docker runs `docker-credential-ecr-login`. */
const ECR_LOGIN_HELPER = 'ecr-login';
/** The program docker runs for a credential helper. */
const helperProgram = (helper) => `docker-credential-${helper}`;
/** The config with a registry's credentials fetched by a credential helper. */
function withHelper(config, registry, helper) {
    return { ...config, credHelpers: { ...config.credHelpers, [registry]: helper } };
}
/** The config without a registry's credHelpers entry, or with the one it replaced put back. */
function withoutHelper(config, registry, restore) {
    const { [registry]: _, ...rest } = config.credHelpers ?? {};
    return { ...config, credHelpers: restore ? { ...rest, [registry]: restore } : rest };
}
/**
 * `--method helper`: send the registry to amazon-ecr-credential-helper, which fetches a fresh token
 * for each pull (so a long job never meets an expired one) and keeps no password in the file.
 * Nothing is recorded when the entry is already there: this login added nothing to undo.
 */
function helperLogin(dir, registry, helperFound, warn, record) {
    if (!helperFound)
        warn(`${helperProgram(ECR_LOGIN_HELPER)} is not on PATH: docker cannot use the credHelpers entry for ${registry} until amazon-ecr-credential-helper is installed (the CodeBuild standard images have it)`);
    const current = readDockerConfig(dir);
    const before = current.credHelpers?.[registry];
    if (before === ECR_LOGIN_HELPER)
        return;
    if (before)
        warn(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json')} sends ${registry} to ${helperProgram(before)}: this login replaces it, and logout puts it back`);
    record({ registry, method: 'helper', configDir: dir, ...(before && { replacedHelper: before }) });
    writeDockerConfig(dir, withHelper(current, registry, ECR_LOGIN_HELPER));
}
/**
 * The credential files an engine's login writes (for the docker config: DOCKER_CONFIG as we pass it).
 * Podman keeps its own auth.json; docker, nerdctl and finch use the docker config.
 */
function engineCredentialFiles(engine, configDir, env) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(engine) !== 'podman')
        return [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configDir, 'config.json')];
    const own = env.REGISTRY_AUTH_FILE || (env.XDG_RUNTIME_DIR && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    return own ? [own] : [];
}
/** Whether a credential file (docker or podman format) has an entry for the registry; unreadable: no. */
function hasEntryFor(path, registry) {
    try {
        const parsed = JSON.parse((0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(path).bytes.toString('utf8'));
        return Object.hasOwn(parsed?.auths ?? {}, registry);
    }
    catch {
        return false;
    }
}
/** Said when a login replaces credentials someone else put there. */
function replacingWarning(registry, path) {
    return `${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(path)} already has credentials for ${registry}: this login replaces them, and logout will remove them`;
}
/**
 * Merge a registry's credentials into a credential file (the docker config, a containers auth.json):
 * say when an entry is replaced, then record what is written before writing it, atomically (see
 * writeCredentialFile). Recorded first: killed before the write, logout finds nothing to remove; the other way
 * round, it would not know the credentials it should remove.
 */
function credentialFileLogin(path, cred, warn, record, current = readCredentialFile(path)) {
    if (current.auths?.[cred.registry])
        warn(replacingWarning(cred.registry, path));
    const replaced = entryFingerprint(current, cred.registry);
    const { config, fingerprint } = withCredentials(current, cred.registry, cred.username, cred.password);
    record({ fingerprint, ...(replaced && { replaced }) });
    writeCredentialFile(path, config);
    const readable = readableByOthers(path);
    if (readable)
        warn(readable);
}
/**
 * Said when a credential file others may read now holds a password: a file there keeps its mode (as
 * docker keeps it), so the user's 0644 stays 0644; we say so rather than change it behind their back.
 */
function readableByOthers(path) {
    const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mode & 0o777;
    if ((mode & 0o044) === 0)
        return undefined;
    const shown = (0,_core_display_js__WEBPACK_IMPORTED_MODULE_3__/* .displayName */ .QC)(path);
    return `${shown} can be read by other users (mode ${mode.toString(8).padStart(4, '0')}), and so can the password just written there: run chmod 600 ${shown}`;
}


/***/ }),

/***/ 5568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ saveSession),
/* harmony export */   L6: () => (/* binding */ loadSession),
/* harmony export */   hj: () => (/* binding */ undoFileEntry),
/* harmony export */   q7: () => (/* binding */ clearSession)
/* harmony export */ });
/* unused harmony exports entryFile, sessionPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7663);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9323);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6073);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6943);
// What `login` added, and undoing it: the record is kept beside the docker config (the CLI) or in the
// action's state, with no secrets; each entry says which file it wrote and how to tell its own write.






/** The file an entry wrote (config and helper methods). */
function entryFile(entry, env = process.env) {
    return entry.authFile ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.configDir ?? (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .dockerConfigDir */ .kG)(env), 'config.json');
}
/** Two entries for the same thing (the later replaces the earlier in a session). */
const sameSlot = (a, b) => a.registry === b.registry && a.authFile === b.authFile;
/**
 * Undo what a config or helper entry wrote: `removed`; `not-there` when the write never happened or
 * the entry is gone; a sentence when the entry changed since, which is not ours to remove.
 */
function undoFileEntry(entry, env = process.env) {
    const path = entryFile(entry, env);
    const config = (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .readCredentialFile */ .sS)(path);
    if (entry.method === 'helper') {
        const current = config.credHelpers?.[entry.registry];
        if (current === undefined || current === entry.replacedHelper)
            return 'not-there';
        if (current !== _docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ECR_LOGIN_HELPER */ .eA)
            return `${entry.registry}: left in ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(path)}: the credHelpers entry changed after this login`;
        (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .writeCredentialFile */ .Vt)(path, (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutHelper */ .zI)(config, entry.registry, entry.replacedHelper));
        return 'removed';
    }
    const state = (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .recordedEntryState */ .Ub)(config, entry.registry, entry.fingerprint ?? '', entry.replaced);
    if (state === 'not-there')
        return state;
    if (state === 'changed')
        return `${entry.registry}: left in ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(path)}: the entry changed after this login`;
    (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .writeCredentialFile */ .Vt)(path, (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutCredentials */ .ri)(config, entry.registry));
    return 'removed';
}
/** Where the CLI keeps its session between `login` and `logout` (beside the docker config; no secrets). */
function sessionPath(configDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, 'ecr-pull-through-session.json');
}
/** Add entries to the session (an entry replaces an earlier one for its registry and file). */
function saveSession(configDir, entries) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(configDir, { recursive: true, mode: _docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .CREDENTIAL_DIR_MODE */ .W$ });
    const path = sessionPath(configDir);
    // Read first: a record that is not a regular file (nor a link to one) is refused before anything changes.
    const previous = loadSession(configDir).filter((p) => !entries.some((e) => sameSlot(e, p)));
    unlinkIfSymlink(path);
    (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(path, `${JSON.stringify([...previous, ...entries], null, 2)}\n`, _docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .CREDENTIAL_FILE_MODE */ .lh);
}
/**
 * writeFileAtomic writes through a link (docker's config.json keeps that behaviour); a link here
 * would send our file outside the config dir, so the link itself goes and a plain file takes its place.
 */
function unlinkIfSymlink(path) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isSymbolicLink())
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
}
/** The session recorded; none when there is no record or it does not parse. A device, FIFO or socket there is refused (NotRegularFileError). */
function loadSession(configDir) {
    try {
        const parsed = JSON.parse((0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFile */ .XF)(sessionPath(configDir)).bytes.toString('utf8'));
        return Array.isArray(parsed) ? parsed : [];
    }
    catch (e) {
        if (e instanceof _files_js__WEBPACK_IMPORTED_MODULE_5__/* .NotRegularFileError */ .iZ)
            throw e;
        return [];
    }
}
function clearSession(configDir) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(sessionPath(configDir), { force: true });
}


/***/ }),

/***/ 6799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline),
/* harmony export */   j: () => (/* reexport safe */ _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.j3)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1065);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(595);
/* harmony import */ var _core_unanswered_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6421);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('the timeout must be a positive duration');
        const tooLong = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .durationOutOfRange */ .PI)(timeoutMs, 'the timeout');
        if (tooLong)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(tooLong);
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
            if (!this.expired && _core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isNoAnswer */ .Uz(error))
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
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeadlineError */ .j3((0,_core_unanswered_js__WEBPACK_IMPORTED_MODULE_4__/* .unansweredMessage */ .gv)(request, waited), (0,_core_unanswered_js__WEBPACK_IMPORTED_MODULE_4__/* .unansweredHint */ .eA)(request, this.#region), request, waited);
    }
    /**
     * Run a use case within the deadline: its result, or at expiry a DeadlineError naming what did not
     * answer (the work left behind is aborted by the signal, so nothing keeps the process alive).
     */
    async run(work) {
        let onAbort;
        const expiry = new Promise((_, reject) => {
            onAbort = () => reject(this.signal.reason instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeadlineError */ .j3 ? this.signal.reason : this.error());
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


/***/ })

};
