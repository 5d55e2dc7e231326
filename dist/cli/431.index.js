export const id = 431;
export const ids = [431];
export const modules = {

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


/***/ })

};
