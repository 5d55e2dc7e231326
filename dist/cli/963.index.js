export const id = 963;
export const ids = [963];
export const modules = {

/***/ 9963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setup: () => (/* binding */ setup)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(630);
// EXTERNAL MODULE: ./src/aws/calls.ts
var calls = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/aws/registry-state.ts
var registry_state = __webpack_require__(4798);
// EXTERNAL MODULE: ./src/aws/sdk/clients.ts
var sdk_clients = __webpack_require__(3430);
// EXTERNAL MODULE: ./src/core/aws-failure.ts
var aws_failure = __webpack_require__(4229);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var rules = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/core/image/upstreams.ts
var upstreams = __webpack_require__(3343);
// EXTERNAL MODULE: ./src/core/image/ecr-host.ts
var ecr_host = __webpack_require__(7794);
;// CONCATENATED MODULE: ./src/core/setup/registry-policies.ts
// The JSON documents setup writes: the lifecycle policy of the creation template, the registry
// policy statement that lets an organization pull through the cache, and the repository policy that
// lets it pull what is cached. Compared by meaning (canonical JSON), never by text, because ECR may
// hand a policy back with other whitespace or key order.


const ORGANIZATION_STATEMENT_SID = 'EcrPullThroughCacheOrganization';
/** Expire every cached image N days after its import; the next pull imports it again. */
function expireAfterDaysPolicy(days) {
    return JSON.stringify({
        rules: [
            {
                rulePriority: 1,
                description: `Expire cached images ${days} days after they were imported`,
                selection: { tagStatus: 'any', countType: 'sinceImagePushed', countUnit: 'days', countNumber: days },
                action: { type: 'expire' },
            },
        ],
    });
}
/** The days of an expire policy written by expireAfterDaysPolicy, when the text is one. */
function expireAfterDaysOf(policyText) {
    const doc = parseJson(policyText);
    const selection = doc?.rules?.find((r) => r.selection?.countType === 'sinceImagePushed')?.selection;
    return typeof selection?.countNumber === 'number' ? selection.countNumber : undefined;
}
/**
 * Registry policy statement: principals of the organization may create cache repositories and import
 * upstream images (the two permissions a pull-through pull needs beyond pulling) under the prefixes.
 */
function organizationImportStatement(organizationId, region, account, prefixes) {
    const resources = prefixes.includes(rules/* ROOT */.Dl)
        ? [(0,ecr_host/* repositoryArn */.qM)(region, account, '*')]
        : [...new Set(prefixes)].sort().map((p) => (0,ecr_host/* repositoryArn */.qM)(region, account, `${p}/*`));
    return {
        Sid: ORGANIZATION_STATEMENT_SID,
        Effect: 'Allow',
        Principal: '*',
        Action: ['ecr:BatchImportUpstreamImage', 'ecr:CreateRepository'],
        Resource: resources.length === 1 ? resources[0] : resources,
        Condition: { StringEquals: { 'aws:PrincipalOrgID': organizationId } },
    };
}
/** Repository policy for cache repositories (set through the creation template): the organization may pull. */
function organizationPullPolicy(organizationId) {
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            {
                Sid: ORGANIZATION_STATEMENT_SID,
                Effect: 'Allow',
                Principal: '*',
                Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
                Condition: { StringEquals: { 'aws:PrincipalOrgID': organizationId } },
            },
        ],
    });
}
/**
 * The registry policy with our statement in it, keeping every other statement as it is.
 * `changed` is false when the policy already holds exactly this statement.
 */
function withStatement(policyText, statement) {
    const doc = (parseJson(policyText) ?? {});
    const current = Array.isArray(doc.Statement)
        ? doc.Statement
        : doc.Statement
            ? [doc.Statement]
            : [];
    const ours = current.find((s) => s.Sid === statement.Sid);
    const others = current.filter((s) => s.Sid !== statement.Sid);
    const text = JSON.stringify({
        ...doc,
        Version: doc.Version ?? '2012-10-17',
        Statement: [...others, statement],
    });
    return { text, changed: ours === undefined || canonicalJson(ours) !== canonicalJson(statement) };
}
/** True when two JSON texts mean the same document (key order and whitespace aside). */
function sameJson(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    const pa = parseJson(a);
    const pb = parseJson(b);
    return pa !== undefined && pb !== undefined ? canonicalJson(pa) === canonicalJson(pb) : a === b;
}
function parseJson(text) {
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/core/setup/plan.ts
// What setup must change: the difference between the config and what the registry holds, as an
// ordered list of steps (secrets before the rules that name them). Pure: the use case reads the
// registry (state.ts), this decides, the use case applies; format.ts puts a plan in words. Secret
// values never reach this module; the use case compares them and says only "same" or "different".



const PTC = 'PULL_THROUGH_CACHE';
function secretSteps(config, state) {
    const steps = new Map();
    for (const rule of config.rules) {
        const c = rule.credentials;
        if (!c || steps.has(c.secret))
            continue;
        const existing = state.secrets.get(c.secret);
        const env = c.usernameEnv && c.accessTokenEnv
            ? { usernameEnv: c.usernameEnv, accessTokenEnv: c.accessTokenEnv }
            : undefined;
        const from = env ? ` from ${env.usernameEnv} and ${env.accessTokenEnv}` : '';
        let action;
        let reason;
        if (existing === undefined) {
            [action, reason] = env
                ? ['create', `username *** and accessToken ***${from}`]
                : [
                    'blocked',
                    'does not exist: create it, or give usernameEnv and accessTokenEnv to let setup create it',
                ];
        }
        else if (env && existing.value === 'different') {
            [action, reason] = ['update', `stored value differs: new username *** and accessToken ***${from}`];
        }
        else {
            [action, reason] = [
                'unchanged',
                env ? 'holds the same username and accessToken' : 'exists (used as it is)',
            ];
        }
        steps.set(c.secret, { kind: 'secret', name: c.secret, action, reason, ...env });
    }
    return [...steps.values()];
}
function ruleStep(rule, state, secrets, force) {
    const prefix = rule.ecrRepositoryPrefix;
    const base = { kind: 'rule', name: prefix, rule };
    const target = `${rule.upstreamRegistryUrl}${rule.upstreamRepositoryPrefix ? `/${rule.upstreamRepositoryPrefix}` : ''}`;
    const credential = rule.credentials ? `, credential ${rule.credentials.secret}` : '';
    const existing = state.rules.find((r) => r.ecrRepositoryPrefix === prefix);
    if (existing === undefined)
        return { ...base, action: 'create', reason: `upstream ${target}${credential}` };
    if (!(0,rules/* sameUpstream */.W$)(existing, rule)) {
        const now = `${(0,upstreams/* canonicalUpstreamUrl */.$T)(existing.upstreamRegistryUrl)}${existing.upstreamRepositoryPrefix && existing.upstreamRepositoryPrefix !== rules/* ROOT */.Dl ? `/${existing.upstreamRepositoryPrefix}` : ''}`;
        return force
            ? {
                ...base,
                action: 'replace',
                reason: `upstream ${now} → ${target}: delete and re-create${credential}`,
            }
            : {
                ...base,
                action: 'blocked',
                reason: `upstream is ${now}, config says ${target}: rerun with --force to delete and re-create the rule (cached repositories stay)`,
            };
    }
    const changes = [];
    if (rule.credentials) {
        const secret = rule.credentials.secret;
        const step = secrets.find((s) => s.name === secret);
        const arn = step?.action === 'create' ? undefined : state.secrets.get(secret)?.arn;
        if (arn === undefined || existing.credentialArn !== arn) {
            const was = existing.credentialArn ? (0,upstreams/* secretNameOfArn */.eX)(existing.credentialArn) : undefined;
            changes.push(was === secret
                ? `credential ${secret} (the rule names an older secret of that name)`
                : `credential ${was ?? 'none'} → ${secret}`);
        }
    }
    if (rule.customRoleArn !== undefined && rule.customRoleArn !== existing.customRoleArn) {
        changes.push(`role ${existing.customRoleArn ?? 'none'} → ${rule.customRoleArn}`);
    }
    return changes.length > 0
        ? { ...base, action: 'update', reason: changes.join('; ') }
        : { ...base, action: 'unchanged', reason: `upstream ${target}${credential}` };
}
function templateStep(t, config, state) {
    const wanted = {
        prefix: t.prefix,
        description: t.description,
        appliedFor: [PTC],
        imageTagMutability: t.imageTagMutability,
        ...(t.expireAfterDays !== undefined && { lifecyclePolicy: expireAfterDaysPolicy(t.expireAfterDays) }),
        ...(config.organizationId !== undefined && {
            repositoryPolicy: organizationPullPolicy(config.organizationId),
        }),
    };
    const expiry = t.expireAfterDays === undefined
        ? 'no lifecycle policy'
        : `images expire ${t.expireAfterDays} days after import`;
    const base = { kind: 'template', name: t.prefix };
    const existing = state.template?.prefix === t.prefix ? state.template : undefined;
    if (existing === undefined) {
        return {
            ...base,
            action: 'create',
            reason: `for PULL_THROUGH_CACHE: ${expiry}, ${t.imageTagMutability} tags`,
            template: wanted,
        };
    }
    const differs = [];
    if (!existing.appliedFor.includes(PTC))
        differs.push('not applied for PULL_THROUGH_CACHE');
    if ((existing.imageTagMutability ?? 'MUTABLE') !== t.imageTagMutability) {
        differs.push(`tags ${existing.imageTagMutability ?? 'MUTABLE'} → ${t.imageTagMutability}`);
    }
    if (wanted.lifecyclePolicy !== undefined && !sameJson(existing.lifecyclePolicy, wanted.lifecyclePolicy)) {
        differs.push(`lifecycle policy → ${expiry}`);
    }
    if (wanted.repositoryPolicy !== undefined &&
        !sameJson(existing.repositoryPolicy, wanted.repositoryPolicy)) {
        differs.push('repository policy → the organization may pull');
    }
    if ((existing.description ?? '') !== t.description)
        differs.push('description');
    if (differs.length === 0) {
        return {
            ...base,
            action: 'unchanged',
            reason: `for PULL_THROUGH_CACHE: ${expiry}, ${t.imageTagMutability} tags`,
            template: wanted,
        };
    }
    // Keep what the template is used for besides pull-through cache (replication, create on push).
    const appliedFor = [...new Set([...existing.appliedFor, PTC])];
    return { ...base, action: 'update', reason: differs.join('; '), template: { ...wanted, appliedFor } };
}
function registryPolicyStep(organizationId, config, state) {
    const prefixes = config.rules.length > 0 ? config.rules.map((r) => r.ecrRepositoryPrefix) : [rules/* ROOT */.Dl];
    const statement = organizationImportStatement(organizationId, state.region, state.account, prefixes);
    const { text, changed } = withStatement(state.registryPolicy, statement);
    const what = `organization ${organizationId} may create cache repositories and import upstream images`;
    const action = !changed
        ? 'unchanged'
        : state.registryPolicy === undefined
            ? 'create'
            : 'update';
    return { kind: 'registry-policy', name: 'registry', action, reason: what, policyText: text };
}
function planSetup(config, state, options = {}) {
    const secrets = secretSteps(config, state);
    const steps = [
        ...secrets,
        ...config.rules.map((r) => ruleStep(r, state, secrets, options.force ?? false)),
        ...(config.template ? [templateStep(config.template, config, state)] : []),
        ...(config.organizationId ? [registryPolicyStep(config.organizationId, config, state)] : []),
    ];
    return {
        steps,
        changes: steps.filter((s) => s.action !== 'unchanged' && s.action !== 'blocked').length,
        blocked: steps.some((s) => s.action === 'blocked'),
    };
}

// EXTERNAL MODULE: ./src/core/timeouts.ts
var timeouts = __webpack_require__(5623);
// EXTERNAL MODULE: ./src/run/deadline.ts
var deadline = __webpack_require__(8249);
;// CONCATENATED MODULE: ./src/use-cases/setup.ts
// setup: make a registry ready for pull-through cache from one declarative config. Read what the
// registry holds, plan the difference (core/setup/plan.ts), and apply it unless it is a dry run or a
// step is blocked. Credentials come from environment variables and go only to Secrets Manager.









/** Read every credential the config names from the environment, before anything is changed. */
function readCredentials(config, env, onSecret) {
    const out = new Map();
    for (const rule of config.rules) {
        const c = rule.credentials;
        if (!c?.usernameEnv || !c.accessTokenEnv || out.has(c.secret))
            continue;
        const read = (name, what) => {
            const value = env[name];
            if (!value)
                throw new errors/* InputError */.dz(`${name} is not set: it should hold the ${what} for ${c.secret} (rule ${rule.ecrRepositoryPrefix})`);
            onSecret?.(value);
            return value;
        };
        out.set(c.secret, {
            username: read(c.usernameEnv, 'upstream username'),
            accessToken: read(c.accessTokenEnv, 'upstream access token'),
        });
    }
    return out;
}
function failed(what, e, region, applied) {
    const done = applied > 0 ? ` (${applied} change${applied === 1 ? ' was' : 's were'} made before it)` : '';
    return new errors/* OperationError */.OK(`${what} failed${done}: ${e.message}`, (0,aws_failure/* awsHint */.B)(e, region), {
        cause: e,
    });
}
async function readState(ecr, secrets, config, credentials, base) {
    const rules = await (0,registry_state/* listRules */.sJ)(ecr);
    const known = new Map();
    for (const rule of config.rules) {
        const name = rule.credentials?.secret;
        if (!name || !secrets || known.has(name))
            continue;
        const arn = await (0,calls/* retrying */.R$)(() => secrets.arnOf(name));
        if (arn === undefined)
            continue;
        // Compared in memory only when the config gives the value; the plan learns just the verdict.
        const wanted = credentials.get(name);
        let value = 'unknown';
        if (wanted)
            value = (await (0,calls/* retrying */.R$)(() => secrets.holds(name, wanted))) ? 'same' : 'different';
        known.set(name, { arn, value });
    }
    const template = config.template
        ? (await (0,registry_state/* listTemplates */.eG)(ecr, [config.template.prefix])).find((t) => t.prefix === config.template?.prefix)
        : undefined;
    const registryPolicy = config.organizationId ? await (0,registry_state/* registryPolicyText */.js)(ecr) : undefined;
    return {
        ...base,
        rules,
        secrets: known,
        ...(template && { template }),
        ...(registryPolicy !== undefined && { registryPolicy }),
    };
}
async function setup(options) {
    const region = await (0,sdk_clients/* regionInUse */.V_)(options.region ?? options.config.region, options);
    return (0,deadline/* withinDeadline */.iP)(options, timeouts/* DEFAULT_TIMEOUT_MS */.t1, (deadline) => setUp(options, region, deadline));
}
async function setUp(options, region, deadline) {
    const { config } = options;
    const credentials = readCredentials(config, options.env ?? process.env, options.onSecret);
    const clients = (0,sdk_clients/* createClients */.hP)(region, { deadline, profile: options.profile });
    let secrets;
    try {
        if (config.rules.some((r) => r.credentials)) {
            const { createSecretsApi } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(528)]).then(__webpack_require__.bind(__webpack_require__, 528));
            secrets = createSecretsApi(region, clients.agents, deadline, options.profile);
        }
        const { ecr } = clients;
        let state;
        try {
            const identity = await (0,calls/* retrying */.R$)(() => clients.callerIdentity());
            state = await readState(ecr, secrets, config, credentials, { account: identity.Account ?? '', region });
        }
        catch (e) {
            throw failed('reading the registry', e, region, 0);
        }
        const plan = planSetup(config, state, { force: options.force ?? false });
        const apply = !options.dryRun && !plan.blocked;
        const arns = new Map([...state.secrets].map(([name, s]) => [name, s.arn]));
        const reports = [];
        let applied = 0;
        for (const step of plan.steps) {
            const changes = step.action !== 'unchanged' && step.action !== 'blocked';
            if (apply && changes) {
                try {
                    await applyStep(step, { ecr, secrets, credentials, arns });
                }
                catch (e) {
                    throw failed(`${step.action} ${step.kind} ${step.name}`, e, region, applied);
                }
                applied++;
            }
            reports.push({
                kind: step.kind,
                name: step.name,
                action: step.action,
                reason: step.reason,
                applied: apply && changes,
            });
        }
        return {
            region,
            account: state.account,
            dryRun: options.dryRun ?? false,
            steps: reports,
            changes: plan.changes,
            blocked: plan.blocked,
        };
    }
    finally {
        secrets?.destroy();
        clients.destroy();
    }
}
/** Mutations are not retried here (a lost answer would turn a retry into "already exists"); the SDK retries throttling. */
async function applyStep(step, ctx) {
    const { ecr } = ctx;
    switch (step.kind) {
        case 'secret': {
            const credential = ctx.credentials.get(step.name);
            const secrets = ctx.secrets;
            if (!credential || !secrets)
                throw new Error('no credential to store');
            if (step.action === 'create') {
                const description = 'Upstream registry credentials for an ECR pull-through cache rule (ecr-pull-through setup)';
                ctx.arns.set(step.name, await (0,calls/* retrying */.R$)(() => secrets.create(step.name, credential, description)));
            }
            else {
                await (0,calls/* retrying */.R$)(() => secrets.put(step.name, credential));
            }
            return;
        }
        case 'rule': {
            const r = step.rule;
            const credentialArn = r.credentials ? ctx.arns.get(r.credentials.secret) : undefined;
            if (r.credentials && !credentialArn)
                throw new Error(`the ARN of ${r.credentials.secret} is unknown`);
            if (step.action === 'update') {
                await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* UpdatePullThroughCacheRuleCommand */.bPq({
                    ecrRepositoryPrefix: r.ecrRepositoryPrefix,
                    ...(credentialArn && { credentialArn }),
                    ...(r.customRoleArn && { customRoleArn: r.customRoleArn }),
                })));
                return;
            }
            if (step.action === 'replace') {
                await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* DeletePullThroughCacheRuleCommand */.He$({ ecrRepositoryPrefix: r.ecrRepositoryPrefix })));
            }
            await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* CreatePullThroughCacheRuleCommand */.k6l({
                ecrRepositoryPrefix: r.ecrRepositoryPrefix,
                upstreamRegistryUrl: r.upstreamRegistryUrl,
                ...(r.upstreamRepositoryPrefix && { upstreamRepositoryPrefix: r.upstreamRepositoryPrefix }),
                ...(credentialArn && { credentialArn }),
                ...(r.customRoleArn && { customRoleArn: r.customRoleArn }),
            })));
            return;
        }
        case 'template': {
            const t = step.template;
            const input = {
                prefix: t.prefix,
                description: t.description,
                appliedFor: [...t.appliedFor],
                imageTagMutability: t.imageTagMutability,
                ...(t.lifecyclePolicy && { lifecyclePolicy: t.lifecyclePolicy }),
                ...(t.repositoryPolicy && { repositoryPolicy: t.repositoryPolicy }),
            };
            if (step.action === 'create')
                await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* CreateRepositoryCreationTemplateCommand */.TS2(input)));
            else
                await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* UpdateRepositoryCreationTemplateCommand */.ofk(input)));
            return;
        }
        case 'registry-policy':
            await (0,calls/* retrying */.R$)(() => ecr.send(new dist_cjs/* PutRegistryPolicyCommand */.IFx({ policyText: step.policyText })));
            return;
    }
}


/***/ })

};
