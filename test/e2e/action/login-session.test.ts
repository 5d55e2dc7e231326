// The action's login: what the post step can undo when main fails (secrets: secrets-masked.test.ts).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineRefusing, startTwoRegions, type TwoRegions } from '../../helpers/login.js';
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
