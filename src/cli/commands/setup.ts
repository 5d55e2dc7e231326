import { readFileSync } from 'node:fs';
import { displayName } from '../../core/display.js';
import { errnoText } from '../../host/files.js';
import { formatSetupSteps, InputError, parseSetupConfig, setup, setupConfigFromFlags } from '../../index.js';
import {
  type Command,
  EXIT,
  PROFILE_OPTION,
  parseCount,
  profileOption,
  TIMEOUT_OPTION,
  timeoutHelp,
  timeoutOption,
  UsageError,
} from '../command.js';

export const setupCommand: Command = {
  name: 'setup',
  summary: 'make a registry ready for private-subnet CI from one declarative file',
  options: {
    config: { type: 'string', short: 'c' },
    rule: { type: 'string', multiple: true },
    credentials: { type: 'string', multiple: true },
    'expire-after-days': { type: 'string' },
    'organization-id': { type: 'string' },
    region: { type: 'string' },
    ...PROFILE_OPTION,
    'dry-run': { type: 'boolean' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
    ...TIMEOUT_OPTION,
  },
  help: `Usage: ecr-pull-through setup --config FILE [--dry-run] [--force]
       ecr-pull-through setup --rule PREFIX=URL... [--credentials PREFIX=USERNAME_ENV:TOKEN_ENV]...
                              [--expire-after-days N] [--organization-id o-...]

Creates or updates pull-through cache rules, their Secrets Manager credentials (from environment
variables; values are never printed or written to disk), a repository creation template for
PULL_THROUGH_CACHE with an expire-after-N-days lifecycle policy, and optionally a registry policy
for an AWS organization. A second run changes nothing and says so. See examples/setup.yaml.

Options:
  --config, -c FILE       the setup file (YAML)
  --rule PREFIX=URL       a rule, e.g. docker-hub=registry-1.docker.io (repeat)
  --credentials PREFIX=USERNAME_ENV:TOKEN_ENV
                          the rule's credentials from these variables, stored in the secret
                          ecr-pullthroughcache/PREFIX; or PREFIX=SECRET_NAME (an existing secret),
                          or PREFIX=SECRET_NAME:USERNAME_ENV:TOKEN_ENV
  --expire-after-days N   a ROOT creation template whose images expire N days after import
  --organization-id ID    let this AWS organization pull through the cache (registry policy)
  --region REGION         AWS region (default: the file's region, AWS_REGION, AWS_DEFAULT_REGION)
  --dry-run               print the plan, change nothing
  --force                 delete and re-create rules whose upstream changed
  --json                  print the report as JSON on stdout
${timeoutHelp()}

Exit status: 0 done (or nothing to do), 1 a step is blocked or failed, 2 invalid input.`,

  async run(v, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const flags = ['rule', 'credentials', 'expire-after-days', 'organization-id'].filter(
      (f) => v[f] !== undefined,
    );
    let config: ReturnType<typeof parseSetupConfig>;
    if (typeof v.config === 'string') {
      if (flags.length > 0) throw new UsageError(`--config cannot be combined with --${flags.join(', --')}`);
      config = readSetupFile(v.config);
    } else {
      if (flags.length === 0)
        throw new UsageError('setup needs --config FILE, or --rule / --expire-after-days flags');
      const days = v['expire-after-days'] as string | undefined;
      config = setupConfigFromFlags({
        rules: v.rule as string[] | undefined,
        credentials: v.credentials as string[] | undefined,
        ...(days !== undefined && { expireAfterDays: parseCount(days, '--expire-after-days') }),
        organizationId: v['organization-id'] as string | undefined,
      });
    }
    const report = await setup({
      config,
      region: v.region as string | undefined,
      dryRun: v['dry-run'] === true,
      force: v.force === true,
      ...profileOption(v),
      ...timeoutOption(v),
    });
    const where = `${report.account} in ${report.region}`;
    io.err(`${report.dryRun ? 'setup plan' : 'setup'} for registry ${where}:`);
    for (const line of formatSetupSteps(report.steps, report)) io.err(line);
    if (v.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
    return report.blocked ? EXIT.failed : EXIT.ok;
  },
};

/** Read and check a setup file (also used by doctor --config). */
export function readSetupFile(path: string): ReturnType<typeof parseSetupConfig> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${displayName(path)}: ${errnoText(e)}`);
  }
  return parseSetupConfig(text, displayName(path));
}
