export const id = 337;
export const ids = [337];
export const modules = {

/***/ 9843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ ecrApiEndpoint)
/* harmony export */ });
// The ECR API endpoint the SDK will call: a configured one (AWS_ENDPOINT_URL_ECR, a profile's
// endpoint_url) or the SDK's own rules for the region, FIPS and dual-stack settings.
async function ecrApiEndpoint(ecr, region) {
    const fips = await ecr.config.useFipsEndpoint();
    // serviceConfiguredEndpoint is how the SDK reads AWS_ENDPOINT_URL_<SERVICE> and profiles.
    const configured = await ecr.config.serviceConfiguredEndpoint?.();
    if (configured)
        return { url: new URL(configured), fips, configured: true };
    const { url } = ecr.config.endpointProvider({
        Region: region,
        UseFIPS: fips,
        UseDualStack: await ecr.config.useDualstackEndpoint(),
    });
    return { url, fips, configured: false };
}


/***/ }),

/***/ 9337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctor: () => (/* binding */ doctor)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/aws/calls.ts
var calls = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/aws/endpoints.ts
var endpoints = __webpack_require__(9843);
// EXTERNAL MODULE: ./src/core/doctor/findings.ts
var doctor_findings = __webpack_require__(5169);
// EXTERNAL MODULE: ./src/core/image/ecr-host.ts
var ecr_host = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var image_rules = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/core/doctor/permissions.ts
// Findings about the caller's permissions, from harmless calls: a call on a repository that does
// not exist answers "not found" when it is allowed and AccessDenied when it is not. The pull and
// import permissions have no such call; doctor says so and how to check them.



/** A permission check by a harmless call: what its error (or success) says about the permission. */
function probeOutcome(errorName) {
    if (errorName === undefined)
        return 'allowed';
    if (errorName === 'AccessDeniedException' || errorName === 'AccessDenied')
        return 'denied';
    // IAM is evaluated before existence: a "not found" means the call was allowed.
    const notFound = [
        'RepositoryNotFoundException',
        'LayersNotFoundException',
        'LayerInaccessibleException',
        'ImageNotFoundException',
    ];
    return notFound.includes(errorName) ? 'allowed' : 'failed';
}
/**
 * Permissions no harmless call shows. On a pull-through path BatchGetImage is itself a pull: it may
 * create the repository and import from the upstream (the Service Authorization Reference has it
 * need the other two there). BatchImportUpstreamImage is a permission only, with no API.
 */
const UNPROBED_PERMISSIONS = [
    'ecr:BatchGetImage',
    'ecr:BatchImportUpstreamImage',
    'ecr:CreateRepository',
];
/** What each probed permission breaks when it is missing. */
const PERMISSION_ROLE = {
    'ecr:GetAuthorizationToken': { severity: 'error', breaks: 'docker login to the registry fails' },
    'ecr:GetDownloadUrlForLayer': { severity: 'error', breaks: 'downloading layers fails' },
    'ecr:DescribeImages': {
        severity: 'warning',
        breaks: 'ecr-pull-through warm cannot see when an import is done',
    },
};
/** The IAM principal behind a caller ARN: an assumed role's role (its path, if any, is not in the ARN). */
function principalArnOf(callerArn) {
    const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(callerArn);
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : callerArn;
}
function repositoryArns(region, account, prefixes) {
    if (prefixes.length === 0 || prefixes.includes(image_rules/* ROOT */.Dl))
        return [(0,ecr_host/* repositoryArn */.qM)(region, account, '*')];
    return [...new Set(prefixes)].map((p) => (0,ecr_host/* repositoryArn */.qM)(region, account, `${p}/*`));
}
function permissionFindings(probes, context) {
    const out = [];
    const principal = principalArnOf(context.callerArn);
    const actions = [...new Set(probes.map((p) => p.action))];
    for (const action of actions) {
        const mine = probes.filter((p) => p.action === action);
        const role = PERMISSION_ROLE[action] ?? { severity: 'warning', breaks: 'some calls fail' };
        const denied = mine.filter((p) => p.outcome === 'denied');
        const failed = mine.filter((p) => p.outcome === 'failed');
        if (denied.length > 0) {
            const scoped = denied.map((p) => p.prefix).filter((p) => p !== undefined);
            const resources = mine.some((p) => p.prefix !== undefined)
                ? repositoryArns(context.region, context.account, scoped).join(', ')
                : '*';
            const where = scoped.length > 0
                ? ` on ${scoped.map((p) => (p === image_rules/* ROOT */.Dl ? 'all repositories' : `${p}/*`)).join(', ')}`
                : '';
            out.push((0,doctor_findings/* finding */.gk)('permission-missing', role.severity, action, `the caller may not call ${action}${where}: ${role.breaks}`, `allow ${action} on ${resources} in the policy of ${principal}`));
        }
        else if (failed.length > 0) {
            out.push((0,doctor_findings/* finding */.gk)('permission-unknown', 'warning', action, `could not check ${action}: ${failed[0]?.detail ?? 'the check failed'}`, 'run doctor again; if it persists, check the ECR endpoint and throttling'));
        }
        else {
            out.push((0,doctor_findings/* finding */.gk)('permission-ok', 'ok', action, 'allowed'));
        }
    }
    const arns = repositoryArns(context.region, context.account, context.prefixes);
    out.push((0,doctor_findings/* finding */.gk)('permission-unchecked', 'note', UNPROBED_PERMISSIONS.join(', '), 'not checked: no harmless call exercises them (on a pull-through repository BatchGetImage is itself a pull, which may create the repository and import from the upstream). Without ecr:BatchGetImage every pull fails with 403 denied; without the other two a first pull fails with "Requested image not found"', `aws iam simulate-principal-policy --policy-source-arn ${principal} --action-names ${UNPROBED_PERMISSIONS.join(' ')} --resource-arns ${arns.join(' ')} (or warm one image: ecr-pull-through warm IMAGE)`));
    return out;
}

;// CONCATENATED MODULE: ./src/aws/probes.ts
// Permission probes: harmless calls whose answer says whether the caller may make them. IAM is
// evaluated before existence, so a call on a repository no one creates answers "not found" when
// allowed and AccessDenied when not, and changes nothing either way. BatchGetImage is not one of
// them: on a pull-through path it is a pull, which may create the repository and import from the
// upstream, so its permission is left to IAM's policy simulator (doctor-permissions.ts).





const PROBE_REPOSITORY = 'ecr-pull-through-doctor-probe';
const PROBE_DIGEST = `sha256:${'0'.repeat(64)}`;
/** Under each rule's prefix, since IAM policies are often scoped to `repository/<prefix>/*`. */
function probeRepository(prefix) {
    return prefix === undefined || prefix === image_rules/* ROOT */.Dl ? PROBE_REPOSITORY : `${prefix}/${PROBE_REPOSITORY}`;
}
async function probe(action, prefix, call, region) {
    const result = await (0,calls/* attempt */.CD)(call, region);
    const outcome = probeOutcome((0,doctor_findings/* isAwsFailure */.Qp)(result) ? result.name : undefined);
    return {
        action,
        ...(prefix !== undefined && { prefix }),
        outcome,
        ...((0,doctor_findings/* isAwsFailure */.Qp)(result) && outcome === 'failed' && { detail: result.message }),
    };
}
/** What pulling needs that a harmless call can show: a token, layers (and DescribeImages for warm) per prefix. */
async function probePermissions(ecr, region, prefixes) {
    const token = await (0,calls/* attempt */.CD)(() => ecr.send(new dist_cjs/* GetAuthorizationTokenCommand */.Eu6({})), region);
    const probes = [
        {
            action: 'ecr:GetAuthorizationToken',
            outcome: probeOutcome((0,doctor_findings/* isAwsFailure */.Qp)(token) ? token.name : undefined),
            ...((0,doctor_findings/* isAwsFailure */.Qp)(token) && { detail: token.message }),
        },
    ];
    // One prefix after another: Describe* calls have low rate limits.
    for (const prefix of prefixes) {
        const repositoryName = probeRepository(prefix);
        probes.push(await probe('ecr:GetDownloadUrlForLayer', prefix, () => ecr.send(new dist_cjs/* GetDownloadUrlForLayerCommand */.pKL({ repositoryName, layerDigest: PROBE_DIGEST })), region), await probe('ecr:DescribeImages', prefix, () => ecr.send(new dist_cjs/* DescribeImagesCommand */.ji5({ repositoryName })), region));
    }
    const proxyEndpoint = (0,doctor_findings/* isAwsFailure */.Qp)(token) ? undefined : token.authorizationData?.[0]?.proxyEndpoint;
    return { probes, ...(proxyEndpoint && { proxyEndpoint }) };
}

// EXTERNAL MODULE: ./src/aws/region.ts
var aws_region = __webpack_require__(9630);
// EXTERNAL MODULE: ./src/aws/registry-state.ts
var registry_state = __webpack_require__(4798);
// EXTERNAL MODULE: ./src/aws/sdk/clients.ts
var sdk_clients = __webpack_require__(3430);
// EXTERNAL MODULE: ./src/core/addresses.ts
var core_addresses = __webpack_require__(4471);
// EXTERNAL MODULE: ./src/core/unanswered.ts
var unanswered = __webpack_require__(2079);
;// CONCATENATED MODULE: ./src/core/doctor/network.ts
// Findings about the network around the runner: whether the ECR API, registry and S3 endpoints
// are private (VPC endpoints) or public and reachable, and whether first pulls have egress.



const ENDPOINT_NAME = {
    api: 'ECR API endpoint',
    registry: 'registry endpoint',
    layers: 'layer storage (S3)',
};
function kindOf(addresses) {
    const kinds = addresses.map(core_addresses/* classifyAddress */.D);
    if (kinds.every((k) => k === 'loopback'))
        return 'loopback';
    return kinds.every((k) => k !== 'public') ? 'private' : 'public';
}
/** The VPC endpoint service that makes an ECR endpoint private. */
function endpointService(role, region) {
    return (0,unanswered/* vpcEndpointService */.sH)(region, role === 'api' ? 'ecr.api' : 'ecr.dkr', 'interface');
}
function endpointFindings(checks, region) {
    return checks.map((c) => {
        const subject = ENDPOINT_NAME[c.role];
        if (c.via !== undefined) {
            return c.reachable
                ? (0,doctor_findings/* finding */.gk)('endpoint-proxy', 'ok', subject, `${c.host} goes through the proxy ${c.via}, which answers`)
                : (0,doctor_findings/* finding */.gk)('endpoint-unreachable', 'error', subject, `${c.host} goes through the proxy ${c.via}, which does not answer`, `check the proxy, or add ${c.host} to NO_PROXY if the VPC reaches it directly`);
        }
        if (c.resolveError !== undefined || !c.addresses || c.addresses.length === 0) {
            return (0,doctor_findings/* finding */.gk)('endpoint-unresolved', 'error', subject, `${c.host} does not resolve${c.resolveError ? ` (${c.resolveError})` : ''}`, c.role === 'layers'
                ? "check the VPC's DNS (enableDnsSupport); S3 names resolve through the Route 53 Resolver even with a gateway endpoint"
                : `check the VPC's DNS (enableDnsSupport, enableDnsHostnames) and that the interface endpoint ${endpointService(c.role, region)} has private DNS enabled`);
        }
        const kind = kindOf(c.addresses);
        const at = c.addresses.slice(0, 3).join(', ');
        const name = c.addresses.length === 1 && c.addresses[0] === c.host ? c.host : `${c.host} resolves to ${at} and`;
        if (kind !== 'public') {
            const what = kind === 'loopback'
                ? 'a local endpoint'
                : c.role === 'layers'
                    ? 'an S3 interface endpoint'
                    : 'a VPC interface endpoint';
            return c.reachable
                ? (0,doctor_findings/* finding */.gk)('endpoint-private', 'ok', subject, `${name} answers (${what})`)
                : (0,doctor_findings/* finding */.gk)('endpoint-unreachable', 'error', subject, `${name} does not answer on port ${c.port ?? 443} (${what}): the connection is refused or filtered`, kind === 'loopback'
                    ? `start the service behind ${c.host}:${c.port ?? 443}, or unset the endpoint override (AWS_ENDPOINT_URL_ECR)`
                    : `allow HTTPS (${c.port ?? 443}) from the runner's subnet in the endpoint's security group`);
        }
        if (c.role === 'layers') {
            return c.reachable
                ? (0,doctor_findings/* finding */.gk)('layers-public', 'note', subject, `${c.host} resolves to public addresses (${at}) and answers: through an S3 gateway endpoint or NAT; a gateway endpoint keeps public DNS, so doctor cannot tell which`, `to keep layer downloads off NAT, check that the subnet's route table has the gateway endpoint ${(0,unanswered/* vpcEndpointService */.sH)(region, 's3', 'gateway')}`)
                : (0,doctor_findings/* finding */.gk)('layers-unreachable', 'error', subject, `${c.host} (public addresses ${at}) does not answer: every layer download times out`, `add the S3 gateway endpoint ${(0,unanswered/* vpcEndpointService */.sH)(region, 's3', 'gateway')} to the route table of the runner's subnet (ECR keeps layers in S3)`);
        }
        return c.reachable
            ? (0,doctor_findings/* finding */.gk)('endpoint-public', 'note', subject, `${c.host} resolves to public addresses (${at}) and answers: ECR traffic leaves the VPC (NAT or internet gateway)`, `optional: the interface VPC endpoint ${endpointService(c.role, region)} with private DNS keeps it in the VPC`)
            : (0,doctor_findings/* finding */.gk)('endpoint-unreachable', 'error', subject, `${c.host} resolves to public addresses (${at}) and does not answer: no VPC endpoint and no egress`, `create the interface VPC endpoint ${endpointService(c.role, region)} with private DNS enabled in the runner's VPC, or give the subnet a NAT route`);
    });
}
/** One finding for the upstreams first pulls can reach, one for those they cannot. */
function egressFindings(checks) {
    const out = [];
    const list = (cs) => cs.map((c) => `${c.host}${c.via ? ` (through the proxy ${c.via})` : ''}`).join(', ');
    const rules = (cs) => cs.flatMap((c) => c.prefixes).join(', ');
    const blocked = checks.filter((c) => !c.reachable);
    const open = checks.filter((c) => c.reachable);
    if (blocked.length > 0) {
        out.push((0,doctor_findings/* finding */.gk)('first-pull-no-egress', 'warning', 'first pulls', `no egress to ${list(blocked)}: until ECR has imported an image, its layers may be redirected to the upstream's CDN, so a first pull through ${rules(blocked)} may time out`, doctor_findings/* WARM_FIX */.M7));
    }
    if (open.length > 0) {
        out.push((0,doctor_findings/* finding */.gk)('first-pull-egress', 'ok', 'first pulls', `egress to ${list(open)}: first pulls through ${rules(open)} can fetch layers from the upstream while ECR imports`));
    }
    return out;
}
function networkSkipped() {
    return (0,doctor_findings/* finding */.gk)('network-skipped', 'note', 'network', 'DNS and reachability of the ECR, S3 and upstream endpoints were not checked (--skip-network)', 'run doctor from the CI subnet without --skip-network');
}
/**
 * STS did not answer. The main job never needs it (the registry comes from ECR), so this is a warning:
 * only doctor's own "who is the caller" is lost.
 */
function stsUnansweredFinding(message, hint) {
    return (0,doctor_findings/* finding */.gk)('sts-unreachable', 'warning', 'caller', `${message}; the caller is unknown`, hint);
}

// EXTERNAL MODULE: ./src/core/image/upstreams.ts
var upstreams = __webpack_require__(3343);
;// CONCATENATED MODULE: ./src/core/doctor/rules.ts
// Findings about the rules: each one as ECR validates it, its credential secret, and the rules a
// setup file or a list of images expects.



function secretFix(prefix, name) {
    return `create it with the keys username and accessToken: ecr-pull-through setup --rule ${prefix}=... --credentials ${prefix}=USERNAME_ENV:TOKEN_ENV (creates ${name} from those variables and points the rule at it), or aws secretsmanager create-secret --name ${name} --secret-string '{"username":"...","accessToken":"..."}' and update the rule's credential ARN`;
}
function invalidFix(rule) {
    const upstream = (0,upstreams/* upstreamOf */.Fw)(rule.upstreamRegistryUrl);
    if (upstream?.auth === 'secret') {
        const name = rule.credentialArn ? ((0,upstreams/* secretNameOfArn */.eX)(rule.credentialArn) ?? rule.credentialArn) : undefined;
        return name
            ? `store valid upstream credentials in ${name} as {"username":"...","accessToken":"..."} (aws secretsmanager put-secret-value --secret-id ${name}), or rerun setup with the variables that hold them`
            : `give the rule a credential: ${secretFix(rule.ecrRepositoryPrefix, `ecr-pullthroughcache/${rule.ecrRepositoryPrefix}`)}`;
    }
    if (upstream?.auth === 'iam-role') {
        return `check that ECR can assume ${rule.customRoleArn ?? 'the rule’s role'} and that it may pull from ${rule.upstreamRegistryUrl}`;
    }
    return `check that ${rule.upstreamRegistryUrl} is reachable and supported, or delete the rule and create it again`;
}
function ruleFindings(rules) {
    if ((0,doctor_findings/* isAwsFailure */.Qp)(rules)) {
        return [
            (0,doctor_findings/* isDenied */.GZ)(rules)
                ? (0,doctor_findings/* finding */.gk)('rules-unreadable', 'warning', 'ecr:DescribePullThroughCacheRules', 'the caller may not list pull-through cache rules, so no rule was checked', 'grant ecr:DescribePullThroughCacheRules (login, rewrite and warm need it too unless given --rule)')
                : (0,doctor_findings/* finding */.gk)('rules-unreadable', 'warning', 'rules', `could not list the rules: ${rules.message}`, rules.hint),
        ];
    }
    if (rules.length === 0) {
        return [
            (0,doctor_findings/* finding */.gk)('no-rules', 'error', 'rules', 'this registry has no pull-through cache rules: every pull through it fails with "not found"', doctor_findings/* SETUP_HINT */.KV),
        ];
    }
    const out = [];
    const unvalidated = [];
    for (const { rule, validation, secret } of rules) {
        const subject = `rule ${rule.ecrRepositoryPrefix}`;
        const where = `${rule.ecrRepositoryPrefix} → ${rule.upstreamRegistryUrl}`;
        const secretName = rule.credentialArn ? ((0,upstreams/* secretNameOfArn */.eX)(rule.credentialArn) ?? rule.credentialArn) : '';
        if (secret === 'missing') {
            out.push((0,doctor_findings/* finding */.gk)('secret-missing', 'error', subject, `the credential secret ${secretName} (${rule.credentialArn}) does not exist: pulls through ${where} fail`, secretFix(rule.ecrRepositoryPrefix, secretName)));
            continue;
        }
        if (validation === undefined || (0,doctor_findings/* isAwsFailure */.Qp)(validation)) {
            if (validation && !(0,doctor_findings/* isDenied */.GZ)(validation)) {
                out.push((0,doctor_findings/* finding */.gk)('rule-unvalidated', 'warning', subject, `could not validate: ${validation.message}`, validation.hint));
            }
            else {
                unvalidated.push(rule.ecrRepositoryPrefix);
            }
            continue;
        }
        if (!validation.isValid) {
            const needsSecret = (0,upstreams/* upstreamOf */.Fw)(rule.upstreamRegistryUrl)?.auth === 'secret' && !rule.credentialArn;
            out.push((0,doctor_findings/* finding */.gk)(needsSecret ? 'secret-missing' : 'rule-invalid', 'error', subject, `ECR says ${where} is not valid${validation.failure ? `: ${validation.failure}` : ''}`, invalidFix(rule)));
            continue;
        }
        out.push((0,doctor_findings/* finding */.gk)('rule-ok', 'ok', subject, `→ ${rule.upstreamRegistryUrl}: valid`));
    }
    if (unvalidated.length > 0) {
        out.push((0,doctor_findings/* finding */.gk)('rule-unvalidated', 'note', 'ecr:ValidatePullThroughCacheRule', `the caller may not validate rules; not validated: ${unvalidated.join(', ')}`, 'grant ecr:ValidatePullThroughCacheRule to the role that runs doctor, or run doctor as an administrator'));
    }
    return out;
}
// What the setup file or the images expect.
function expectationFindings(rules, expected) {
    const out = [];
    const source = expected.source ?? 'the setup file';
    const file = expected.source ?? 'FILE';
    for (const want of expected.config?.rules ?? []) {
        const have = rules.find((r) => r.ecrRepositoryPrefix === want.ecrRepositoryPrefix);
        const target = `${want.upstreamRegistryUrl}${want.upstreamRepositoryPrefix ? `/${want.upstreamRepositoryPrefix}` : ''}`;
        if (!have) {
            out.push((0,doctor_findings/* finding */.gk)('rule-missing', 'error', `rule ${want.ecrRepositoryPrefix}`, `${source} wants ${want.ecrRepositoryPrefix} → ${target}; the registry has no such rule`, `ecr-pull-through setup --config ${file}`));
        }
        else if (!(0,image_rules/* sameUpstream */.W$)(have, want)) {
            out.push((0,doctor_findings/* finding */.gk)('rule-differs', 'error', `rule ${want.ecrRepositoryPrefix}`, `${source} wants ${want.ecrRepositoryPrefix} → ${target}; the registry's rule goes to ${have.upstreamRegistryUrl}`, `ecr-pull-through setup --config ${file} --force (deletes and re-creates the rule)`));
        }
    }
    for (const m of expected.images ?? []) {
        if (m.kind === 'invalid') {
            out.push((0,doctor_findings/* finding */.gk)('image-invalid', 'error', `image ${m.text}`, m.error));
            continue;
        }
        if (m.kind !== 'unmapped')
            continue;
        const upstream = (0,upstreams/* upstreamOf */.Fw)(m.ref.registry);
        out.push((0,doctor_findings/* finding */.gk)('rule-missing', 'error', `image ${m.ref.original}`, upstream
            ? `${m.reason}: the image cannot be pulled through the cache`
            : `${m.reason}, and ECR pull-through cache does not support ${m.ref.registry}`, upstream
            ? `add a rule: ecr-pull-through setup --rule PREFIX=${upstream.url}${upstream.auth === 'secret' ? ' --credentials PREFIX=USERNAME_ENV:TOKEN_ENV' : ''}`
            : `copy ${m.ref.original} into an ECR repository (or ECR Public) and use that reference`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/doctor/templates.ts
// Findings about repository creation templates: what a cache repository starts with when a first
// pull creates it (lifecycle, tag mutability), and cache repositories that already exist.


/** The template ECR applies to a new cache repository under `prefix`: the longest matching prefix, else ROOT. */
function templateFor(templates, prefix) {
    const ptc = templates.filter((t) => t.appliedFor.includes('PULL_THROUGH_CACHE'));
    const specific = ptc
        .filter((t) => t.prefix !== image_rules/* ROOT */.Dl && (prefix === t.prefix || prefix.startsWith(`${t.prefix}/`)))
        .sort((a, b) => b.prefix.length - a.prefix.length)[0];
    return specific ?? ptc.find((t) => t.prefix === image_rules/* ROOT */.Dl);
}
function templateFindings(templates, rules, immutableRepositories) {
    if ((0,doctor_findings/* isAwsFailure */.Qp)(templates)) {
        return [
            (0,doctor_findings/* finding */.gk)('templates-unreadable', 'warning', 'repository creation templates', `could not read them: ${(0,doctor_findings/* isDenied */.GZ)(templates) ? 'ecr:DescribeRepositoryCreationTemplates is denied' : templates.message}`, 'grant ecr:DescribeRepositoryCreationTemplates to the role that runs doctor'),
        ];
    }
    const out = [];
    const uncovered = [];
    const used = new Map();
    for (const rule of rules) {
        const t = templateFor(templates, rule.ecrRepositoryPrefix);
        if (!t) {
            uncovered.push(rule.ecrRepositoryPrefix);
            continue;
        }
        const entry = used.get(t.prefix) ?? { template: t, prefixes: [] };
        entry.prefixes.push(rule.ecrRepositoryPrefix);
        used.set(t.prefix, entry);
    }
    if (uncovered.length > 0 || (rules.length === 0 && templates.length === 0)) {
        const which = uncovered.length > 0
            ? ` under ${uncovered.map((p) => (p === image_rules/* ROOT */.Dl ? 'ROOT' : `${p}/`)).join(', ')}`
            : '';
        out.push((0,doctor_findings/* finding */.gk)('template-missing', 'warning', 'repository creation template', `no template applies to new pull-through cache repositories${which}: they get default settings and no lifecycle policy, so cached images are kept (and billed) forever`, 'ecr-pull-through setup --expire-after-days 30 (a ROOT template for PULL_THROUGH_CACHE), or template: {expireAfterDays: 30} in the setup file'));
    }
    for (const { template: t, prefixes } of used.values()) {
        const subject = `template ${t.prefix}`;
        const covers = `(covers ${prefixes.join(', ')})`;
        let problems = 0;
        if (t.imageTagMutability?.startsWith('IMMUTABLE')) {
            problems++;
            out.push((0,doctor_findings/* finding */.gk)('tag-immutability', 'warning', subject, `new cache repositories get ${t.imageTagMutability} tags ${covers}: ECR cannot move a cached tag when the upstream does, so tags such as node:20 stay on the first image cached`, 'set imageTagMutability MUTABLE on the template (setup does by default)'));
        }
        if (((t.resourceTags ?? 0) > 0 || t.kms) && !t.customRoleArn) {
            problems++;
            out.push((0,doctor_findings/* finding */.gk)('template-needs-role', 'warning', subject, `the template sets ${t.kms ? 'KMS encryption' : 'resource tags'} without a customRoleArn: first pulls may fail with "not found" (containers-roadmap#2398)`, 'give the template a customRoleArn that may tag repositories (and use the KMS key), or drop the tags'));
        }
        if (!t.lifecyclePolicy) {
            problems++;
            out.push((0,doctor_findings/* finding */.gk)('template-no-lifecycle', 'note', subject, `no lifecycle policy ${covers}: cached images are kept forever`, 'add one: template: {expireAfterDays: N} in the setup file, then ecr-pull-through setup'));
        }
        if (problems === 0)
            out.push((0,doctor_findings/* finding */.gk)('template-ok', 'ok', subject, `applies to pull-through cache repositories ${covers}`));
    }
    if ((0,doctor_findings/* isAwsFailure */.Qp)(immutableRepositories)) {
        out.push((0,doctor_findings/* finding */.gk)('repositories-unreadable', 'note', 'cache repositories', `tag mutability not checked: ${(0,doctor_findings/* isDenied */.GZ)(immutableRepositories) ? 'ecr:DescribeRepositories is denied' : immutableRepositories.message}`));
    }
    else if (immutableRepositories && immutableRepositories.length > 0) {
        const shown = immutableRepositories.slice(0, 5).join(', ');
        const more = immutableRepositories.length > 5 ? ` and ${immutableRepositories.length - 5} more` : '';
        out.push((0,doctor_findings/* finding */.gk)('tag-immutability', 'warning', 'cache repositories', `${immutableRepositories.length} cache repositories have immutable tags (${shown}${more}): ECR cannot update their tags from upstream`, 'aws ecr put-image-tag-mutability --image-tag-mutability MUTABLE --repository-name NAME for each'));
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/core/proxy.ts
var core_proxy = __webpack_require__(4819);
;// CONCATENATED MODULE: ./src/net/probe.ts
// The network as doctor sees it: what a name resolves to (the system resolver, as docker and the
// SDK use it) and whether a TCP connection opens, directly or to the proxy the environment names.
// Tests pass their own NetworkProbe instead.



function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
function systemNetwork(timeoutMs = 3_000) {
    return {
        async resolve(host) {
            if ((0,external_node_net_.isIP)(host))
                return [host];
            const found = await withTimeout((0,promises_.lookup)(host, { all: true }), timeoutMs, `resolving ${host}`);
            return found.map((a) => a.address);
        },
        connect(host, port) {
            return new Promise((resolve) => {
                const socket = (0,external_node_net_.connect)({ host, port, timeout: timeoutMs });
                const done = (ok) => {
                    socket.destroy();
                    resolve(ok);
                };
                socket.once('connect', () => done(true));
                socket.once('timeout', () => done(false));
                socket.once('error', () => done(false));
            });
        },
    };
}
function portOf(url) {
    return url.port ? Number(url.port) : url.protocol === 'http:' ? 80 : 443;
}
/** The proxy the environment sends a URL through, as host and port (its credentials never kept). */
function proxyOf(url, env) {
    const proxy = (0,core_proxy/* proxyFor */.i)(url.href, env);
    if (!proxy)
        return undefined;
    const u = new URL(proxy);
    return { host: u.hostname, port: portOf(u) };
}
/** Whether a connection to the URL opens: directly, or to the proxy the environment names for it. */
async function reach(network, env, url) {
    const proxy = proxyOf(url, env);
    if (proxy)
        return { reachable: await network.connect(proxy.host, proxy.port), via: `${proxy.host}:${proxy.port}` };
    return { reachable: await network.connect(url.hostname.replace(/^\[|\]$/g, ''), portOf(url)) };
}
/** Resolve each endpoint and try to connect to it (a proxied one: only the proxy). */
function checkEndpoints(network, env, targets) {
    return Promise.all(targets.map(async ([role, url]) => {
        const host = url.hostname.replace(/^\[|\]$/g, '');
        const port = portOf(url);
        if (proxyOf(url, env))
            return { role, host, port, ...(await reach(network, env, url)) };
        try {
            const addresses = await network.resolve(host);
            return { role, host, port, addresses, ...(await reach(network, env, url)) };
        }
        catch (e) {
            return { role, host, port, resolveError: e.message };
        }
    }));
}
/** Try HTTPS connections to upstream hosts, each with the rule prefixes whose first pulls go there. */
function checkEgress(network, env, upstreams) {
    return Promise.all([...upstreams].map(async ([host, prefixes]) => ({
        host,
        prefixes,
        ...(await reach(network, env, new URL(`https://${host}`))),
    })));
}

// EXTERNAL MODULE: ./src/run/deadline.ts + 1 modules
var run_deadline = __webpack_require__(8503);
;// CONCATENATED MODULE: ./src/use-cases/doctor.ts
// doctor: look at a registry (and the network around the runner) the way a first pull through the
// cache will, and say what is missing and how to fix it. Every AWS call here is harmless: reads,
// validations, and permission probes on repositories that do not exist.



















/** How long doctor waits for STS before it says so and goes on without it. */
const STS_WAIT_MS = 15_000;
async function doctor(options = {}) {
    const region = await (0,sdk_clients/* regionInUse */.V_)(options.region ?? options.config?.region, options);
    return (0,run_deadline/* withinDeadline */.iP)(options, timeouts/* DEFAULT_TIMEOUT_MS */.t1, (deadline) => examine(options, region, deadline));
}
/** Who the caller is, from STS; a silent STS (no sts endpoint in the VPC) is a finding, not a hang. */
async function whoIsCalling(clients, region, deadline) {
    const sts = new run_deadline/* Deadline */.B2(Math.min(STS_WAIT_MS, deadline.left() / 2), deadline.signal).inRegion(region);
    try {
        return await sts.run(() => (0,calls/* attempt */.CD)(() => clients.callerIdentity(sts), region, sts.signal));
    }
    catch (e) {
        if (e instanceof run_deadline/* DeadlineError */.j3 && !deadline.expired)
            return e;
        throw e;
    }
    finally {
        sts.dispose();
    }
}
async function examine(options, region, deadline) {
    const env = options.env ?? process.env;
    const network = options.network === undefined ? systemNetwork() : options.network;
    const clients = (0,sdk_clients/* createClients */.hP)(region, { deadline, profile: options.profile });
    let secrets;
    const secretsApi = async () => {
        const { createSecretsApi } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(528)]).then(__webpack_require__.bind(__webpack_require__, 528));
        secrets ??= createSecretsApi(region, clients.agents, deadline, options.profile);
        return secrets;
    };
    try {
        const { ecr } = clients;
        const findings = [];
        const api = await (0,endpoints/* ecrApiEndpoint */.i)(ecr, region);
        const layers = new URL(`https://${(0,core_addresses/* layerBucketHost */.C)(region)}`);
        const identity = await whoIsCalling(clients, region, deadline);
        const stsSilent = identity instanceof run_deadline/* DeadlineError */.j3 ? identity : undefined;
        const caller = stsSilent
            ? undefined
            : (0,doctor_findings/* isAwsFailure */.Qp)(identity)
                ? identity
                : { account: identity.Account ?? '', arn: identity.Arn ?? '' };
        if (stsSilent)
            findings.push(stsUnansweredFinding(stsSilent.message, stsSilent.hint ?? ''));
        else if (caller)
            findings.push(...(0,doctor_findings/* callerFindings */.gB)(caller));
        if ((0,doctor_findings/* isAwsFailure */.Qp)(caller)) {
            // Nothing else can be asked; the network may say why.
            if (network) {
                const targets = [
                    ['api', api.url],
                    ['layers', layers],
                ];
                findings.push(...endpointFindings(await checkEndpoints(network, env, targets), region));
            }
            return report(region, findings);
        }
        const rules = await (0,calls/* attempt */.CD)(() => (0,registry_state/* listRules */.sJ)(ecr), region);
        const ruleList = (0,doctor_findings/* isAwsFailure */.Qp)(rules) ? [] : rules;
        const checks = [];
        for (const rule of ruleList)
            checks.push(await checkRule(ecr, region, rule, secretsApi));
        const prefixes = ruleList.map((r) => r.ecrRepositoryPrefix);
        const { probes, proxyEndpoint } = await probePermissions(ecr, region, prefixes.length > 0 ? prefixes : [undefined]);
        // Without STS the account still comes from ECR: the token's endpoint or a rule's registryId.
        const account = caller?.account ??
            (proxyEndpoint ? (0,ecr_host/* parseEcrHost */.wl)((0,ecr_host/* hostOf */.w4)(proxyEndpoint))?.account : undefined) ??
            ruleList.find((r) => r.registryId)?.registryId ??
            '';
        // The host pulls use: FIPS or dual-stack when the SDK's settings ask for them, as the API's are.
        const variant = await (0,aws_region/* endpointVariant */.lc)(options);
        const registry = proxyEndpoint
            ? (0,ecr_host/* registryHostIn */.XU)((0,ecr_host/* hostOf */.w4)(proxyEndpoint), variant)
            : (0,ecr_host/* ecrHostFor */.UY)(account, region, variant);
        const templates = await (0,calls/* attempt */.CD)(() => (0,registry_state/* listTemplates */.eG)(ecr), region);
        const immutable = await (0,calls/* attempt */.CD)(() => (0,registry_state/* immutableCacheRepositories */.JV)(ecr, prefixes), region);
        const anyValid = checks.some((c) => !(0,doctor_findings/* isAwsFailure */.Qp)(c.validation) && c.validation?.isValid === true);
        findings.push(...(0,doctor_findings/* regionFindings */.JB)(region, api.fips || ((0,ecr_host/* parseEcrHost */.wl)(registry)?.fips ?? false), anyValid));
        findings.push(...ruleFindings((0,doctor_findings/* isAwsFailure */.Qp)(rules) ? rules : checks));
        // Expectations are checked only against rules that could be read.
        if (!(0,doctor_findings/* isAwsFailure */.Qp)(rules))
            findings.push(...expectations(ruleList, registry, options));
        findings.push(...permissionFindings(probes, {
            region,
            account,
            callerArn: caller?.arn ?? `arn:${(0,ecr_host/* partitionOf */.iQ)(region)}:iam::${account || 'ACCOUNT'}:role/ROLE`,
            prefixes,
        }));
        findings.push(...templateFindings(templates, ruleList, immutable));
        if (network) {
            const dkr = new URL(proxyEndpoint ?? `https://${registry}`);
            const targets = [
                ['api', api.url],
                ['registry', dkr],
                ['layers', layers],
            ];
            findings.push(...endpointFindings(await checkEndpoints(network, env, targets), region));
            findings.push(...egressFindings(await checkEgress(network, env, upstreamHosts(ruleList))));
        }
        else {
            findings.push(networkSkipped());
        }
        return report(region, findings, {
            ...(account && { account }),
            ...(caller && { caller: caller.arn }),
            registry,
        });
    }
    finally {
        secrets?.destroy();
        clients.destroy();
    }
}
/** ECR's validation of a rule, and whether its credential secret exists. */
async function checkRule(ecr, region, rule, secretsApi) {
    const answer = await (0,calls/* attempt */.CD)(() => ecr.send(new dist_cjs/* ValidatePullThroughCacheRuleCommand */.Qbn({ ecrRepositoryPrefix: rule.ecrRepositoryPrefix })), region);
    const validation = (0,doctor_findings/* isAwsFailure */.Qp)(answer)
        ? answer
        : { isValid: answer.isValid === true, ...(answer.failure && { failure: answer.failure }) };
    const arn = rule.credentialArn;
    if (arn === undefined)
        return { rule, validation };
    const api = await secretsApi();
    const found = await (0,calls/* attempt */.CD)(() => api.arnOf(arn), region);
    const secret = (0,doctor_findings/* isAwsFailure */.Qp)(found) ? found : found === undefined ? 'missing' : 'found';
    return { rule, validation, secret };
}
function expectations(rules, registry, options) {
    const target = { registry, rules };
    return expectationFindings(rules, {
        ...(options.config && { config: options.config }),
        ...(options.configSource && { source: options.configSource }),
        images: (options.images ?? []).map((image) => (0,image_rules/* mapImage */.oo)(image, target)),
    });
}
/** Upstream hosts first pulls may be redirected towards, with their rules (ECR upstreams stay in AWS). */
function upstreamHosts(rules) {
    const byHost = new Map();
    for (const rule of rules) {
        const upstream = (0,upstreams/* upstreamOf */.Fw)(rule.upstreamRegistryUrl);
        if (!upstream || upstream.auth === 'iam-role')
            continue;
        byHost.set(upstream.url, [...(byHost.get(upstream.url) ?? []), rule.ecrRepositoryPrefix]);
    }
    return byHost;
}
function report(region, findings, who = {}) {
    const { errors, warnings } = (0,doctor_findings/* countFindings */.Gt)(findings);
    return { region, ...who, findings, errors, warnings, ok: errors === 0 };
}


/***/ })

};
