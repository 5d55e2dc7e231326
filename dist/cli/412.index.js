export const id = 412;
export const ids = [412];
export const modules = {

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
