// The npx entry: find the command, parse its options, run it, map failures to exit codes.

import { nodeDebugWarning } from '../host/docker-config.js';
import { InputError, InvalidRuleError, OperationError, TargetError } from '../index.js';
import { VERSION } from '../version.js';
import { type Command, EXIT, err, out, parse, UsageError } from './command.js';
import { doctorCommand } from './commands/doctor.js';
import { loginCommand, logoutCommand } from './commands/login.js';
import { mapCommand } from './commands/map.js';
import { rewriteCommand } from './commands/rewrite.js';
import { setupCommand } from './commands/setup.js';
import { warmCommand } from './commands/warm.js';

const COMMANDS: readonly Command[] = [
  rewriteCommand,
  mapCommand,
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

/** A missing region is input the user must give (RegionError lives with the SDK code, loaded lazily). */
const isRegionError = (e: unknown) => (e as Error | undefined)?.name === 'RegionError';

export async function main(argv: string[]): Promise<number> {
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
    const debugLeak = nodeDebugWarning(process.env);
    if (debugLeak) err(`warning: ${debugLeak}`);
    return await command.run(values, positionals);
  } catch (e) {
    if (e instanceof UsageError) {
      err(
        `ecr-pull-through: ${e.message}\nRun 'ecr-pull-through ${command ? `${command.name} ` : ''}--help' for usage.`,
      );
      return EXIT.usage;
    }
    if (
      e instanceof InputError ||
      e instanceof InvalidRuleError ||
      e instanceof TargetError ||
      isRegionError(e)
    ) {
      err(`ecr-pull-through: ${(e as Error).message}`);
      return EXIT.usage;
    }
    err(`ecr-pull-through: ${(e as Error).message}`);
    if (e instanceof OperationError && e.hint) err(`hint: ${e.hint}`);
    return EXIT.failed;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
