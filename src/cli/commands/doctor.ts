import { findingsSummary, formatFinding } from '../../core/doctor/findings.js';
import { doctor, type parseSetupConfig } from '../../index.js';
import {
  type Command,
  EXIT,
  PROFILE_OPTION,
  profileOption,
  TIMEOUT_OPTION,
  timeoutHelp,
  timeoutOption,
} from '../command.js';
import { imagesFrom } from './map.js';
import { readSetupFile } from './setup.js';

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check a registry for private-subnet CI and say what is missing',
  options: {
    config: { type: 'string', short: 'c' },
    region: { type: 'string' },
    ...PROFILE_OPTION,
    'skip-network': { type: 'boolean' },
    json: { type: 'boolean' },
    ...TIMEOUT_OPTION,
  },
  help: `Usage: ecr-pull-through doctor [IMAGE...] [--config FILE] [--skip-network] [--json]

Checks what a first pull through the cache needs, with harmless calls only: the rules (validated
by ECR) and their credential secrets, the caller's permissions, the repository creation template,
and, from where it runs, whether the ECR API, registry and S3 endpoints are private (VPC endpoints)
or public, and whether first pulls can reach the upstream registries. Each finding says how to fix it.

Options:
  --config, -c FILE       also expect the rules of this setup file
  IMAGE...                also expect a rule for each image ('-' reads stdin, one per line)
  --region REGION         AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)
  --skip-network          skip the DNS and reachability checks (when not run from the CI subnet)
  --json                  print the report as JSON on stdout
${timeoutHelp()}

Exit status: 0 nothing would break a pull, 1 something would, 2 invalid input.`,

  async run(v, positionals, io) {
    let config: ReturnType<typeof parseSetupConfig> | undefined;
    if (typeof v.config === 'string') {
      config = readSetupFile(v.config);
    }
    const report = await doctor({
      region: v.region as string | undefined,
      ...(config && { config, configSource: v.config as string }),
      images: imagesFrom(positionals, io),
      ...(v['skip-network'] === true && { network: false }),
      ...profileOption(v),
      ...timeoutOption(v),
    });
    const who = report.registry ? `registry ${report.registry}` : `region ${report.region}`;
    io.err(`doctor: ${who}`);
    // Errors are shown under --quiet too: they are why the exit status is 1.
    for (const f of report.findings)
      for (const line of formatFinding(f)) (f.severity === 'error' ? io.error : io.err)(line);
    (report.errors > 0 ? io.error : io.err)(findingsSummary(report.findings));
    if (v.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
    return report.ok ? EXIT.ok : EXIT.failed;
  },
};
