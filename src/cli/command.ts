// What every CLI command shares: options, parsing, output streams, exit codes.
// Human output goes to stderr; machine output (--json, --stdout, URIs) and help that was asked for
// to stdout. Commands write through the Io they are given (bin.ts hands them the process's; tests
// their own), never to process.stdout directly.

import { type ParseArgsConfig, parseArgs } from 'node:util';
import { oneOf } from '../core/choice.js';
import { closest } from '../core/closest.js';
import { readDuration } from '../core/duration.js';
import { EXIT, InputError } from '../core/errors.js';
import { DEFAULT_TIMEOUT_MS } from '../core/timeouts.js';

export { EXIT };

/** A mistake on the command line: an unknown command or option, a bad value (exit status 2). */
export class UsageError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A flag whose value must be one of `allowed` (absent: undefined); a wrong one is a usage error. */
export function flagOneOf<T extends string>(
  allowed: readonly T[],
  value: unknown,
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  try {
    return oneOf(allowed, String(value), flag);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** What the command line reads and writes besides its arguments: the process's, or a test's. */
export interface Io {
  /** Machine output (--json, --stdout, URIs), written as given. */
  readonly stdout: (chunk: string | Uint8Array) => void;
  /** Human output, written as given. */
  readonly stderr: (chunk: string) => void;
  /** The environment (default: the process's). */
  readonly env?: NodeJS.ProcessEnv;
  /** All of standard input, for `-` (default: nothing). */
  readonly stdin?: () => string;
  /** Whether stderr is a terminal, where warm draws a live status line (default: no). */
  readonly stderrIsTTY?: boolean;
}

/**
 * A command's view of its Io: `out` writes machine output as given, `err` one human line (silent
 * with --quiet), `error` one line about what went wrong (always shown).
 */
export interface CommandIo {
  out(chunk: string | Uint8Array): void;
  err(line: string): void;
  error(line: string): void;
  /** Human output as given (no newline added), for a status line redrawn in place (silent with --quiet). */
  errRaw(chunk: string): void;
  readonly env: NodeJS.ProcessEnv;
  stdin(): string;
  readonly stderrIsTTY: boolean;
}

/** The streams of one run; with `quiet`, human output other than errors is dropped. */
export function commandIo(io: Io, { quiet = false }: { quiet?: boolean } = {}): CommandIo {
  const human = quiet ? () => {} : (chunk: string) => io.stderr(chunk);
  return {
    out: (chunk) => io.stdout(chunk),
    err: (line) => human(`${line}\n`),
    error: (line) => io.stderr(`${line}\n`),
    errRaw: (chunk) => human(chunk),
    env: io.env ?? process.env,
    stdin: io.stdin ?? (() => ''),
    get stderrIsTTY() {
      return io.stderrIsTTY === true;
    },
  };
}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  readonly name: string;
  /** One line for the main help. */
  readonly summary: string;
  readonly help: string;
  readonly options: Options;
  run(values: Record<string, unknown>, positionals: string[], io: CommandIo): Promise<number>;
}

/** Options every command takes (added by `parse`). */
const COMMON_OPTIONS = {
  quiet: { type: 'boolean', short: 'q' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** Every command that calls AWS takes a profile: its credentials, region and endpoint settings. */
export const PROFILE_OPTION = { profile: { type: 'string' } } as const satisfies Options;

/** `profile` for a use case, when --profile was given. */
export function profileOption(v: Record<string, unknown>): { profile?: string } {
  return typeof v.profile === 'string' ? { profile: v.profile } : {};
}

/** A command's help, with the options of `parse` (and --profile, for a command that has it). */
export function commandHelp(command: Command): string {
  return `${command.help}\n\n${commonHelp(command)}`;
}

function commonHelp(command: Command): string {
  const profile = command.options.profile
    ? `  --profile NAME          the AWS profile for credentials, region and endpoint settings
                          (default: AWS_PROFILE)\n`
    : '';
  return `Common options:
${profile}  -q, --quiet             print errors only
  --debug                 print each request on stderr: method, host, path, status, time in ms
                          (never a header, token or password)
  -h, --help              this help`;
}

/** Every command that talks to the network ends by this time. */
export const TIMEOUT_OPTION = { timeout: { type: 'string' } } as const satisfies Options;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** A duration as the CLI shows it: 2m, 10m30.0s, 4.5s. */
export const formatDuration = (ms: number) =>
  ms < 60_000 ? seconds(ms) : `${Math.floor(ms / 60_000)}m${ms % 60_000 ? seconds(ms % 60_000) : ''}`;

export const timeoutHelp = (defaultMs = DEFAULT_TIMEOUT_MS) =>
  `  --timeout DURATION      for the whole run, e.g. 90s, 5m (default ${formatDuration(defaultMs)}); on expiry the
                          command names the endpoint that did not answer and exits 1`;

/** `timeoutMs` for a use case, when --timeout was given. */
export function timeoutOption(v: Record<string, unknown>): { timeoutMs?: number } {
  return v.timeout === undefined ? {} : { timeoutMs: parseDuration(v.timeout as string, '--timeout') };
}

/** Options of every command that needs a registry target. */
export const TARGET_OPTIONS = {
  registry: { type: 'string' },
  rule: { type: 'string', multiple: true },
  region: { type: 'string' },
  ...PROFILE_OPTION,
  ...TIMEOUT_OPTION,
} as const satisfies Options;

export const TARGET_HELP = `  --registry HOST         registry host of the cache, or an account id (default: the caller's
                          registry as ECR names it, in the region; never STS)
  --rule PREFIX=URL       a pull-through cache rule, e.g. docker-hub=registry-1.docker.io
                          (repeat; URL/PATH for an ECR-to-ECR upstream repository prefix;
                          default: DescribePullThroughCacheRules)
  --region REGION         AWS region (default: AWS_REGION, the profile's region,
                          AWS_DEFAULT_REGION)`;

/** The target options of the command line; `io` is told of the rules discovery leaves out. */
export function targetOptions(v: Record<string, unknown>, io: Pick<CommandIo, 'err'>) {
  return {
    registry: v.registry as string | undefined,
    rules: v.rule as string[] | undefined,
    region: v.region as string | undefined,
    ...profileOption(v),
    ...timeoutOption(v),
    onWarning: (message: string) => io.err(`warning: ${message}`),
  };
}

export function parse(command: Command, argv: string[]) {
  const options: Options = { ...command.options, ...COMMON_OPTIONS };
  checkOptions(options, argv);
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Options given as a person would want to hear about them: unknown (with the likely one), or missing a value. */
function checkOptions(options: Options, argv: string[]): void {
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const option = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
    if (!option) {
      const likely = closest(t.name, Object.keys(options));
      throw new UsageError(`unknown option ${t.rawName}${likely ? ` (did you mean --${likely}?)` : ''}`);
    }
    if (option.type === 'boolean' && t.value !== undefined)
      throw new UsageError(`option ${t.rawName} takes no value (given "${t.value}")`);
    // As Node's parser does: a value that looks like an option is taken for a forgotten value.
    if (option.type === 'string' && (t.value === undefined || (!t.inlineValue && /^-./.test(t.value))))
      throw new UsageError(
        `option ${t.rawName} needs a value${t.value === undefined ? '' : ` (${t.value} is an option; write ${t.rawName}=${t.value} if it is the value)`}`,
      );
  }
}

/** Parse a duration such as 90s, 10m, 1h or a number of seconds. */
export function parseDuration(text: string, flag: string): number {
  try {
    return readDuration(text, flag);
  } catch (e) {
    throw e instanceof InputError ? new UsageError(e.message) : e;
  }
}

/** Parse a positive whole number option. */
export function parseCount(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} must be a whole number of at least 1, not "${text}"`);
  return n;
}
