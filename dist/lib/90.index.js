export const id = 90;
export const ids = [90];
export const modules = {

/***/ 5090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hasPatterns: () => (/* binding */ hasPatterns),
  needsRules: () => (/* binding */ needsRules),
  rewriteGroups: () => (/* binding */ rewriteGroups)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/display.ts
var display = __webpack_require__(4301);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/patterns.ts
// The action's file patterns are relative to the workspace. One that leaves it (absolute, or with a
// `..` segment) can match nothing the walk visits: it is refused rather than silently matching nothing.
function leavesRoot(pattern) {
    const p = pattern.trim().replace(/\\/g, '/');
    return p.startsWith('/') || /^[A-Za-z]:\//.test(p) || p.split('/').includes('..');
}

;// CONCATENATED MODULE: ./src/use-cases/prepare/files.ts
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
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1800)),
            Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 5477)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3391)),
        ]);
        const outside = include.find(leavesRoot);
        if (outside !== undefined)
            throw new errors/* InputError */.dz(`${input}: "${outside}" points outside ${(0,display/* displayName */.QC)(root)}; patterns are relative to it`);
        // One walk for the group; each pattern is then matched against what it found.
        const found = discoverFiles([root], globMatchers(include)).map((path) => (0,external_node_path_.relative)(root, path));
        for (const pattern of include) {
            const matches = globMatcher(pattern);
            // One argument only: picomatch's matcher takes a second (returnObject), which some() would pass.
            if (found.some((path) => matches(path)))
                continue;
            const message = `${input}: "${pattern}" matches no file under ${(0,display/* displayName */.QC)(root)}; its images are neither rewritten nor warmed, so the build would pull them from the upstream`;
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
