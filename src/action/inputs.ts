// The only reader of the action's inputs: names here are the contract declared in action.yml.

import { oneOf } from '../core/choice.js';
import { DEFAULTS } from '../core/defaults.js';
import { DURATION_EXAMPLES, readDuration } from '../core/duration.js';
import { InputError } from '../core/errors.js';
import { type PrepareMode, prepareMode } from '../core/prepare-mode.js';
import { LOGIN_METHODS } from '../host/docker-config.js';
import type { LoginMethod } from '../use-cases/login.js';
import { getBooleanInput, getInput, getMultilineInput } from './runner.js';

export interface ActionInputs {
  readonly region?: string;
  readonly registries: string[];
  readonly rules: string[];
  readonly dockerfiles: string[];
  readonly files: string[];
  readonly images: string[];
  readonly login: boolean;
  readonly loginMethod: LoginMethod;
  readonly mode: PrepareMode;
  /** Set docker_username_* / docker_password_* outputs, as aws-actions/amazon-ecr-login does. */
  readonly credentialOutputs: boolean;
  readonly warm: boolean;
  /** warm-timeout: the whole step's time. */
  readonly warmTimeoutMs: number;
  readonly concurrency: number;
  readonly platforms: string[];
  readonly failOnUnmapped: boolean;
  readonly maskPassword: boolean;
  readonly skipLogout: boolean;
  readonly httpProxy?: string;
  /** Also warm the BuildKit builder image (moby/buildkit) that setup-buildx-action runs. */
  readonly warmBuildkit: boolean;
}

/** The input names, as action.yml declares them (a test checks the two agree). */
export const INPUT_NAMES = [
  'region',
  'registries',
  'rules',
  'dockerfiles',
  'files',
  'images',
  'login',
  'login-method',
  'warm',
  'warm-timeout',
  'concurrency',
  'platforms',
  'fail-on-unmapped',
  'mask-password',
  'skip-logout',
  'http-proxy',
  'warm-buildkit',
  'mode',
  'credential-outputs',
] as const;

const list = (name: string) =>
  getMultilineInput(name)
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
const lines = (name: string) => getMultilineInput(name).filter((l) => l.trim() && !l.trim().startsWith('#'));
const flag = (name: string, fallback: boolean) => (getInput(name) ? getBooleanInput(name) : fallback);

/** A duration input; a bad one names the input (not a CLI flag). */
function duration(name: string, fallbackMs: number): number {
  const text = getInput(name);
  if (!text) return fallbackMs;
  const ms = readDuration(text, name);
  if (ms <= 0) throw new InputError(`${name} must be a duration such as ${DURATION_EXAMPLES}, not "${text}"`);
  return ms;
}

export function readInputs(): ActionInputs {
  const method = oneOf(LOGIN_METHODS, getInput('login-method') || DEFAULTS.loginMethod, 'login-method');
  const concurrency = Number(getInput('concurrency') || DEFAULTS.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`concurrency must be a whole number of at least 1, not "${getInput('concurrency')}"`);
  }
  return {
    region: getInput('region') || undefined,
    registries: list('registries'),
    rules: lines('rules').map((l) => l.trim()),
    dockerfiles: lines('dockerfiles').map((l) => l.trim()),
    files: lines('files').map((l) => l.trim()),
    images: lines('images').map((l) => l.trim()),
    login: flag('login', DEFAULTS.login),
    loginMethod: method as LoginMethod,
    mode: prepareMode(getInput('mode'), 'mode'),
    credentialOutputs: flag('credential-outputs', DEFAULTS.credentialOutputs),
    warm: flag('warm', DEFAULTS.warm),
    warmTimeoutMs: duration('warm-timeout', DEFAULTS.warmTimeoutMs),
    concurrency,
    platforms: list('platforms'),
    failOnUnmapped: flag('fail-on-unmapped', DEFAULTS.failOnUnmapped),
    maskPassword: flag('mask-password', DEFAULTS.maskPassword),
    skipLogout: flag('skip-logout', DEFAULTS.skipLogout),
    httpProxy: getInput('http-proxy') || undefined,
    warmBuildkit: flag('warm-buildkit', DEFAULTS.warmBuildkit),
  };
}
