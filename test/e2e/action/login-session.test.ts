// The action's login: what the post step can undo when main fails, and the password's every form
// masked even when NODE_DEBUG prints request headers.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { engineRefusing, passwordForms, startTwoRegions, type TwoRegions } from '../../helpers/login.js';
import { parseCommandFile, runAction, runnerFiles } from '../../helpers/runner.js';

let dir: string;
let ws: string;
let base: NodeJS.ProcessEnv;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-action-login-'));
  ws = join(dir, 'workspace');
  mkdirSync(ws);
  mkdirSync(join(dir, 'temp'));
  base = {
    PATH: '/usr/bin:/bin',
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: join(dir, 'temp'),
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('several registries, one login fails', () => {
  let two: TwoRegions;
  beforeAll(async () => {
    two = await startTwoRegions();
  });
  afterAll(() => two.stop());

  test('main fails; post logs out of the registries it did log in to', async () => {
    const engine = engineRefusing(two.west.registryHost);
    const env = { ...base, ...two.env(), PATH: `${engine.bin}:/usr/bin:/bin` };
    const files = runnerFiles(dir);
    const main = await runAction({
      inputs: { registries: two.registries.join('\n'), 'login-method': 'docker', warm: 'false' },
      files,
      env,
      cwd: ws,
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(`::error::docker login ${two.west.registryHost} (eu-west-1) failed`);

    const post = await runAction({ inputs: {}, files, env, cwd: ws, state: parseCommandFile(files.state) });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain(`logged out of ${two.east.registryHost}`);
    const logouts = engine.calls().filter((c) => c.argv[0] === 'logout');
    expect(logouts.map((c) => c.argv)).toEqual([['logout', two.east.registryHost]]);
  }, 30_000);
});

describe('NODE_DEBUG=http', () => {
  let em: Emulator;
  beforeAll(async () => {
    em = await startEmulator({ upstream: 'memory', importTime: 200 });
  });
  afterAll(() => em.stop());

  test('is warned about, and every form of the password it prints is masked', async () => {
    const files = runnerFiles(dir);
    const main = await runAction({
      inputs: {
        images: 'quay.io/prometheus/node-exporter:v1.8.0',
        'login-method': 'config',
        'warm-timeout': '60s',
      },
      files,
      env: { ...base, ...em.env(), NODE_DEBUG: 'http' },
      cwd: ws,
    });
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/^::warning::NODE_DEBUG=http .*Authorization/m);

    const auth = JSON.parse(readFileSync(join(dir, 'docker', 'config.json'), 'utf8')).auths[em.registryHost]
      .auth as string;
    const password = Buffer.from(auth, 'base64').toString().replace(/^AWS:/, '');
    const forms = passwordForms(password);
    const lines = `${main.stdout}\n${main.stderr}`.split('\n');
    const masks = lines
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length));
    for (const form of forms) expect(masks).toContain(form);

    const printed = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
    // The test means something: Node did print the Authorization header.
    expect(printed).toContain(`Basic ${forms[2]}`);
    expect(printed).not.toContain(password);
    // What the runner shows once it has masked every registered value.
    const shown = masks.reduce((text, mask) => text.split(mask).join('***'), printed);
    for (const form of forms) expect(shown).not.toContain(form);
  }, 60_000);
});
