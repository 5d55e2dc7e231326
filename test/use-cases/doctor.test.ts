// doctor against the emulator: a registry that setup prepared is clean; each broken state yields
// its own finding with its fix. The network is a stand-in (no DNS, no sockets to the internet).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { ecr } from '../../emulator/helpers.js';
import { type Emulator, startEmulator } from '../../emulator/index.js';
import {
  type DoctorFinding,
  type DoctorReport,
  doctor,
  type NetworkProbe,
  parseSetupConfig,
  setup,
} from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

const CONFIG = parseSetupConfig(
  `rules:
  - prefix: docker-hub
    upstream: registry-1.docker.io
    credentials: {usernameEnv: HUB_USER, accessTokenEnv: HUB_TOKEN}
  - prefix: quay
    upstream: quay.io
template:
  expireAfterDays: 30
`,
  'setup.yaml',
);
const CREDENTIALS = { HUB_USER: 'ci', HUB_TOKEN: 'hub-token-value' };
const UPSTREAMS = ['registry-1.docker.io', 'quay.io'];

/** A runner subnet: how names resolve and which hosts answer. */
function subnet(options: {
  resolve: (host: string) => string[];
  open: (host: string) => boolean;
}): NetworkProbe & {
  asked: string[];
} {
  const asked: string[] = [];
  return {
    asked,
    async resolve(host) {
      asked.push(host);
      const addresses = options.resolve(host);
      if (addresses.length === 0) throw new Error(`getaddrinfo ENOTFOUND ${host}`);
      return addresses;
    },
    async connect(host) {
      return options.open(host);
    },
  };
}

/** VPC interface endpoints for ECR (the emulator's loopback addresses), an S3 gateway endpoint, NAT to upstreams. */
const PRIVATE_WITH_NAT = () =>
  subnet({
    resolve: (host) =>
      /^[\d.]+$/.test(host) ? [host] : host.includes('.s3.') ? ['52.216.8.1'] : ['10.0.1.9'],
    open: () => true,
  });

let emu: Emulator;
const saved = { ...process.env };

beforeAll(async () => {
  emu = await startEmulator({ upstream: 'memory', rules: [], importTime: 0 });
  Object.assign(process.env, emu.env());
  await setup({ config: CONFIG, env: CREDENTIALS });
});
afterAll(async () => {
  process.env = saved;
  await emu.stop();
});
beforeEach(async () => {
  // Every test starts from a registry setup has prepared, and repairs what the last one broke.
  emu.setPermissions({ getDownloadUrlForLayer: true, describePullThroughCacheRules: true });
  await setup({ config: CONFIG, env: CREDENTIALS });
});

const problems = (r: DoctorReport) =>
  r.findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.severity}:${f.code}`);
const find = (r: DoctorReport, code: string): DoctorFinding | undefined =>
  r.findings.find((f) => f.code === code);

describe('doctor', () => {
  test('setup then doctor on a blank registry: a clean report', async () => {
    const network = PRIVATE_WITH_NAT();
    const report = await doctor({ config: CONFIG, network });
    expect(problems(report)).toEqual([]);
    expect(report).toMatchObject({
      ok: true,
      errors: 0,
      warnings: 0,
      account: '111122223333',
      registry: emu.registryHost,
    });
    const oks = report.findings.filter((f) => f.severity === 'ok').map((f) => `${f.code} ${f.subject}`);
    expect(oks).toEqual(
      expect.arrayContaining([
        'rule-ok rule docker-hub',
        'rule-ok rule quay',
        'permission-ok ecr:GetAuthorizationToken',
        'permission-ok ecr:GetDownloadUrlForLayer',
        'permission-ok ecr:DescribeImages',
        'template-ok template ROOT',
        'endpoint-private ECR API endpoint',
        'endpoint-private registry endpoint',
        'first-pull-egress first pulls',
      ]),
    );
    expect(find(report, 'permission-unchecked')).toMatchObject({
      severity: 'note',
      subject: 'ecr:BatchGetImage, ecr:BatchImportUpstreamImage, ecr:CreateRepository',
      fix: expect.stringContaining(
        '--action-names ecr:BatchGetImage ecr:BatchImportUpstreamImage ecr:CreateRepository',
      ),
    });
    expect(find(report, 'layers-public')).toMatchObject({
      severity: 'note',
      message: expect.stringContaining('doctor cannot tell which'),
    });
    expect(network.asked).toContain('prod-us-east-1-starport-layer-bucket.s3.us-east-1.amazonaws.com');
  });

  test('a missing rule', async () => {
    await ecr(emu, 'DeletePullThroughCacheRule', { ecrRepositoryPrefix: 'quay' });
    const report = await doctor({
      config: CONFIG,
      configSource: 'setup.yaml',
      network: false,
      images: ['quay.io/prometheus/node-exporter:v1.8.0'],
    });
    expect(problems(report)).toEqual(['error:rule-missing', 'error:rule-missing']);
    expect(report.findings.filter((f) => f.code === 'rule-missing')).toEqual([
      expect.objectContaining({ subject: 'rule quay', fix: 'ecr-pull-through setup --config setup.yaml' }),
      expect.objectContaining({
        subject: 'image quay.io/prometheus/node-exporter:v1.8.0',
        fix: 'add a rule: ecr-pull-through setup --rule PREFIX=quay.io',
      }),
    ]);
    expect(report.ok).toBe(false);
  });

  test('no rules at all', async () => {
    for (const prefix of ['docker-hub', 'quay'])
      await ecr(emu, 'DeletePullThroughCacheRule', { ecrRepositoryPrefix: prefix });
    const report = await doctor({ network: false });
    expect(problems(report)).toEqual(['error:no-rules']);
    expect(find(report, 'no-rules')?.fix).toContain('ecr-pull-through setup');
  });

  test('an invalid secret (no accessToken)', async () => {
    emu.secrets.put({ name: 'ecr-pullthroughcache/docker-hub', value: { username: 'ci' } });
    const report = await doctor({ network: false });
    expect(problems(report)).toEqual(['error:rule-invalid']);
    expect(find(report, 'rule-invalid')).toMatchObject({
      subject: 'rule docker-hub',
      message: expect.stringContaining('username and accessToken'),
      fix: expect.stringContaining(
        'aws secretsmanager put-secret-value --secret-id ecr-pullthroughcache/docker-hub',
      ),
    });
  });

  test('a missing secret', async () => {
    emu.secrets.delete('ecr-pullthroughcache/docker-hub');
    const report = await doctor({ network: false });
    expect(problems(report)).toEqual(['error:secret-missing']);
    expect(find(report, 'secret-missing')).toMatchObject({
      subject: 'rule docker-hub',
      message: expect.stringContaining('ecr-pullthroughcache/docker-hub'),
      fix: expect.stringContaining('--credentials docker-hub=USERNAME_ENV:TOKEN_ENV'),
    });
  });

  test('a missing permission', async () => {
    emu.setPermissions({ getDownloadUrlForLayer: false });
    const report = await doctor({ network: false });
    expect(problems(report)).toEqual(['error:permission-missing']);
    expect(find(report, 'permission-missing')).toMatchObject({
      subject: 'ecr:GetDownloadUrlForLayer',
      message: expect.stringContaining('downloading layers fails'),
      fix: expect.stringMatching(
        /^allow ecr:GetDownloadUrlForLayer on arn:aws:ecr:us-east-1:111122223333:repository\/docker-hub\/\*, .*quay\/\* in the policy of arn:aws:iam::111122223333:role\/ci$/,
      ),
    });
  });

  test('changes nothing: no BatchGetImage (a pull on a pull-through path), no repository, no import', async () => {
    // An upstream image where the permission probes look: any pull there would import it.
    const probe = { host: 'quay.io', path: 'ecr-pull-through-doctor-probe', tag: 'probe' };
    await emu.upstream.seedImage(probe);
    try {
      const repositories = async () => (await ecr(emu, 'DescribeRepositories')).body.repositories;
      const before = { repositories: await repositories(), imports: emu.imports.length };
      emu.log.clear();
      await doctor({ network: false });
      expect(emu.log.count({ operation: 'BatchGetImage' })).toBe(0);
      expect(emu.log.count({ endpoint: 'registry' })).toBe(0);
      expect({ repositories: await repositories(), imports: emu.imports.length }).toEqual(before);
    } finally {
      await emu.upstream.deleteImage(probe);
    }
  });

  test('rules the caller may not list', async () => {
    emu.setPermissions({ describePullThroughCacheRules: false });
    const report = await doctor({ network: false });
    expect(problems(report)).toContain('warning:rules-unreadable');
    expect(report.ok).toBe(true);
  });

  test('no creation template', async () => {
    await ecr(emu, 'DeleteRepositoryCreationTemplate', { prefix: 'ROOT' });
    const report = await doctor({ network: false });
    expect(problems(report)).toEqual(['warning:template-missing']);
    expect(find(report, 'template-missing')?.fix).toContain('--expire-after-days');
  });

  test('tag immutability on the template', async () => {
    await ecr(emu, 'UpdateRepositoryCreationTemplate', { prefix: 'ROOT', imageTagMutability: 'IMMUTABLE' });
    const report = await doctor({ network: false });
    expect(problems(report)).toEqual(['warning:tag-immutability']);
  });

  test('public endpoints without egress', async () => {
    const report = await doctor({
      network: subnet({
        resolve: (host) => (host.includes('.s3.') ? ['52.216.8.1'] : ['3.5.1.1']),
        open: () => false,
      }),
    });
    expect(problems(report)).toEqual([
      'error:endpoint-unreachable',
      'error:endpoint-unreachable',
      'error:layers-unreachable',
      'warning:first-pull-no-egress',
    ]);
    const [api, registry] = report.findings.filter((f) => f.code === 'endpoint-unreachable');
    expect(api?.fix).toContain('com.amazonaws.us-east-1.ecr.api');
    expect(registry?.fix).toContain('com.amazonaws.us-east-1.ecr.dkr');
    expect(find(report, 'layers-unreachable')?.fix).toContain(
      'S3 gateway endpoint com.amazonaws.us-east-1.s3',
    );
    expect(find(report, 'first-pull-no-egress')?.fix).toBe(
      'warm the cache first (ecr-pull-through warm) or give the subnet a NAT route during imports',
    );
  });

  test('private endpoints but no egress to upstreams: only the first-pull warning', async () => {
    const report = await doctor({
      network: subnet({
        resolve: (host) => (/^[\d.]+$/.test(host) ? [host] : ['10.0.2.4']),
        open: (host) => !UPSTREAMS.includes(host),
      }),
    });
    expect(problems(report)).toEqual(['warning:first-pull-no-egress']);
    expect(report.ok).toBe(true);
  });

  test('a proxy from the environment is what gets probed', async () => {
    const network = subnet({ resolve: () => ['10.0.0.1'], open: (host) => host === 'proxy.internal' });
    const report = await doctor({ network, env: { HTTPS_PROXY: 'http://user:pw@proxy.internal:3128' } });
    const egress = find(report, 'first-pull-egress');
    expect(egress?.message).toContain('through the proxy proxy.internal:3128');
    expect(JSON.stringify(report)).not.toContain('user:pw');
  });

  test('the CLI: exit 1 with --json findings when a pull would break, exit 0 when it would not', async () => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...emu.env() };
    emu.secrets.delete('ecr-pullthroughcache/docker-hub');
    const broken = await runCli(['doctor', '--skip-network', '--json'], { env });
    expect(broken.code).toBe(1);
    const report = JSON.parse(broken.stdout) as DoctorReport;
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([
      'secret-missing',
    ]);
    expect(broken.stderr).toContain(
      'ERROR rule docker-hub: the credential secret ecr-pullthroughcache/docker-hub',
    );
    expect(broken.stderr).toContain('      fix: create it with the keys username and accessToken');
    expect(broken.stderr).toContain('pulls through the cache would fail');

    await setup({ config: CONFIG, env: CREDENTIALS });
    const fixed = await runCli(['doctor', '--skip-network'], { env });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain('note  network: DNS and reachability');
  });
});
