export const id = 649;
export const ids = [649];
export const modules = {

/***/ 5649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mirrorsCommand: () => (/* binding */ mirrorsCommand)
/* harmony export */ });
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4301);
/* harmony import */ var _core_mirrors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(789);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1332);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(353);




const FORMATS_HELP = _index_js__WEBPACK_IMPORTED_MODULE_2__/* .MIRROR_FORMATS */ .lW.map((f) => `  ${f.padEnd(16)} ${_core_mirrors_index_js__WEBPACK_IMPORTED_MODULE_1__.MIRROR_FORMAT_USES[f]}`).join('\n');
const mirrorsCommand = {
    name: 'mirrors',
    summary: 'builder and engine configuration that sends pulls to the cache (no file edited)',
    options: {
        ..._command_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_OPTIONS */ .FG,
        format: { type: 'string' },
        out: { type: 'string' },
    },
    help: `Usage: ecr-pull-through mirrors --format FORMAT [--out PATH]

Prints (or writes) the configuration that makes a builder or engine pull through the cache while
the Dockerfiles and manifests keep their image names. Only upstreams that have a rule are
redirected. Notes (which versions honour it, how credentials reach the builder) and warnings
(where a setup silently falls back to the upstream) go to stderr. Still run 'warm' before the
build: a builder falls back to the upstream on a 404, and layers of an image still importing
come from the upstream's CDN.

Formats:
${FORMATS_HELP}

Credentials: no format carries a secret; the builder reads the cache's credentials from the
docker config written by 'ecr-pull-through login', or from a credential helper (ecr-login).
Docker Engine's docker pull and containerd on Kubernetes nodes do not: the notes say why and
what to do.

Options:
  --format FORMAT         one of the formats above (required)
  --out PATH              write there instead of printing: a directory for containerd (one
                          UPSTREAM/hosts.toml each; required), otherwise a file, or a directory
                          to hold the file under its default name; a file there is replaced
                          atomically (mode and owner kept) and must be a regular file
${_command_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_HELP */ .aL}
${(0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .timeoutHelp */ .Jf)()}`,
    async run(v, positionals, io) {
        const format = v.format;
        if (format === undefined)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`mirrors needs --format (${_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MIRROR_FORMATS */ .lW.join(', ')})`);
        if (!(0,_core_mirrors_index_js__WEBPACK_IMPORTED_MODULE_1__.isMirrorFormat)(format)) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown --format "${format}": expected one of ${_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MIRROR_FORMATS */ .lW.join(', ')}`);
        }
        if (positionals.length > 0)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`mirrors takes no arguments, got "${positionals[0]}"`);
        const out = v.out;
        const report = await (0,_index_js__WEBPACK_IMPORTED_MODULE_2__/* .mirrors */ .VN)({ ...(0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .targetOptions */ .Gl)(v, io), format, ...(out !== undefined && { out }) });
        if (out === undefined) {
            const file = report.files[0];
            io.out(file ? file.text : report.args.map((a) => `${a}\n`).join(''));
        }
        else {
            for (const path of report.written)
                io.err(`wrote ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(path)}`);
        }
        for (const note of report.notes)
            io.err(`note: ${note}`);
        for (const warning of report.warnings)
            io.err(`warning: ${warning}`);
        return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    },
};


/***/ })

};
