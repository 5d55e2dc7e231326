export const id = 17;
export const ids = [17,249];
export const modules = {

/***/ 5794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ caBundle)
});

// UNUSED EXPORTS: caBundleSource

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
        throw new errors/* InputError */.dz(`cannot read the CA bundle ${source.path} (${source.from}): ${e.code ?? e.message}`);
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


/***/ }),

/***/ 2053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ sharedConfigPath),
/* harmony export */   sN: () => (/* binding */ hasSharedConfig),
/* harmony export */   t4: () => (/* binding */ sharedCredentialsPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _host_home_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(355);
// Where the AWS shared config and credentials files are, by the SDK's rules: AWS_CONFIG_FILE and
// AWS_SHARED_CREDENTIALS_FILE (a leading `~/` is the home directory), else `.aws/config` and
// `.aws/credentials` in the home directory, which is HOME, else USERPROFILE, else HOMEDRIVE+HOMEPATH,
// else the passwd entry's. Where neither file exists, no profile can say anything: the environment
// alone decides credentials, region and endpoints. test/aws/direct/shared-config.test.ts holds
// these rules against the SDK's own loader.



/** The home directory as the SDK finds it; undefined with none (the SDK would throw: for us, no file). */
function awsHome(env) {
    if (env.HOME)
        return env.HOME;
    if (env.USERPROFILE)
        return env.USERPROFILE;
    if (env.HOMEPATH)
        return `${env.HOMEDRIVE ?? `C:${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`}${env.HOMEPATH}`;
    return (0,_host_home_js__WEBPACK_IMPORTED_MODULE_2__/* .homeDirectory */ .R)(env);
}
/** The file a setting names (`~/` expanded), else `.aws/NAME` in the home directory. */
function sharedFile(env, setting, name) {
    const home = () => awsHome(env);
    if (!setting) {
        const dir = home();
        return dir === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.aws', name);
    }
    if (!setting.startsWith('~/'))
        return setting;
    const dir = home();
    return dir === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, setting.slice(2));
}
const sharedConfigPath = (env) => sharedFile(env, env.AWS_CONFIG_FILE, 'config');
const sharedCredentialsPath = (env) => sharedFile(env, env.AWS_SHARED_CREDENTIALS_FILE, 'credentials');
const exists = (path) => path !== undefined && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path);
/** True when a shared config or credentials file exists (a profile may then set anything). */
function hasSharedConfig(env) {
    return exists(sharedConfigPath(env)) || exists(sharedCredentialsPath(env));
}


/***/ }),

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

/***/ 7600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ refSuffix),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   WS: () => (/* binding */ OFFICIAL_NAMESPACE),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   gr: () => (/* binding */ isDockerHub),
/* harmony export */   sS: () => (/* binding */ isOfficialImageName),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError),
/* harmony export */   zg: () => (/* binding */ isDigestOnly)
/* harmony export */ });
/* unused harmony exports familiarName, formatImageRef */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Image references, parsed and normalized the way distribution/reference does it
// (ParseNormalizedNamed), so that what we map is exactly what docker would pull.

const DOCKER_HUB = 'docker.io';
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** distribution/reference's NameTotalLengthMax, applied to the repository path (not the registry). */
const PATH_MAX = 255;
/** Docker Hub's namespace for official images, implicit in a one-part name (`node` = `library/node`). */
const OFFICIAL_NAMESPACE = 'library';
const alnum = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alnum}(?:${separator}${alnum})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const host = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN_RE = new RegExp(`^${host}(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = new RegExp(`^${pathComponent}$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** The algorithms go-digest validates (and docker links), with their hex lengths; any other is unsupported. */
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
class InvalidReferenceError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    reference;
    rule;
    constructor(reference, rule) {
        super(`invalid image reference "${reference}": ${rule}`);
        this.reference = reference;
        this.rule = rule;
        this.name = 'InvalidReferenceError';
    }
}
/**
 * The `library/` rule (go-containerregistry's hasImplicitNamespace): a Docker Hub repository name of
 * one part is an official image's, and Hub keeps it under `library/` (`node` is `library/node`).
 * A name with a namespace (`percona/x`) never gets it. Used by the normalizer and by warm's diagnosis
 * of a 403 alike.
 */
function isOfficialImageName(name) {
    return name !== '' && !name.includes('/');
}
/** True for every host name that means Docker Hub. */
function isDockerHub(registry) {
    return HUB_ALIASES.has(registry.toLowerCase());
}
/** Registry component rule: only a first component with `.`, `:`, uppercase, or `localhost` is a host. */
function splitRegistry(name) {
    const slash = name.indexOf('/');
    if (slash === -1)
        return { registry: DOCKER_HUB, remainder: name, explicit: false };
    const first = name.slice(0, slash);
    const isHost = /[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase();
    if (!isHost)
        return { registry: DOCKER_HUB, remainder: name, explicit: false };
    return { registry: first, remainder: name.slice(slash + 1), explicit: true };
}
/** Parse and normalize an image reference; throws InvalidReferenceError naming the broken rule. */
function parseImageRef(input) {
    const fail = (rule) => {
        throw new InvalidReferenceError(input, rule);
    };
    if (input.length === 0)
        fail('the reference is empty');
    if (/\s/.test(input))
        fail('a reference cannot contain white space');
    if (/^[a-f0-9]{64}$/.test(input))
        fail('a 64-character hex string is an image id, not a repository name');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST_RE.test(digest))
            fail(`digest "${digest}" must be ALGORITHM:HEX with at least 32 hex digits`);
        const [algo, hex] = digest.split(':');
        const want = Object.hasOwn(DIGEST_HEX_LENGTH, algo) ? DIGEST_HEX_LENGTH[algo] : undefined;
        if (want === undefined) {
            fail(`digest algorithm "${algo}" is not supported (only ${Object.keys(DIGEST_HEX_LENGTH).join(', ')})`);
        }
        else if (hex.length !== want || /[A-F]/.test(hex)) {
            fail(`a ${algo} digest has exactly ${want} lowercase hex digits`);
        }
    }
    // The tag separator is a ':' after the last '/', so a registry port is not mistaken for a tag.
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag))
            fail(`tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`);
    }
    if (rest.length === 0)
        fail('the repository name is missing');
    const { registry: written, remainder, explicit } = splitRegistry(rest);
    if (explicit && !DOMAIN_RE.test(written))
        fail(`"${written}" is not a valid registry host[:port]`);
    if (remainder.length === 0)
        fail('the repository name is missing');
    if (remainder !== remainder.toLowerCase())
        fail(`repository name "${remainder}" must be lowercase`);
    for (const component of remainder.split('/')) {
        if (!PATH_COMPONENT_RE.test(component)) {
            fail(component === ''
                ? 'a repository path cannot have an empty component'
                : `path component "${component}" must be lowercase letters and digits, separated by ".", "_", "__" or "-"`);
        }
    }
    const hub = isDockerHub(written);
    const registry = hub ? DOCKER_HUB : written;
    const path = hub && isOfficialImageName(remainder) ? `${OFFICIAL_NAMESPACE}/${remainder}` : remainder;
    // Checked on the normalized path, as ParseNormalizedNamed does: `library/` counts, the registry not.
    if (path.length > PATH_MAX) {
        fail(`the repository path must not be longer than ${PATH_MAX} characters (it has ${path.length})`);
    }
    return {
        registry,
        path,
        original: input,
        ...(tag !== undefined && { tag }),
        ...(digest !== undefined && { digest }),
    };
}
/**
 * The short form docker prints (distribution's FamiliarName): Docker Hub's host dropped, and
 * `library/` too when the rest is one part (`docker.io/library/node` → `node`).
 */
function familiarName(ref) {
    if (ref.registry !== DOCKER_HUB)
        return `${ref.registry}/${ref.path}`;
    const rest = ref.path.slice(OFFICIAL_NAMESPACE.length + 1);
    return ref.path.startsWith(`${OFFICIAL_NAMESPACE}/`) && isOfficialImageName(rest) ? rest : ref.path;
}
/** `:tag@digest` suffix exactly as written (empty when neither is present). */
function refSuffix(ref) {
    return `${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** The fully qualified form, e.g. `docker.io/library/node:20`. */
function formatImageRef(ref) {
    return `${ref.registry}/${ref.path}${refSuffix(ref)}`;
}
/** A digest-only reference names content, not a tag: ECR cannot import it on a first pull. */
function isDigestOnly(ref) {
    return ref.digest !== undefined && ref.tag === undefined;
}


/***/ }),

/***/ 2514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ ROOT),
/* harmony export */   ZY: () => (/* binding */ cacheRepository),
/* harmony export */   cg: () => (/* binding */ upstreamHost),
/* harmony export */   oo: () => (/* binding */ mapImage),
/* harmony export */   tY: () => (/* binding */ parseRuleSpec),
/* harmony export */   yO: () => (/* binding */ distinctRules)
/* harmony export */ });
/* unused harmony exports InvalidRuleError, sameUpstream, mapReference */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _ecr_host_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7794);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7600);
// Pull-through cache rules and the one function that maps an image reference to its cache URI.



const ROOT = 'ROOT';
const PREFIX_RE = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
class InvalidRuleError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    constructor(message) {
        super(message);
        this.name = 'InvalidRuleError';
    }
}
/** Upstream registry host as references spell it: every Docker Hub URL becomes `docker.io`. */
function upstreamHost(url) {
    const host = (0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutScheme */ .yO)(url).replace(/\/.*$/, '').toLowerCase();
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .isDockerHub */ .gr)(host) ? _reference_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_HUB */ .Xb : host;
}
/**
 * Parse `PREFIX=UPSTREAM_URL[/UPSTREAM_PREFIX]`, the `--rule` flag and the action's `rules` lines.
 * A path after the upstream host is the upstream repository prefix of an ECR-to-ECR rule.
 */
function parseRuleSpec(spec) {
    const text = spec.trim();
    const eq = text.indexOf('=');
    if (eq <= 0 || eq === text.length - 1) {
        throw new InvalidRuleError(`invalid rule "${spec}": expected PREFIX=UPSTREAM_URL, e.g. docker-hub=registry-1.docker.io`);
    }
    const prefix = text.slice(0, eq).trim();
    const url = (0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutScheme */ .yO)(text.slice(eq + 1));
    if (prefix !== ROOT && !(PREFIX_RE.test(prefix) && prefix.length >= 2 && prefix.length <= 30)) {
        throw new InvalidRuleError(`invalid rule "${spec}": prefix "${prefix}" must be ROOT or 2-30 lowercase letters, digits, ".", "_", "-" and "/"`);
    }
    const slash = url.indexOf('/');
    const host = slash === -1 ? url : url.slice(0, slash);
    if (!(0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_1__/* .isRegistryHost */ .EV)(host)) {
        throw new InvalidRuleError(`invalid rule "${spec}": "${host}" is not a registry host`);
    }
    const upstreamPrefix = slash === -1 ? undefined : url.slice(slash + 1);
    return {
        ecrRepositoryPrefix: prefix,
        upstreamRegistryUrl: host,
        ...(upstreamPrefix !== undefined && { upstreamRepositoryPrefix: upstreamPrefix }),
    };
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
    return { kind: 'mapped', ref, rule: best.rule, uri: `${target.registry}/${path}${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .refSuffix */ .N9)(ref)}` };
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
        return mapReference((0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageRef */ .Q)(text), target);
    }
    catch (e) {
        if (e instanceof _reference_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReferenceError */ .x_)
            return { kind: 'invalid', text, error: e.message };
        throw e;
    }
}


/***/ }),

/***/ 4257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lt: () => (/* binding */ Agents),
  ml: () => (/* binding */ agentsFor),
  a$: () => (/* binding */ shareAgents)
});

// UNUSED EXPORTS: agentsOfRun

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/core/proxy.ts
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

;// CONCATENATED MODULE: ./src/net/agents.ts
// HTTP agents for the SDK and for registry calls, honouring HTTPS_PROXY, HTTP_PROXY and NO_PROXY
// (amazon-ecr-login ignores NO_PROXY; we don't) and the CA bundle the AWS side found (AWS_CA_BUNDLE,
// the profile's ca_bundle: aws/ca-bundle-setting.ts). One set per run, kept alive, so the ECR API and the registry reuse their connections;
// destroyed after, so no kept-alive socket holds the process open.




class Agents {
    env;
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
        this.#caLoading = options.ca ?? Promise.resolve(undefined);
        // Its failure is reported by the first `for`; none is left unhandled when no call is made.
        this.#caLoading.catch(() => { });
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
        this.#ca = await this.#caLoading;
        const proxy = proxyFor(url, this.env);
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
// The agents of a run that makes several calls under one deadline (prepare: login's token, then
// warm's ECR and registry calls), so that one kept-alive connection serves them all.
const runAgents = new WeakMap();
/** Every client created under `deadline` uses `agents`; the caller destroys them when the run ends. */
function shareAgents(deadline, agents) {
    runAgents.set(deadline, agents);
}
/** The agents shared under `deadline`, if the run shares one set. */
const agentsOfRun = (deadline) => runAgents.get(deadline);
/**
 * The agents for calls under `deadline`: the run's shared set (its owner destroys it), else a set
 * of their own trusting the CA bundle `ca` reads, which `release` destroys.
 */
function agentsFor(deadline, ca) {
    const shared = deadline && agentsOfRun(deadline);
    if (shared)
        return { agents: shared, release: () => { } };
    const agents = new Agents(process.env, { ca: ca() });
    return { agents, release: () => agents.destroy() };
}


/***/ }),

/***/ 5017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepare: () => (/* binding */ prepare)
});

// UNUSED EXPORTS: DEFAULT_PREPARE_MODE, PREPARE_MODES, SOURCE_POLICY_VARIABLE, prepareMode

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aws/ca-bundle-setting.ts + 1 modules
var ca_bundle_setting = __webpack_require__(5794);
;// CONCATENATED MODULE: ./src/core/buildkit.ts
// What BuildKit pulls by itself, outside any FROM line: the builder image that
// docker/setup-buildx-action starts (docker-container driver), from Docker Hub unless told
// otherwise (`driver-opts: image=...`). The `# syntax=` frontend is found in the Dockerfile itself.
/** The image docker/setup-buildx-action runs as its builder by default. */
const BUILDKIT_BUILDER_IMAGE = 'moby/buildkit:buildx-stable-1';

// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var rules = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/core/patterns.ts
// The action's file patterns are relative to the workspace. One that leaves it (absolute, or with a
// `..` segment) can match nothing the walk visits: it is refused rather than silently matching nothing.
function leavesRoot(pattern) {
    const p = pattern.trim().replace(/\\/g, '/');
    return p.startsWith('/') || /^[A-Za-z]:\//.test(p) || p.split('/').includes('..');
}

// EXTERNAL MODULE: ./src/core/prepare-mode.ts
var prepare_mode = __webpack_require__(5210);
// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: ./src/net/agents.ts + 1 modules
var net_agents = __webpack_require__(4257);
// EXTERNAL MODULE: ./src/run/deadline.ts
var run_deadline = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/use-cases/login.ts + 3 modules
var login = __webpack_require__(1107);
// EXTERNAL MODULE: ./src/use-cases/target.ts
var use_cases_target = __webpack_require__(4070);
;// CONCATENATED MODULE: ./src/use-cases/prepare.ts
// The whole job of the action, for any runner: log in, find the rules, rewrite Dockerfiles and other
// files (or, in transparent mode, write a BuildKit source policy that redirects the pulls instead),
// map the listed images, and warm every image the build will pull. The GitHub Action and the CLI's
// `prepare` are glue around this; a buildspec script calls it and gets exactly the same behaviour.
















/** The variable BuildKit (≥ 0.12, with buildx ≥ 0.11) reads the source policy's path from. */
const SOURCE_POLICY_VARIABLE = 'EXPERIMENTAL_BUILDKIT_SOURCE_POLICY';
const PATTERN_INPUTS = [
    { input: 'dockerfiles', kind: 'dockerfile' },
    { input: 'files', kind: undefined },
];
/**
 * The files the patterns choose, rewritten in memory. A pattern outside the root is an input error;
 * one that matches nothing is said (a warning, or a failure with failOnUnmapped): its images would
 * silently be pulled from the upstream, which is what this tool exists to prevent.
 */
async function rewriteGroups(options, target, failures) {
    const root = options.root ?? '.';
    const files = [];
    for (const { input, kind } of PATTERN_INPUTS) {
        const include = options[input] ?? [];
        if (include.length === 0)
            continue;
        const [{ discoverFiles }, { globMatcher, globMatchers }, { rewriteFiles }] = await Promise.all([
            __webpack_require__.e(/* import() */ 800).then(__webpack_require__.bind(__webpack_require__, 1800)),
            Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 5477)),
            Promise.all(/* import() */[__webpack_require__.e(672), __webpack_require__.e(990), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 5999)),
        ]);
        const outside = include.find(leavesRoot);
        if (outside !== undefined)
            throw new errors/* InputError */.dz(`${input}: "${outside}" points outside ${root}; patterns are relative to it`);
        // One walk for the group; each pattern is then matched against what it found.
        const found = discoverFiles([root], globMatchers(include)).map((path) => (0,external_node_path_.relative)(root, path));
        for (const pattern of include) {
            const matches = globMatcher(pattern);
            // One argument only: picomatch's matcher takes a second (returnObject), which some() would pass.
            if (found.some((path) => matches(path)))
                continue;
            const message = `${input}: "${pattern}" matches no file under ${root}; its images are neither rewritten nor warmed, so the build would pull them from the upstream`;
            if (options.failOnUnmapped)
                failures.push(message);
            else
                options.onWarning?.(message);
        }
        const report = await rewriteFiles({ paths: [root], include, kind, target, dryRun: true });
        files.push(...report.files);
    }
    return files;
}
/** Files to rewrite or read for images. */
const hasPatterns = (options) => PATTERN_INPUTS.some(({ input }) => (options[input]?.length ?? 0) > 0);
/** Whether the job needs the cache rules: anything to map, rewrite, warm or redirect besides login. */
function needsRules(options, mode) {
    return (hasPatterns(options) || (options.images?.length ?? 0) > 0 || !!options.warmBuildkit || mode !== 'rewrite');
}
async function prepare(options = {}) {
    // warmTimeoutMs bounds the whole job: login and discovery wait on silent endpoints too.
    const deadline = new run_deadline/* Deadline */.B2(options.warmTimeoutMs ?? timeouts/* DEFAULT_WARM_TIMEOUT_MS */.j4);
    // One set of agents for the run: the connection that brought the token serves warm's calls too.
    const agents = new net_agents/* Agents */.lt(process.env, { ca: (0,ca_bundle_setting/* caBundle */.R)(process.env) });
    (0,net_agents/* shareAgents */.a$)(deadline, agents);
    try {
        return await prepareWithin(options, deadline);
    }
    finally {
        agents.destroy();
        deadline.dispose();
    }
}
const runDirectly = (_title, run) => run();
async function prepareWithin(options, deadline) {
    const phase = options.phase ?? runDirectly;
    const mode = (0,prepare_mode/* prepareMode */.LK)(options.mode);
    const failures = [];
    let credentials;
    let session = [];
    if (options.login ?? defaults/* DEFAULTS */.zY.login) {
        const result = await phase('Log in to ECR', () => (0,login/* login */.i)({
            region: options.region,
            registries: options.registries,
            method: options.loginMethod,
            containersAuth: options.containersAuth,
            profile: options.profile,
            ...(options.env && { env: options.env }),
            onSecret: options.onSecret,
            onWarning: options.onWarning,
            deadline,
            // Each login as it happens: when a later registry fails, logout still undoes the ones done.
            onSessionEntry: (entry) => {
                session = [...session, entry];
                options.onSession?.(session);
            },
        }));
        credentials = result.credentials;
        options.onCredentials?.(credentials);
    }
    // Login only: the token's registry is the whole answer; no rules are looked up (one AWS call, and
    // nothing loaded that only mapping needs). Rules given as options cost no call and still apply.
    const loginOnly = credentials?.[0] && !options.rules?.length && !needsRules(options, mode);
    const target = loginOnly
        ? { registry: credentials[0].registry, rules: [] }
        : await phase('Pull-through cache rules', () => (0,use_cases_target/* resolveTarget */.u1)({
            registry: credentials?.[0]?.registry ?? options.registries?.[0],
            rules: options.rules?.length ? options.rules : undefined,
            region: options.region,
            ...(options.profile && { profile: options.profile }),
            deadline,
        }));
    // Transparent mode reads the files for their images and leaves them as they are.
    const rewrites = mode !== 'transparent';
    const files = hasPatterns(options)
        ? await phase(rewrites ? 'Rewrite image references' : 'Find images', async () => {
            const found = await rewriteGroups(options, target, failures);
            const errors = found.flatMap((f) => f.errors.map((e) => `${f.path}:${e.line}: ${e.message}`));
            failures.push(...errors);
            return found;
        })
        : [];
    const notes = files.flatMap((f) => f.notes.map((n) => ({ ...n, file: f.path })));
    const unmapped = notes.filter((n) => n.unmapped);
    if (options.failOnUnmapped)
        failures.push(...unmapped.map((n) => `${n.file}:${n.line}: ${n.message}`));
    if (failures.length === 0 && rewrites && files.length > 0)
        (await Promise.all(/* import() */[__webpack_require__.e(672), __webpack_require__.e(990), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 5999))).commitRewrites(files);
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
            notes.push({
                file: '(images input)',
                line: 0,
                message: `${text}: ${m.reason}; left alone`,
                unmapped: true,
            });
    }
    const transparent = mode === 'rewrite' ? undefined : await writeTransparentConfig(options, target);
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
            const { warm } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(815), __webpack_require__.e(990), __webpack_require__.e(457), __webpack_require__.e(195), __webpack_require__.e(714)]).then(__webpack_require__.bind(__webpack_require__, 4714));
            warmed = await phase(`Warm ${toWarm.length} image(s)`, () => warm({
                images: toWarm,
                registry: target.registry,
                rules: target.rules,
                region: credentials?.[0]?.region ?? options.region,
                ...(options.profile && { profile: options.profile }),
                ...(credentials?.[0] && { credentials: credentials[0] }),
                deadline,
                concurrency: options.concurrency,
                platforms: options.platforms,
                onSecret: options.onSecret,
                onEvent: options.onWarmEvent,
            }));
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
/**
 * A new folder only this user can enter (mkdtemp: mode 0700, a name no one chose before), for a file
 * other users must not plant, follow or swap: in a shared temp folder a fixed name could be a link
 * another user left there. It outlives the run: later build steps read the policy.
 */
function privateFolder(parent) {
    return (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, 'ecr-pull-through-'));
}
/**
 * Transparent mode: the BuildKit source policy, written where the caller said (atomically), the
 * variable that points BuildKit at it, and buildkitd.toml mirrors for a builder that is set up apart.
 */
async function writeTransparentConfig(options, target) {
    const [{ renderMirrors }, { writeFileAtomic }] = await Promise.all([
        __webpack_require__.e(/* import() */ 361).then(__webpack_require__.bind(__webpack_require__, 4361)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5859)),
    ]);
    const input = { registry: target.registry, rules: target.rules };
    const [policy] = renderMirrors('source-policy', input).files;
    const [buildkitd] = renderMirrors('buildkitd', input).files;
    if (!policy || !buildkitd)
        throw new errors/* OperationError */.OK('transparent mode: nothing was rendered for these rules');
    // The renderers' caveats (an older BuildKit falls back silently) are the mirrors command's to
    // explain; here the README says which versions honour the policy.
    const path = options.sourcePolicyPath ?? (0,external_node_path_.join)(privateFolder(options.tempDir ?? (0,external_node_os_.tmpdir)()), policy.path);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    writeFileAtomic(path, policy.text);
    return { sourcePolicy: path, env: { [SOURCE_POLICY_VARIABLE]: path }, buildkitdConfig: buildkitd.text };
}


/***/ }),

/***/ 4070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u1: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* unused harmony exports TargetError, registryHostInUse */
/* harmony import */ var _aws_region_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7249);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7794);
/* harmony import */ var _core_image_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2514);
/* harmony import */ var _core_timeouts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5623);
/* harmony import */ var _run_deadline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8249);
// Where references go: the registry host and its pull-through cache rules, from flags when given
// (no AWS call), otherwise from the account, region and DescribePullThroughCacheRules.






/** A registry option that names no registry host (exit status 2). */
class TargetError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz {
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
    const text = (0,_core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutScheme */ .yO)(registry);
    if (!/^\d{12}$/.test(text))
        return text;
    const profile = options.profile ? { profile: options.profile } : {};
    const [region, variant] = await Promise.all([
        (0,_aws_region_js__WEBPACK_IMPORTED_MODULE_0__/* .regionInUse */ .V_)(options.region, profile),
        (0,_aws_region_js__WEBPACK_IMPORTED_MODULE_0__/* .endpointVariant */ .lc)(profile),
    ]);
    return (0,_core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryEntry */ .nJ)(text, () => region, variant).host;
}
/** Resolve the target registry and rules; AWS is asked only for what the options leave out. */
async function resolveTarget(options) {
    const parsed = options.rules?.map((r) => (typeof r === 'string' ? (0,_core_image_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRuleSpec */ .tY)(r) : r));
    const rules = parsed && (0,_core_image_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .distinctRules */ .yO)(parsed);
    const registry = options.registry === undefined ? undefined : await registryHostInUse(options.registry, options);
    if (registry !== undefined && !(0,_core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__/* .isRegistryHost */ .EV)(registry)) {
        throw new TargetError(`invalid registry "${options.registry}": expected a host such as 111122223333.dkr.ecr.us-east-1.amazonaws.com`);
    }
    if (registry && rules && rules.length > 0)
        return { registry, rules };
    // Eager mode: bundled into the one file, but the SDK is evaluated only when needed.
    const aws = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(786)]).then(__webpack_require__.bind(__webpack_require__, 3786));
    return (0,_run_deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .withinDeadline */ .iP)(options, _core_timeouts_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_TIMEOUT_MS */ .t1, (deadline) => aws.discoverTarget({
        registry,
        rules,
        region: options.region,
        deadline,
        ...(options.profile && { profile: options.profile }),
    }));
}


/***/ })

};
