export const id = 866;
export const ids = [866,412];
export const modules = {

/***/ 9866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   doctorCommand: () => (/* binding */ doctorCommand)
/* harmony export */ });
/* harmony import */ var _core_doctor_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5169);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1332);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(353);
/* harmony import */ var _map_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8431);
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9412);





const doctorCommand = {
    name: 'doctor',
    summary: 'check a registry for private-subnet CI and say what is missing',
    options: {
        config: { type: 'string', short: 'c' },
        region: { type: 'string' },
        ..._command_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_OPTION */ .Q,
        'skip-network': { type: 'boolean' },
        json: { type: 'boolean' },
        ..._command_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMEOUT_OPTION */ .AJ,
    },
    help: `Usage: ecr-pull-through doctor [IMAGE...] [--config FILE] [--skip-network] [--json]

Checks what a first pull through the cache needs, with harmless calls only: the rules (validated
by ECR) and their credential secrets, the caller's permissions, the repository creation template,
and, from where it runs, whether the ECR API, registry and S3 endpoints are private (VPC endpoints)
or public, and whether first pulls can reach the upstream registries. Each finding says how to fix it.

Options:
  --config, -c FILE       also expect the rules of this setup file
  IMAGE...                also expect a rule for each image ('-' reads stdin, one per line)
  --region REGION         AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)
  --skip-network          skip the DNS and reachability checks (when not run from the CI subnet)
  --json                  print the report as JSON on stdout
${(0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .timeoutHelp */ .Jf)()}

Exit status: 0 nothing would break a pull, 1 something would, 2 invalid input.`,
    async run(v, positionals, io) {
        let config;
        if (typeof v.config === 'string') {
            config = (0,_setup_js__WEBPACK_IMPORTED_MODULE_4__.readSetupFile)(v.config);
        }
        const report = await (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .doctor */ .Ac)({
            region: v.region,
            ...(config && { config, configSource: v.config }),
            images: (0,_map_js__WEBPACK_IMPORTED_MODULE_3__.imagesFrom)(positionals, io),
            ...(v['skip-network'] === true && { network: false }),
            ...(0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .profileOption */ .pp)(v),
            ...(0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .timeoutOption */ .D5)(v),
        });
        const who = report.registry ? `registry ${report.registry}` : `region ${report.region}`;
        io.err(`doctor: ${who}`);
        // Errors are shown under --quiet too: they are why the exit status is 1.
        for (const f of report.findings)
            for (const line of (0,_core_doctor_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFinding */ .tf)(f))
                (f.severity === 'error' ? io.error : io.err)(line);
        (report.errors > 0 ? io.error : io.err)((0,_core_doctor_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsSummary */ .FQ)(report.findings));
        if (v.json)
            io.out(`${JSON.stringify(report, null, 2)}\n`);
        return report.ok ? _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.failed;
    },
};


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imagesFrom: () => (/* binding */ imagesFrom),
/* harmony export */   mapCommand: () => (/* binding */ mapCommand),
/* harmony export */   sourcedImages: () => (/* binding */ sourcedImages)
/* harmony export */ });
/* harmony import */ var _core_buildkit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5971);
/* harmony import */ var _core_image_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2514);
/* harmony import */ var _core_image_upstreams_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3343);
/* harmony import */ var _use_cases_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4070);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(353);
// Straight from their modules, not the facade: map loads nothing else (no YAML, no SDK).





/** Images with where they came from: an argument, or `stdin:N` for `-` (blanks and # comments skipped). */
function sourcedImages(positionals, io) {
    if (positionals.length === 1 && positionals[0] === '-') {
        return io
            .stdin()
            .split(/\r?\n/)
            .map((l, i) => ({ image: l.trim(), where: `stdin:${i + 1}` }))
            .filter((l) => l.image !== '' && !l.image.startsWith('#'));
    }
    return positionals.map((image, i) => ({ image, where: `argument ${i + 1}` }));
}
function imagesFrom(positionals, io) {
    return sourcedImages(positionals, io).map((s) => s.image);
}
const mapCommand = {
    name: 'map',
    summary: 'print the pull-through cache URI of each image (- reads stdin)',
    options: {
        ..._command_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_OPTIONS */ .FG,
        strict: { type: 'boolean' },
        json: { type: 'boolean' },
        buildkit: { type: 'boolean' },
    },
    help: `Usage: ecr-pull-through map IMAGE... | map -

Prints the pull-through cache URI of each image on its own line, in order. An image no rule
covers is printed unchanged (with a note on stderr). '-' reads images from stdin, one per line.

Options:
${_command_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_HELP */ .aL}
${(0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .timeoutHelp */ .Jf)()}
  --buildkit              also print the cache URI of the BuildKit builder image
                          (${_core_buildkit_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDKIT_BUILDER_IMAGE */ .$}), for setup-buildx-action's
                          driver-opts: image=URI
  --strict                an image with no rule makes the exit status 1
  --json                  print [{"image","uri","status","reason"}] on stdout`,
    async run(v, positionals, io) {
        const sourced = sourcedImages(positionals, io);
        if (v.buildkit)
            sourced.push({ image: _core_buildkit_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDKIT_BUILDER_IMAGE */ .$, where: '--buildkit' });
        if (sourced.length === 0)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('map needs at least one IMAGE, or - to read stdin');
        const target = await (0,_use_cases_target_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveTarget */ .u1)((0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .targetOptions */ .Gl)(v, io));
        const results = sourced.map((s) => (0,_core_image_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .mapImage */ .oo)(s.image, target));
        let invalid = false;
        results.forEach((r, i) => {
            if (r.kind !== 'invalid')
                return;
            io.error(`${sourced[i].where}: error: ${r.error}`);
            invalid = true;
        });
        if (invalid)
            return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
        const rows = results.map((r) => {
            if (r.kind === 'invalid')
                throw new Error('unreachable');
            const image = r.ref.original;
            if (r.kind === 'unmapped')
                return { image, uri: image, status: r.kind, reason: r.reason };
            return { image, uri: r.uri, status: r.kind };
        });
        for (const r of results) {
            if (r.kind !== 'unmapped')
                continue;
            io.err(`note: ${r.ref.original}: ${r.reason}; printed unchanged`);
            const hint = (0,_core_image_upstreams_js__WEBPACK_IMPORTED_MODULE_1__/* .uncacheableHint */ .Zm)(r.ref.registry);
            if (hint)
                io.err(`hint: ${hint}`);
        }
        io.out(v.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.uri}\n`).join(''));
        return v.strict && rows.some((r) => r.status === 'unmapped') ? _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.failed : _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 9412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSetupFile: () => (/* binding */ readSetupFile),
/* harmony export */   setupCommand: () => (/* binding */ setupCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4301);
/* harmony import */ var _host_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3285);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1332);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(353);





const setupCommand = {
    name: 'setup',
    summary: 'make a registry ready for private-subnet CI from one declarative file',
    options: {
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        credentials: { type: 'string', multiple: true },
        'expire-after-days': { type: 'string' },
        'organization-id': { type: 'string' },
        region: { type: 'string' },
        ..._command_js__WEBPACK_IMPORTED_MODULE_4__/* .PROFILE_OPTION */ .Q,
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        ..._command_js__WEBPACK_IMPORTED_MODULE_4__/* .TIMEOUT_OPTION */ .AJ,
    },
    help: `Usage: ecr-pull-through setup --config FILE [--dry-run] [--force]
       ecr-pull-through setup --rule PREFIX=URL... [--credentials PREFIX=USERNAME_ENV:TOKEN_ENV]...
                              [--expire-after-days N] [--organization-id o-...]

Creates or updates pull-through cache rules, their Secrets Manager credentials (from environment
variables; values are never printed or written to disk), a repository creation template for
PULL_THROUGH_CACHE with an expire-after-N-days lifecycle policy, and optionally a registry policy
for an AWS organization. A second run changes nothing and says so. See examples/setup.yaml.

Options:
  --config, -c FILE       the setup file (YAML)
  --rule PREFIX=URL       a rule, e.g. docker-hub=registry-1.docker.io (repeat)
  --credentials PREFIX=USERNAME_ENV:TOKEN_ENV
                          the rule's credentials from these variables, stored in the secret
                          ecr-pullthroughcache/PREFIX; or PREFIX=SECRET_NAME (an existing secret),
                          or PREFIX=SECRET_NAME:USERNAME_ENV:TOKEN_ENV
  --expire-after-days N   a ROOT creation template whose images expire N days after import
  --organization-id ID    let this AWS organization pull through the cache (registry policy)
  --region REGION         AWS region (default: the file's region, AWS_REGION, AWS_DEFAULT_REGION)
  --dry-run               print the plan, change nothing
  --force                 delete and re-create rules whose upstream changed
  --json                  print the report as JSON on stdout
${(0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .timeoutHelp */ .Jf)()}

Exit status: 0 done (or nothing to do), 1 a step is blocked or failed, 2 invalid input.`,
    async run(v, positionals, io) {
        if (positionals.length > 0)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`unexpected argument "${positionals[0]}"`);
        const flags = ['rule', 'credentials', 'expire-after-days', 'organization-id'].filter((f) => v[f] !== undefined);
        let config;
        if (typeof v.config === 'string') {
            if (flags.length > 0)
                throw new _command_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--config cannot be combined with --${flags.join(', --')}`);
            config = readSetupFile(v.config);
        }
        else {
            if (flags.length === 0)
                throw new _command_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('setup needs --config FILE, or --rule / --expire-after-days flags');
            const days = v['expire-after-days'];
            config = (0,_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setupConfigFromFlags */ .hB)({
                rules: v.rule,
                credentials: v.credentials,
                ...(days !== undefined && { expireAfterDays: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCount */ .zq)(days, '--expire-after-days') }),
                organizationId: v['organization-id'],
            });
        }
        const report = await (0,_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setup */ .mj)({
            config,
            region: v.region,
            dryRun: v['dry-run'] === true,
            force: v.force === true,
            ...(0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .profileOption */ .pp)(v),
            ...(0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .timeoutOption */ .D5)(v),
        });
        const where = `${report.account} in ${report.region}`;
        io.err(`${report.dryRun ? 'setup plan' : 'setup'} for registry ${where}:`);
        for (const line of (0,_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSetupSteps */ .AM)(report.steps, report))
            io.err(line);
        if (v.json)
            io.out(`${JSON.stringify(report, null, 2)}\n`);
        return report.blocked ? _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.failed : _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    },
};
/** Read and check a setup file (also used by doctor --config). */
function readSetupFile(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        throw new _index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(path)}: ${(0,_host_files_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoText */ .iQ)(e)}`);
    }
    return (0,_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSetupConfig */ .XW)(text, (0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(path));
}


/***/ })

};
