// A secret is never printed, in any encoding (issue 27, item 5): NODE_DEBUG sections that print
// request headers or a child's environment are refused before anything runs (exit 2, naming the
// section and --debug), and the engine gets only the variables an engine reads. Each run is a whole
// prepare (token, engine login, warm through the registry), with container credentials from a
// loopback stand-in and with static keys; every output and file is scanned for every secret.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';
import { type FakeEngine, fakeEngine } from '../../helpers/fake-engine.js';
import { passwordForms } from '../../helpers/login.js';
import {
  type ContainerEndpoint,
  filesUnder,
  secretsIn,
  startContainerEndpoint,
} from '../../helpers/secrets.js';

let em: Emulator;
let endpoint: ContainerEndpoint;
let dir: string;
let engine: FakeEngine;

const STATIC_SESSION_TOKEN = `static-session-token-${process.pid}-example`;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 100 });
  endpoint = await startContainerEndpoint();
});
afterAll(async () => {
  await em.stop();
  await endpoint.stop();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-node-debug-'));
  mkdirSync(join(dir, 'work'));
  engine = fakeEngine();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The environment of each way credentials arrive, and the secrets it holds. */
const CREDENTIALS = {
  'static keys': () => ({
    env: { ...em.env(), AWS_SESSION_TOKEN: STATIC_SESSION_TOKEN },
    secrets: [em.env().AWS_SECRET_ACCESS_KEY!, STATIC_SESSION_TOKEN],
  }),
  'container credentials': () => {
    const { AWS_ACCESS_KEY_ID: _, AWS_SECRET_ACCESS_KEY: __, ...rest } = em.env();
    return { env: { ...rest, ...endpoint.env() }, secrets: [...endpoint.secrets, endpoint.path] };
  },
};

/** The action's job for a buildspec: a token, the engine's login, and a warm through the registry. */
function prepare(env: NodeJS.ProcessEnv) {
  return runCli(
    [
      'prepare',
      '--method',
      'docker',
      '--images',
      'quay.io/prometheus/node-exporter:v1.8.0',
      '--timeout',
      '60s',
    ],
    {
      cwd: join(dir, 'work'),
      env: {
        PATH: `${engine.bin}:/usr/bin:/bin`,
        HOME: dir,
        DOCKER_CONFIG: join(dir, 'docker'),
        TMPDIR: dir,
        ...env,
      },
    },
  );
}

/** Every secret of the run (the registry password's forms once the engine had it) in every output and file. */
function leaks(
  run: { stdout: string; stderr: string },
  secrets: readonly string[],
): Record<string, string[]> {
  const password = engine.calls().find((c) => c.argv[0] === 'login')?.stdin;
  const all = [...secrets, ...(password ? passwordForms(password) : [])];
  const places = [
    { path: 'stdout', text: run.stdout },
    { path: 'stderr', text: run.stderr },
    ...filesUnder(dir),
    // What the engine was given besides the password on stdin (its purpose): argv and environment.
    ...filesUnder(engine.logDir).filter((f) => !f.path.endsWith('.stdin')),
  ];
  return Object.fromEntries(
    places.map((p) => [p.path, secretsIn(p.text, all)]).filter(([, found]) => found!.length > 0),
  );
}

const SECTIONS = ['http', 'net', 'tls', 'fetch', 'child_process', 'http,net,tls,fetch,child_process'];

describe.each(Object.entries(CREDENTIALS))('%s', (_name, credentials) => {
  test.each(SECTIONS)(
    'NODE_DEBUG=%s: refused before anything runs, no secret anywhere',
    async (sections) => {
      const { env, secrets } = credentials();
      const r = await prepare({ ...env, NODE_DEBUG: sections });
      expect(leaks(r, secrets)).toEqual({});
      expect(r.stderr).toContain(`NODE_DEBUG=${sections} turns on Node's debug output for`);
      for (const section of sections.split(','))
        expect(r.stderr).toMatch(new RegExp(`for [a-z_, ]*${section}`));
      expect(r.stderr).toContain('--debug shows each request without a secret');
      expect(r.code).toBe(2);
      expect(engine.calls()).toEqual([]);
    },
    60_000,
  );

  test('without NODE_DEBUG: the job runs, and the engine gets only the variables an engine reads', async () => {
    const { env, secrets } = credentials();
    const r = await prepare(env);
    expect(r.stderr).toContain('ready');
    expect(r.code).toBe(0);
    const [login] = engine.calls();
    expect(login!.argv[0]).toBe('login');
    expect(login!.env).toContain(`DOCKER_CONFIG=${join(dir, 'docker')}`);
    expect(login!.env).toContain(`HOME=${dir}`);
    expect(login!.env).not.toMatch(/^AWS_/m);
    expect(leaks(r, secrets)).toEqual({});
  }, 60_000);
});
