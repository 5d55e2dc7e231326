// Command-line options and help. Exit codes: 0 success, 1 the job failed (or --check found work),
// 2 usage or input error.

import { parseArgs } from 'node:util';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const common = {
  registry: { type: 'string' },
  rule: { type: 'string', multiple: true },
  region: { type: 'string' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const COMMANDS = {
  rewrite: {
    ...common,
    stdout: { type: 'boolean' },
    check: { type: 'boolean' },
    diff: { type: 'boolean' },
    include: { type: 'string', multiple: true },
    type: { type: 'string' },
  },
  map: { ...common },
} as const;

export type CommandName = keyof typeof COMMANDS;

export const HELP: Record<CommandName | 'main', string> = {
  main: `ecr-pull-through: use Amazon ECR pull-through cache from CI that has no internet.

Usage: ecr-pull-through <command> [options]

Commands:
  rewrite [PATH...]   rewrite image references in Dockerfiles, image lists, compose and
                      Kubernetes YAML to pull-through cache URIs (in place, atomically)
  map IMAGE... | -    print the pull-through cache URI of each image (- reads stdin)

Rules come from repeated --rule PREFIX=UPSTREAM_URL flags (no AWS call), otherwise from
DescribePullThroughCacheRules; the registry from --registry HOST, otherwise from the caller's
account and region. Run 'ecr-pull-through <command> --help' for a command's options.

Exit status: 0 success, 1 the job failed (or --check found work), 2 usage or input error.`,
  rewrite: `Usage: ecr-pull-through rewrite [PATH...] [options]

Rewrites FROM images (and COPY --from, RUN --mount from=, global ARG defaults used by FROM),
image lists (*.images, images.txt), and image: values in compose and Kubernetes YAML. Nothing
else in a file changes. Directories are searched for Dockerfile, *.Dockerfile, Dockerfile.*,
Containerfile, *.yaml, *.yml, *.images and images.txt. Default PATH: the current directory.

Options:
  --registry HOST         registry host of the cache (default: caller's account and region)
  --rule PREFIX=URL       a pull-through cache rule, e.g. docker-hub=registry-1.docker.io
                          (repeat; URL/PATH for an ECR-to-ECR upstream repository prefix)
  --region REGION         AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)
  --stdout                print the rewritten file instead of writing it (one file)
  --check                 write nothing; exit 1 if a file would change
  --diff                  print a unified diff; write nothing
  --include GLOB          choose files in directories by glob (repeat)
  --type KIND             treat every file as dockerfile, list or yaml
  --strict                a reference with no rule is an error (exit 1, nothing written)
  --json                  print a JSON report on stdout`,
  map: `Usage: ecr-pull-through map IMAGE... | map -

Prints the pull-through cache URI of each image on its own line, in order. An image no rule
covers is printed unchanged (with a note on stderr). '-' reads images from stdin, one per line.

Options:
  --registry HOST, --rule PREFIX=URL, --region REGION   as for rewrite
  --strict                an image with no rule makes the exit status 1
  --json                  print [{"image","uri","status","reason"}] on stdout`,
};

export function parseCommand<C extends CommandName>(command: C, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: COMMANDS[command], allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
