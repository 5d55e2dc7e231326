// The network guard (test/helpers/network-guard.cjs, set up by jest.config.js, and loaded by every
// child a test starts) refuses name resolution and connections beyond loopback, and fails the test
// that tried, even when the code under test catches the error. The probe tests run in a jest of
// their own, so their failures are seen from outside.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROBE = `
import { execFile, spawnSync } from 'node:child_process';
import dns from 'node:dns';
import { lookup } from 'node:dns/promises';
import net from 'node:net';
import tls from 'node:tls';

const swallow = (f) => { try { return f(); } catch (e) { return e; } };

test('resolves example.com', async () => {
  const error = await lookup('example.com').catch((e) => e);
  expect(error.message).toContain('"example.com"');
});

test('resolves example.com with a callback, and catches the error', () => {
  swallow(() => dns.lookup('example.com', () => {}));
});

test('connects to example.com', () => {
  swallow(() => net.connect(80, 'example.com'));
});

test('connects to an address beyond loopback over TLS', () => {
  swallow(() => tls.connect({ host: '93.184.215.14', port: 443 }));
});

test('starts a child that resolves example.com', () => {
  spawnSync(process.execPath, ['-e', "require('node:dns').lookup('example.com', () => {})"], { env: {} });
});

test('connects to 127.0.0.1 and localhost, and resolves localhost', async () => {
  const server = net.createServer((s) => s.end('hi'));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  for (const host of ['127.0.0.1', 'localhost']) {
    const socket = net.connect(port, host);
    const data = await new Promise((r) => socket.on('data', (d) => r(String(d))));
    expect(data).toBe('hi');
    socket.destroy();
  }
  expect((await lookup('localhost')).address).toMatch(/^(127\\.|::1$)/);
  const child = await new Promise((r) =>
    execFile(process.execPath, ['-e', "require('node:net').connect(" + port + ", '127.0.0.1').pipe(process.stdout)"], (error, stdout) => r({ error, stdout })),
  );
  server.close();
  expect(child).toEqual({ error: null, stdout: 'hi' });
});
`;

test('the network guard fails a test that tries example.com, in the test or in its child, and lets loopback through', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ept-guard-probe-'));
  try {
    writeFileSync(join(dir, 'probe.test.mjs'), PROBE);
    const config = {
      rootDir: process.cwd(),
      roots: [dir],
      testMatch: ['**/*.test.mjs'],
      transform: {},
      setupFilesAfterEnv: [join(process.cwd(), 'test', 'helpers', 'network-guard.jest.cjs')],
    };
    const out = join(dir, 'result.json');
    spawnSync(
      process.execPath,
      [
        '--experimental-vm-modules',
        '--disable-warning=ExperimentalWarning',
        join('node_modules', 'jest', 'bin', 'jest.js'),
        `--config=${JSON.stringify(config)}`,
        '--json',
        `--outputFile=${out}`,
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    );
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
    };
    const outcome = Object.fromEntries(
      result.testResults[0]!.assertionResults.map((a) => [
        a.title,
        { status: a.status, why: a.failureMessages.join('\n') },
      ]),
    );
    expect(Object.fromEntries(Object.entries(outcome).map(([t, o]) => [t, o.status]))).toEqual({
      'resolves example.com': 'failed',
      'resolves example.com with a callback, and catches the error': 'failed',
      'connects to example.com': 'failed',
      'connects to an address beyond loopback over TLS': 'failed',
      'starts a child that resolves example.com': 'failed',
      'connects to 127.0.0.1 and localhost, and resolves localhost': 'passed',
    });
    expect(outcome['resolves example.com']!.why).toContain(
      'network guard: name resolution of "example.com" in test "resolves example.com"',
    );
    expect(outcome['connects to example.com']!.why).toContain('connection to "example.com"');
    expect(outcome['connects to an address beyond loopback over TLS']!.why).toContain(
      'connection to "93.184.215.14"',
    );
    expect(outcome['starts a child that resolves example.com']!.why).toMatch(
      /name resolution of "example.com" in child process \d+ .*\(in a child process of that test\)/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
