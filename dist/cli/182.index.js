export const id = 182;
export const ids = [182];
export const modules = {

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HttpProxyAgent: () => (/* reexport safe */ http_proxy_agent__WEBPACK_IMPORTED_MODULE_0__.HttpProxyAgent),
/* harmony export */   HttpsProxyAgent: () => (/* reexport safe */ https_proxy_agent__WEBPACK_IMPORTED_MODULE_1__.HttpsProxyAgent)
/* harmony export */ });
/* harmony import */ var http_proxy_agent__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1970);
/* harmony import */ var http_proxy_agent__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(http_proxy_agent__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3669);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(https_proxy_agent__WEBPACK_IMPORTED_MODULE_1__);
// The agents that tunnel through an HTTP(S) proxy: their own module, loaded by agents.ts only when
// the environment names a proxy for a URL the run calls.




/***/ })

};
