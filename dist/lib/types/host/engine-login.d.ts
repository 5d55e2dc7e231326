import type { RegistryCredentials } from '../aws/token.js';
import type { Deadline } from '../deadline.js';
/** Whether an executable is on PATH (or is a path to one). */
export declare function findOnPath(name: string, env?: NodeJS.ProcessEnv): string | undefined;
/**
 * `ENGINE login --username U --password-stdin REGISTRY`, tried again on transient failures, within
 * the deadline. A refusal is an OperationError with the engine's words, redacted, and a hint.
 */
export declare function engineLogin(engine: string, cred: RegistryCredentials, env: NodeJS.ProcessEnv, deadline: Deadline): Promise<void>;
/** `ENGINE logout REGISTRY`; a refusal is thrown with what the engine said. */
export declare function engineLogout(engine: string, registry: string, env: NodeJS.ProcessEnv): Promise<void>;
