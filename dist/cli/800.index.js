export const id = 800;
export const ids = [800];
export const modules = {

/***/ 1800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discoverFiles: () => (/* binding */ discoverFiles),
/* harmony export */   discoverFound: () => (/* binding */ discoverFound),
/* harmony export */   discoverSources: () => (/* binding */ discoverSources),
/* harmony export */   isWorkflowPath: () => (/* binding */ isWorkflowPath),
/* harmony export */   originOf: () => (/* binding */ originOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4301);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3285);
// Finding the files to rewrite: paths named, directories walked, files chosen by name or by glob,
// and how the user reached each one (which decides the YAML documents that count).





const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** Whether directory entries are in name order (readdir gives them so on Linux: libuv sorts them). */
function inNameOrder(entries) {
    for (let i = 1; i < entries.length; i++)
        if (entries[i - 1].name > entries[i].name)
            return false;
    return true;
}
/**
 * Files under the given paths; directories are walked, default patterns or `include` matchers choose.
 * Paths that cannot be read or are neither regular files nor directories are collected, not thrown,
 * so one run names them all. A walk takes regular files only: a symbolic link is not followed, and
 * a device, FIFO or socket the names or globs choose is a problem (`not a regular file`), never
 * opened: a Dockerfile that cannot be rewritten is said, not silently left. Synchronous on
 * purpose: a batch over many small files is faster without a trip through the pool. `listings` holds the names seen in each walked directory where a
 * file was found (keyed by `dirname` of its paths), so a write there need not list it again.
 */
function discoverSources(paths, matchers = []) {
    // `rel` is the path relative to the walked directory, as path.relative would give it (built from
    // the names, not by resolving both paths); the default patterns need the name alone.
    const chosen = (rel, name) => matchers.length ? matchers.some((m) => m(rel)) : (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOfFileName */ .hZ)(name) !== undefined;
    const files = new Map();
    const problems = [];
    const listings = new Map();
    for (const p of paths) {
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p);
        }
        catch (e) {
            const missing = e.code === 'ENOENT';
            problems.push({
                path: p,
                message: missing ? 'no such file or directory' : `cannot read (${(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoText */ .iQ)(e)})`,
            });
            continue;
        }
        if (st.isFile()) {
            files.set(p, { path: p, chosen: true });
            continue;
        }
        if (!st.isDirectory()) {
            problems.push({
                path: p,
                message: `not a regular file or directory (${(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .specialFileKind */ .QD)(st)}); not read`,
            });
            continue;
        }
        // `dir` is the path walked; `prefix`, its path relative to p with a trailing separator. Below p,
        // dir is a join() result (normalized, no trailing separator), so join(dir, name) is dir + sep + name.
        const walk = (dir, prefix) => {
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
            }
            catch (e) {
                problems.push({ path: dir, message: `cannot read (${(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoText */ .iQ)(e)})` });
                return;
            }
            if (!inNameOrder(entries))
                entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            let foundHere;
            for (const e of entries) {
                const full = prefix ? dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep + e.name : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
                if (e.isDirectory()) {
                    if (!SKIP_DIRS.has(e.name))
                        walk(full, prefix + e.name + node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
                }
                else if (e.isFile()) {
                    if (!chosen(prefix + e.name, e.name) || files.has(full))
                        continue;
                    files.set(full, { path: full, chosen: matchers.length > 0 });
                    foundHere ??= full;
                }
                else if (!e.isSymbolicLink() && chosen(prefix + e.name, e.name)) {
                    const { path, reason } = new _files_js__WEBPACK_IMPORTED_MODULE_4__/* .NotRegularFileError */ .iZ(full, (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .specialFileKind */ .QD)(e));
                    problems.push({ path, message: `${reason}; not read` });
                }
            }
            if (foundHere === undefined)
                return;
            listings.set((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(foundHere), entries.map((e) => e.name));
        };
        walk(p, '');
    }
    return { files: [...files.values()], problems, listings };
}
/** Files under the given paths (see discoverSources); the first path that cannot be taken is an InputError. */
function discoverFound(paths, matchers = []) {
    const found = discoverSources(paths, matchers);
    const problem = found.problems[0];
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(problem.path)}: ${problem.message}`);
    return found.files;
}
function discoverFiles(paths, matchers = []) {
    return discoverFound(paths, matchers).map((f) => f.path);
}
/** How the user reached a file, which decides the YAML documents that count (see core/rewrite/yaml.ts). */
function originOf(found) {
    return { chosen: found.chosen, workflow: isWorkflowPath(found.path) };
}
/** Whether a path lies in a GitHub Actions workflow directory. */
function isWorkflowPath(path) {
    return /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+$/.test((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
}


/***/ })

};
