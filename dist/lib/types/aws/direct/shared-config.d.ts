export declare const sharedConfigPath: (env: NodeJS.ProcessEnv) => string | undefined;
export declare const sharedCredentialsPath: (env: NodeJS.ProcessEnv) => string | undefined;
/** True when a shared config or credentials file exists (a profile may then set anything). */
export declare function hasSharedConfig(env: NodeJS.ProcessEnv): boolean;
