export type { RegistryCredentials, TokenRequest } from './aws/token.js';
export { BUILDKIT_BUILDER_IMAGE } from './core/buildkit.js';
export { type DoctorFinding, formatFindings, type Severity } from './core/doctor/findings.js';
export { InputError, OperationError } from './core/errors.js';
export { type EcrHost, ecrHostFor, parseEcrHost } from './core/image/ecr-host.js';
export { formatImageRef, type ImageRef, InvalidReferenceError, parseImageRef, } from './core/image/reference.js';
export { type CacheRule, type ImageMapping, InvalidRuleError, type Mapping, mapImage, mapReference, parseRuleSpec, type RegistryTarget, } from './core/image/rules.js';
export { MIRROR_FORMATS, type MirrorConfig, type MirrorFile, type MirrorFormat, type MirrorInput, renderMirrors, } from './core/mirrors/index.js';
export type { Change, FileKind, Finding, Rewrite } from './core/rewrite/rewrite.js';
export { extractImages, rewriteText } from './core/rewrite/rewrite.js';
export { parseSetupConfig, type SetupConfig, type SetupFlags, setupConfigFromFlags, } from './core/setup/config.js';
export { formatSetupSteps } from './core/setup/format.js';
export type { EndpointService, UnansweredRequest } from './core/unanswered.js';
export { dockerConfigDir, ENGINES, LOGIN_METHODS } from './host/docker-config.js';
export { clearSession, loadSession, saveSession } from './host/session.js';
export { Deadline, DeadlineError, type DeadlineOptions } from './run/deadline.js';
export type { DoctorOptions, DoctorReport, NetworkProbe } from './use-cases/doctor.js';
export type { LoggedIn, LoginMethod, LoginOptions, LoginResult, SessionEntry } from './use-cases/login.js';
export { type MirrorsOptions, type MirrorsReport, mirrors } from './use-cases/mirrors.js';
export type { FileNote, PhaseRunner, PrepareMode, PrepareOptions, PrepareReport, } from './use-cases/prepare/prepare.js';
export { type FileRewrite, type RewriteOptions, type RewriteReport, rewriteFiles, unifiedDiff, } from './use-cases/rewrite.js';
export type { SetupOptions, SetupReport, SetupStepReport } from './use-cases/setup.js';
export { resolveTarget, TargetError, type TargetOptions } from './use-cases/target.js';
export type { PollSchedule, RateLimitPolicy, WarmEvent, WarmImageResult, WarmOptions, WarmResult, WarmStatus, } from './use-cases/warm/types.js';
import type { RegistryCredentials, TokenRequest } from './aws/token.js';
import type { DoctorOptions, DoctorReport } from './use-cases/doctor.js';
import type { LoginOptions, LoginResult, SessionEntry } from './use-cases/login.js';
import type { PrepareOptions, PrepareReport } from './use-cases/prepare/prepare.js';
import type { SetupOptions, SetupReport } from './use-cases/setup.js';
import type { WarmOptions, WarmResult } from './use-cases/warm/types.js';
/** Log in to ECR registries: a token per region, `docker login --password-stdin` or the docker config. */
export declare function login(options?: LoginOptions): Promise<LoginResult>;
/** Remove exactly what a login session added; failures come back as warnings. */
export declare function logout(session: readonly SessionEntry[], options?: {
    env?: NodeJS.ProcessEnv;
}): Promise<{
    removed: string[];
    warnings: string[];
}>;
/** Registry credentials from GetAuthorizationToken, one call per region. */
export declare function getRegistryCredentials(request: TokenRequest): Promise<RegistryCredentials[]>;
/** Make every image ready in the pull-through cache before a build pulls it. */
export declare function warm(options: WarmOptions): Promise<WarmResult>;
/** Everything the action does: login, rules, rewrite, map, warm. */
export declare function prepare(options?: PrepareOptions): Promise<PrepareReport>;
/** Check a registry for private-subnet CI and say what is missing, with the fix. */
export declare function doctor(options?: DoctorOptions): Promise<DoctorReport>;
/** Make a registry ready for private-subnet CI from one declarative configuration. */
export declare function setup(options: SetupOptions): Promise<SetupReport>;
