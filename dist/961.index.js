export const id = 961;
export const ids = [961];
export const modules = {

/***/ 8961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SignedTokenSource: () => (/* binding */ SignedTokenSource)
/* harmony export */ });
/* harmony import */ var _token_call_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(841);
// The signed way: GetAuthorizationToken signed here (sigv4.ts) and sent through the run's agents.

class SignedTokenSource {
    region;
    url;
    credentials;
    run;
    constructor(region, url, credentials, run) {
        this.region = region;
        this.url = url;
        this.credentials = credentials;
        this.run = run;
        run.deadline?.inRegion(region);
    }
    endpoint() {
        return Promise.resolve(this.url.host);
    }
    async authorizationToken(accounts) {
        const call = { credentials: await this.credentials(), region: this.region, url: this.url };
        return (0,_token_call_js__WEBPACK_IMPORTED_MODULE_0__/* .signedGetAuthorizationToken */ .DR)(this.run, call, accounts);
    }
    /** The signed way is taken only where neither FIPS nor dual-stack is asked for. */
    variant() {
        return Promise.resolve({});
    }
    /** Nothing of its own: the connections are the run's. */
    close() { }
}


/***/ })

};
