/** The docker config `login` writes, or the ECR credential helper, for the cache host. */
export declare const dockerConfigCredentials: (registry: string) => string;
