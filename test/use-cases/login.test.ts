import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../emulator/index.js';
import { registriesByRegion } from '../../src/aws/token.js';
import { login, logout } from '../../src/index.js';
import { CLI, runCli } from '../helpers/cli.js';
import { fakeEngine } from '../helpers/fake-engine.js';

let em: Emulator;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory' });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-login-'));
  env = { PATH: '/usr/bin:/bin', HOME: dir, DOCKER_CONFIG: join(dir, 'docker'), ...em.env() };
  em.setFaults(undefined);
  em.setPermissions({ getAuthorizationToken: true });
  em.log.clear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const config = () => JSON.parse(readFileSync(join(dir, 'docker', 'config.json'), 'utf8'));
const passwordIn = (auth: string) => Buffer.from(auth, 'base64').toString().split(':')[1]!;

describe('login --method docker', () => {
  test('the password reaches the engine on stdin, never in argv, and is printed nowhere', async () => {
    const engine = fakeEngine();
    const r = await runCli(['login', '--method', 'docker'], {
      env: { ...env, PATH: `${engine.bin}:/usr/bin:/bin` },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${em.registryHost}\n`);
    const [call] = engine.calls();
    expect(call!.argv).toEqual(['login', '--username', 'AWS', '--password-stdin', em.registryHost]);
    const password = call!.stdin;
    expect(password.length).toBeGreaterThan(20);
    const token = Buffer.from(`AWS:${password}`).toString('base64');
    for (const text of [
      r.stdout,
      r.stderr,
      call!.argv.join(' '),
      readFileSync(join(dir, 'docker', 'ecr-pull-through-session.json'), 'utf8'),
    ]) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(token);
    }
  });

  test('--engine podman takes the same flags; auto picks the engine when it is on PATH', async () => {
    const engine = fakeEngine('podman');
    const r = await runCli(['login', '--engine', 'podman'], {
      env: { ...env, PATH: `${engine.bin}:/usr/bin:/bin` },
    });
    expect(r.code).toBe(0);
    expect(engine.calls()[0]!.argv[0]).toBe('login');
    expect(r.stderr).toContain('docker;');
  });

  test('an engine that is not installed: exit 1 with the fix', async () => {
    const r = await runCli(['login', '--method', 'docker', '--engine', 'nerdctl'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nerdctl is not installed or not on PATH');
    expect(r.stderr).toContain('--method config');
  });

  test('an engine refusing the token fails at once and says which region the token is for', async () => {
    const engine = fakeEngine();
    engine.fail(1, 'Error response from daemon: login attempt failed with status: 401 Unauthorized');
    const r = await runCli(['login', '--method', 'docker'], {
      env: { ...env, PATH: `${engine.bin}:/usr/bin:/bin` },
    });
    expect(r.code).toBe(1);
    expect(engine.calls()).toHaveLength(1);
    expect(r.stderr).toContain('only for its own region (us-east-1)');
  });

  test('a transient engine failure is retried', async () => {
    const engine = fakeEngine();
    engine.fail(1, 'net/http: TLS handshake timeout');
    const r = await runCli(['login', '--method', 'docker'], {
      env: { ...env, PATH: `${engine.bin}:/usr/bin:/bin` },
    });
    expect(r.code).toBe(1);
    expect(engine.calls().length).toBe(5);
  });
});

describe('login with the real docker CLI', () => {
  test('ecr-pull-through login --method docker: docker checks the token against the registry and stores it', async () => {
    const docker = ['/usr/bin/docker', '/usr/local/bin/docker'].find((p) => existsSync(p));
    if (!docker) return console.warn('skipped: docker CLI not installed');
    const path = `${docker.replace(/\/docker$/, '')}:/usr/bin:/bin`;
    const r = await runCli(['login', '--method', 'docker'], { env: { ...env, PATH: path } });
    expect(r.stderr).toContain('(us-east-1, docker;');
    expect(r.code).toBe(0);
    const auth = config().auths[em.registryHost].auth as string;
    expect(Buffer.from(auth, 'base64').toString()).toMatch(/^AWS:.{20,}/);
    // docker really asked the registry (GET /v2/ with the credentials), and was let in.
    expect(
      em.log.count((e) => e.endpoint === 'registry' && e.operation === 'ping' && e.status === 200),
    ).toBeGreaterThan(0);
  });
});

describe('login --method config', () => {
  test('writes auths keeping every other entry and its mode, and warns about shadowing and about a mode others may read', async () => {
    mkdirSync(join(dir, 'docker'));
    const before = {
      auths: { 'ghcr.io': { auth: 'Zm9vOmJhcg==' } },
      credHelpers: { [em.registryHost]: 'ecr-login', 'gcr.io': 'gcloud' },
      credsStore: 'desktop',
      proxies: { default: { httpProxy: 'http://proxy:3128' } },
    };
    writeFileSync(join(dir, 'docker', 'config.json'), JSON.stringify(before), { mode: 0o644 });
    const r = await runCli(['login', '--method', 'config'], { env });
    expect(r.code).toBe(0);
    // The file keeps its mode, as docker keeps it, and the user is told that others may read it.
    expect(statSync(join(dir, 'docker', 'config.json')).mode & 0o777).toBe(0o644);
    expect(r.stderr).toContain(
      `${join(dir, 'docker', 'config.json')} can be read by other users (mode 0644), and so can the password just written there: run chmod 600`,
    );
    const after = config();
    expect(after.auths['ghcr.io']).toEqual(before.auths['ghcr.io']);
    expect(after.credHelpers).toEqual(before.credHelpers);
    expect(after.credsStore).toBe('desktop');
    expect(after.proxies).toEqual(before.proxies);
    const auth: string = after.auths[em.registryHost].auth;
    expect(Buffer.from(auth, 'base64').toString()).toMatch(/^AWS:.{20,}/);
    expect(r.stderr).toContain('credHelpers sends');
    const password = passwordIn(auth);
    expect(r.stdout + r.stderr).not.toContain(password);
    expect(r.stdout + r.stderr).not.toContain(auth);
  });

  test('a config.json that is not JSON is left alone: exit 2', async () => {
    mkdirSync(join(dir, 'docker'));
    writeFileSync(join(dir, 'docker', 'config.json'), '{ not json');
    const r = await runCli(['login', '--method', 'config'], { env });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'docker', 'config.json'), 'utf8')).toBe('{ not json');
  });

  test('a login killed at any moment leaves a valid config file, old or new', async () => {
    mkdirSync(join(dir, 'docker'));
    writeFileSync(
      join(dir, 'docker', 'config.json'),
      JSON.stringify({ auths: { 'a.example': { auth: 'eDp5' } } }),
    );
    for (let i = 0; i < 12; i++) {
      const child = spawn(process.execPath, [CLI, 'login', '--method', 'config'], { env, stdio: 'ignore' });
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, 60 + ((i * 37) % 200)));
      child.kill('SIGKILL');
      await closed;
      const parsed = config();
      expect(parsed.auths['a.example']).toEqual({ auth: 'eDp5' });
    }
  }, 30_000);

  test('skopeo reads the credentials written by the config method', async () => {
    if (!existsSync('/usr/bin/skopeo')) return console.warn('skipped: skopeo not installed');
    await runCli(['login', '--method', 'config'], { env });
    const inspect = (authfile: string) =>
      new Promise<number | null>((resolve) => {
        const image = `docker://${em.registryHost}/docker-hub/library/alpine:3.20`;
        const c = spawn('skopeo', ['inspect', '--raw', '--tls-verify=false', '--authfile', authfile, image], {
          stdio: 'ignore',
        });
        c.on('close', resolve);
      });
    expect(await inspect(join(dir, 'docker', 'config.json'))).toBe(0);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(
      wrong,
      JSON.stringify({ auths: { [em.registryHost]: { auth: Buffer.from('AWS:nope').toString('base64') } } }),
    );
    expect(await inspect(wrong)).not.toBe(0);
  });
});

describe('failures and retries', () => {
  test('an auth failure fails at once, with the fix, and is not retried', async () => {
    em.setPermissions({ getAuthorizationToken: false });
    const r = await runCli(['login', '--method', 'config'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('GetAuthorizationToken for the default registry in us-east-1 failed');
    expect(r.stderr).toContain('hint: the caller lacks ecr:GetAuthorizationToken');
    expect(em.log.count({ operation: 'GetAuthorizationToken' })).toBe(1);
  });

  test('no credentials: a clear message', async () => {
    const bare = {
      PATH: env.PATH,
      HOME: dir,
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_ECR: em.apiUrl,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(dir, 'nope'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'nope'),
    };
    const r = await runCli(['login', '--method', 'config'], { env: bare });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no AWS credentials found');
  });

  test('no region: a clear message, exit 2 (input the user must give)', async () => {
    const { AWS_REGION: _, AWS_DEFAULT_REGION: __, ...noRegion } = env;
    const r = await runCli(['login'], { env: noRegion });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no AWS region');
  });

  test('throttling and 5xx are retried and succeed', async () => {
    em.setFaults({ perOperation: { GetAuthorizationToken: { rate: 0.5, kinds: ['throttle', '5xx'] } } });
    for (let i = 0; i < 4; i++) expect((await runCli(['login', '--method', 'config'], { env })).code).toBe(0);
    expect(
      em.log.count((e) => e.operation === 'GetAuthorizationToken' && e.fault !== undefined),
    ).toBeGreaterThan(0);
  });

  test('a token expiring within the hour is warned about', async () => {
    const short = await startEmulator({ upstream: 'memory', tokenTtlMs: 30 * 60_000 });
    try {
      const r = await runCli(['login', '--method', 'config'], { env: { ...env, ...short.env() } });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/warning: the token for 127\.0\.0\.1:\d+ expires in (29|30) min/);
    } finally {
      await short.stop();
    }
  });
});

describe('proxy', () => {
  let proxy: Server;
  let proxied = 0;
  beforeAll(async () => {
    // A forwarding HTTP proxy that counts what passes through it.
    proxy = createServer((req, res) => {
      proxied++;
      const up = request(req.url!, { method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode!, r.headers);
        r.pipe(res);
      });
      req.pipe(up);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise((r) => proxy.close(r)));

  test('HTTP_PROXY carries the API calls; NO_PROXY sends them direct', async () => {
    const url = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
    proxied = 0;
    expect((await runCli(['login', '--method', 'config'], { env: { ...env, HTTP_PROXY: url } })).code).toBe(
      0,
    );
    expect(proxied).toBeGreaterThan(0);
    proxied = 0;
    const direct = await runCli(['login', '--method', 'config'], {
      env: { ...env, HTTP_PROXY: url, NO_PROXY: 'localhost,127.0.0.1' },
    });
    expect(direct.code).toBe(0);
    expect(proxied).toBe(0);
  });
});

describe('logout', () => {
  test('removes exactly what login added and keeps other entries; a changed entry is left with a warning', async () => {
    mkdirSync(join(dir, 'docker'));
    writeFileSync(
      join(dir, 'docker', 'config.json'),
      JSON.stringify({ auths: { 'ghcr.io': { auth: 'Zm9vOmJhcg==' } } }),
    );
    expect((await runCli(['login', '--method', 'config'], { env })).code).toBe(0);
    const out = await runCli(['logout'], { env });
    expect(out.code).toBe(0);
    expect(config().auths).toEqual({ 'ghcr.io': { auth: 'Zm9vOmJhcg==' } });
    expect(existsSync(join(dir, 'docker', 'ecr-pull-through-session.json'))).toBe(false);

    await runCli(['login', '--method', 'config'], { env });
    const c = config();
    c.auths[em.registryHost] = { auth: Buffer.from('someone:else').toString('base64') };
    writeFileSync(join(dir, 'docker', 'config.json'), JSON.stringify(c));
    const changed = await runCli(['logout'], { env });
    expect(changed.code).toBe(0);
    expect(changed.stderr).toContain('the entry changed after this login');
    expect(config().auths[em.registryHost]).toBeDefined();
  });

  test('docker method: the engine logs out of the registry; failures are warnings', async () => {
    const engine = fakeEngine();
    const path = `${engine.bin}:/usr/bin:/bin`;
    await runCli(['login', '--method', 'docker'], { env: { ...env, PATH: path } });
    engine.fail(1, 'boom');
    const r = await runCli(['logout'], { env: { ...env, PATH: path } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: logout of');
    expect(engine.calls().at(-1)!.argv).toEqual(['logout', em.registryHost]);
  });
});

describe('library', () => {
  // The SDK reads credentials and endpoints from the process environment, as in a buildspec script.
  const saved = { ...process.env };
  beforeAll(() => Object.assign(process.env, em.env()));
  afterAll(() => {
    process.env = saved;
  });

  test('login() and logout() with onSecret called for the password and the token', async () => {
    const secrets: string[] = [];
    const configDir = join(dir, 'lib');
    const result = await login({
      method: 'config',
      dockerConfig: configDir,
      env,
      onSecret: (s) => secrets.push(s),
      region: 'us-east-1',
    });
    expect(result.registries).toEqual([
      expect.objectContaining({ registry: em.registryHost, region: 'us-east-1', method: 'config' }),
    ]);
    const auth = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')).auths[em.registryHost].auth;
    expect(secrets).toContain(passwordIn(auth));
    expect(secrets).toContain(auth);
    expect(JSON.stringify(result.registries)).not.toContain(passwordIn(auth));
    expect(JSON.stringify(result.session)).not.toContain(passwordIn(auth));
    const out = await logout(result.session);
    expect(out).toEqual({ removed: [em.registryHost], warnings: [] });
  });

  test('registries group by region, one token request per region', () => {
    const m = registriesByRegion(
      [
        '111122223333',
        '444455556666.dkr.ecr.eu-west-1.amazonaws.com',
        '555566667777.dkr.ecr.cn-north-1.amazonaws.com.cn',
        '111122223333',
      ],
      'us-east-1',
    );
    expect([...m]).toEqual([
      ['us-east-1', ['111122223333']],
      ['eu-west-1', ['444455556666']],
      ['cn-north-1', ['555566667777']],
    ]);
    expect(() => registriesByRegion(['docker.io'], 'us-east-1')).toThrow(/neither a 12-digit account id/);
  });

  test('two accounts in one region: one GetAuthorizationToken call', async () => {
    await login({
      method: 'config',
      dockerConfig: join(dir, 'two'),
      env,
      registries: ['111122223333', '444455556666'],
      region: 'us-east-1',
    });
    expect(em.log.count({ operation: 'GetAuthorizationToken' })).toBe(1);
  });
});
