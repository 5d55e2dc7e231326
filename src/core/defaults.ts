// Every default a caller of the whole job can leave out, in one table: the action reads its inputs'
// defaults here, the library's use cases name the same constants, and a test checks that action.yml
// declares the same. Timeouts have their home in timeouts.ts.

import { DEFAULT_PREPARE_MODE } from './prepare-mode.js';
import { DEFAULT_WARM_TIMEOUT_MS } from './timeouts.js';

/** Images (and their calls) warmed at once. */
export const DEFAULT_CONCURRENCY = 8;

/** `auto`: `docker login` when the engine's CLI is on PATH, else the docker config written directly. */
export const DEFAULT_LOGIN_METHOD = 'auto';

/** By prepare's option names (the action's inputs are these, kebab-cased); the last two are the action's own. */
export const DEFAULTS = {
  mode: DEFAULT_PREPARE_MODE,
  login: true,
  loginMethod: DEFAULT_LOGIN_METHOD,
  warm: true,
  warmTimeoutMs: DEFAULT_WARM_TIMEOUT_MS,
  concurrency: DEFAULT_CONCURRENCY,
  failOnUnmapped: false,
  warmBuildkit: false,
  /** The post step logs out unless told not to. */
  skipLogout: false,
  /** Passwords are always masked; the input is kept for compatibility with amazon-ecr-login. */
  maskPassword: true,
  /** docker_username_* / docker_password_* outputs, as amazon-ecr-login sets them: opt-in. */
  credentialOutputs: false,
} as const;
