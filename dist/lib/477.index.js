export const id = 477;
export const ids = [477];
export const modules = {

/***/ 5477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   globMatcher: () => (/* binding */ globMatcher),
/* harmony export */   globMatchers: () => (/* binding */ globMatchers)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// `--include` globs and the action's file patterns (picomatch): their own module, loaded only by a
// run that is given some.

/**
 * Whether a path (relative to the walked directory) matches a glob: a name alone matches at any depth.
 * A glob picks among the files the walk finds, so it must see every name the walk does: `dot` for
 * dot files and folders, and the `s` flag, since picomatch's `**` is made of `.`, which without it
 * stops at a line break (a folder named `a\nb` was skipped). `flags` replaces picomatch's own, which
 * are `i` with `nocase` only.
 */
function globMatcher(glob) {
    const matches = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(glob, { dot: true, basename: !glob.includes('/'), flags: 's' });
    // One argument only: picomatch's second parameter returns a match object (truthy) when set, so
    // passing the matcher to Array#some (which hands it an index) would match everything.
    return (relativePath) => matches(relativePath);
}
/** One matcher per glob. */
const globMatchers = (globs) => globs.map(globMatcher);


/***/ })

};
