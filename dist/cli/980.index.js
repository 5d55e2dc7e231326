export const id = 980;
export const ids = [980,122];
export const modules = {

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

/***/ 4301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   pr: () => (/* binding */ displayLine)
/* harmony export */ });
// How names from outside (file names, which come from a pull request; names an endpoint answers
// with) are shown. A line break in one would start a line of its own: in a workflow's log, a line
// such as `::add-mask::` or `::warning::` is a command to the runner. Control characters (C0, DEL,
// C1), the Unicode line and paragraph separators and the bidirectional controls (which make a name
// read as another) never reach a terminal or a log raw.
/** Characters never printed as they are. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
/** `\uXXXX` for one character. */
const escaped = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/**
 * `text` as a JSON string, `"..."`, with the characters JSON leaves raw (DEL, C1, the separators,
 * the bidirectional controls) escaped too: one line, every character visible.
 */
function quoted(text) {
    return JSON.stringify(text).replace(UNSAFE_ALL, escaped);
}
/**
 * A name as every printer shows it: as it is when it is safe to print, otherwise quoted (see
 * `quoted`). A name that starts with `"` is quoted too, so that a shown name that starts with a
 * quote is always a quoted one.
 */
function displayName(name) {
    return UNSAFE.test(name) || name.startsWith('"') ? quoted(name) : name;
}
/**
 * A message that quotes text from outside (a note on a file's line, an answer's error) as one line:
 * each character never printed raw is escaped in place (`\n`, `\r`, `\t`, else `\uXXXX`).
 */
function displayLine(message) {
    return message.replace(UNSAFE_ALL, (c) => JSON.stringify(c).slice(1, -1).replace(UNSAFE_ALL, escaped));
}


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
// distribution/reference's domain: DNS labels or an IPv6 address in brackets, an optional port.
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainHost = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN_RE = new RegExp(`^${domainHost}(?::[0-9]+)?$`);
/**
 * A registry address as references and rules write it (distribution's domain rule, which the
 * reference parser uses too): a host name or IP, with an optional port; `..`, `-x` or a name with a
 * line break is none.
 */
function isRegistryHost(text) {
    return DOMAIN_RE.test(text);
}


/***/ }),

/***/ 7600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ refSuffix),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   Uh: () => (/* binding */ namesRegistry),
/* harmony export */   WS: () => (/* binding */ OFFICIAL_NAMESPACE),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   gr: () => (/* binding */ isDockerHub),
/* harmony export */   sS: () => (/* binding */ isOfficialImageName),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError),
/* harmony export */   zg: () => (/* binding */ isDigestOnly)
/* harmony export */ });
/* unused harmony exports familiarName, formatImageRef */
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4301);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _ecr_host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7794);
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
const PATH_COMPONENT_RE = new RegExp(`^${pathComponent}$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** The algorithms go-digest validates (and docker links), with their hex lengths; any other is unsupported. */
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
class InvalidReferenceError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz {
    reference;
    rule;
    constructor(reference, rule) {
        super(`invalid image reference ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(reference)}: ${rule}`);
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
/**
 * Whether the first component of a name is a registry host rather than a path (distribution's
 * splitDockerDomain): it holds `.` or `:`, is `localhost`, or has upper case.
 */
function namesRegistry(firstComponent) {
    return (/[.:]/.test(firstComponent) ||
        firstComponent === 'localhost' ||
        firstComponent !== firstComponent.toLowerCase());
}
function splitRegistry(name) {
    const slash = name.indexOf('/');
    if (slash === -1)
        return { registry: DOCKER_HUB, remainder: name, explicit: false };
    const first = name.slice(0, slash);
    if (!namesRegistry(first))
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
            fail(`digest ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(digest)} must be ALGORITHM:HEX with at least 32 hex digits`);
        const [algo, hex] = digest.split(':');
        const want = Object.hasOwn(DIGEST_HEX_LENGTH, algo) ? DIGEST_HEX_LENGTH[algo] : undefined;
        if (want === undefined) {
            fail(`digest algorithm ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(algo)} is not supported (only ${Object.keys(DIGEST_HEX_LENGTH).join(', ')})`);
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
            fail(`tag ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(tag)} must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`);
    }
    if (rest.length === 0)
        fail('the repository name is missing');
    const { registry: written, remainder, explicit } = splitRegistry(rest);
    if (explicit && !(0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__/* .isRegistryHost */ .EV)(written))
        fail(`${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(written)} is not a valid registry host[:port]`);
    if (remainder.length === 0)
        fail('the repository name is missing');
    if (remainder !== remainder.toLowerCase())
        fail(`repository name ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(remainder)} must be lowercase`);
    for (const component of remainder.split('/')) {
        if (!PATH_COMPONENT_RE.test(component)) {
            fail(component === ''
                ? 'a repository path cannot have an empty component'
                : `path component ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(component)} must be lowercase letters and digits, separated by ".", "_", "__" or "-"`);
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
/* harmony export */   P6: () => (/* binding */ upstreamOfRule),
/* harmony export */   T9: () => (/* binding */ checkRule),
/* harmony export */   W$: () => (/* binding */ sameUpstream),
/* harmony export */   ZY: () => (/* binding */ cacheRepository),
/* harmony export */   cg: () => (/* binding */ upstreamHost),
/* harmony export */   oo: () => (/* binding */ mapImage),
/* harmony export */   tY: () => (/* binding */ parseRuleSpec),
/* harmony export */   wJ: () => (/* binding */ InvalidRuleError),
/* harmony export */   yO: () => (/* binding */ distinctRules)
/* harmony export */ });
/* unused harmony export mapReference */
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

/***/ 3343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ canonicalUpstreamUrl),
/* harmony export */   Fw: () => (/* binding */ upstreamOf),
/* harmony export */   Zm: () => (/* binding */ uncacheableHint),
/* harmony export */   eX: () => (/* binding */ secretNameOfArn),
/* harmony export */   er: () => (/* binding */ uncacheableHints),
/* harmony export */   u5: () => (/* binding */ CREDENTIAL_SECRET_PREFIX)
/* harmony export */ });
/* harmony import */ var _ecr_host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7794);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7600);
// The upstream registries ECR pull-through cache supports, and how each one authenticates.
// One table for setup (which rule needs a secret), doctor (what to say when one is missing), and
// the hints of map and warm for a registry no rule can cover.


/** Credential secrets must be named with this prefix, or ECR refuses the rule. */
const CREDENTIAL_SECRET_PREFIX = 'ecr-pullthroughcache/';
const KNOWN = {
    'public.ecr.aws': { name: 'Amazon ECR Public', auth: 'none' },
    'registry.k8s.io': { name: 'Kubernetes registry', auth: 'none' },
    'quay.io': { name: 'Quay', auth: 'none' },
    'registry-1.docker.io': { name: 'Docker Hub', auth: 'secret' },
    'ghcr.io': { name: 'GitHub Container Registry', auth: 'secret' },
    'registry.gitlab.com': { name: 'GitLab Container Registry', auth: 'secret' },
    'cgr.dev': { name: 'Chainguard', auth: 'secret' },
};
/** The URL as ECR wants it: no scheme or trailing slash, lowercase, Docker Hub as registry-1.docker.io. */
function canonicalUpstreamUrl(url) {
    const host = (0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutScheme */ .yO)(url).toLowerCase();
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isDockerHub */ .gr)(host) ? 'registry-1.docker.io' : host;
}
/** What ECR knows of an upstream URL; undefined when ECR has no pull-through support for it. */
function upstreamOf(url) {
    const canonical = canonicalUpstreamUrl(url);
    const known = KNOWN[canonical];
    if (known)
        return { url: canonical, ...known };
    if (/^[a-z0-9-]+\.azurecr\.io$/.test(canonical)) {
        return { url: canonical, name: 'Azure Container Registry', auth: 'secret' };
    }
    // An ECR upstream is named by its standard (or FIPS) host, never a dual-stack one.
    if ((0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_0__/* .parseEcrHost */ .wl)(canonical)?.dualStack === false)
        return { url: canonical, name: 'Amazon ECR', auth: 'iam-role' };
    return undefined;
}
/** The upstreams ECR can cache, as a hint lists them. */
const CACHEABLE = `${Object.keys(KNOWN).join(', ')}, *.azurecr.io and Amazon ECR`;
/**
 * What to do about images of `host` when ECR pull-through cache cannot cache that registry (no rule
 * could be created for it); undefined when it can.
 */
function uncacheableHint(host) {
    if (upstreamOf(host))
        return undefined;
    return `ECR pull-through cache cannot cache ${host} (it caches ${CACHEABLE} only), so no rule can cover it: mirror the images you need into an ECR repository yourself, or let ${host} through a NAT`;
}
/** The hints for the registries of references no rule covers, once each: those ECR cannot cache. */
function uncacheableHints(registries) {
    const hints = new Set();
    for (const host of registries) {
        const hint = host === undefined ? undefined : uncacheableHint(host);
        if (hint)
            hints.add(hint);
    }
    return [...hints];
}
/** The secret name inside a Secrets Manager ARN, without the 6-character suffix Secrets Manager adds. */
function secretNameOfArn(arn) {
    const at = arn.indexOf(':secret:');
    if (!arn.startsWith('arn:') || at === -1)
        return undefined;
    return arn.slice(at + ':secret:'.length).replace(/-[A-Za-z0-9]{6}$/, '');
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

/***/ 4070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Li: () => (/* binding */ targetIn),
/* harmony export */   u1: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* unused harmony exports TargetError, registryHostInUse */
/* harmony import */ var _aws_region_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7249);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4301);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7794);
/* harmony import */ var _core_image_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2514);
/* harmony import */ var _core_timeouts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5623);
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
    const { withRun } = await __webpack_require__.e(/* import() */ 151).then(__webpack_require__.bind(__webpack_require__, 7151));
    return withRun(options, _core_timeouts_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_TIMEOUT_MS */ .t1, (run) => discovered(run, given, options.region));
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
    const aws = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(791)]).then(__webpack_require__.bind(__webpack_require__, 5791));
    return aws.discoverTarget(run, { ...given, region });
}


/***/ })

};
