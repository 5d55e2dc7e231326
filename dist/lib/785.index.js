export const id = 785;
export const ids = [785];
export const modules = {

/***/ 7785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SOURCE_POLICY_VARIABLE: () => (/* binding */ SOURCE_POLICY_VARIABLE),
/* harmony export */   writeTransparentConfig: () => (/* binding */ writeTransparentConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
// Transparent mode: instead of rewriting files, a BuildKit source policy that redirects the pulls
// to the cache, written in a folder only this user can enter, and buildkitd.toml mirrors.




/** The variable BuildKit (≥ 0.12, with buildx ≥ 0.11) reads the source policy's path from. */
const SOURCE_POLICY_VARIABLE = 'EXPERIMENTAL_BUILDKIT_SOURCE_POLICY';
/**
 * A new folder only this user can enter (mkdtemp: mode 0700, a name no one chose before), for a file
 * other users must not plant, follow or swap: in a shared temp folder a fixed name could be a link
 * another user left there. It outlives the run: later build steps read the policy.
 */
function privateFolder(parent) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, 'ecr-pull-through-'));
}
/**
 * Transparent mode: the BuildKit source policy, written where the caller said (atomically), the
 * variable that points BuildKit at it, and buildkitd.toml mirrors for a builder that is set up apart.
 */
async function writeTransparentConfig(options, target) {
    const [{ renderMirrors }, { writeFileAtomic }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 789)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2085)),
    ]);
    const input = { registry: target.registry, rules: target.rules };
    const [policy] = renderMirrors('source-policy', input).files;
    const [buildkitd] = renderMirrors('buildkitd', input).files;
    if (!policy || !buildkitd)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK('transparent mode: nothing was rendered for these rules');
    // The renderers' caveats (an older BuildKit falls back silently) are the mirrors command's to
    // explain; here the README says which versions honour the policy.
    const path = options.sourcePolicyPath ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(privateFolder(options.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)()), policy.path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    writeFileAtomic(path, policy.text);
    return { sourcePolicy: path, env: { [SOURCE_POLICY_VARIABLE]: path }, buildkitdConfig: buildkitd.text };
}


/***/ })

};
