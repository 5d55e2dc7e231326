// The action and the secrets it handles (issue 27, item 5): a NODE_DEBUG section that prints secrets
// fails the step before anything runs, and every form of every secret the step handles is masked
// (::add-mask::) before it could show: the registry password (raw, base64, base64 of AWS:password),
// the AWS secret key and session token, the container credentials endpoint's token, path and
// answer, and the entry login replaces in config.json (kept for the post step to put back).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { passwordForms } from '../../helpers/login.js';
import { parseCommandFile, runAction, runnerFiles } from '../../helpers/runner.js';
import {
  type ContainerEndpoint,
  filesUnder,
  secretsIn,
  startContainerEndpoint,
} from '../../helpers/secrets.js';

let em: Emulator;
let endpoint: ContainerEndpoint;
let dir: string;
let ws: string;

const STATIC_SESSION_TOKEN = `static-session-token-${process.pid}-example`;
const EARLIER_PASSWORD = `earlier-password-${process.pid}`;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 100 });
  endpoint = await startContainerEndpoint();
});
afterAll(async () => {
  await em.stop();
  await endpoint.stop();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-action-secrets-'));
  ws = join(dir, 'workspace');
  mkdirSync(ws);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CREDENTIALS = {
  'static keys': () => ({
    env: { ...em.env(), AWS_SESSION_TOKEN: STATIC_SESSION_TOKEN },
    secrets: [em.env().AWS_SECRET_ACCESS_KEY!, STATIC_SESSION_TOKEN],
    unmasked: [] as string[],
  }),
  'container credentials': () => {
    const { AWS_ACCESS_KEY_ID: _, AWS_SECRET_ACCESS_KEY: __, ...rest } = em.env();
    return { env: { ...rest, ...endpoint.env() }, secrets: [...endpoint.secrets], unmasked: [endpoint.path] };
  },
};

const base = () => ({
  PATH: '/usr/bin:/bin',
  HOME: dir,
  DOCKER_CONFIG: join(dir, 'docker'),
  GITHUB_WORKSPACE: ws,
  RUNNER_TEMP: dir,
});
const inputs = {
  images: 'quay.io/prometheus/node-exporter:v1.8.0',
  'login-method': 'config',
  'warm-timeout': '60s',
};

/** What the runner prints: every line but the add-mask commands, each registered value masked. */
function shown(output: string): { masks: string[]; printed: string } {
  const lines = output.split('\n');
  const masks = lines.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
  const printed = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
  return { masks, printed: masks.reduce((text, mask) => text.split(mask).join('***'), printed) };
}

describe.each(Object.entries(CREDENTIALS))('%s', (_name, credentials) => {
  test.each(['http', 'net', 'tls', 'fetch', 'child_process', 'http,net,tls,fetch,child_process'])(
    'NODE_DEBUG=%s: the step fails before anything runs; no secret printed or written',
    async (sections) => {
      const { env, secrets, unmasked } = credentials();
      const files = runnerFiles(dir);
      const main = await runAction({
        inputs,
        files,
        env: { ...base(), ...env, NODE_DEBUG: sections },
        cwd: ws,
      });
      expect(main.code).toBe(1);
      expect(main.stdout).toContain(`::error::NODE_DEBUG=${sections} turns on Node's debug output for`);
      expect(main.stdout).toContain('ACTIONS_STEP_DEBUG');
      const places = [
        { path: 'stdout', text: main.stdout },
        { path: 'stderr', text: main.stderr },
        ...filesUnder(dir),
      ];
      const all = [...secrets, ...unmasked];
      const found = places.map((p) => [p.path, secretsIn(p.text, all)]).filter(([, s]) => s!.length > 0);
      expect(found).toEqual([]);
    },
    60_000,
  );

  test('every form of every secret is masked, a replaced entry included; post puts that entry back', async () => {
    const { env, secrets, unmasked } = credentials();
    mkdirSync(join(dir, 'docker'));
    const earlier = Buffer.from(`someone:${EARLIER_PASSWORD}`).toString('base64');
    const before = JSON.stringify(
      { auths: { [em.registryHost]: { auth: earlier, email: 'a@example.com' } } },
      null,
      '\t',
    );
    writeFileSync(join(dir, 'docker', 'config.json'), before);
    const files = runnerFiles(dir);
    const main = await runAction({ inputs, files, env: { ...base(), ...env }, cwd: ws });
    expect(main.stdout).not.toContain('::error::');
    expect(main.code).toBe(0);

    const auth = JSON.parse(readFileSync(join(dir, 'docker', 'config.json'), 'utf8')).auths[em.registryHost]
      .auth;
    const password = Buffer.from(auth, 'base64').toString().replace(/^AWS:/, '');
    const every = [
      ...secrets,
      ...passwordForms(password),
      earlier,
      ...passwordForms(EARLIER_PASSWORD).slice(0, 2),
    ];
    const { masks, printed } = shown(`${main.stdout}\n${main.stderr}`);
    expect(every.filter((s) => !masks.includes(s))).toEqual([]);
    expect(secretsIn(printed, [...every, ...unmasked])).toEqual([]);

    const post = await runAction({
      inputs: {},
      files,
      env: { ...base(), ...env },
      cwd: ws,
      state: parseCommandFile(files.state),
    });
    expect(post.code).toBe(0);
    expect(readFileSync(join(dir, 'docker', 'config.json'), 'utf8')).toBe(before);
  }, 60_000);
});
