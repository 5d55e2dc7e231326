// The habits every command shares, in-process against the local ECR stand-in: --profile (the
// credentials and the region from a profile of real shared config files), --quiet (errors only),
// --debug (each request, never a secret; the bundle's own test is test/e2e/cli/debug.test.ts), and
// registry hosts that follow AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT as the API does.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../emulator/index.js';
import { type Ran, runMain } from '../helpers/run-main.js';

let emu: Emulator;
let dir: string;
let n = 0;

beforeAll(async () => {
  emu = await startEmulator({ upstream: 'memory', region: 'eu-west-1', importTime: 0 });
  dir = mkdtempSync(join(tmpdir(), 'ept-habits-'));
});
afterAll(async () => {
  await emu.stop();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Run the command line with `env` as the whole environment: handed to main and, since the SDK reads
 * the process's, set on it for the run.
 */
async function run(args: string[], env: Record<string, string>): Promise<Ran> {
  const saved = process.env;
  process.env = { PATH: saved.PATH ?? '', ...env };
  try {
    return await runMain(args, { env: process.env });
  } finally {
    process.env = saved;
  }
}

/** The stand-in's endpoints, with no region, credentials or profile unless asked. */
function endpoints(): Record<string, string> {
  const { AWS_REGION, AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ...rest } = emu.env();
  const none = join(dir, 'none');
  return { ...rest, HOME: dir, AWS_CONFIG_FILE: none, AWS_SHARED_CREDENTIALS_FILE: none };
}

/** Shared config files (new paths each time: the SDK keeps a file it read) naming profile `ci`. */
function profileFiles(): Record<string, string> {
  const config = join(dir, `config-${++n}`);
  const credentials = join(dir, `credentials-${n}`);
  writeFileSync(config, `[profile ci]\nregion = ${emu.region}\n\n[profile other]\noutput = json\n`);
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY } = emu.env();
  writeFileSync(
    credentials,
    `[ci]\naws_access_key_id = ${AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\n`,
  );
  return { AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials };
}

const dockerConfig = () => {
  const d = mkdtempSync(join(dir, 'docker-'));
  return { DOCKER_CONFIG: d };
};

describe('--profile: credentials and region from a profile', () => {
  test('map asks ECR for the registry and the rules with the profile (no region or keys in the environment)', async () => {
    const env = { ...endpoints(), ...profileFiles() };
    const r = await run(['map', '--profile', 'ci', 'node:20'], env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${emu.registryHost}/docker-hub/library/node:20\n`);
    expect(r.code).toBe(0);
    // The stand-in checks the region each call is signed for: the profile's.
    expect(emu.log.count({ endpoint: 'api', operation: 'DescribePullThroughCacheRules', status: 200 })).toBe(
      1,
    );
  });

  test('without the profile, the same files give no region: the error says where to set one', async () => {
    const env = { ...endpoints(), ...profileFiles() };
    const r = await run(['map', 'node:20'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'no AWS region: pass --region, set AWS_REGION (or AWS_DEFAULT_REGION), or set region in the profile',
    );
  });

  test('a profile with no region is named in the error', async () => {
    const r = await run(['map', '--profile', 'other', 'node:20'], { ...endpoints(), ...profileFiles() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('or set region in the profile "other" (AWS_PROFILE, --profile)');
  });

  test("AWS_PROFILE: login takes the profile's region and credentials", async () => {
    const env = { ...endpoints(), ...profileFiles(), ...dockerConfig(), AWS_PROFILE: 'ci' };
    const r = await run(['login', '--method', 'config'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${emu.registryHost}\n`);
    expect(r.stderr).toContain(`logged in to ${emu.registryHost} (${emu.region}, config;`);
  });

  // Each command that calls AWS signs with the profile's keys for the profile's region (the stand-in
  // refuses another region's signature), with neither in the environment.
  test.each([
    ['login', ['login', '--method', 'config']],
    ['warm', ['warm', 'alpine:3.20']],
    ['doctor', ['doctor', '--skip-network']], // its DNS and TCP probes would leave loopback
    ['prepare', ['prepare', '--images', 'alpine:3.20', '--method', 'config']],
  ])('%s --profile ci', async (_, args) => {
    const env = { ...endpoints(), ...profileFiles(), ...dockerConfig() };
    const before = emu.log.count({ endpoint: 'api', status: 200 });
    const r = await run([...args, '--profile', 'ci'], env);
    expect(r.stderr).not.toContain('no AWS region');
    expect(r.stderr).not.toMatch(/credential|signature/i);
    expect(emu.log.count({ endpoint: 'api', status: 200 })).toBeGreaterThan(before);
    if (args[0] !== 'doctor') expect(r.code).toBe(0); // doctor also probes S3, which has no name here
  });

  test('--profile is in the help of each command that calls AWS, and only there', async () => {
    for (const name of ['map', 'rewrite', 'login', 'warm', 'prepare', 'doctor', 'setup'])
      expect((await run([name, '--help'], {})).stdout).toContain('--profile NAME');
    expect((await run(['logout', '--help'], {})).stdout).not.toContain('--profile');
  });
});

describe('--quiet: errors only', () => {
  test('doctor keeps its error findings and the summary, which say why it exits 1', async () => {
    // A role that may not download layers: an error, with its fix; the rest is not said.
    emu.setPermissions({ getDownloadUrlForLayer: false });
    let r: Ran;
    try {
      r = await run(['doctor', '--quiet', '--skip-network'], { ...emu.env(), HOME: dir });
    } finally {
      emu.setPermissions({ getDownloadUrlForLayer: true });
    }
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^ERROR ecr:GetDownloadUrlForLayer: .*\n {6}fix: allow ecr:GetDownloadUrlForLayer /,
    );
    expect(r.stderr).toMatch(/\n1 error, \d+ warnings?: pulls through the cache would fail\n$/);
    expect(r.stderr).not.toMatch(/^(ok|warn|note) /m);
    expect(r.stderr).not.toContain('doctor: registry');
  });

  test('login prints its machine output and nothing on stderr', async () => {
    const env = { ...emu.env(), HOME: dir, ...dockerConfig() };
    const loud = await run(['login', '--method', 'config'], env);
    expect(loud.stderr).toContain('logged in to');
    const r = await run(['login', '--method', 'config', '--quiet'], env);
    expect(r).toEqual({ code: 0, stdout: `${emu.registryHost}\n`, stderr: '' });
  });

  test('warm: nothing on stderr when every image is ready', async () => {
    const r = await run(['warm', '-q', 'alpine:3.20', '--poll-base', '100ms'], { ...emu.env(), HOME: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('warm: an image that is not ready is still said', async () => {
    const r = await run(['warm', '--quiet', 'acme/absent:1', '--timeout', '5s'], { ...emu.env(), HOME: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^failed {2}acme\/absent:1: /m);
    expect(r.stderr).toContain('1 of 1 image(s) not ready');
    expect(r.stderr).not.toContain('warming');
  });

  test('map: notes are dropped, errors kept', async () => {
    const target = ['--registry', emu.registryHost, '--rule', 'docker-hub=registry-1.docker.io'];
    const noted = await run(['map', ...target, 'quay.io/a/b:1'], {});
    expect(noted.stderr).toContain('note: quay.io/a/b:1');
    const quiet = await run(['map', '--quiet', ...target, 'quay.io/a/b:1'], {});
    expect(quiet).toEqual({ code: 0, stdout: 'quay.io/a/b:1\n', stderr: '' });
    const invalid = await run(['map', '--quiet', ...target, 'UPPER:1'], {});
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^argument 1: error: /);
  });

  test('a failure of the run is said', async () => {
    const r = await run(['map', '--quiet', 'node:20'], { ...endpoints() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ecr-pull-through: no AWS region/);
  });

  test('--quiet and --debug together are a usage error', async () => {
    const r = await run(['map', '--quiet', '--debug', 'node:20'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--quiet and --debug cannot be used together');
  });
});

describe('--debug: each request, never a secret', () => {
  test('login: the token call with its status and time; neither the password nor the token', async () => {
    const docker = dockerConfig();
    const r = await run(['login', '--method', 'config', '--debug'], { ...emu.env(), HOME: dir, ...docker });
    expect(r.code).toBe(0);
    const api = new URL(emu.apiUrl).host;
    expect(r.stderr).toMatch(new RegExp(`^debug: POST ${api}/ GetAuthorizationToken 200 \\d+ms$`, 'm'));
    const auth = (
      JSON.parse(readFileSync(join(docker.DOCKER_CONFIG, 'config.json'), 'utf8')) as {
        auths: Record<string, { auth: string }>;
      }
    ).auths[emu.registryHost]!.auth;
    const password = Buffer.from(auth, 'base64').toString('utf8').replace(/^AWS:/, '');
    expect(r.stderr + r.stdout).not.toContain(auth);
    expect(r.stderr + r.stdout).not.toContain(password);
  });

  test('warm: registry and API requests, with path and status; no Authorization', async () => {
    const r = await run(['warm', '--debug', 'nginx:1.27', '--poll-base', '100ms'], {
      ...emu.env(),
      HOME: dir,
    });
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('debug: '));
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^debug: GET ${emu.registryHost}/v2/docker-hub/library/nginx/manifests/1\\.27 200 \\d+ms$`,
        ),
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^debug: POST \S+\/ DescribeImages 200 \d+ms$/));
    expect(r.stderr).not.toMatch(/authorization:|basic |x-amz-|\?/i);
  });

  test('without --debug, no request lines', async () => {
    const r = await run(['warm', 'nginx:1.27', '--poll-base', '100ms'], { ...emu.env(), HOME: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('debug:');
  });
});

describe('registry hosts follow the API endpoint settings', () => {
  const A = '111122223333';
  const args = [
    'map',
    '--registry',
    A,
    '--region',
    'us-east-1',
    '--rule',
    'docker-hub=registry-1.docker.io',
    'node:20',
  ];
  test.each([
    [{}, `${A}.dkr.ecr.us-east-1.amazonaws.com`],
    [{ AWS_USE_DUALSTACK_ENDPOINT: 'true' }, `${A}.dkr-ecr.us-east-1.on.aws`],
    [{ AWS_USE_FIPS_ENDPOINT: 'true' }, `${A}.dkr.ecr-fips.us-east-1.amazonaws.com`],
    [
      { AWS_USE_FIPS_ENDPOINT: 'true', AWS_USE_DUALSTACK_ENDPOINT: 'true' },
      `${A}.dkr-ecr-fips.us-east-1.on.aws`,
    ],
  ])('map --registry ACCOUNT with %j', async (env, host) => {
    const none = join(dir, 'none');
    const r = await run(args, { ...env, AWS_CONFIG_FILE: none, AWS_SHARED_CREDENTIALS_FILE: none });
    expect(r).toEqual({ code: 0, stdout: `${host}/docker-hub/library/node:20\n`, stderr: '' });
  });
});
