export const id = 528;
export const ids = [528];
export const modules = {

/***/ 528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createSecretsApi: () => (/* binding */ createSecretsApi)
/* harmony export */ });
/* unused harmony export credentialSecretString */
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2994);
/* harmony import */ var _sdk_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3430);
/* harmony import */ var _sdk_handler_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6578);
// Secrets Manager, only as far as pull-through credentials need it: find a secret, compare its
// value, create or update it. Values pass through memory only; nothing here logs or returns them.



const isNotFound = (e) => e?.name === 'ResourceNotFoundException';
/** The JSON document ECR expects in the secret. */
function credentialSecretString(credential) {
    return JSON.stringify({ username: credential.username, accessToken: credential.accessToken });
}
/** A Secrets Manager client with the same proxy rules as the ECR clients (AWS_ENDPOINT_URL_SECRETS_MANAGER honoured). */
function createSecretsApi(region, run) {
    const handler = (0,_sdk_handler_js__WEBPACK_IMPORTED_MODULE_1__/* .requestHandler */ .O)('secretsmanager', run);
    const client = new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__/* .SecretsManagerClient */ ._H({
        region,
        requestHandler: handler,
        ...(0,_sdk_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .sdkSettings */ ._L)(run),
    });
    return {
        async arnOf(id) {
            try {
                return (await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__/* .DescribeSecretCommand */ .X5({ SecretId: id }))).ARN;
            }
            catch (e) {
                if (isNotFound(e))
                    return undefined;
                throw e;
            }
        },
        async holds(id, credential) {
            let text;
            try {
                text = (await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__/* .GetSecretValueCommand */ .d2({ SecretId: id }))).SecretString;
            }
            catch (e) {
                if (isNotFound(e))
                    return false; // a secret without a current value
                throw e;
            }
            try {
                const stored = JSON.parse(text ?? '');
                return stored.username === credential.username && stored.accessToken === credential.accessToken;
            }
            catch {
                return false;
            }
        },
        async create(name, credential, description) {
            const out = await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__/* .CreateSecretCommand */ ._f({
                Name: name,
                Description: description,
                SecretString: credentialSecretString(credential),
            }));
            return out.ARN ?? name;
        },
        async put(id, credential) {
            await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__/* .PutSecretValueCommand */ .cp({ SecretId: id, SecretString: credentialSecretString(credential) }));
        },
        destroy() {
            client.destroy();
            handler.destroy();
        },
    };
}


/***/ })

};
