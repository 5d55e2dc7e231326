export const id = 791;
export const ids = [791];
export const modules = {

/***/ 5791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discoverTarget: () => (/* binding */ discoverTarget)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(630);
/* harmony import */ var _core_aws_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4229);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7794);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7253);
/* harmony import */ var _calls_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6484);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7249);
/* harmony import */ var _registry_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4798);
/* harmony import */ var _sdk_clients_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3430);
// Discovery of what the flags leave out: the caller's registry host and the region's rules. Both
// come from ECR itself (ecr.api), never from STS: a private subnet often has no sts endpoint.









/**
 * The caller's registry as ECR names it: the authorization token's proxyEndpoint (the token itself
 * is never decoded here). It is the canonical ACCOUNT.dkr.ecr.REGION host in AWS, and the address a
 * local stand-in answers on.
 */
async function callerRegistry(clients, options) {
    const { ecr, deadline } = clients;
    const answer = await asked('GetAuthorizationToken', clients, (0,_calls_js__WEBPACK_IMPORTED_MODULE_4__/* .retrying */ .R$)(() => ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_8__/* .GetAuthorizationTokenCommand */ .Eu6({})), deadline?.signal));
    const endpoint = answer.authorizationData?.find((d) => d.proxyEndpoint)?.proxyEndpoint;
    if (!endpoint)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK('GetAuthorizationToken returned no registry endpoint');
    // In the form the API endpoint takes (FIPS, dual-stack): the token names the standard host.
    return (0,_core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__/* .registryHostIn */ .XU)((0,_core_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__/* .hostOf */ .w4)(endpoint), await (0,_region_js__WEBPACK_IMPORTED_MODULE_5__/* .endpointVariant */ .lc)(options));
}
async function discoveredRules(clients) {
    const rules = await asked('DescribePullThroughCacheRules', clients, (0,_registry_state_js__WEBPACK_IMPORTED_MODULE_6__/* .listRules */ .sJ)(clients.ecr, clients.deadline?.signal));
    const account = rules.find((r) => r.registryId)?.registryId;
    return { rules, ...(account && { account }) };
}
/** What to do instead of asking AWS, for every discovery failure. */
const WITHOUT_AWS = 'or name the registry and the rules yourself (--registry HOST --rule PREFIX=URL), which needs no AWS call';
/** A discovery call whose failure says which call it was and what to do about it. */
async function asked(operation, clients, work) {
    try {
        return await work;
    }
    catch (e) {
        if (clients.deadline?.expired)
            throw clients.deadline.error();
        const hint = (0,_core_aws_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .awsHint */ .B)(e, clients.region);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(`${operation} (to find ${operation === 'GetAuthorizationToken' ? 'the registry' : 'the pull-through rules'}) failed: ${(0,_core_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrapSdkError */ .kr)(e).message}`, hint ? `${hint}; ${WITHOUT_AWS}` : WITHOUT_AWS, { cause: e });
    }
}
async function discoverTarget(options) {
    const profile = options.profile ? { profile: options.profile } : {};
    return (0,_sdk_clients_js__WEBPACK_IMPORTED_MODULE_7__/* .withClients */ .Bv)(options.region, async (clients) => {
        const given = options.rules && options.rules.length > 0 ? { rules: options.rules } : undefined;
        // Independent calls to the same endpoint: ask both at once.
        const [registry, found] = await Promise.all([
            options.registry ?? callerRegistry(clients, profile),
            given ?? discoveredRules(clients),
        ]);
        return { ...found, registry };
    }, options.deadline, profile);
}


/***/ })

};
