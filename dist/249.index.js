export const id = 249;
export const ids = [249];
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


/***/ })

};
