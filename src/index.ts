// The library facade: the only public API. The CLI and the action call exactly this.

export { getRegistryCredentials, type RegistryCredentials, type TokenRequest } from './aws/token.js';
export { type DoctorFinding, formatFindings, type Severity } from './core/doctor-findings.js';
export { type EcrHost, ecrHostFor, parseEcrHost } from './core/ecr-host.js';
export { formatImageRef, type ImageRef, InvalidReferenceError, parseImageRef } from './core/reference.js';
export type { Change, FileKind, Finding, Rewrite } from './core/rewrite.js';
export { extractImages, rewriteText } from './core/rewrite.js';
export {
  type CacheRule,
  type ImageMapping,
  InvalidRuleError,
  type Mapping,
  mapImage,
  mapReference,
  parseRuleSpec,
  type RegistryTarget,
} from './core/rules.js';
export {
  parseSetupConfig,
  type SetupConfig,
  type SetupFlags,
  setupConfigFromFlags,
} from './core/setup-config.js';
export { formatSetupSteps } from './core/setup-plan.js';
export { type DoctorOptions, type DoctorReport, doctor, type NetworkProbe } from './doctor.js';
export { InputError, OperationError } from './errors.js';
export {
  type LoggedIn,
  type LoginMethod,
  type LoginOptions,
  type LoginResult,
  login,
  logout,
  type SessionEntry,
} from './login.js';
export { type FileNote, type PrepareOptions, type PrepareReport, prepare } from './prepare.js';
export {
  type FileRewrite,
  type RewriteOptions,
  type RewriteReport,
  rewriteFiles,
  unifiedDiff,
} from './rewrite.js';
export { type SetupOptions, type SetupReport, type SetupStepReport, setup } from './setup.js';
export { resolveTarget, TargetError, type TargetOptions } from './target.js';
export {
  DEFAULT_WARM_TIMEOUT_MS,
  type PollSchedule,
  type RateLimitPolicy,
  type WarmEvent,
  type WarmImageResult,
  type WarmOptions,
  type WarmResult,
  type WarmStatus,
  warm,
} from './warm.js';
