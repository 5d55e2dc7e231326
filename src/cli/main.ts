// The command line as a function: find the command, parse its options, run it, and end with the
// exit status the outcome means (a failure's own, see core/errors.ts). No side effect on import:
// bin.ts hands it the process's argv and streams; tests call it with their own.

import { failureOf, InputError } from '../core/errors.js';
import { nodeDebugRefusal } from '../host/node-debug.js';
import { formatRequest, onRequest } from '../net/request-log.js';
import { VERSION } from '../version.js';
import { type Command, commandHelp, commandIo, EXIT, type Io, parse, UsageError } from './command.js';

// Each command is loaded when it runs (a chunk of its own in the bundle): `map` never evaluates
// what `warm` or `login` need. The main help is the only place that loads them all.
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  rewrite: async () => (await import('./commands/rewrite.js')).rewriteCommand,
  map: async () => (await import('./commands/map.js')).mapCommand,
  mirrors: async () => (await import('./commands/mirrors.js')).mirrorsCommand,
  login: async () => (await import('./commands/login.js')).loginCommand,
  logout: async () => (await import('./commands/login.js')).logoutCommand,
  warm: async () => (await import('./commands/warm.js')).warmCommand,
  prepare: async () => (await import('./commands/prepare.js')).prepareCommand,
  doctor: async () => (await import('./commands/doctor.js')).doctorCommand,
  setup: async () => (await import('./commands/setup.js')).setupCommand,
};

/** Every command, loaded one after the other, for the main help's list. */
async function allCommands(): Promise<Command[]> {
  const commands: Command[] = [];
  for (const load of Object.values(COMMANDS)) commands.push(await load());
  return commands;
}

const mainHelp =
  async () => `ecr-pull-through: use Amazon ECR pull-through cache from CI that has no internet.

Usage: ecr-pull-through <command> [options]

Commands:
${(await allCommands()).map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Rules come from repeated --rule PREFIX=UPSTREAM_URL flags (no AWS call), otherwise from
DescribePullThroughCacheRules; the registry from --registry HOST (or ACCOUNT), otherwise from
the proxyEndpoint GetAuthorizationToken answers with (ECR's own name for it; never STS).
Credentials and region follow the SDK (AWS_PROFILE or --profile NAME, AWS_REGION or --region);
registry hosts follow AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT as the API does.
Every command takes --quiet (errors only) and --debug (each request: method, host, path,
status, time; never a secret). Run 'ecr-pull-through <command> --help' for its options.

Exit status: 0 success, 1 the job failed (or --check found work), 2 usage or input error.`;

/** Run the command line `argv` (without node and the script) on `io`; resolves to the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let cio = commandIo(io);
  const { out } = cio;
  const err = (line: string) => cio.error(line);
  let stopDebug = () => {};
  const [name, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      err(await mainHelp());
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-V') {
      out(`${VERSION}\n`);
      return EXIT.ok;
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) throw new UsageError(`unknown command "${name}"`);
    command = await load();
    const { values, positionals } = parse(command, rest);
    if (values.help) {
      err(commandHelp(command));
      return EXIT.ok;
    }
    if (values.quiet && values.debug) throw new UsageError('--quiet and --debug cannot be used together');
    cio = commandIo(io, { quiet: values.quiet === true });
    if (values.debug) stopDebug = onRequest((r) => io.stderr(`debug: ${formatRequest(r)}\n`));
    // Node's own debug output would print secrets: such a run does not start (exit 2).
    const refused = nodeDebugRefusal(cio.env, '--debug');
    if (refused) throw new InputError(refused);
    return await command.run(values, positionals, cio);
  } catch (e) {
    const failure = failureOf(e);
    err(`ecr-pull-through: ${failure.message}`);
    // A usage error's fix is the help of the command it was made on.
    if (e instanceof UsageError)
      err(`Run 'ecr-pull-through ${command ? `${command.name} ` : ''}--help' for usage.`);
    else if (failure.hint) err(`hint: ${failure.hint}`);
    return failure.exitCode;
  } finally {
    stopDebug();
  }
}
