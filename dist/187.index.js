export const id = 187;
export const ids = [187];
export const modules = {

/***/ 7249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ RegionError),
/* harmony export */   V_: () => (/* binding */ regionInUse),
/* harmony export */   fX: () => (/* binding */ sdkBoolean),
/* harmony export */   lc: () => (/* binding */ endpointVariant)
/* harmony export */ });
/* harmony import */ var _core_aws_region_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5507);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _direct_shared_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2053);
// Where the run is in AWS: the region, and the endpoint variant (FIPS, dual-stack) registry hosts
// take, read the way the SDK reads them (environment, then the profile in the shared config files).
// Apart from the SDK clients so that commands that make no AWS call (map and rewrite with
// --registry and --rule) can ask without loading them.



/** No region given or configured: input the user must give (exit status 2). */
class RegionError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz {
    constructor(profile) {
        super(`no AWS region: pass --region, set AWS_REGION (or AWS_DEFAULT_REGION), or set region in the profile${profile ? ` "${profile}"` : ''} (AWS_PROFILE, --profile)`);
        this.name = 'RegionError';
    }
}
// Loaded on first use: the SDK's config loader, without the SDK clients.
const sdkConfig = () => __webpack_require__.e(/* import() */ 291).then(__webpack_require__.t.bind(__webpack_require__, 9672, 19));
/**
 * The region (one host label, else an InputError) from the flag, else the SDK's own chain without instance metadata (AWS_REGION, then
 * the profile's `region`), else AWS_DEFAULT_REGION (the AWS CLI's name for it).
 */
async function regionInUse(region, options = {}) {
    return (0,_core_aws_region_js__WEBPACK_IMPORTED_MODULE_0__/* .validRegion */ .$)(await configuredRegion(region, options));
}
async function configuredRegion(region, options) {
    if (region)
        return region;
    const env = process.env;
    if (env.AWS_REGION)
        return env.AWS_REGION;
    // Without a shared config file no profile has a region: the SDK's loader need not be loaded.
    if (!(0,_direct_shared_config_js__WEBPACK_IMPORTED_MODULE_2__/* .hasSharedConfig */ .sN)(env))
        return regionOr(env.AWS_DEFAULT_REGION, options.profile ?? env.AWS_PROFILE);
    const { loadConfig, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS } = await sdkConfig();
    // The SDK's default asks the instance metadata service (a second's wait where there is none).
    const fromProfile = await loadConfig({ ...NODE_REGION_CONFIG_OPTIONS, default: undefined }, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...(options.profile && { profile: options.profile }) })();
    return regionOr(fromProfile || env.AWS_DEFAULT_REGION, options.profile ?? env.AWS_PROFILE);
}
function regionOr(region, profile) {
    if (!region)
        throw new RegionError(profile);
    return region;
}
/**
 * A boolean setting from the environment as the SDK reads it: exactly `true` or `false`; anything
 * else is passed over (undefined), as is an unset one.
 */
function sdkBoolean(value) {
    return value === 'true' ? true : value === 'false' ? false : undefined;
}
/**
 * FIPS and dual-stack, as the SDK decides them for the API endpoint (AWS_USE_FIPS_ENDPOINT,
 * AWS_USE_DUALSTACK_ENDPOINT, the profile's use_fips_endpoint / use_dualstack_endpoint), so that
 * registry hosts follow the same settings.
 */
async function endpointVariant(options = {}) {
    const env = process.env;
    // Without a shared config file the environment is all there is to read.
    if (!(0,_direct_shared_config_js__WEBPACK_IMPORTED_MODULE_2__/* .hasSharedConfig */ .sN)(env))
        return {
            fips: sdkBoolean(env.AWS_USE_FIPS_ENDPOINT) === true,
            dualStack: sdkBoolean(env.AWS_USE_DUALSTACK_ENDPOINT) === true,
        };
    const sdk = await sdkConfig();
    const from = { ...(options.profile && { profile: options.profile }) };
    // A value other than true or false is passed over, by the SDK for the API endpoint and so here.
    const [fips, dualStack] = await Promise.all([
        sdk.loadConfig(sdk.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, from)(),
        sdk.loadConfig(sdk.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, from)(),
    ]);
    return { fips: fips === true, dualStack: dualStack === true };
}


/***/ }),

/***/ 5507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ validRegion)
/* harmony export */ });
/* unused harmony export isValidRegion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// What a region may be: one DNS host label, the rule the SDK applies before it builds an endpoint
// (isValidHostLabel in @smithy/core). The region goes into the endpoint's host and the signing
// scope, so `us-east-1@host/x` would send a signed request (and its session token) elsewhere: it
// is refused before any request is made.

/** Letters, digits and hyphens, 1 to 63 of them, neither first nor last a hyphen. */
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** True when `region` is one host label, as the SDK requires. */
function isValidRegion(region) {
    return HOST_LABEL.test(region);
}
/** The region itself, or an InputError naming it (exit status 2). */
function validRegion(region) {
    if (!isValidRegion(region))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`"${region}" is not an AWS region: a region is one host label (letters, digits and hyphens, such as us-east-1)`);
    return region;
}


/***/ }),

/***/ 2514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ ROOT),
/* harmony export */   P6: () => (/* binding */ upstreamOfRule),
/* harmony export */   T9: () => (/* binding */ checkRule),
/* harmony export */   ZY: () => (/* binding */ cacheRepository),
/* harmony export */   cg: () => (/* binding */ upstreamHost),
/* harmony export */   oo: () => (/* binding */ mapImage),
/* harmony export */   tY: () => (/* binding */ parseRuleSpec),
/* harmony export */   wJ: () => (/* binding */ InvalidRuleError),
/* harmony export */   yO: () => (/* binding */ distinctRules)
/* harmony export */ });
/* unused harmony exports sameUpstream, mapReference */
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4301);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _ecr_host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7794);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7600);
// Pull-through cache rules and the one function that maps an image reference to its cache URI.




const ROOT = 'ROOT';
const PREFIX_RE = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
class InvalidRuleError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz {
    constructor(message) {
        super(message);
        this.name = 'InvalidRuleError';
    }
}
/** Upstream registry host as references spell it: every Docker Hub URL becomes `docker.io`. */
function upstreamHost(url) {
    const host = (0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutScheme */ .yO)(url).replace(/\/.*$/, '').toLowerCase();
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isDockerHub */ .gr)(host) ? _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb : host;
}
const isPath = (text) => PREFIX_RE.test(text);
/**
 * A rule checked as ECR holds them, the one check of every rule we are given: `--rule`, the action's
 * `rules` lines and what DescribePullThroughCacheRules answers (a misconfigured or hostile endpoint's
 * names would end up in file paths and command-line flags). `what` names the rule in the message.
 */
function checkRule(rule, what) {
    const prefix = rule.ecrRepositoryPrefix;
    if (prefix !== ROOT && !(isPath(prefix) && prefix.length >= 2 && prefix.length <= 30)) {
        throw new InvalidRuleError(`invalid ${what}: prefix ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(prefix)} must be ROOT or 2-30 lowercase letters, digits, ".", "_", "-" and "/"`);
    }
    const host = (0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutScheme */ .yO)(rule.upstreamRegistryUrl);
    if (!(0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__/* .isRegistryHost */ .EV)(host)) {
        throw new InvalidRuleError(`invalid ${what}: ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(host)} is not a registry host`);
    }
    const upstreamPrefix = rule.upstreamRepositoryPrefix;
    if (upstreamPrefix !== undefined && upstreamPrefix !== ROOT && !isPath(upstreamPrefix)) {
        throw new InvalidRuleError(`invalid ${what}: upstream repository prefix ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(upstreamPrefix)} must be ROOT or lowercase letters, digits, ".", "_", "-" and "/"`);
    }
    return {
        ecrRepositoryPrefix: prefix,
        upstreamRegistryUrl: host,
        ...(upstreamPrefix !== undefined && { upstreamRepositoryPrefix: upstreamPrefix }),
    };
}
/**
 * Parse `PREFIX=UPSTREAM_URL[/UPSTREAM_PREFIX]`, the `--rule` flag and the action's `rules` lines.
 * A path after the upstream host is the upstream repository prefix of an ECR-to-ECR rule.
 */
function parseRuleSpec(spec) {
    const text = spec.trim();
    const eq = text.indexOf('=');
    if (eq <= 0 || eq === text.length - 1) {
        throw new InvalidRuleError(`invalid rule ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(spec)}: expected PREFIX=UPSTREAM_URL, e.g. docker-hub=registry-1.docker.io`);
    }
    const url = (0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutScheme */ .yO)(text.slice(eq + 1));
    const slash = url.indexOf('/');
    const rule = {
        ecrRepositoryPrefix: text.slice(0, eq).trim(),
        upstreamRegistryUrl: slash === -1 ? url : url.slice(0, slash),
        ...(slash !== -1 && { upstreamRepositoryPrefix: url.slice(slash + 1) }),
    };
    return checkRule(rule, `rule ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(spec)}`);
}
/** Where a rule fetches from, as references spell it: `quay.io`, `docker.io`, `HOST/team-a`. */
function upstreamOfRule(rule) {
    const prefix = rule.upstreamRepositoryPrefix ?? ROOT;
    return `${upstreamHost(rule.upstreamRegistryUrl)}${prefix === ROOT ? '' : `/${prefix}`}`;
}
/** Two rules fetch from the same place: one upstream registry and one upstream repository prefix. */
function sameUpstream(a, b) {
    return upstreamOfRule(a) === upstreamOfRule(b);
}
/**
 * One rule per prefix, as ECR holds them: a repeated rule counts once, and two rules that give one
 * prefix different upstreams are refused (the cache would fetch one upstream's images for the other).
 */
function distinctRules(rules) {
    const byPrefix = new Map();
    for (const rule of rules) {
        const seen = byPrefix.get(rule.ecrRepositoryPrefix);
        if (!seen) {
            byPrefix.set(rule.ecrRepositoryPrefix, rule);
            continue;
        }
        if (!sameUpstream(seen, rule)) {
            throw new InvalidRuleError(`conflicting rules for prefix "${rule.ecrRepositoryPrefix}": ${upstreamOfRule(seen)} and ${upstreamOfRule(rule)}; ECR holds one rule per prefix, so give each upstream its own prefix`);
        }
    }
    return [...byPrefix.values()];
}
/** The part of `path` a rule covers, with the rule's upstream prefix removed; undefined if not covered. */
function coveredPath(rule, path) {
    const prefix = rule.upstreamRepositoryPrefix;
    if (prefix === undefined || prefix === ROOT || prefix === '')
        return path;
    return path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined;
}
/**
 * Map a reference to its pull-through cache URI. References already in the target registry are
 * left as they are (a second run is a no-op); references no rule covers are left with a reason.
 * Tag and digest are kept exactly as written; `library/` comes only from normalization.
 */
function mapReference(ref, target) {
    const host = ref.registry.toLowerCase();
    if (host === target.registry.toLowerCase() || target.aliases?.some((a) => a.toLowerCase() === host)) {
        return { kind: 'cached', ref, uri: ref.original };
    }
    let best;
    for (const rule of target.rules) {
        if (upstreamHost(rule.upstreamRegistryUrl) !== ref.registry.toLowerCase())
            continue;
        const rest = coveredPath(rule, ref.path);
        if (rest === undefined)
            continue;
        const weight = ref.path.length - rest.length;
        if (!best || weight > best.weight)
            best = { rule, rest, weight };
    }
    if (!best) {
        const sameHost = target.rules.some((r) => upstreamHost(r.upstreamRegistryUrl) === ref.registry.toLowerCase());
        const reason = sameHost
            ? `no pull-through rule for ${ref.registry}/${ref.path} (the rules for ${ref.registry} cover other repository prefixes)`
            : `no pull-through rule for ${ref.registry}`;
        return { kind: 'unmapped', ref, reason };
    }
    const prefix = best.rule.ecrRepositoryPrefix;
    const path = prefix === ROOT ? best.rest : `${prefix}/${best.rest}`;
    return { kind: 'mapped', ref, rule: best.rule, uri: `${target.registry}/${path}${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .refSuffix */ .N9)(ref)}` };
}
/** The cache repository (`<prefix>/<path>`) a cache URI names, without registry, tag or digest. */
function cacheRepository(uri) {
    const rest = uri.slice(uri.indexOf('/') + 1);
    const at = rest.indexOf('@');
    const noDigest = at === -1 ? rest : rest.slice(0, at);
    const colon = noDigest.lastIndexOf(':');
    return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}
/** Parse and map one image text; invalid references come back as `invalid` with the broken rule. */
function mapImage(text, target) {
    try {
        return mapReference((0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageRef */ .Q)(text), target);
    }
    catch (e) {
        if (e instanceof _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidReferenceError */ .x_)
            return { kind: 'invalid', text, error: e.message };
        throw e;
    }
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

/***/ 3187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepare: () => (/* binding */ prepare)
});

// UNUSED EXPORTS: DEFAULT_PREPARE_MODE, PREPARE_MODES, prepareMode

;// CONCATENATED MODULE: ./src/core/buildkit.ts
// What BuildKit pulls by itself, outside any FROM line: the builder image that
// docker/setup-buildx-action starts (docker-container driver), from Docker Hub unless told
// otherwise (`driver-opts: image=...`). The `# syntax=` frontend is found in the Dockerfile itself.
/** The image docker/setup-buildx-action runs as its builder by default. */
const BUILDKIT_BUILDER_IMAGE = 'moby/buildkit:buildx-stable-1';

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
// EXTERNAL MODULE: ./src/use-cases/login.ts + 4 modules
var login = __webpack_require__(8104);
// EXTERNAL MODULE: ./src/use-cases/run.ts + 6 modules
var use_cases_run = __webpack_require__(6992);
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
        const result = await phase('Log in to ECR', () => (0,login/* logIn */.E8)(run, {
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
            ...(options.warmBuildkit ? [BUILDKIT_BUILDER_IMAGE] : []),
        ];
        const toWarm = [...new Set(all)].filter((i) => ['mapped', 'cached'].includes((0,rules/* mapImage */.oo)(i, target).kind));
        if (toWarm.length > 0) {
            const { warmIn } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(815), __webpack_require__.e(990), __webpack_require__.e(457), __webpack_require__.e(708), __webpack_require__.e(801)]).then(__webpack_require__.bind(__webpack_require__, 5182));
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
    const builder = (0,rules/* mapImage */.oo)(BUILDKIT_BUILDER_IMAGE, target);
    if (options.warmBuildkit && builder.kind === 'unmapped')
        notes.push({
            file: '(warm-buildkit)',
            line: 0,
            message: `${BUILDKIT_BUILDER_IMAGE}: ${builder.reason}; not warmed`,
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

/***/ 4070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Li: () => (/* binding */ targetIn)
/* harmony export */ });
/* unused harmony exports TargetError, registryHostInUse, resolveTarget */
/* harmony import */ var _aws_region_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7249);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4301);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7794);
/* harmony import */ var _core_image_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2514);
// Where references go: the registry host and its pull-through cache rules, from flags when given
// (no AWS call), otherwise from the account, region and DescribePullThroughCacheRules.






/** A registry option that names no registry host (exit status 2). */
class TargetError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz {
    constructor(message) {
        super(message);
        this.name = 'TargetError';
    }
}
/**
 * The registry host a `registry` option names: a host as given, or for a 12-digit account id that
 * account's ECR host (a bare account id in a reference would be a Docker Hub name), in the region
 * and endpoint form (FIPS, dual-stack) the SDK reads: the flag, the environment, then the profile.
 */
async function registryHostInUse(registry, options) {
    const text = (0,_core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutScheme */ .yO)(registry);
    if (!/^\d{12}$/.test(text))
        return text;
    const profile = options.profile ? { profile: options.profile } : {};
    const [region, variant] = await Promise.all([
        (0,_aws_region_js__WEBPACK_IMPORTED_MODULE_0__/* .regionInUse */ .V_)(options.region, profile),
        (0,_aws_region_js__WEBPACK_IMPORTED_MODULE_0__/* .endpointVariant */ .lc)(profile),
    ]);
    return (0,_core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryEntry */ .nJ)(text, () => region, variant).host;
}
/** Resolve the target registry and rules; AWS is asked only for what the options leave out. */
async function resolveTarget(options) {
    const given = await givenTarget(options, options.profile);
    if (isComplete(given))
        return given;
    // The run (agents, sockets, the CA bundle) only when AWS is asked: map and rewrite with flags load none of it.
    const { withRun } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6992));
    return withRun(options, DEFAULT_TIMEOUT_MS, (run) => discovered(run, given, options.region));
}
/** The target within `run` (prepare's, warm's): its deadline, its agents, its profile. */
async function targetIn(run, request) {
    const given = await givenTarget(request, run.profile);
    if (isComplete(given))
        return given;
    return run.within(() => discovered(run, given, request.region));
}
/** The registry and rules the request names, checked. */
async function givenTarget(request, profile) {
    const parsed = request.rules?.map((r) => typeof r === 'string' ? (0,_core_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRuleSpec */ .tY)(r) : (0,_core_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .checkRule */ .T9)(r, `rule ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(r.ecrRepositoryPrefix)}`));
    const rules = parsed && (0,_core_image_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .distinctRules */ .yO)(parsed);
    const registry = request.registry === undefined
        ? undefined
        : await registryHostInUse(request.registry, { region: request.region, profile });
    if (registry !== undefined && !(0,_core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_3__/* .isRegistryHost */ .EV)(registry)) {
        throw new TargetError(`invalid registry "${request.registry}": expected a host such as 111122223333.dkr.ecr.us-east-1.amazonaws.com`);
    }
    return { registry, rules };
}
const isComplete = (given) => !!given.registry && !!given.rules && given.rules.length > 0;
/** What the request leaves out, asked of AWS. */
async function discovered(run, given, region) {
    // Eager mode: bundled into the one file, but the SDK is evaluated only when needed.
    const aws = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(786)]).then(__webpack_require__.bind(__webpack_require__, 3786));
    return aws.discoverTarget(run, { ...given, region });
}


/***/ })

};
