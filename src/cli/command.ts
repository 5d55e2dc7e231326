// What every CLI command shares: options, parsing, output streams, exit codes.
// Human output goes to stderr; machine output (--json, --stdout, URIs) to stdout.

import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DURATION_EXAMPLES, parseDurationMs } from '../core/duration.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  readonly name: string;
  /** One line for the main help. */
  readonly summary: string;
  readonly help: string;
  readonly options: Options;
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

/** Every command that talks to the network ends by this time. */
export const TIMEOUT_OPTION = { timeout: { type: 'string' } } as const satisfies Options;

export const timeoutHelp = (defaultText: string) =>
  `  --timeout DURATION      for the whole run, e.g. 90s, 5m (default ${defaultText}); on expiry the
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
  ...TIMEOUT_OPTION,
} as const satisfies Options;

export const TARGET_HELP = `  --registry HOST         registry host of the cache (default: caller's account and region)
  --rule PREFIX=URL       a pull-through cache rule, e.g. docker-hub=registry-1.docker.io
                          (repeat; URL/PATH for an ECR-to-ECR upstream repository prefix;
                          default: DescribePullThroughCacheRules)
  --region REGION         AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)`;

export function targetOptions(v: Record<string, unknown>) {
  return {
    registry: v.registry as string | undefined,
    rules: v.rule as string[] | undefined,
    region: v.region as string | undefined,
    ...timeoutOption(v),
  };
}

export function parse(command: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export const out = (s: string | Buffer): void => {
  process.stdout.write(s);
};
export const err = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

/** Parse a duration such as 90s, 10m, 1h or a number of seconds. */
export function parseDuration(text: string, flag: string): number {
  const ms = parseDurationMs(text);
  if (ms === undefined)
    throw new UsageError(`${flag} must be a duration such as ${DURATION_EXAMPLES}, not "${text}"`);
  return ms;
}

/** Parse a positive whole number option. */
export function parseCount(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} must be a whole number of at least 1, not "${text}"`);
  return n;
}
