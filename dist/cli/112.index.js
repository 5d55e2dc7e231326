export const id = 112;
export const ids = [112];
export const modules = {

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

/***/ 8112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hasPatterns: () => (/* binding */ hasPatterns),
/* harmony export */   needsRules: () => (/* binding */ needsRules),
/* harmony export */   rewriteGroups: () => (/* binding */ rewriteGroups)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4301);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_patterns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8132);
// The files prepare reads: the Dockerfiles and other files its patterns choose under the root, each
// rewritten in memory (written only once the whole job can go on, by prepare.ts).




const PATTERN_INPUTS = [
    { input: 'dockerfiles', kind: 'dockerfile' },
    { input: 'files', kind: undefined },
];
/**
 * The files the patterns choose, rewritten in memory. A pattern outside the root is an input error;
 * one that matches nothing is said (a warning, or a failure with failOnUnmapped): its images would
 * silently be pulled from the upstream, which is what this tool exists to prevent.
 */
async function rewriteGroups(run, options, target, failures) {
    const root = options.root ?? '.';
    const files = [];
    for (const { input, kind } of PATTERN_INPUTS) {
        const include = options[input] ?? [];
        if (include.length === 0)
            continue;
        const [{ discoverFiles }, { globMatcher, globMatchers }, { rewriteFiles }] = await Promise.all([
            __webpack_require__.e(/* import() */ 800).then(__webpack_require__.bind(__webpack_require__, 1800)),
            Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 5477)),
            Promise.all(/* import() */[__webpack_require__.e(672), __webpack_require__.e(990), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 5999)),
        ]);
        const outside = include.find(_core_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .leavesRoot */ .h);
        if (outside !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${input}: "${outside}" points outside ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(root)}; patterns are relative to it`);
        // One walk for the group; each pattern is then matched against what it found.
        const found = discoverFiles([root], globMatchers(include)).map((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path));
        for (const pattern of include) {
            const matches = globMatcher(pattern);
            // One argument only: picomatch's matcher takes a second (returnObject), which some() would pass.
            if (found.some((path) => matches(path)))
                continue;
            const message = `${input}: "${pattern}" matches no file under ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(root)}; its images are neither rewritten nor warmed, so the build would pull them from the upstream`;
            if (options.failOnUnmapped)
                failures.push(message);
            else
                run.onWarning(message);
        }
        const report = await rewriteFiles({ paths: [root], include, kind, target, dryRun: true });
        files.push(...report.files);
    }
    return files;
}
/** Files to rewrite or read for images. */
const hasPatterns = (options) => PATTERN_INPUTS.some(({ input }) => (options[input]?.length ?? 0) > 0);
/** Whether the job needs the cache rules: anything to map, rewrite, warm or redirect besides login. */
function needsRules(options, mode) {
    return (hasPatterns(options) || (options.images?.length ?? 0) > 0 || !!options.warmBuildkit || mode !== 'rewrite');
}


/***/ })

};
