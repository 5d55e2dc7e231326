// login --containers-auth, the bundled CLI against the local ECR stand-in, with a real client:
// skopeo (containers/image) finds the credentials in REGISTRY_AUTH_FILE by itself (no --creds, no
// --authfile), is refused before the login and again after logout.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';

const hasSkopeo = spawnSync('skopeo', ['--version']).status === 0;
if (!hasSkopeo)
  process.stderr.write(
    '[login containers-auth.test] skipped: skopeo is not installed (apt-get install skopeo)\n',
  );
const describeWithSkopeo = hasSkopeo ? describe : describe.skip;

/** skopeo inspect with only the environment to find credentials in (async: the stand-in runs in this process). */
function inspect(image: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'skopeo',
      ['inspect', '--tls-verify=false', '--command-timeout', '20s', `docker://${image}`],
      {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describeWithSkopeo('login --containers-auth', () => {
  let em: Emulator;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    em = await startEmulator({ upstream: 'memory', importTime: 0 });
    dir = mkdtempSync(join(tmpdir(), 'ept-login-containers-'));
    env = {
      PATH: '/usr/bin:/bin',
      HOME: dir,
      DOCKER_CONFIG: join(dir, 'docker'),
      REGISTRY_AUTH_FILE: join(dir, 'containers', 'auth.json'),
      ...em.env(),
    };
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await em.stop();
  });

  it('gives skopeo the credentials through REGISTRY_AUTH_FILE; logout takes them back', async () => {
    const image = `${em.registryHost}/docker-hub/library/alpine:3.20`;
    const before = await inspect(image, env);
    expect(before.status).not.toBe(0);
    expect(before.stderr).toMatch(/unauthorized|authentication required|401/i);

    const login = await runCli(['login', '--method', 'config', '--containers-auth'], { env });
    expect([login.code, login.stdout]).toEqual([0, `${em.registryHost}\n`]);
    expect(statSync(env.REGISTRY_AUTH_FILE!).mode & 0o777).toBe(0o600);
    expect(Object.keys(JSON.parse(readFileSync(env.REGISTRY_AUTH_FILE!, 'utf8')).auths)).toEqual([
      em.registryHost,
    ]);

    // Warmed first, as a build would be: until ECR has imported an image, its layers are sent to the
    // upstream's CDN, which this network (like a private subnet) cannot reach.
    const warmed = await runCli(['warm', image], { env });
    expect(warmed.code).toBe(0);
    const after = await inspect(image, env);
    expect([after.status, after.stderr]).toEqual([0, '']);

    const logout = await runCli(['logout'], { env });
    expect(logout.code).toBe(0);
    // The auth.json was login's own: nothing left in it, it goes.
    expect(existsSync(env.REGISTRY_AUTH_FILE!)).toBe(false);
    expect((await inspect(image, env)).status).not.toBe(0);
  }, 60_000);
});
