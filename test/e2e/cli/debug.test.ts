// --debug as users run it: the bundle (node dist/cli.js) against the local ECR stand-in. Each
// request is one line (method, host, path, status, time), and the whole output is scanned for the
// registry password and the base64 token GetAuthorizationToken gave: neither may appear.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';

let emu: Emulator;
let dir: string;
let env: NodeJS.ProcessEnv;
let recorder: Server;
/** Every authorizationToken the ECR API handed out through the recorder. */
const tokens: string[] = [];

/** A pass-through to the stand-in's ECR API that keeps each token GetAuthorizationToken answers with. */
async function startRecorder(apiUrl: string): Promise<string> {
  recorder = createServer((req, res) => {
    const forward = request(
      new URL(req.url!, apiUrl),
      { method: req.method, headers: req.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          for (const m of body.toString('utf8').matchAll(/"authorizationToken":"([^"]+)"/g))
            tokens.push(m[1]!);
          res.writeHead(answer.statusCode!, answer.headers);
          res.end(body);
        });
      },
    );
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(recorder.address() as { port: number }).port}`;
}

beforeAll(async () => {
  emu = await startEmulator({ upstream: 'memory', importTime: 200 });
  dir = mkdtempSync(join(tmpdir(), 'ept-debug-'));
  const api = await startRecorder(emu.apiUrl);
  env = {
    PATH: process.env.PATH,
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    ...emu.env(),
    AWS_ENDPOINT_URL_ECR: api,
  };
});
afterAll(async () => {
  await new Promise((resolve) => recorder.close(resolve));
  await emu.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The secrets of one run: each token as ECR sent it (base64 of AWS:password), and its password. */
function secretsSince(first: number): string[] {
  const issued = tokens.slice(first);
  expect(issued.length).toBeGreaterThan(0);
  return issued.flatMap((token) => {
    const password = Buffer.from(token, 'base64').toString('utf8').slice('AWS:'.length);
    expect(password.length).toBeGreaterThan(100);
    return [token, password];
  });
}

/** A line for every request: `debug: METHOD host/path [Operation] STATUS Nms`. */
const REQUEST_LINE = /^debug: (GET|HEAD|POST) 127\.0\.0\.1:\d+\/\S* (?:[A-Za-z]+ )?\d{3} \d+ms$/;

describe('--debug from the bundle', () => {
  test('login: the token request, and no secret', async () => {
    const first = tokens.length;
    const r = await runCli(['login', '--method', 'config', '--debug'], { env });
    expect(r.code).toBe(0);
    const debug = r.stderr.split('\n').filter((l) => l.startsWith('debug: '));
    const api = new URL(env.AWS_ENDPOINT_URL_ECR!).host;
    expect(debug).toEqual([
      expect.stringMatching(new RegExp(`^debug: POST ${api}/ GetAuthorizationToken 200 \\d+ms$`)),
    ]);
    for (const secret of secretsSince(first)) expect(r.stdout + r.stderr).not.toContain(secret);
  });

  test('warm: every request the stand-in answered is listed, and no secret', async () => {
    const before = emu.log.entries.length;
    const first = tokens.length;
    const r = await runCli(['warm', '--debug', 'alpine:3.20', 'node:20', '--poll-base', '100ms'], { env });
    expect(r.code).toBe(0);
    const debug = r.stderr.split('\n').filter((l) => l.startsWith('debug: '));
    for (const line of debug) expect(line).toMatch(REQUEST_LINE);
    // One line per request the stand-in saw from this run (API and registry alike).
    const seen = emu.log.entries.slice(before).filter((e) => e.endpoint !== 'cdn');
    expect(debug).toHaveLength(seen.length);
    expect(debug).toContainEqual(
      expect.stringMatching(/^debug: GET \S+\/v2\/docker-hub\/library\/node\/manifests\/20 200 \d+ms$/),
    );
    expect(debug).toContainEqual(expect.stringMatching(/^debug: POST \S+\/ DescribeImages 200 \d+ms$/));
    for (const secret of secretsSince(first)) expect(r.stdout + r.stderr).not.toContain(secret);
    expect(r.stderr).not.toMatch(/authorization:|basic |x-amz-/i);
  });
});
