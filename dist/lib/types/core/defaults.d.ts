/** Images (and their calls) warmed at once. */
export declare const DEFAULT_CONCURRENCY = 8;
/** `auto`: `docker login` when the engine's CLI is on PATH, else the docker config written directly. */
export declare const DEFAULT_LOGIN_METHOD = "auto";
/** By prepare's option names (the action's inputs are these, kebab-cased); the last two are the action's own. */
export declare const DEFAULTS: {
    readonly mode: "rewrite" | "transparent" | "both";
    readonly login: true;
    readonly loginMethod: "auto";
    readonly warm: true;
    readonly warmTimeoutMs: number;
    readonly concurrency: 8;
    readonly failOnUnmapped: false;
    readonly warmBuildkit: false;
    /** The post step logs out unless told not to. */
    readonly skipLogout: false;
    /** Passwords are always masked; the input is kept for compatibility with amazon-ecr-login. */
    readonly maskPassword: true;
    /** docker_username_* / docker_password_* outputs, as amazon-ecr-login sets them: opt-in. */
    readonly credentialOutputs: false;
};
