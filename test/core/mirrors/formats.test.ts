// Each mirror format from the same rules: the shape its client reads (facts from BuildKit,
// containerd, containers/image, kaniko and moby sources), only upstreams that have a rule, https for
// ECR and plain http for a registry on loopback, and a refusal where nothing can be expressed.
import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../../src/core/errors.js';
import type { CacheRule } from '../../../src/core/image/rules.js';
import { MIRROR_FORMATS, type MirrorFormat, renderMirrors } from '../../../src/core/mirrors/index.js';
import { cacheScheme, isLoopbackRegistry } from '../../../src/core/mirrors/routes.js';

const ECR = '111122223333.dkr.ecr.us-east-1.amazonaws.com';
const LOCAL = '127.0.0.1:5000';
const rule = (ecrRepositoryPrefix: string, upstreamRegistryUrl: string, upstreamRepositoryPrefix?: string) =>
  ({
    ecrRepositoryPrefix,
    upstreamRegistryUrl,
    ...(upstreamRepositoryPrefix && { upstreamRepositoryPrefix }),
  }) as CacheRule;
const HUB_AND_QUAY = [rule('docker-hub', 'registry-1.docker.io'), rule('quay', 'quay.io')];
const PARTIAL = rule('team-a', '444455556666.dkr.ecr.us-west-2.amazonaws.com', 'a');

const render = (format: MirrorFormat, rules: readonly CacheRule[], registry = ECR) =>
  renderMirrors(format, { registry, rules });
const text = (format: MirrorFormat, rules: readonly CacheRule[], registry = ECR) =>
  render(format, rules, registry)
    .files.map((f) => f.text)
    .join('');
/** The file without its comment lines. */
const body = (t: string) =>
  t
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n')
    .trim();

describe('the scheme a client needs for the cache', () => {
  test.each([
    [ECR, false],
    ['111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn', false],
    [LOCAL, true],
    ['127.1.2.3', true],
    ['localhost:5000', true],
    ['[::1]:5000', true],
    ['10.0.0.5:5000', false],
  ])('%s: loopback %s', (registry, loopback) => {
    expect(isLoopbackRegistry(registry)).toBe(loopback);
    expect(cacheScheme(registry)).toBe(loopback ? 'http' : 'https');
  });
});

describe('source-policy', () => {
  test('one CONVERT per upstream: fully normalized selector, ${1} after the cache prefix', () => {
    expect(JSON.parse(text('source-policy', HUB_AND_QUAY))).toEqual({
      rules: [
        {
          action: 'CONVERT',
          selector: { identifier: 'docker-image://docker.io/*' },
          updates: { identifier: `docker-image://${ECR}/docker-hub/\${1}` },
        },
        {
          action: 'CONVERT',
          selector: { identifier: 'docker-image://quay.io/*' },
          updates: { identifier: `docker-image://${ECR}/quay/\${1}` },
        },
      ],
    });
    expect(render('source-policy', HUB_AND_QUAY).files.map((f) => f.path)).toEqual(['source-policy.json']);
  });

  test('a ROOT rule maps to the registry root; an ECR-to-ECR rule for part of an upstream comes first', () => {
    const rules = JSON.parse(text('source-policy', [rule('ROOT', 'registry-1.docker.io'), PARTIAL])).rules;
    expect(rules.map((r: { selector: { identifier: string } }) => r.selector.identifier)).toEqual([
      'docker-image://444455556666.dkr.ecr.us-west-2.amazonaws.com/a/*',
      'docker-image://docker.io/*',
    ]);
    expect(rules[1].updates.identifier).toBe(`docker-image://${ECR}/\${1}`);
  });

  test('the same upstream under two prefixes: the first rule only, as map picks it', () => {
    const rules = JSON.parse(
      text('source-policy', [rule('hub', 'docker.io'), rule('docker-hub', 'registry-1.docker.io')]),
    ).rules;
    expect(rules).toHaveLength(1);
    expect(rules[0].updates.identifier).toBe(`docker-image://${ECR}/hub/\${1}`);
  });
});

describe('buildkitd', () => {
  test('a mirror per upstream with the cache prefix as its path (BuildKit puts it after /v2)', () => {
    expect(body(text('buildkitd', HUB_AND_QUAY))).toBe(
      [
        '[registry."docker.io"]',
        `  mirrors = ["${ECR}/docker-hub"]`,
        '',
        '[registry."quay.io"]',
        `  mirrors = ["${ECR}/quay"]`,
      ].join('\n'),
    );
  });

  test('a cache on loopback is marked plain http', () => {
    expect(body(text('buildkitd', HUB_AND_QUAY, LOCAL))).toContain(`[registry."${LOCAL}"]\n  http = true`);
  });

  test('says which versions honour it and where it falls back, in the file and as warnings', () => {
    const config = render('buildkitd', HUB_AND_QUAY);
    expect(config.files[0]!.text).toMatch(/^# .*\n# honoured by BuildKit >= 0\.12/);
    expect(config.files[0]!.text).toContain('# Fallback: BuildKit tries the upstream');
    expect(config.warnings.join('\n')).toContain('older than 0.12');
  });

  test('a rule for part of an upstream cannot be a host mirror: left out with a warning', () => {
    const config = render('buildkitd', [...HUB_AND_QUAY, PARTIAL]);
    expect(config.files[0]!.text).not.toContain('444455556666');
    expect(config.warnings[0]).toContain(
      'rule "team-a" covers only 444455556666.dkr.ecr.us-west-2.amazonaws.com/a',
    );
  });
});

describe('registries-conf', () => {
  test('each upstream prefix remapped to its cache location (no fallback), longest prefix first', () => {
    expect(body(text('registries-conf', [...HUB_AND_QUAY, PARTIAL]))).toBe(
      [
        '[[registry]]',
        'prefix = "444455556666.dkr.ecr.us-west-2.amazonaws.com/a"',
        `location = "${ECR}/team-a"`,
        '',
        '[[registry]]',
        'prefix = "docker.io"',
        `location = "${ECR}/docker-hub"`,
        '',
        '[[registry]]',
        'prefix = "quay.io"',
        `location = "${ECR}/quay"`,
      ].join('\n'),
    );
  });

  test('a cache on loopback is insecure (plain http)', () => {
    expect(body(text('registries-conf', HUB_AND_QUAY, LOCAL))).toContain(
      `location = "${LOCAL}/docker-hub"\ninsecure = true`,
    );
  });
});

describe('containerd', () => {
  test('a hosts.toml per upstream: https, /v2/PREFIX in the host URL, override_path, pull and resolve', () => {
    const config = render('containerd', HUB_AND_QUAY);
    expect(config.files.map((f) => f.path)).toEqual(['docker.io/hosts.toml', 'quay.io/hosts.toml']);
    expect(body(config.files[0]!.text)).toBe(
      [
        `[host."https://${ECR}/v2/docker-hub"]`,
        '  capabilities = ["pull", "resolve"]',
        '  override_path = true',
      ].join('\n'),
    );
  });

  test('ROOT: the API root itself; loopback: plain http', () => {
    const config = render('containerd', [rule('ROOT', 'registry-1.docker.io')], LOCAL);
    expect(config.files[0]!.text).toContain(`[host."http://${LOCAL}/v2"]`);
  });
});

describe('kaniko', () => {
  test('one --registry-map per upstream, Docker Hub as index.docker.io; no file', () => {
    const config = render('kaniko', HUB_AND_QUAY);
    expect(config.args).toEqual([
      `--registry-map=index.docker.io=${ECR}/docker-hub`,
      `--registry-map=quay.io=${ECR}/quay`,
    ]);
    expect(config.files).toEqual([]);
  });

  test('a cache on loopback is an insecure registry', () => {
    expect(render('kaniko', HUB_AND_QUAY, LOCAL).args).toContain(`--insecure-registry=${LOCAL}`);
  });

  // kaniko cuts the location at its first "/" (pkg/image/remote parseRegistryMapping) and parses
  // PREFIX/NAME with go-containerregistry's name.NewRepository: a first component with "." or ":"
  // (newer versions: or "localhost") is a registry host.
  test.each(['docker.io', 'mirror.hub/x', 'localhost'])(
    'a cache prefix kaniko would read as a registry (%s) is left out with the reason',
    (prefix) => {
      const config = render('kaniko', [rule(prefix, 'registry-1.docker.io'), rule('quay', 'quay.io')]);
      expect(config.args).toEqual([`--registry-map=quay.io=${ECR}/quay`]);
      expect(config.warnings).toContainEqual(
        expect.stringContaining(
          `rule "${prefix}" cannot be a kaniko --registry-map: kaniko takes the first path component of ${ECR}/${prefix} for a registry host`,
        ),
      );
    },
  );

  test('when no other rule is left, it is refused (exit 2) with the reason and the fix', () => {
    const refusal = () => render('kaniko', [rule('docker.io', 'registry-1.docker.io')]);
    expect(refusal).toThrow(InputError);
    expect(refusal).toThrow('docker.io images would be pulled from "docker.io", not from the cache');
    try {
      refusal();
    } catch (e) {
      expect((e as InputError).hint).toContain('without a dot in its first component');
    }
  });

  test('a dot further down the prefix, or in a ROOT rule, is no registry to kaniko', () => {
    expect(render('kaniko', [rule('team/docker.io', 'registry-1.docker.io')]).args).toEqual([
      `--registry-map=index.docker.io=${ECR}/team/docker.io`,
    ]);
    expect(render('kaniko', [rule('ROOT', 'quay.io')]).args).toEqual([`--registry-map=quay.io=${ECR}`]);
  });
});

describe('daemon-json', () => {
  test('a ROOT Docker Hub rule: the cache root as the mirror', () => {
    expect(
      JSON.parse(text('daemon-json', [rule('ROOT', 'registry-1.docker.io'), rule('quay', 'quay.io')])),
    ).toEqual({
      'registry-mirrors': [`https://${ECR}`],
    });
    expect(JSON.parse(text('daemon-json', [rule('ROOT', 'docker.io')], LOCAL))).toEqual({
      'registry-mirrors': [`http://${LOCAL}`],
      'insecure-registries': [LOCAL],
    });
  });

  test('a prefixed Docker Hub rule is refused: the engine asks a mirror for /v2/... at its root', () => {
    expect(() => render('daemon-json', HUB_AND_QUAY)).toThrow(InputError);
    expect(() => render('daemon-json', HUB_AND_QUAY)).toThrow(
      /Docker Engine asks a mirror for \/v2\/library\/\.\.\. at its root .* under \/v2\/docker-hub\//,
    );
  });

  test('no Docker Hub rule is refused: the engine mirrors Docker Hub only', () => {
    expect(() => render('daemon-json', [rule('quay', 'quay.io')])).toThrow(/mirrors Docker Hub only/);
  });
});

describe('every format', () => {
  test.each(MIRROR_FORMATS)('%s: notes say which versions honour it and how credentials arrive', (format) => {
    const rules = format === 'daemon-json' ? [rule('ROOT', 'registry-1.docker.io')] : HUB_AND_QUAY;
    const config = render(format, rules);
    expect(config.format).toBe(format);
    expect(config.notes.join('\n')).toMatch(/honoured by/);
    expect(config.notes.join('\n')).toMatch(/credentials/);
  });

  test.each(MIRROR_FORMATS.filter((f) => f !== 'source-policy' && f !== 'registries-conf'))(
    '%s: refused when no rule covers a whole upstream host',
    (format) => {
      expect(() => render(format, [PARTIAL])).toThrow(InputError);
    },
  );

  test.each(MIRROR_FORMATS)('%s: refused with no rule at all', (format) => {
    expect(() => render(format, [])).toThrow(InputError);
  });

  test.each(MIRROR_FORMATS.filter((f) => f !== 'daemon-json'))(
    '%s: only upstreams that have a rule appear',
    (format) => {
      const config = render(format, [rule('quay', 'quay.io')]);
      const all = [...config.files.map((f) => `${f.path}\n${f.text}`), ...config.args].join('\n');
      expect(all).toContain('quay.io');
      expect(all).not.toMatch(/docker\.io|docker-hub/);
    },
  );
});
