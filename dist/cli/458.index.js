export const id = 458;
export const ids = [458,363];
export const modules = {

/***/ 458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareCommand: () => (/* binding */ prepareCommand)
/* harmony export */ });
/* harmony import */ var _core_buildkit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5971);
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5553);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4301);
/* harmony import */ var _core_image_upstreams_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3343);
/* harmony import */ var _core_prepare_mode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5210);
/* harmony import */ var _core_timeouts_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5623);
/* harmony import */ var _core_warm_progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9038);
/* harmony import */ var _host_docker_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7011);
/* harmony import */ var _host_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4706);
/* harmony import */ var _run_progress_log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(861);
/* harmony import */ var _use_cases_prepare_prepare_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(363);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(353);
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
        ..._command_js__WEBPACK_IMPORTED_MODULE_9__/* .TIMEOUT_OPTION */ .AJ,
        ..._command_js__WEBPACK_IMPORTED_MODULE_9__/* .PROFILE_OPTION */ .Q,
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
                          (BuildKit >= 0.12 with buildx >= 0.11) when the run succeeds, for
                          out=$(npx ecr-pull-through prepare ...) && eval "$out";
                          both: rewrite and the policy
  --source-policy PATH    where transparent mode writes the policy (a regular file, replaced;
                          default: source-policy.json in a new private folder, mode 0700,
                          made in the temp folder for this run)
  --registry X            an account id or registry host to log in to (repeat; the first is the
                          cache; default: the caller's registry in the region, as ECR names it)
  --rule PREFIX=URL       a pull-through cache rule (repeat; default: DescribePullThroughCacheRules)
  --region REGION         AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)
  --method M              login: ${_host_docker_config_js__WEBPACK_IMPORTED_MODULE_5__/* .LOGIN_METHODS */ .dd.join(', ')} (see 'login --help')
  --containers-auth       login: also write the containers auth.json (Podman, Buildah, Skopeo)
  --no-login              do not log in (warm still gets a token)
  --no-warm               do not warm
  --buildkit              also warm the BuildKit builder image (${_core_buildkit_js__WEBPACK_IMPORTED_MODULE_10__/* .BUILDKIT_BUILDER_IMAGE */ .$})
  --concurrency N         images warmed at once (default ${_core_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONCURRENCY */ .WH})
  --platform OS/ARCH      of a multi-platform image, wait only for this child (repeat)
  --strict                a reference with no rule fails the job (nothing is written)
  --json                  print the report on stdout: registry, images, rewrittenFiles, notes,
                          warmed, buildkitImage, sourcePolicy, env, buildkitdConfig, failures
  --timeout DURATION      for the whole run: login, discovery and warm (default ${(0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .formatDuration */ .a3)(_core_timeouts_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_WARM_TIMEOUT_MS */ .j4)});
                          a silent endpoint is named when time runs out

Exit status: 0 done, 1 the job failed (an image not ready, a file not written), 2 input error.`,
    async run(v, positionals, io) {
        if (positionals.length > 0)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`prepare takes no arguments ("${positionals[0]}"); name files with --dockerfiles or --files and images with --images`);
        const method = (0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .flagOneOf */ .q8)(_host_docker_config_js__WEBPACK_IMPORTED_MODULE_5__/* .LOGIN_METHODS */ .dd, v.method, '--method');
        const mode = (0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .flagOneOf */ .q8)(_core_prepare_mode_js__WEBPACK_IMPORTED_MODULE_3__/* .PREPARE_MODES */ .vS, v.mode, '--mode') ?? _core_prepare_mode_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PREPARE_MODE */ .Ip;
        if (v['source-policy'] !== undefined && mode === 'rewrite')
            throw new _command_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--source-policy is for --mode transparent or both');
        const images = values(v.images);
        const dockerfiles = v.dockerfiles ?? [];
        const files = v.files ?? [];
        if (dockerfiles.length + files.length + images.length === 0 && !v.buildkit && v['no-login'])
            throw new _command_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('nothing to do: name --dockerfiles, --files or --images');
        const { timeoutMs } = (0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .timeoutOption */ .D5)(v);
        const shown = (0,_run_progress_log_js__WEBPACK_IMPORTED_MODULE_7__/* .progressLog */ .m)((l) => io.err(l), (0,_core_warm_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .heartbeatMs */ .fO)(io.env));
        const report = await (0,_use_cases_prepare_prepare_js__WEBPACK_IMPORTED_MODULE_8__.prepare)({
            registries: values(v.registry),
            rules: v.rule,
            region: v.region,
            ...(0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .profileOption */ .pp)(v),
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
                concurrency: (0,_command_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCount */ .zq)(v.concurrency, '--concurrency'),
            }),
            platforms: v.platform?.flatMap((p) => p.split(',')),
            failOnUnmapped: Boolean(v.strict),
            warmBuildkit: Boolean(v.buildkit),
            onWarning: (m) => io.err(`warning: ${m}`),
            // Saved as each login happens, so `ecr-pull-through logout` undoes them even after a failure.
            // The docker config folder is looked up only then: a run with no login needs no home directory.
            onSession: (session) => (0,_host_session_js__WEBPACK_IMPORTED_MODULE_6__/* .saveSession */ .E1)((0,_host_docker_config_js__WEBPACK_IMPORTED_MODULE_5__/* .dockerConfigDir */ .kG)(io.env), session),
            onWarmEvent: (e) => {
                if (e.type === 'started')
                    io.err(`warming ${e.total} image(s) in ${e.registry}`);
                if (e.type === 'finished')
                    io.err((0,_core_warm_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .finishedLine */ .fb)(e.result));
                shown.onEvent(e);
            },
        }).finally(() => shown.stop());
        say(report, io);
        const ok = report.failures.length === 0;
        if (v.json)
            io.out(`${JSON.stringify(jsonReport(report), null, 2)}\n`);
        // Only a run that succeeded prints its exports: `eval` of a failed run's output sets nothing.
        else if (ok)
            for (const [k, value] of Object.entries(report.env ?? {}))
                io.out(`export ${k}=${shellWord(value)}\n`);
        return ok ? _command_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.failed;
    },
};
/** The human account of the run, on stderr (--quiet: the failures only). */
function say(report, io) {
    const err = (line) => io.err(line);
    for (const s of report.session)
        err(`logged in to ${s.registry} (${s.method}${s.authFile ? `, ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(s.authFile)}` : ''})`);
    for (const n of report.notes)
        err(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(n.file)}${n.line ? `:${n.line}` : ''}: note: ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayLine */ .pr)(n.message)}`);
    for (const hint of (0,_core_image_upstreams_js__WEBPACK_IMPORTED_MODULE_2__/* .uncacheableHints */ .er)(report.notes.map((n) => n.registry)))
        err(`hint: ${hint}`);
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

/***/ 8813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ candidateImages),
/* harmony export */   dw: () => (/* binding */ isTemplated),
/* harmony export */   jP: () => (/* binding */ unmappedNote),
/* harmony export */   l: () => (/* binding */ rewriteCandidates),
/* harmony export */   uf: () => (/* binding */ byLine)
/* harmony export */ });
/* unused harmony export applyEdits */
/* harmony import */ var _image_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2514);
// Span edits: the spans of a text that hold image references become edits by the rules of a target,
// and the edits are spliced into the original text. Nothing else is re-serialized, so every other
// byte survives. Every file kind goes through here; this is the one place mapping meets text.

/** The note for a reference no rule covers: left alone, and which registry it names (for hints). */
function unmappedNote(line, text, m) {
    return { line, message: `${text}: ${m.reason}; left alone`, unmapped: true, registry: m.ref.registry };
}
const byLine = (a, b) => a.line - b.line;
/** A value made for a template engine or a shell (`{{ }}`, `$`): not an image reference yet. */
function isTemplated(value) {
    return /\{\{|\$/.test(value);
}
/** Apply non-overlapping edits to a source text. */
function applyEdits(source, edits) {
    // Edits usually come in order (candidates are found front to back): then there is nothing to sort.
    const inOrder = edits.every((e, i) => i === 0 || edits[i - 1].start <= e.start);
    const sorted = inOrder ? edits : [...edits].sort((a, b) => a.start - b.start);
    // Pieces joined once: a string built by += over 200,000 edits is a tree flattened at the end.
    const parts = [];
    let at = 0;
    for (let k = 0; k < sorted.length; k++) {
        const e = sorted[k];
        if (e.start < at)
            throw new Error(`overlapping edits at offset ${e.start}`);
        parts.push(source.slice(at, e.start), e.text);
        at = e.end;
    }
    parts.push(source.slice(at));
    return parts.join('');
}
/** How many mappings a target keeps (a file of 200,000 distinct images must not keep them all). */
const MAPPED_KEPT = 4096;
/** Mappings by target, across files: a checkout names the same few images in file after file. */
const mappedByTarget = new WeakMap();
/** mapImage, remembered per target (it depends on nothing else); a big file keeps each text once. */
function mapped(target) {
    const cache = mappedByTarget.get(target) ?? new Map();
    mappedByTarget.set(target, cache);
    return (text) => {
        let m = cache.get(text);
        if (m === undefined) {
            if (cache.size >= MAPPED_KEPT)
                cache.clear();
            // A copy, not a slice: a slice would keep the whole text of the file it came from alive.
            const own = JSON.parse(JSON.stringify(text));
            m = { text: own, m: (0,_image_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .mapImage */ .oo)(own, target) };
            cache.set(own, m);
        }
        return m;
    };
}
/** Turn candidate spans into edits with the rules of `target`, and apply them. */
function rewriteCandidates(source, candidates, target) {
    const edits = [];
    const changes = [];
    const notes = [];
    const errors = [];
    const map = mapped(target);
    // An index loop: for-of allocates a step object per candidate until this code is optimized.
    for (let k = 0; k < candidates.length; k++) {
        const c = candidates[k];
        const { text, m } = map(source.slice(c.start, c.end));
        if (m.kind === 'invalid')
            errors.push({ line: c.line, message: m.error });
        else if (m.kind === 'unmapped')
            notes.push(unmappedNote(c.line, text, m));
        else if (m.kind === 'mapped') {
            edits.push({ start: c.start, end: c.end, text: m.uri });
            changes.push({ line: c.line, from: text, to: m.uri });
        }
    }
    return { output: edits.length ? applyEdits(source, edits) : source, changes, notes, errors };
}
/** The images of candidate spans, as written: what a list or a YAML file makes a deployment pull. */
function candidateImages(source, candidates) {
    return candidates.map((c) => ({ image: source.slice(c.start, c.end), line: c.line }));
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

/***/ 9038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fO: () => (/* binding */ heartbeatMs),
/* harmony export */   fb: () => (/* binding */ finishedLine),
/* harmony export */   j0: () => (/* binding */ WarmProgress)
/* harmony export */ });
/* unused harmony exports HEARTBEAT_MS, HEARTBEAT_ENV */
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4301);
// What warm tells a log that is not a terminal (a CI log): a line per change of an image's state,
// and while any image is still importing a heartbeat at most HEARTBEAT_MS after the last line, so
// a reader never meets a long silence. Times are given by the caller: a test drives the clock.

/**
 * The silence after which a heartbeat is printed while an image imports: a second under the 15 s a
 * CI log may stay silent, for a timer that fires late on a busy runner (15.3 s gaps were seen at 15 s).
 */
const HEARTBEAT_MS = 14_000;
/** Only tests set it: a shorter heartbeat, so a test need not wait 14 s to see one. */
const HEARTBEAT_ENV = 'EPT_TEST_HEARTBEAT_MS';
/** The heartbeat interval the environment asks for (tests only), else HEARTBEAT_MS. */
function heartbeatMs(env) {
    const ms = Number(env[HEARTBEAT_ENV]);
    return Number.isInteger(ms) && ms > 0 && ms < HEARTBEAT_MS ? ms : HEARTBEAT_MS;
}
const secs = (ms) => `${Math.round(ms / 1000)}s`;
/** The line that says how an image's warm ended, as `warm` and `prepare` print it. */
function finishedLine(r) {
    return r.status === 'ready'
        ? `ready   ${r.image} (${r.seconds.toFixed(1)}s)`
        : `failed  ${r.image}: ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayLine */ .pr)(r.error ?? '')}`;
}
class WarmProgress {
    heartbeatMs;
    #importing = new Map(); // image → when its import started
    #total = 0;
    #ready = 0;
    #finished = 0;
    #lastLineAt;
    constructor(startedAt, heartbeatMs = HEARTBEAT_MS) {
        this.heartbeatMs = heartbeatMs;
        this.#lastLineAt = startedAt;
    }
    /** Follows `event`, seen at `at`; returns the line that says an import started, if it did. */
    seen(event, at) {
        this.#lastLineAt = at; // every event is printed by someone: the silence starts again
        if (event.type === 'started')
            this.#total = event.total;
        else if (event.type === 'triggered') {
            this.#importing.set(event.image, at);
            return `importing ${event.image}`;
        }
        else {
            this.#importing.delete(event.result.image);
            this.#ready = event.ready;
            this.#finished++;
        }
        return undefined;
    }
    /** Whether some image is not finished yet (so a heartbeat may be due). */
    get waiting() {
        return this.#finished < this.#total;
    }
    /** When the next heartbeat is due, if one will be. */
    dueAt() {
        return this.waiting ? this.#lastLineAt + this.heartbeatMs : undefined;
    }
    /** The heartbeat line when one is due at `at` (and the silence starts again), else undefined. */
    heartbeat(at) {
        const due = this.dueAt();
        if (due === undefined || at < due)
            return undefined;
        this.#lastLineAt = at;
        const head = `still waiting: ${this.#ready}/${this.#total} ready`;
        let slowest;
        for (const entry of this.#importing)
            if (!slowest || entry[1] < slowest[1])
                slowest = entry;
        if (!slowest)
            return `${head}; no import started yet`;
        const others = this.#importing.size - 1;
        return `${head}; slowest: ${slowest[0]}, importing for ${secs(at - slowest[1])}${others > 0 ? ` (and ${others} more importing)` : ''}`;
    }
}


/***/ }),

/***/ 8249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline),
/* harmony export */   j: () => (/* reexport safe */ _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.j3)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7253);
/* harmony import */ var _core_unanswered_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2079);
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


/***/ }),

/***/ 861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ progressLog)
/* harmony export */ });
/* harmony import */ var _core_warm_progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9038);
// Drives core/warm/progress.ts with the clock and a timer: the glue (CLI warm and prepare, the
// action) hands it every warm event and a way to write a line; it writes the "importing" lines and
// the heartbeats, so each log that is not a terminal is never silent for long while images import.

function progressLog(write, heartbeatMs, now = Date.now) {
    const progress = new _core_warm_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .WarmProgress */ .j0(now(), heartbeatMs);
    let timer;
    let stopped = false;
    const arm = () => {
        clearTimeout(timer);
        const due = progress.dueAt();
        if (stopped || due === undefined)
            return;
        // unref: a heartbeat never keeps the process alive on its own.
        timer = setTimeout(beat, Math.max(0, due - now())).unref();
    };
    const beat = () => {
        const line = progress.heartbeat(now());
        if (line)
            write(line);
        arm();
    };
    return {
        onEvent(event) {
            const line = progress.seen(event, now());
            if (line)
                write(line);
            arm();
        },
        stop() {
            stopped = true;
            clearTimeout(timer);
        },
    };
}


/***/ }),

/***/ 363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_PREPARE_MODE: () => (/* reexport */ prepare_mode/* DEFAULT_PREPARE_MODE */.Ip),
  PREPARE_MODES: () => (/* reexport */ prepare_mode/* PREPARE_MODES */.vS),
  prepare: () => (/* binding */ prepare),
  prepareMode: () => (/* reexport */ prepare_mode/* prepareMode */.LK)
});

// EXTERNAL MODULE: ./src/core/buildkit.ts
var buildkit = __webpack_require__(5971);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/core/display.ts
var display = __webpack_require__(4301);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var rules = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/core/job-lines.ts
// What each phase of the job says it did, one line or a few, for the action's log groups: the
// registries logged in to, the rules found, the files rewritten, the warm summary. A user reading a
// green step's log sees what it did, as amazon-ecr-login and docker/login-action show their login.

/** At most this many rewritten files are listed by name; the count is always given. */
const LISTED_FILES = 20;
/** One registry logged in to: host, region, method and when the token expires. */
function loggedInLine(r) {
    return `logged in to ${r.registry} (${r.region}, ${r.method}; expires ${r.expiresAt.toISOString()})`;
}
/** The rules found, `prefix → upstream` each; the registry is named either way. */
function ruleLines(registry, rules) {
    if (rules.length === 0)
        return [`${registry}: no pull-through cache rule`];
    return [
        `${rules.length} pull-through cache rule(s) in ${registry}:`,
        ...rules.map((r) => `  ${r.prefix} → ${r.upstream}`),
    ];
}
/** How many files were rewritten of those read, and which, up to LISTED_FILES. */
function fileLines(rewritten, read) {
    const listed = rewritten.slice(0, LISTED_FILES).map((p) => `  ${(0,display/* displayName */.QC)(p)}`);
    const rest = rewritten.length - listed.length;
    return [
        `rewrote ${rewritten.length} of ${read} file(s)${rewritten.length ? ':' : ''}`,
        ...listed,
        ...(rest > 0 ? [`  … and ${rest} more (the rewritten-files output lists them all)`] : []),
    ];
}
/** The warm phase's outcome in one line. */
function warmLine(images, seconds) {
    const ready = images.filter((i) => i.status === 'ready').length;
    return ready === images.length
        ? `${ready} image(s) ready in the cache (${seconds}s)`
        : `${images.length - ready} of ${images.length} image(s) not ready (${seconds}s)`;
}

// EXTERNAL MODULE: ./src/core/prepare-mode.ts
var prepare_mode = __webpack_require__(5210);
// EXTERNAL MODULE: ./src/core/rewrite/edits.ts
var edits = __webpack_require__(8813);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: ./src/use-cases/login.ts + 2 modules
var login = __webpack_require__(7850);
// EXTERNAL MODULE: ./src/use-cases/run.ts + 4 modules
var use_cases_run = __webpack_require__(7151);
// EXTERNAL MODULE: ./src/use-cases/target.ts
var use_cases_target = __webpack_require__(4070);
;// CONCATENATED MODULE: ./src/use-cases/prepare/prepare.ts
// The whole job of the action, for any runner: log in, find the rules, rewrite Dockerfiles and other
// files (or, in transparent mode, write a BuildKit source policy that redirects the pulls instead),
// map the listed images, and warm every image the build will pull. The GitHub Action and the CLI's
// `prepare` are glue around this; a buildspec script calls it and gets exactly the same behaviour.
// One Run for the whole job: its phases share the deadline and the connections (the one that brought
// the token serves warm's calls too). What files are read is files.ts; transparent mode's writing is
// transparent.ts: each loaded when the job comes to it, as the use cases it calls are.












async function prepare(options = {}) {
    // warmTimeoutMs bounds the whole job: login and discovery wait on silent endpoints too.
    const { run, end } = (0,use_cases_run.openRun)({ ...options, timeoutMs: options.warmTimeoutMs ?? timeouts/* DEFAULT_WARM_TIMEOUT_MS */.j4 });
    try {
        return await prepareIn(run, options);
    }
    finally {
        end();
    }
}
const runDirectly = (_title, run) => run();
async function prepareIn(run, options) {
    const phase = options.phase ?? runDirectly;
    const mode = (0,prepare_mode/* prepareMode */.LK)(options.mode);
    const failures = [];
    let credentials;
    let session = [];
    if (options.login ?? defaults/* DEFAULTS */.zY.login) {
        const result = await phase('Log in to ECR', () => (0,login.logIn)(run, {
            region: options.region,
            registries: options.registries,
            method: options.loginMethod,
            containersAuth: options.containersAuth,
            // Each login as it happens: when a later registry fails, logout still undoes the ones done.
            onSessionEntry: (entry) => {
                session = [...session, entry];
                options.onSession?.(session);
            },
        }), (r) => r.registries.map(loggedInLine));
        credentials = result.credentials;
        options.onCredentials?.(credentials);
    }
    const { hasPatterns, needsRules, rewriteGroups } = await __webpack_require__.e(/* import() */ 112).then(__webpack_require__.bind(__webpack_require__, 8112));
    // Login only: the token's registry is the whole answer; no rules are looked up (one AWS call, and
    // nothing loaded that only mapping needs). Rules given as options cost no call and still apply.
    const loginOnly = credentials?.[0] && !options.rules?.length && !needsRules(options, mode);
    const target = loginOnly
        ? { registry: credentials[0].registry, rules: [] }
        : await phase('Pull-through cache rules', () => (0,use_cases_target/* targetIn */.Li)(run, {
            registry: credentials?.[0]?.registry ?? options.registries?.[0],
            rules: options.rules?.length ? options.rules : undefined,
            region: options.region,
        }), (t) => ruleLines(t.registry, t.rules.map((r) => ({ prefix: r.ecrRepositoryPrefix, upstream: (0,rules/* upstreamOfRule */.P6)(r) }))));
    // Transparent mode reads the files for their images and leaves them as they are.
    const rewrites = mode !== 'transparent';
    const notesOf = (found) => found.flatMap((f) => f.notes.map((n) => ({ ...n, file: f.path })));
    // The files are written within their phase, so its group can say which were.
    const files = hasPatterns(options)
        ? await phase(rewrites ? 'Rewrite image references' : 'Find images', async () => {
            const found = await rewriteGroups(run, options, target, failures);
            const errors = found.flatMap((f) => f.errors.map((e) => `${(0,display/* displayName */.QC)(f.path)}:${e.line}: ${e.message}`));
            failures.push(...errors);
            if (options.failOnUnmapped)
                for (const n of notesOf(found).filter((n) => n.unmapped))
                    failures.push(`${(0,display/* displayName */.QC)(n.file)}:${n.line}: ${n.message}`);
            if (failures.length === 0 && rewrites && found.length > 0)
                (await Promise.all(/* import() */[__webpack_require__.e(672), __webpack_require__.e(990), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 5999))).commitRewrites(found);
            return found;
        }, (found) => rewrites
            ? fileLines(failures.length === 0 ? found.filter((f) => f.changed).map((f) => f.path) : [], found.length)
            : [
                `read ${found.length} file(s): ${new Set(found.flatMap((f) => f.images.map((i) => i.image))).size} image reference(s)`,
            ])
        : [];
    const notes = notesOf(files);
    const images = {};
    for (const f of files)
        for (const c of f.changes)
            images[c.from] = c.to;
    for (const text of options.images ?? []) {
        const m = (0,rules/* mapImage */.oo)(text.trim(), target);
        if (m.kind === 'mapped' || m.kind === 'cached')
            images[text.trim()] = m.uri;
        else if (m.kind === 'invalid')
            failures.push(m.error);
        else if (options.failOnUnmapped)
            failures.push(`${text}: ${m.reason}`);
        else
            notes.push({ file: '(images input)', ...(0,edits/* unmappedNote */.jP)(0, text, m) });
    }
    const transparent = mode === 'rewrite'
        ? undefined
        : await (await __webpack_require__.e(/* import() */ 785).then(__webpack_require__.bind(__webpack_require__, 7785))).writeTransparentConfig(options, target);
    let warmed;
    if ((options.warm ?? defaults/* DEFAULTS */.zY.warm) && failures.length === 0) {
        // Warm what the build will pull: the images of the files (as written before the rewrite) and the inputs.
        // Images no rule covers do not go through the cache: nothing to warm (they were noted above).
        const all = [
            ...files.flatMap((f) => f.images.map((i) => i.image)),
            ...(options.images ?? []).map((i) => i.trim()),
            ...(options.warmBuildkit ? [buildkit/* BUILDKIT_BUILDER_IMAGE */.$] : []),
        ];
        const toWarm = [...new Set(all)].filter((i) => ['mapped', 'cached'].includes((0,rules/* mapImage */.oo)(i, target).kind));
        if (toWarm.length > 0) {
            const { warmIn } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(815), __webpack_require__.e(990), __webpack_require__.e(708), __webpack_require__.e(457), __webpack_require__.e(646), __webpack_require__.e(116)]).then(__webpack_require__.bind(__webpack_require__, 9646));
            warmed = await phase(`Warm ${toWarm.length} image(s)`, () => warmIn(run, {
                images: toWarm,
                registry: target.registry,
                rules: target.rules,
                region: credentials?.[0]?.region ?? options.region,
                credentials: credentials?.[0],
                concurrency: options.concurrency,
                platforms: options.platforms,
                onEvent: options.onWarmEvent,
            }), (w) => [warmLine(w.images, w.seconds)]);
            for (const r of warmed.images) {
                if (r.status !== 'ready')
                    failures.push(`${r.image}: ${r.error ?? 'not ready'}${r.hint ? ` (${r.hint})` : ''}`);
            }
        }
    }
    const builder = (0,rules/* mapImage */.oo)(buildkit/* BUILDKIT_BUILDER_IMAGE */.$, target);
    if (options.warmBuildkit && builder.kind === 'unmapped')
        notes.push({
            file: '(warm-buildkit)',
            line: 0,
            message: `${buildkit/* BUILDKIT_BUILDER_IMAGE */.$}: ${builder.reason}; not warmed`,
            unmapped: true,
        });
    return {
        registry: target.registry,
        ...(builder.kind === 'mapped' && { buildkitImage: builder.uri }),
        session,
        images,
        rewrittenFiles: failures.length === 0 && rewrites ? files.filter((f) => f.changed).map((f) => f.path) : [],
        notes,
        ...transparent,
        ...(warmed && { warmed }),
        failures,
    };
}


/***/ }),

/***/ 7151:
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
    const { loadSharedConfigFiles } = await __webpack_require__.e(/* import() */ 291).then(__webpack_require__.t.bind(__webpack_require__, 9672, 19));
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

// EXTERNAL MODULE: ./src/net/request-log.ts
var request_log = __webpack_require__(9745);
// EXTERNAL MODULE: ./src/run/deadline.ts
var run_deadline = __webpack_require__(8249);
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
        requests: request_log/* requestLog */.Ml,
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
