// The library facade: the only public API. The CLI and the action call exactly this.

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
export { InputError, OperationError } from './errors.js';
export {
  type FileRewrite,
  type RewriteOptions,
  type RewriteReport,
  rewriteFiles,
  unifiedDiff,
} from './rewrite.js';
export { resolveTarget, TargetError, type TargetOptions } from './target.js';
export { type RegistryCredentials, getRegistryCredentials, type TokenRequest } from './aws/token.js';
export { warm, type WarmOptions } from './warm.js';
