export const id = 332;
export const ids = [332,380,116,999];
export const modules = {

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

/***/ 5169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ findingsSummary),
/* harmony export */   GZ: () => (/* binding */ isDenied),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   JB: () => (/* binding */ regionFindings),
/* harmony export */   KV: () => (/* binding */ SETUP_HINT),
/* harmony export */   M7: () => (/* binding */ WARM_FIX),
/* harmony export */   Qp: () => (/* binding */ isAwsFailure),
/* harmony export */   gB: () => (/* binding */ callerFindings),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   tf: () => (/* binding */ formatFinding)
/* harmony export */ });
/* unused harmony exports REGIONS_WITHOUT_PTC, formatFindings */
// What doctor concludes, as findings: what is wrong in the user's terms and how to fix it.
// Severity `error` means a pull would break; doctor exits 1 on any. The checks live beside this
// module (doctor-rules, doctor-permissions, doctor-templates, doctor-network), each a pure function
// from what the use case observed to findings.
function isAwsFailure(value) {
    return typeof value === 'object' && value !== null && 'name' in value && 'message' in value;
}
const isDenied = (f) => f.name === 'AccessDeniedException' || f.name === 'AccessDenied';
const finding = (code, severity, subject, message, fix) => ({ code, severity, subject, message, ...(fix !== undefined && { fix }) });
const SETUP_HINT = 'ecr-pull-through setup --config setup.yaml (see examples/setup.yaml)';
const WARM_FIX = 'warm the cache first (ecr-pull-through warm) or give the subnet a NAT route during imports';
// --- caller and region -------------------------------------------------------------------------
function callerFindings(identity) {
    if (isAwsFailure(identity)) {
        return [
            finding('aws-unreachable', 'error', 'caller', `cannot call AWS: ${identity.message}`, identity.hint ??
                'check the AWS credentials, the region and the network path to the STS and ECR endpoints'),
        ];
    }
    return [finding('caller', 'ok', 'caller', `${identity.arn} (account ${identity.account})`)];
}
/** Regions ECR documented without pull-through cache (GovCloud and China, as of 2023-11). */
const REGIONS_WITHOUT_PTC = [
    'cn-north-1',
    'cn-northwest-1',
    'us-gov-east-1',
    'us-gov-west-1',
];
function regionFindings(region, fips, anyValidRule) {
    const out = [];
    if (fips) {
        out.push(finding('fips-first-pull', 'warning', 'FIPS endpoint', "ECR's FIPS endpoints don't support the first pull of an image through the cache (later pulls work)", 'make first pulls through the standard endpoint: run ecr-pull-through warm without AWS_USE_FIPS_ENDPOINT, then pull over FIPS'));
    }
    if (REGIONS_WITHOUT_PTC.includes(region) && !anyValidRule) {
        out.push(finding('region-without-ptc', 'warning', 'region', `ECR documented pull-through cache as unavailable in ${region} (AWS GovCloud (US) and China regions)`, 'use a registry in a commercial region for the cache, or check the ECR user guide for this region'));
    }
    return out;
}
function countFindings(findings) {
    const n = (s) => findings.filter((f) => f.severity === s).length;
    return { errors: n('error'), warnings: n('warning'), notes: n('note'), ok: n('ok') };
}
const LABEL = { error: 'ERROR', warning: 'warn ', note: 'note ', ok: 'ok   ' };
/** Human lines: one per finding (with its fix under it) and a closing summary. */
/** A finding as the report shows it: its line, and the fix under it unless it is fine. */
function formatFinding(f) {
    const line = `${LABEL[f.severity]} ${f.subject}: ${f.message}`;
    return f.fix && f.severity !== 'ok' ? [line, `      fix: ${f.fix}`] : [line];
}
/** The report's last line: what the findings add up to. */
function findingsSummary(findings) {
    const c = countFindings(findings);
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return c.errors > 0
        ? `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}: pulls through the cache would fail`
        : c.warnings > 0
            ? `no errors, ${plural(c.warnings, 'warning')}`
            : 'no problems found';
}
function formatFindings(findings) {
    return [...findings.flatMap(formatFinding), findingsSummary(findings)];
}


/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ leavesRoot)
/* harmony export */ });
// The action's file patterns are relative to the workspace. One that leaves it (absolute, or with a
// `..` segment) can match nothing the walk visits: it is refused rather than silently matching nothing.
/**
 * Whether a pattern leaves its root. A `..` may also be one alternative of a brace (`{src,..}/x`):
 * picomatch then reads the whole brace as a character range, and the pattern matched nothing.
 */
function leavesRoot(pattern) {
    const p = pattern.trim().replace(/\\/g, '/');
    return p.startsWith('/') || /^[A-Za-z]:\//.test(p) || p.split(/[/{},]/).includes('..');
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

/***/ 1332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $8: () => (/* reexport */ buildkit/* BUILDKIT_BUILDER_IMAGE */.$),
  dz: () => (/* reexport */ errors/* InputError */.dz),
  lW: () => (/* reexport */ mirrors.MIRROR_FORMATS),
  Ac: () => (/* binding */ doctor),
  AM: () => (/* reexport */ formatSetupSteps),
  VN: () => (/* reexport */ mirrors_mirrors),
  XW: () => (/* reexport */ parseSetupConfig),
  mj: () => (/* binding */ setup),
  hB: () => (/* reexport */ setupConfigFromFlags),
  Ko: () => (/* binding */ warm)
});

// UNUSED EXPORTS: Deadline, DeadlineError, ENGINES, InvalidReferenceError, InvalidRuleError, LOGIN_METHODS, OperationError, TargetError, clearSession, dockerConfigDir, ecrHostFor, extractImages, formatFindings, formatImageRef, getRegistryCredentials, loadSession, login, logout, mapImage, mapReference, parseEcrHost, parseImageRef, parseRuleSpec, prepare, renderMirrors, resolveTarget, rewriteFiles, rewriteText, saveSession, unifiedDiff

// EXTERNAL MODULE: ./src/core/buildkit.ts
var buildkit = __webpack_require__(5971);
// EXTERNAL MODULE: ./src/core/doctor/findings.ts
var findings = __webpack_require__(5169);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image/ecr-host.ts
var ecr_host = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/core/image/reference.ts
var reference = __webpack_require__(7600);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var image_rules = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/core/mirrors/index.ts + 8 modules
var mirrors = __webpack_require__(789);
// EXTERNAL MODULE: ./src/core/rewrite/rewrite.ts
var rewrite = __webpack_require__(3116);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/image/upstreams.ts
var upstreams = __webpack_require__(3343);
;// CONCATENATED MODULE: ./src/core/setup/config.ts
// The declarative setup file (YAML) and the flags for the simple cases, checked into one
// SetupConfig. Secrets are never in the file: it names the environment variables that hold them.





const DEFAULT_TEMPLATE_DESCRIPTION = 'Pull-through cache repositories (managed by ecr-pull-through setup)';
const ENV_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_NAME_RE = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const ORG_RE = /^o-[a-z0-9]{10,32}$/;
const ROLE_RE = /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/;
class Checker {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(path, message) {
        throw new errors/* InputError */.dz(`${this.source}: ${path ? `${path}: ` : ''}${message}`);
    }
    object(value, path, keys) {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            this.fail(path, 'expected a mapping');
        for (const key of Object.keys(value)) {
            if (!keys.includes(key))
                this.fail(path, `unknown key "${key}" (expected ${keys.join(', ')})`);
        }
        return value;
    }
    string(o, key, path, pattern, what) {
        const value = o[key];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'string' || value.trim() === '')
            this.fail(`${path}${key}`, 'expected a string');
        if (pattern && !pattern.test(value))
            this.fail(`${path}${key}`, `"${value}" is not ${what}`);
        return value.trim();
    }
}
function checkRule(raw, path, c) {
    const o = c.object(raw, path, ['prefix', 'upstream', 'upstreamRepositoryPrefix', 'credentials', 'roleArn']);
    const prefix = c.string(o, 'prefix', `${path}.`) ?? c.fail(path, 'prefix is required');
    const url = c.string(o, 'upstream', `${path}.`) ?? c.fail(path, 'upstream is required');
    const upstreamPrefix = c.string(o, 'upstreamRepositoryPrefix', `${path}.`);
    try {
        (0,image_rules/* parseRuleSpec */.tY)(`${prefix}=${url}`);
    }
    catch (e) {
        if (e instanceof image_rules/* InvalidRuleError */.wJ)
            c.fail(path, e.message);
        throw e;
    }
    const upstream = (0,upstreams/* upstreamOf */.Fw)(url);
    if (upstream === undefined) {
        c.fail(`${path}.upstream`, `ECR pull-through cache does not support "${url}" (public.ecr.aws, registry.k8s.io, quay.io, registry-1.docker.io, ghcr.io, registry.gitlab.com, <name>.azurecr.io, cgr.dev, or an ECR registry)`);
    }
    const who = `${prefix} → ${upstream.url}`;
    if (upstreamPrefix !== undefined && upstream.auth !== 'iam-role') {
        c.fail(`${path}.upstreamRepositoryPrefix`, `only ECR-to-ECR rules have an upstream repository prefix (${who})`);
    }
    const roleArn = c.string(o, 'roleArn', `${path}.`, ROLE_RE, 'an IAM role ARN');
    if (roleArn !== undefined && upstream.auth !== 'iam-role') {
        c.fail(`${path}.roleArn`, `only ECR-to-ECR rules take a role (${who})`);
    }
    let credentials;
    if (o.credentials !== undefined) {
        if (upstream.auth !== 'secret')
            c.fail(`${path}.credentials`, `${upstream.name} takes no credentials (${who})`);
        credentials = checkCredentials(o.credentials, `${path}.credentials`, prefix, c);
    }
    else if (upstream.auth === 'secret') {
        c.fail(path, `${upstream.name} needs credentials (${who}): add credentials with usernameEnv and accessTokenEnv (the secret ${defaultSecretName(prefix)} is created from them), or credentials.secret naming an existing secret`);
    }
    return {
        ecrRepositoryPrefix: prefix,
        upstreamRegistryUrl: upstream.url,
        ...(upstreamPrefix !== undefined && { upstreamRepositoryPrefix: upstreamPrefix }),
        ...(credentials && { credentials }),
        ...(roleArn !== undefined && { customRoleArn: roleArn }),
    };
}
function defaultSecretName(prefix) {
    return `${upstreams/* CREDENTIAL_SECRET_PREFIX */.u5}${prefix === image_rules/* ROOT */.Dl ? 'root' : prefix}`;
}
function checkCredentials(raw, path, prefix, c) {
    const o = c.object(raw, path, ['secret', 'usernameEnv', 'accessTokenEnv']);
    const secret = c.string(o, 'secret', `${path}.`, SECRET_NAME_RE, 'a secret name') ?? defaultSecretName(prefix);
    if (!secret.startsWith(upstreams/* CREDENTIAL_SECRET_PREFIX */.u5)) {
        c.fail(`${path}.secret`, `ECR only reads secrets named ${upstreams/* CREDENTIAL_SECRET_PREFIX */.u5}..., not "${secret}"`);
    }
    const usernameEnv = c.string(o, 'usernameEnv', `${path}.`, ENV_RE, 'an environment variable name');
    const accessTokenEnv = c.string(o, 'accessTokenEnv', `${path}.`, ENV_RE, 'an environment variable name');
    if ((usernameEnv === undefined) !== (accessTokenEnv === undefined)) {
        c.fail(path, 'give both usernameEnv and accessTokenEnv, or neither (to use the secret as it is)');
    }
    return { secret, ...(usernameEnv && accessTokenEnv && { usernameEnv, accessTokenEnv }) };
}
function checkTemplate(raw, c) {
    const o = c.object(raw, 'template', ['prefix', 'expireAfterDays', 'imageTagMutability', 'description']);
    const prefix = c.string(o, 'prefix', 'template.') ?? image_rules/* ROOT */.Dl;
    if (prefix !== image_rules/* ROOT */.Dl) {
        try {
            (0,image_rules/* parseRuleSpec */.tY)(`${prefix}=public.ecr.aws`);
        }
        catch {
            c.fail('template.prefix', `"${prefix}" must be ROOT or a repository prefix`);
        }
    }
    const days = o.expireAfterDays;
    if (days !== undefined &&
        (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 3650)) {
        c.fail('template.expireAfterDays', 'expected a whole number of days from 1 to 3650');
    }
    const mutability = c.string(o, 'imageTagMutability', 'template.', /^(MUTABLE|IMMUTABLE)$/, 'MUTABLE or IMMUTABLE');
    return {
        prefix,
        ...(days !== undefined && { expireAfterDays: days }),
        imageTagMutability: (mutability ?? 'MUTABLE'),
        description: c.string(o, 'description', 'template.') ?? DEFAULT_TEMPLATE_DESCRIPTION,
    };
}
/** Check a parsed config object (from YAML, JSON or code). */
function checkSetupConfig(raw, source = 'config') {
    const c = new Checker(source);
    const o = c.object(raw ?? {}, '', ['region', 'rules', 'template', 'registryPolicy']);
    const region = c.string(o, 'region', '', ecr_host/* REGION_NAME */.hS, 'a region');
    if (o.rules !== undefined && !Array.isArray(o.rules))
        c.fail('rules', 'expected a list');
    const rules = (o.rules ?? []).map((r, i) => checkRule(r, `rules[${i}]`, c));
    const seen = new Map();
    rules.forEach((r, i) => {
        if (rules.findIndex((o2) => o2.ecrRepositoryPrefix === r.ecrRepositoryPrefix) !== i)
            c.fail(`rules[${i}]`, `prefix "${r.ecrRepositoryPrefix}" is given twice`);
        const cred = r.credentials;
        if (!cred)
            return;
        const other = seen.get(cred.secret);
        if (other && (other.usernameEnv !== cred.usernameEnv || other.accessTokenEnv !== cred.accessTokenEnv)) {
            c.fail(`rules[${i}].credentials`, `secret ${cred.secret} is filled from different variables elsewhere`);
        }
        seen.set(cred.secret, cred);
    });
    let organizationId;
    if (o.registryPolicy !== undefined) {
        const p = c.object(o.registryPolicy, 'registryPolicy', ['organizationId']);
        organizationId =
            c.string(p, 'organizationId', 'registryPolicy.', ORG_RE, 'an organization id (o-...)') ??
                c.fail('registryPolicy', 'organizationId is required');
    }
    const config = {
        ...(region !== undefined && { region }),
        rules,
        ...(o.template !== undefined && o.template !== null && { template: checkTemplate(o.template, c) }),
        ...(organizationId !== undefined && { organizationId }),
    };
    if (config.rules.length === 0 && !config.template && !config.organizationId) {
        c.fail('', 'nothing to set up: give rules, a template or a registryPolicy');
    }
    return config;
}
/** Parse the YAML setup file. */
function parseSetupConfig(text, source = 'config') {
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(text, { prettyErrors: true });
    }
    catch (e) {
        throw new errors/* InputError */.dz(`${source}: not valid YAML: ${e.message}`);
    }
    return checkSetupConfig(raw, source);
}
/** The same config from flags: rules, their credentials, a ROOT template, an organization. */
function setupConfigFromFlags(flags) {
    const credentials = new Map();
    for (const spec of flags.credentials ?? []) {
        const eq = spec.indexOf('=');
        const prefix = spec.slice(0, eq).trim();
        const parts = spec.slice(eq + 1).split(':');
        if (eq <= 0 || parts.some((p) => p.trim() === '') || parts.length > 3) {
            throw new errors/* InputError */.dz(`invalid --credentials "${spec}": expected PREFIX=USERNAME_ENV:TOKEN_ENV, PREFIX=SECRET_NAME or PREFIX=SECRET_NAME:USERNAME_ENV:TOKEN_ENV`);
        }
        const [a, b, d] = parts.map((p) => p.trim());
        credentials.set(prefix, parts.length === 1
            ? { secret: a }
            : parts.length === 2
                ? { usernameEnv: a, accessTokenEnv: b }
                : { secret: a, usernameEnv: b, accessTokenEnv: d });
    }
    const rules = (flags.rules ?? []).map((spec) => {
        const r = (0,image_rules/* parseRuleSpec */.tY)(spec);
        const cred = credentials.get(r.ecrRepositoryPrefix);
        credentials.delete(r.ecrRepositoryPrefix);
        return {
            prefix: r.ecrRepositoryPrefix,
            upstream: (0,upstreams/* canonicalUpstreamUrl */.$T)(r.upstreamRegistryUrl),
            ...(r.upstreamRepositoryPrefix !== undefined && {
                upstreamRepositoryPrefix: r.upstreamRepositoryPrefix,
            }),
            ...(cred && { credentials: cred }),
        };
    });
    for (const prefix of credentials.keys()) {
        throw new errors/* InputError */.dz(`--credentials ${prefix}=...: no --rule ${prefix}=... to use them`);
    }
    return checkSetupConfig({
        ...(flags.region !== undefined && { region: flags.region }),
        rules,
        ...(flags.expireAfterDays !== undefined && { template: { expireAfterDays: flags.expireAfterDays } }),
        ...(flags.organizationId !== undefined && { registryPolicy: { organizationId: flags.organizationId } }),
    }, 'flags');
}

;// CONCATENATED MODULE: ./src/core/setup/format.ts
// A setup plan (or what applying it did) in words: one line per step and a closing verdict.
// Formatting only; plan.ts decides.
const MARK = {
    create: '+ create  ',
    update: '~ update  ',
    replace: '± replace ',
    unchanged: '= ok      ',
    blocked: '! blocked ',
};
/** Human lines for a plan or its outcome, and a closing line that says whether anything changed. */
function formatSetupSteps(steps, outcome) {
    const lines = steps.map((s) => `${MARK[s.action]}${s.kind} ${s.name}: ${s.reason}`);
    const n = outcome.changes;
    const things = `${n} change${n === 1 ? '' : 's'}`;
    if (outcome.blocked)
        lines.push('nothing changed: resolve the blocked steps above first');
    else if (n === 0)
        lines.push('nothing to change: the registry is already set up as configured');
    else
        lines.push(outcome.dryRun ? `dry run: ${things} would be made` : `${things} made`);
    return lines;
}

// EXTERNAL MODULE: ./src/host/docker-config.ts
var docker_config = __webpack_require__(7011);
// EXTERNAL MODULE: ./src/host/session.ts
var session = __webpack_require__(4706);
// EXTERNAL MODULE: ./src/run/deadline.ts
var deadline = __webpack_require__(8249);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/host/atomic-write.ts + 1 modules
var atomic_write = __webpack_require__(2085);
// EXTERNAL MODULE: ./src/host/files.ts
var files = __webpack_require__(3285);
// EXTERNAL MODULE: ./src/use-cases/target.ts
var use_cases_target = __webpack_require__(4070);
;// CONCATENATED MODULE: ./src/use-cases/mirrors.ts
// Transparent mode: render a builder's or engine's mirror configuration from the cache's rules
// (resolved as rewrite and map resolve them) and, when asked, write it under `out`.







const isDirectory = (path) => {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
};
/** Where each file of `config` goes for `out`, with its text. */
function placements(config, out) {
    const base = (0,external_node_path_.resolve)(out);
    if (config.format === 'containerd')
        return config.files.map((f) => ({ path: (0,external_node_path_.join)(base, f.path), text: f.text }));
    const file = config.files[0] ?? {
        path: `${config.format}.args`,
        text: config.args.map((a) => `${a}\n`).join(''),
    };
    return [{ path: isDirectory(base) ? (0,external_node_path_.join)(base, file.path) : base, text: file.text }];
}
/** Render `format` for the target registry and write it under `out` when given (atomically, file by file). */
async function mirrors_mirrors(options) {
    if (options.format === 'containerd' && options.out === undefined) {
        throw new errors/* InputError */.dz('the containerd format writes one hosts.toml per upstream: give a directory with --out DIR');
    }
    const target = await (0,use_cases_target/* resolveTarget */.u1)(options);
    const config = (0,mirrors.renderMirrors)(options.format, { registry: target.registry, rules: target.rules });
    const written = [];
    if (options.out !== undefined) {
        const places = placements(config, options.out);
        // Every target is checked before the first write: one that is not a regular file changes nothing.
        for (const p of places)
            (0,files/* refuseNonRegular */.uA)(p.path);
        for (const p of places) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(p.path), { recursive: true });
            (0,atomic_write.writeFileAtomic)(p.path, p.text);
            written.push(p.path);
        }
    }
    return { ...config, registry: target.registry, written };
}

// EXTERNAL MODULE: ./src/use-cases/rewrite.ts
var use_cases_rewrite = __webpack_require__(5999);
;// CONCATENATED MODULE: ./src/index.ts
// The library facade: the only public API. The CLI and the action call exactly this.
// Use cases that talk to AWS are loaded on first call: each is a chunk file of the bundle (ncc,
// scripts/build.mjs) read only then, so rewrite, map and --version start fast.
















/** Log in to ECR registries: a token per region, `docker login --password-stdin` or the docker config. */
async function login(options) {
    return (await __webpack_require__.e(/* import() */ 850).then(__webpack_require__.bind(__webpack_require__, 7850))).login(options);
}
/** Remove exactly what a login session added; failures come back as warnings. */
async function logout(session, options) {
    return (await __webpack_require__.e(/* import() */ 850).then(__webpack_require__.bind(__webpack_require__, 7850))).logout(session, options);
}
/** Registry credentials from GetAuthorizationToken, one call per region. */
async function getRegistryCredentials(request) {
    return (await __webpack_require__.e(/* import() */ 850).then(__webpack_require__.bind(__webpack_require__, 7850))).getRegistryCredentials(request);
}
/** Make every image ready in the pull-through cache before a build pulls it. */
async function warm(options) {
    return (await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(457), __webpack_require__.e(646), __webpack_require__.e(349)]).then(__webpack_require__.bind(__webpack_require__, 9646))).warm(options);
}
/** Everything the action does: login, rules, rewrite, map, warm. */
async function prepare(options) {
    return (await Promise.all(/* import() */[__webpack_require__.e(850), __webpack_require__.e(363)]).then(__webpack_require__.bind(__webpack_require__, 363))).prepare(options);
}
/** Check a registry for private-subnet CI and say what is missing, with the fix. */
async function doctor(options) {
    return (await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 9337))).doctor(options);
}
/** Make a registry ready for private-subnet CI from one declarative configuration. */
async function setup(options) {
    return (await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(614), __webpack_require__.e(963)]).then(__webpack_require__.bind(__webpack_require__, 9963))).setup(options);
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

/***/ 5999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RewriteInputError: () => (/* binding */ RewriteInputError),
/* harmony export */   RewriteStoppedError: () => (/* binding */ RewriteStoppedError),
/* harmony export */   commitRewrites: () => (/* binding */ commitRewrites),
/* harmony export */   rewriteFiles: () => (/* binding */ rewriteFiles),
/* harmony export */   unifiedDiff: () => (/* binding */ unifiedDiff),
/* harmony export */   writtenLines: () => (/* binding */ writtenLines)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7291);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4301);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_patterns_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8132);
/* harmony import */ var _core_rewrite_dockerfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3740);
/* harmony import */ var _core_rewrite_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3530);
/* harmony import */ var _host_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2085);
/* harmony import */ var _host_discovery_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1800);
/* harmony import */ var _host_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3285);
// The rewrite use case: find files, rewrite each in memory, and write nothing unless every file is
// valid and every changed one can be replaced; then replace them atomically, one by one, and say
// which were written if the batch stops part way.










/** The `---`/`+++` lines of a diff; paths are UTF-8 whatever the encoding of the file. */
function diffHeader(path) {
    const [a, b] = ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? [path, path] : [`a/${path}`, `b/${path}`]).map(_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC);
    return `--- ${a}\n+++ ${b}\n`;
}
/** The hunks of a unified diff of two texts. */
function diffHunks(before, after) {
    const patch = (0,diff__WEBPACK_IMPORTED_MODULE_8__/* .structuredPatch */ .YB)('a', 'b', before, after, '', '', { context: 3 });
    const lines = [];
    for (const h of patch.hunks) {
        lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines);
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
}
/** Unified diff of two texts, with the file path as both names. */
function unifiedDiff(path, before, after) {
    if (before === after)
        return '';
    return diffHeader(path) + diffHunks(before, after);
}
/** How the user reached a YAML file, which decides the documents rewritten in it. */
function yamlOrigin(found, options) {
    const origin = (0,_host_discovery_js__WEBPACK_IMPORTED_MODULE_6__.originOf)(found);
    return { ...origin, chosen: origin.chosen || options.kind !== undefined };
}
/** A YAML file met while walking a directory that does not parse (a Helm template, say) is noted and skipped. */
function skippedYaml(source, r) {
    const first = r.errors[0];
    const message = `not valid YAML (${first.message}); skipped${source.text.includes('{{') ? ' (a template?)' : ''}`;
    return {
        ...r,
        output: source.text,
        changes: [],
        errors: [],
        images: [],
        notes: [{ line: first.line, message }],
    };
}
/** The YAML code (the yaml library is ~110 KB), loaded when the first YAML file is met. */
let yamlRewriter;
const loadYaml = () => (yamlRewriter ??= Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(708)]).then(__webpack_require__.bind(__webpack_require__, 4708)));
/** What a replace of each file needs from its read (its mode and owner; whether it is a link), so it needs no stat. */
const readOf = new WeakMap();
/** core/rewrite/rewrite.ts's rewriteText, with the YAML code handed in (loaded for YAML files only). */
function rewriteByKind(source, options, found, yaml) {
    if (source.kind === 'dockerfile')
        return (0,_core_rewrite_dockerfile_js__WEBPACK_IMPORTED_MODULE_3__/* .rewriteDockerfile */ .z)(source.text, options.target);
    if (source.kind === 'list')
        return (0,_core_rewrite_list_js__WEBPACK_IMPORTED_MODULE_4__/* .rewriteImageList */ .w)(source.text, options.target);
    return yaml.rewriteYaml(source.text, options.target, yamlOrigin(found, options));
}
function rewriteFile(found, source, options, named, yaml) {
    const path = found.path;
    let r = rewriteByKind(source, options, found, yaml);
    // Not the user's input error; a file named on the command line must parse.
    if (source.kind === 'yaml' && r.errors.length > 0 && !named.has(path))
        r = skippedYaml(source, r);
    const changed = r.output !== source.text;
    // The text in its own encoding gives back the bytes read, so the bytes need not be kept (a big
    // file's bytes held beside its text and output weighed one more time its size); an unchanged
    // file is never written.
    const output = (0,_host_files_js__WEBPACK_IMPORTED_MODULE_7__/* .encodeSource */ .U0)(source, r.output);
    // The diff needs the text read and its encoding, not the bytes (a big file's bytes kept twice).
    const { text: before, encoding } = source;
    const file = {
        path,
        kind: source.kind,
        changed,
        written: false,
        changes: r.changes,
        notes: r.notes,
        errors: r.errors,
        images: r.images,
        output,
        // The new text is kept once, as bytes (a big file's text and bytes together weighed twice its size).
        diff: () => changed
            ? Buffer.concat([
                Buffer.from(diffHeader(path)),
                (0,_host_files_js__WEBPACK_IMPORTED_MODULE_7__/* .encodeSource */ .U0)({ encoding }, diffHunks(before, output.toString(encoding))),
            ])
            : Buffer.alloc(0),
    };
    readOf.set(file, { kept: source.kept, link: source.link });
    return file;
}
/** The changed files that cannot be replaced, checked before the first write so a batch is not left half done. */
function unwritable(files) {
    const dirs = new Map(); // each directory checked once
    return files.flatMap((f) => {
        const why = f.changed ? (0,_host_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__.cannotReplace)(f.path, { link: readOf.get(f)?.link, dirs }) : undefined;
        return why ? [{ path: f.path, message: why }] : [];
    });
}
/** A changed file as writeBatch takes it: the mode and owner read with it are kept, and a non-link needs no realpath. */
function replacement(f) {
    const read = readOf.get(f);
    return { path: f.path, data: f.output, ...(read && { kept: read.kept, link: read.link }) };
}
/** Paths a rewrite could not take (see `report.problems`): nothing was written. */
class RewriteInputError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz {
    report;
    constructor(report) {
        super(report.problems.map((p) => `${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(p.path)}: ${p.message}`).join('\n'));
        this.report = report;
    }
}
/** Writing stopped part way (a failed write, SIGINT or SIGTERM): `report.files[].written` says which were written. */
class RewriteStoppedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK {
    report;
    constructor(report) {
        const { path, reason } = report.stopped;
        const changed = report.files.filter((f) => f.changed);
        super(`${path ? `${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(path)}: ` : ''}${reason}\n${writtenLines(changed.filter((f) => f.written).map((f) => (0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(f.path)), changed.filter((f) => !f.written).map((f) => (0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(f.path)))}`);
        this.report = report;
    }
}
/**
 * Rewrite the files under `paths`. Invalid references come back as `errors` (nothing written);
 * paths that cannot be taken throw a RewriteInputError before any write, and a batch that stops
 * part way throws a RewriteStoppedError; both carry the report.
 */
async function rewriteFiles(options) {
    const include = options.include ?? [];
    const outside = include.find(_core_patterns_js__WEBPACK_IMPORTED_MODULE_9__/* .leavesRoot */ .h);
    if (outside !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`include: "${outside}" points outside the folder walked; globs are relative to it`);
    const matchers = include.length ? (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 5477))).globMatchers(include) : [];
    const found = (0,_host_discovery_js__WEBPACK_IMPORTED_MODULE_6__.discoverSources)(options.paths, matchers);
    const named = new Set(options.paths);
    const problems = [...found.problems];
    const files = [];
    for (const f of found.files) {
        let source;
        try {
            source = (0,_host_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readSource */ .o$)(f.path, options.kind);
        }
        catch (e) {
            if (!(e instanceof _host_files_js__WEBPACK_IMPORTED_MODULE_7__/* .FileInputError */ .ZQ))
                throw e;
            problems.push({ path: e.path, message: e.reason });
            continue;
        }
        const yaml = source.kind === 'yaml' ? await loadYaml() : undefined;
        files.push(rewriteFile(f, source, options, named, yaml));
    }
    const errors = files.reduce((n, f) => n + f.errors.length, 0);
    const unmapped = files.reduce((n, f) => n + f.notes.filter((x) => x.unmapped).length, 0);
    const blocked = options.dryRun || errors > 0 || (options.strict === true && unmapped > 0);
    if (!blocked)
        problems.push(...unwritable(files));
    const report = { files, written: false, errors: errors + problems.length, unmapped, problems };
    if (problems.length > 0)
        throw new RewriteInputError(report);
    if (blocked)
        return report;
    // What the walk saw in each directory spares listing it again before the writes.
    const outcome = await (0,_host_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__.writeBatch)(files.filter((f) => f.changed).map(replacement), {
        listings: found.listings,
    });
    // The records are this run's own, not yet returned: marked in place (a copy each cost a thousand
    // object spreads on a big checkout).
    const written = new Set(outcome.written);
    for (const f of files)
        if (written.has(f.path))
            f.written = true;
    if (outcome.stopped)
        throw new RewriteStoppedError({ ...report, stopped: outcome.stopped });
    return { ...report, written: true };
}
/**
 * Replace every changed file atomically (after a dry run found no errors). Every target is checked
 * first; a write that still fails is thrown with the files written and not written.
 */
function commitRewrites(files) {
    const changed = files.filter((f) => f.changed);
    const blocked = unwritable(changed);
    if (blocked.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(blocked.map((p) => `${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(p.path)}: ${p.message}`).join('\n'));
    const written = [];
    for (const f of changed) {
        try {
            (0,_host_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__.writeFileAtomic)(f.path, f.output);
        }
        catch (e) {
            const rest = changed.slice(written.length).map((x) => x.path);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${e.message}\n${writtenLines(written.map(_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC), rest.map(_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC))}`, undefined, {
                cause: e,
            });
        }
        written.push(f.path);
    }
}
/** Which files a batch that stopped part way wrote and which it did not, in two lines. */
/** `written: a, b` and `not written: c` lines, for a batch that stopped part way. */
function writtenLines(written, notWritten) {
    const list = (paths) => (paths.length ? paths.join(', ') : 'none');
    return `written: ${list(written)}\nnot written: ${list(notWritten)}`;
}


/***/ })

};
