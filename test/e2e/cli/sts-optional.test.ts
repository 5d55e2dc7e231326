// STS is optional for every command (issue 25): doctor, when the STS host does not resolve or
// refuses, says so as a note and goes on with the other checks; an endpoint that fails to resolve is
// named as the one it is (STS, Secrets Manager), not "the ECR endpoint". Names under `.invalid` fail
// to resolve through a preload (test/helpers/unresolvable.cjs): nothing leaves loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';

let em: Emulator;
let dir: string;
let closedPort: number;
beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 100 });
  dir = mkdtempSync(join(tmpdir(), 'ept-sts-optional-'));
  // A port nobody listens on: bound, then closed.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closedPort = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
});
afterAll(async () => {
  await em.stop();
  rmSync(dir, { recursive: true, force: true });
});

const UNRESOLVABLE = join(process.cwd(), 'test', 'helpers', 'unresolvable.cjs');
const env = (extra: NodeJS.ProcessEnv) => ({
  PATH: process.env.PATH,
  HOME: dir,
  ...em.env(),
  NODE_OPTIONS: `--require "${UNRESOLVABLE}"`,
  ...extra,
});

interface Finding {
  code: string;
  severity: string;
  message: string;
  fix?: string;
}

describe('doctor: STS out of reach is a note, and the other checks go on', () => {
  test.each([
    ['does not resolve', () => 'http://sts.invalid', 'the STS endpoint (sts.invalid)'],
    ['refuses the connection', () => `http://127.0.0.1:${closedPort}`, undefined],
  ])(
    'the STS host %s',
    async (_, url, named) => {
      const r = await runCli(['doctor', '--skip-network', '--json', '--timeout', '60s'], {
        cwd: dir,
        env: env({ AWS_ENDPOINT_URL_STS: url() }),
      });
      const report = JSON.parse(r.stdout) as { findings: Finding[]; account?: string; errors: number };
      const sts = report.findings.find((f) => f.code === 'sts-unreachable');
      expect(sts).toMatchObject({ severity: 'note' });
      expect(sts?.message).toContain('no command needs STS');
      if (named) expect(sts?.fix).toContain(named);
      expect(report.findings.some((f) => f.severity === 'error')).toBe(false);
      expect(report.findings.map((f) => f.code)).not.toContain('aws-unreachable');
      // The rules and permissions were still checked, and the account came from ECR.
      expect(report.findings.some((f) => f.code.startsWith('rule'))).toBe(true);
      expect(report.account).toBe(em.account);
      expect(r.code).toBe(0);
    },
    60_000,
  );

  test('the human report says "note", not ERROR', async () => {
    const r = await runCli(['doctor', '--skip-network', '--timeout', '60s'], {
      cwd: dir,
      env: env({ AWS_ENDPOINT_URL_STS: 'http://sts.invalid' }),
    });
    expect(r.stderr).toMatch(/note +caller: STS could not be reached/i);
    expect(r.stderr).not.toMatch(/ERROR/);
    expect(r.code).toBe(0);
  }, 60_000);
});

describe('setup: a Secrets Manager endpoint that does not resolve is named, not the ECR one', () => {
  test('setup --credentials with Secrets Manager unresolvable', async () => {
    const r = await runCli(
      [
        'setup',
        '--rule',
        'hub=registry-1.docker.io',
        '--credentials',
        'hub=HUB_USER:HUB_TOKEN',
        '--timeout',
        '60s',
      ],
      {
        cwd: dir,
        env: env({
          AWS_ENDPOINT_URL_SECRETS_MANAGER: 'http://secretsmanager.invalid',
          HUB_USER: 'someone',
          HUB_TOKEN: 'a-token',
        }),
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the Secrets Manager endpoint (secretsmanager.invalid)');
    expect(r.stderr).toContain('could not be resolved');
    expect(r.stderr).not.toContain('the ECR endpoint');
    expect(r.stderr).not.toContain('a-token');
  }, 60_000);
});
