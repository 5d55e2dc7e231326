export const id = 506;
export const ids = [506];
export const modules = {

/***/ 3343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ canonicalUpstreamUrl),
/* harmony export */   Fw: () => (/* binding */ upstreamOf),
/* harmony export */   Zm: () => (/* binding */ uncacheableHint),
/* harmony export */   eX: () => (/* binding */ secretNameOfArn),
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
/** The secret name inside a Secrets Manager ARN, without the 6-character suffix Secrets Manager adds. */
function secretNameOfArn(arn) {
    const at = arn.indexOf(':secret:');
    if (!arn.startsWith('arn:') || at === -1)
        return undefined;
    return arn.slice(at + ':secret:'.length).replace(/-[A-Za-z0-9]{6}$/, '');
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ extractImages)
/* harmony export */ });
/* unused harmony export rewriteText */
/* harmony import */ var _dockerfile_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1317);
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3740);
/* harmony import */ var _edits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8813);
/* harmony import */ var _list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3530);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4708);
// One entry per file kind: rewrite a file's text, or list the images it makes a build or deployment
// pull, by its kind (Dockerfile, image list, YAML). Finding the spans is dockerfile/scan.ts, list.ts
// and yaml.ts; turning spans into edits on the original text is edits.ts. (src/use-cases/rewrite.ts loads
// yaml.ts only when it meets a YAML file.)






/** Rewrite a file's text by its kind; `origin` tells which YAML documents hold references (default: all). */
function rewriteText(source, kind, target, origin) {
    if (kind === 'dockerfile')
        return rewriteDockerfile(source, target);
    if (kind === 'list')
        return rewriteImageList(source, target);
    return rewriteYaml(source, target, origin);
}
/** Images a file makes a build or deployment pull (for warm), without mapping them. */
function extractImages(source, kind, origin) {
    if (kind === 'dockerfile') {
        const scan = (0,_dockerfile_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanDockerfile */ .Y)(source);
        return { images: scan.images, notes: [...scan.skipped, ...scan.notes].sort(_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .byLine */ .uf), errors: [] };
    }
    const scan = kind === 'list' ? (0,_list_js__WEBPACK_IMPORTED_MODULE_3__/* .scanImageList */ .l)(source) : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__.scanYaml)(source, origin);
    return { images: (0,_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .candidateImages */ .SG)(source, scan.candidates), notes: scan.notes, errors: scan.errors };
}


/***/ })

};
