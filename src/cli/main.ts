// The command line as a function: find the command, parse its options, run it, and end with the
// exit status the outcome means (a failure's own, see core/errors.ts). No side effect on import:
// bin.ts hands it the process's argv and streams; tests call it with their own.

import { failureOf } from '../core/errors.js';
import { nodeDebugWarning } from '../host/docker-config.js';
import { VERSION } from '../version.js';
import { type Command, commandIo, EXIT, type Io, parse, UsageError } from './command.js';
import { doctorCommand } from './commands/doctor.js';
import { loginCommand, logoutCommand } from './commands/login.js';
import { mapCommand } from './commands/map.js';
import { mirrorsCommand } from './commands/mirrors.js';
import { rewriteCommand } from './commands/rewrite.js';
import { setupCommand } from './commands/setup.js';
import { warmCommand } from './commands/warm.js';

const COMMANDS: readonly Command[] = [
  rewriteCommand,
  mapCommand,
  mirrorsCommand,
  loginCommand,
  logoutCommand,
  warmCommand,
  doctorCommand,
  setupCommand,
];

const MAIN_HELP = `ecr-pull-through: use Amazon ECR pull-through cache from CI that has no internet.

Usage: ecr-pull-through <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Rules come from repeated --rule PREFIX=UPSTREAM_URL flags (no AWS call), otherwise from
DescribePullThroughCacheRules; the registry from --registry HOST, otherwise from the caller's
account and region. Run 'ecr-pull-through <command> --help' for a command's options.

Exit status: 0 success, 1 the job failed (or --check found work), 2 usage or input error.`;

/** Run the command line `argv` (without node and the script) on `io`; resolves to the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const cio = commandIo(io);
  const { out, err } = cio;
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      err(MAIN_HELP);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-V') {
      out(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const { values, positionals } = parse(command, rest);
    if (values.help) {
      err(command.help);
      return EXIT.ok;
    }
    const debugLeak = nodeDebugWarning(cio.env);
    if (debugLeak) err(`warning: ${debugLeak}`);
    return await command.run(values, positionals, cio);
  } catch (e) {
    const failure = failureOf(e);
    err(`ecr-pull-through: ${failure.message}`);
    // A usage error's fix is the help of the command it was made on.
    if (e instanceof UsageError)
      err(`Run 'ecr-pull-through ${command ? `${command.name} ` : ''}--help' for usage.`);
    else if (failure.hint) err(`hint: ${failure.hint}`);
    return failure.exitCode;
  }
}
