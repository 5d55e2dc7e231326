export const id = 116;
export const ids = [116];
export const modules = {

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ extractImages)
/* harmony export */ });
/* unused harmony export rewriteText */
/* harmony import */ var _dockerfile_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1317);
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3740);
/* harmony import */ var _edits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8813);
/* harmony import */ var _list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3530);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4708);
// One entry per file kind: rewrite a file's text, or list the images it makes a build or deployment
// pull, by its kind (Dockerfile, image list, YAML). Finding the spans is dockerfile/scan.ts, list.ts
// and yaml.ts; turning spans into edits on the original text is edits.ts. (src/use-cases/rewrite.ts loads
// yaml.ts only when it meets a YAML file.)






/** Rewrite a file's text by its kind; `origin` tells which YAML documents hold references (default: all). */
function rewriteText(source, kind, target, origin) {
    if (kind === 'dockerfile')
        return rewriteDockerfile(source, target);
    if (kind === 'list')
        return rewriteImageList(source, target);
    return rewriteYaml(source, target, origin);
}
/** Images a file makes a build or deployment pull (for warm), without mapping them. */
function extractImages(source, kind, origin) {
    if (kind === 'dockerfile') {
        const scan = (0,_dockerfile_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanDockerfile */ .Y)(source);
        return { images: scan.images, notes: [...scan.skipped, ...scan.notes].sort(_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .byLine */ .uf), errors: [] };
    }
    const scan = kind === 'list' ? (0,_list_js__WEBPACK_IMPORTED_MODULE_3__/* .scanImageList */ .l)(source) : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__.scanYaml)(source, origin);
    return { images: (0,_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .candidateImages */ .SG)(source, scan.candidates), notes: scan.notes, errors: scan.errors };
}


/***/ })

};
