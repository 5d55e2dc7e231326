// Test doubles for login: two registries in two regions behind one ECR endpoint, and engines that
// refuse one registry or repeat the password on stderr.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../emulator/index.js';

/** The region a SigV4 request is signed for (the SDK signs each region's client for its region). */
const SIGNED_REGION = /Credential=[^/]+\/\d+\/([^/]+)\//;

export interface TwoRegions {
  readonly east: Emulator;
  readonly west: Emulator;
  /** The ECR API for both regions (AWS_ENDPOINT_URL_ECR): requests go to the emulator of their region. */
  readonly apiUrl: string;
  /** Registry entries for `--registry`, east first. */
  readonly registries: readonly [string, string];
  env(): Record<string, string>;
  stop(): Promise<void>;
}

/** Two stand-ins (us-east-1, eu-west-1), each with its own registry host, behind one endpoint. */
export async function startTwoRegions(): Promise<TwoRegions> {
  const east = await startEmulator({ upstream: 'memory', region: 'us-east-1' });
  const west = await startEmulator({ upstream: 'memory', region: 'eu-west-1' });
  const server: Server = createServer((req, res) => {
    const region = SIGNED_REGION.exec(String(req.headers.authorization ?? ''))?.[1];
    const to = new URL(req.url!, region === 'eu-west-1' ? west.apiUrl : east.apiUrl);
    const forward = request(to, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    east,
    west,
    apiUrl,
    registries: [
      `${east.account}.dkr.ecr.us-east-1.amazonaws.com`,
      `${west.account}.dkr.ecr.eu-west-1.amazonaws.com`,
    ],
    env: () => ({ ...east.env(), AWS_ENDPOINT_URL_ECR: apiUrl }),
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([east.stop(), west.stop()]);
    },
  };
}

export interface ScriptedEngine {
  /** A directory to put first on PATH. */
  readonly bin: string;
  /** Every call, in order: its argv and what it read on stdin. */
  calls(): { argv: string[]; stdin: string }[];
}

/**
 * A `docker` on PATH that records its argv and runs `body` (sh, with the password from stdin in
 * $pw and the last argument in $host).
 */
export function scriptedEngine(body: string): ScriptedEngine {
  const root = mkdtempSync(join(tmpdir(), 'ept-engine-'));
  const bin = join(root, 'bin');
  const log = join(root, 'log');
  mkdirSync(bin);
  mkdirSync(log);
  const script = `#!/bin/sh
n=$(date +%s%N)
printf '%s\\n' "$@" > "${log}/$n.argv"
pw=$(cat)
printf '%s' "$pw" > "${log}/$n.stdin"
for host; do :; done
${body}
`;
  writeFileSync(join(bin, 'docker'), script);
  chmodSync(join(bin, 'docker'), 0o755);
  return {
    bin,
    calls: () =>
      readdirSync(log)
        .filter((f) => f.endsWith('.argv'))
        .sort()
        .map((f) => ({
          argv: readFileSync(join(log, f), 'utf8').split('\n').slice(0, -1),
          stdin: readFileSync(join(log, f.replace(/argv$/, 'stdin')), 'utf8'),
        })),
  };
}

/** An engine that logs in anywhere but `refused`, which it refuses as a registry would (401). */
export function engineRefusing(refused: string): ScriptedEngine {
  return scriptedEngine(
    `if [ "$1" = login ] && [ "$host" = "${refused}" ]; then
  echo "Error response from daemon: login attempt to http://$host/v2/ failed with status: 401 Unauthorized" >&2
  exit 1
fi
exit 0`,
  );
}

/** The forms a registry password travels in: raw, base64, and docker's base64 of `AWS:password`. */
export function passwordForms(password: string): string[] {
  return [
    password,
    Buffer.from(password).toString('base64'),
    Buffer.from(`AWS:${password}`).toString('base64'),
  ];
}
