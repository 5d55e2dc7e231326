// What warm writes when an image is not ready must be what its calls saw: a throttling storm is not
// a long import, a slow start is not the registry's fault, a 403 on an official image's short name
// is decided by the name and not by ECR's words, and the registry host names the region. Through
// the CLI, as users meet it.

import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../../emulator/index.js';
import type { WarmImageResult } from '../../../src/index.js';
import { runCli } from '../../helpers/cli.js';

const started: Emulator[] = [];
const servers: Server[] = [];
afterEach(async () => {
  for (const e of started.splice(0)) await e.stop();
  for (const s of servers.splice(0)) await new Promise((resolve) => s.close(resolve));
});

async function emulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emu = await startEmulator({ upstream: 'memory', importTime: 200, ...options });
  started.push(emu);
  return emu;
}

const envOf = (emu: Emulator, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  ...emu.env(),
  ...extra,
});

async function warmJson(emu: Emulator, args: string[], env = envOf(emu)) {
  const run = await runCli(['warm', '--json', ...args], { env });
  const images = run.stdout ? (JSON.parse(run.stdout).images as WarmImageResult[]) : [];
  return { ...run, images };
}

describe('the deadline, said from what the calls saw', () => {
  it('a throttling storm: how often DescribeImages was throttled and how many checks were answered; fewer calls, not more time', async () => {
    const emu = await emulator({
      faults: { perOperation: { DescribeImages: { rate: 1, kinds: ['throttle'] } } },
    });
    const run = await warmJson(emu, [
      // Time for a few throttled checks even when the machine is busy: each one slows the run down.
      ...['--timeout', '6s', '--poll-base', '100ms', '--poll-cap', '500ms'],
      ...['alpine:3.20', 'nginx:1.27'],
    ]);
    expect(run.code).toBe(1);
    expect(run.images).toHaveLength(2);
    for (const [image, repository] of [
      ['alpine:3.20', 'docker-hub/library/alpine'],
      ['nginx:1.27', 'docker-hub/library/nginx'],
    ] as const) {
      const r = run.images.find((i) => i.image === image)!;
      // Both imports did finish: ECR was never asked successfully, so nothing says it was still importing.
      expect(emu.imports.find((i) => i.repository === repository)?.completedAt).toBeLessThan(Date.now());
      const m =
        /^not confirmed ready after \d+\.\d s: DescribeImages was throttled (once|\d+ times) \(last: Rate exceeded\), 0 of (\d+) checks answered; ECR may have finished importing$/.exec(
          r.error ?? '',
        );
      expect({ image, error: r.error, matched: m !== null }).toMatchObject({
        image,
        error: r.error,
        matched: true,
      });
      // Throttled, the run slows down at once: in 4 s it may be only once.
      const [throttled, checks] = [m![1] === 'once' ? 1 : Number.parseInt(m![1]!, 10), Number(m![2])];
      const logged = emu.log.count({ operation: 'DescribeImages', repository, status: 400 });
      expect(throttled).toBeGreaterThanOrEqual(1);
      expect(Math.abs(throttled - logged)).toBeLessThanOrEqual(1);
      expect(checks - throttled).toBeLessThanOrEqual(1); // one may have been in flight at the deadline
      expect(r.hint).toContain("lower the concurrency (--concurrency; the action's concurrency)");
      expect(r.hint).toContain('--rate');
      expect(r.hint).not.toMatch(/--timeout|allow more time/);
    }
  }, 60_000);

  it('a slow start: the call that took the time before the first pull is named, not the registry', async () => {
    // DescribePullThroughCacheRules answers after 4 s of a 5.5 s run; first pulls take a second
    // (ECR fetches the manifest upstream); one request at a time, so the images run out of time.
    const emu = await emulator({
      importTime: 3_000,
      faults: {
        perOperation: {
          DescribePullThroughCacheRules: { rate: 1, kinds: ['slow'], slowMs: 4_000 },
          manifest: { rate: 1, kinds: ['slow'], slowMs: 1_000 },
        },
      },
    });
    const run = await warmJson(emu, [
      ...['--timeout', '5500ms', '--concurrency', '1'],
      ...['alpine:3.20', 'nginx:1.27', 'node:20'],
    ]);
    expect(run.code).toBe(1);
    expect(run.images.map((i) => i.status)).toEqual(['failed', 'failed', 'failed']);
    for (const r of run.images) {
      expect({ image: r.image, error: r.error }).toEqual({
        image: r.image,
        error: expect.stringMatching(
          /; DescribePullThroughCacheRules took \d\.\d s of the 5\.5 s before the first pull$/,
        ),
      });
      expect(r.error).not.toMatch(/did not let warm start|no answer from/);
      expect(r.hint).toContain("name the rules (--rule PREFIX=UPSTREAM_URL; the action's rules)");
      expect(r.hint).not.toMatch(/VPC|HTTPS_PROXY/);
    }
    // The last image never got a request slot: it is said so, the registry was never asked for it.
    expect(run.images[2]?.error).toMatch(
      /^the import was not started: its first pull was still waiting for a free request slot when time ran out/,
    );
    expect(emu.log.count({ operation: 'manifest', repository: 'docker-hub/library/node' })).toBe(0);
  }, 60_000);

  it('a long import: more time, in the words of the CLI and of the action', async () => {
    const emu = await emulator();
    await emu.upstream.seedImage({ host: 'docker.io', path: 'acme/huge', tag: '1' });
    emu.setImportTime(60_000);
    const run = await warmJson(emu, ['--timeout', '1500ms', '--poll-base', '100ms', 'acme/huge:1']);
    expect(run.code).toBe(1);
    // How much of the 1.5 s the image got depends on how fast the CLI started (a slow start is named).
    expect(run.images[0]?.error).toMatch(
      /^not ready after \d\.\d s: ECR is still importing it(; \w+ took \d\.\d s of the 1\.5 s before the first pull)?$/,
    );
    expect(run.images[0]?.hint).toContain("(--timeout, now 1.5 s; the action's warm-timeout)");
  }, 60_000);

  it('no rule: the rules named for the CLI and for the action', async () => {
    const emu = await emulator();
    const run = await warmJson(emu, ['registry.gitlab.com/group/app:1']);
    expect(run.images[0]?.hint).toContain("(--rule PREFIX=registry.gitlab.com; the action's rules)");
  }, 60_000);
});

/**
 * A registry endpoint in front of the stand-in's that words the 403 of a missing Docker Hub
 * repository otherwise (ECR's words change, and a proxy may replace them).
 */
async function rewordingRegistry(): Promise<{ url: string; forwardTo(url: string): void }> {
  let target = '';
  const server = createServer((req, res) => {
    const to = new URL(req.url ?? '/', target);
    const upstream = request(to, { method: req.method, headers: req.headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        let body = Buffer.concat(chunks);
        if (answer.statusCode === 403 && body.toString().includes('upstream registry')) {
          body = Buffer.from(
            JSON.stringify({
              errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }],
            }),
          );
        }
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-length': body.length });
        res.end(body);
      });
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forwardTo: (url) => {
      target = url;
    },
  };
}

describe('a 403 on a Docker Hub name, decided by the name', () => {
  it('an official image without library/: said so whatever the 403 says; an IAM denial stays one', async () => {
    const proxy = await rewordingRegistry();
    const emu = await emulator({ proxyEndpoint: proxy.url });
    proxy.forwardTo(emu.registryUrl);
    const host = proxy.url.replace('http://', '');
    const run = await warmJson(emu, ['--timeout', '10s', `${host}/docker-hub/alpine:3.20`]);
    expect(run.images[0]).toMatchObject({
      status: 'failed',
      error: 'Docker Hub refused "alpine" (403): official images live under library/',
      hint: `use ${host}/docker-hub/library/alpine:3.20`,
    });

    emu.setPermissions({ batchGetImage: false });
    const denied = await warmJson(emu, ['--timeout', '10s', `${host}/docker-hub/alpine:3.20`]);
    expect(denied.images[0]?.error).toMatch(
      /^access denied \(403: .*not authorized to perform: ecr:BatchGetImage/,
    );
    expect(denied.images[0]?.hint).toBe(
      'the caller lacks ecr:BatchGetImage on docker-hub/alpine: grant it in the IAM policy',
    );
  }, 30_000);
});

describe('the region, from the registry host', () => {
  const noRegion = (emu: Emulator) => envOf(emu, { AWS_REGION: '', AWS_DEFAULT_REGION: '' });

  it('--registry ACCOUNT.dkr.ecr.REGION.amazonaws.com needs no AWS_REGION', async () => {
    const emu = await emulator();
    const registry = `${emu.account}.dkr.ecr.${emu.region}.amazonaws.com`;
    const run = await warmJson(
      emu,
      ['--timeout', '20s', '--registry', registry, '--rule', 'docker-hub=registry-1.docker.io', 'nginx:1.27'],
      noRegion(emu),
    );
    expect(run.stderr).not.toContain('no AWS region');
    expect(run.code).toBe(0);
    expect(run.images[0]).toMatchObject({
      status: 'ready',
      uri: `${registry}/docker-hub/library/nginx:1.27`,
    });
  }, 30_000);

  it('cache URIs of an ECR host need no AWS_REGION either; with nothing naming a region, still asked for', async () => {
    const emu = await emulator();
    const uri = `${emu.account}.dkr.ecr.${emu.region}.amazonaws.com/docker-hub/library/alpine:3.20`;
    const run = await warmJson(emu, ['--timeout', '20s', uri], noRegion(emu));
    expect(run.code).toBe(0);
    expect(run.images[0]).toMatchObject({ status: 'ready', uri });

    const none = await runCli(['warm', 'alpine:3.20'], { env: noRegion(emu) });
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('no AWS region')]);
  }, 30_000);
});
