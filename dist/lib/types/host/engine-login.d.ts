import type { RegistryCredentials } from '../core/credentials.js';
import type { Run } from '../run/run.js';
/** The environment an engine runs with: only ENGINE_VARIABLES of `env`. */
export declare function engineEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
/**
 * `ENGINE login --username U --password-stdin REGISTRY`, tried again on transient failures, within
 * the deadline. A refusal is an OperationError with the engine's words, redacted, and a hint.
 */
export declare function engineLogin(run: Run, engine: string, cred: RegistryCredentials, env: NodeJS.ProcessEnv): Promise<void>;
/** `ENGINE logout REGISTRY`; a refusal is thrown with what the engine said. */
export declare function engineLogout(engine: string, registry: string, env: NodeJS.ProcessEnv): Promise<void>;
