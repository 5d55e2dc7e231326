// What the command line says about a mistake in its own flags, and where asked-for help goes
// (issue 25): through the CLI bundle as a user runs it. No network: each run stops at its flags.
import { runCli } from '../../helpers/cli.js';

const env = { PATH: process.env.PATH, HOME: '/nonexistent' };

describe('an unknown option: named plainly, with the likely one when close, exit 2', () => {
  test.each([
    [['warm', '--timout', '30s', 'alpine:3'], 'unknown option --timout (did you mean --timeout?)', 'warm'],
    [
      ['login', '--registries', '111122223333'],
      'unknown option --registries (did you mean --registry?)',
      'login',
    ],
    [['prepare', '--registries', 'x'], 'unknown option --registries (did you mean --registry?)', 'prepare'],
    [['setup', '--dryrun'], 'unknown option --dryrun (did you mean --dry-run?)', 'setup'],
    [['rewrite', '--dry-run', 'Dockerfile'], 'unknown option --dry-run', 'rewrite'],
    [['map', '-x', 'alpine'], 'unknown option -x', 'map'],
  ])('%j', async (args, message, command) => {
    const r = await runCli(args, { env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `ecr-pull-through: ${message}\nRun 'ecr-pull-through ${command} --help' for usage.\n`,
    );
  });

  test('no suggestion when nothing is close', async () => {
    const r = await runCli(['rewrite', '--dry-run', 'Dockerfile'], { env });
    expect(r.stderr).not.toContain('did you mean');
  });
});

describe('an option missing its value, or given one it does not take: exit 2', () => {
  test.each([
    [['warm', 'alpine:3', '--timeout'], 'option --timeout needs a value'],
    [
      ['warm', '--timeout', '--quiet', 'alpine:3'],
      'option --timeout needs a value (--quiet is an option; write --timeout=--quiet if it is the value)',
    ],
    [['map', '--strict=yes', 'alpine'], 'option --strict takes no value (given "yes")'],
  ])('%j', async (args, message) => {
    const r = await runCli(args, { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ecr-pull-through: ${message}\n`);
  });
});

describe('help', () => {
  test.each([['rewrite'], ['map'], ['warm'], ['prepare'], ['doctor'], ['setup'], ['mirrors'], ['login']])(
    '%s --help: on stdout (so `| less` shows it), exit 0, nothing on stderr',
    async (name) => {
      const r = await runCli([name, '--help'], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: ecr-pull-through ${name}`);
      expect(r.stderr).toBe('');
    },
  );

  test('the main help, asked for, is on stdout; shown for no command, on stderr with exit 2', async () => {
    const asked = await runCli(['--help'], { env });
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('Usage: ecr-pull-through <command> [options]');
    expect(asked.stderr).toBe('');
    const missing = await runCli([], { env });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('Usage: ecr-pull-through <command> [options]');
  });
});
