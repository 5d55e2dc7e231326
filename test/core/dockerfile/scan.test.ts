import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rewriteDockerfile } from '../../../src/core/rewrite/rewrite.js';
import { ecr, TARGET } from '../../helpers/target.js';

const D = `sha256:${'c'.repeat(64)}`;
const rewrite = (src: string) => rewriteDockerfile(src, TARGET);

/** Multi-line cases, one directory each: `<case>/Dockerfile` in, `<case>/expected` out (see its README). */
const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'dockerfile');
const fixtureCases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const fixture = (name: string, file: string) => readFileSync(join(FIXTURES, name, file), 'utf8');

/** [name, input, expected output]: one row per word rule, every case byte-exact. */
const rows: [string, string, string][] = [
  ['plain FROM', 'FROM node:20\n', `FROM ${ecr('docker-hub/library/node:20')}\n`],
  [
    'keyword case, tabs, odd spacing',
    'from\t  alpine:3.20  \t\n',
    `from\t  ${ecr('docker-hub/library/alpine:3.20')}  \t\n`,
  ],
  [
    'platform flag and AS, only the image token changes',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS Build\n',
    `FROM --platform=$BUILDPLATFORM ${ecr('docker-hub/library/golang:1.22')} AS Build\n`,
  ],
  ['digest and tag kept exactly', `FROM node:20@${D}\n`, `FROM ${ecr(`docker-hub/library/node:20@${D}`)}\n`],
  ['no tag: no latest invented', 'FROM quay.io/org/app\n', `FROM ${ecr('quay/org/app')}\n`],
  ['scratch is never rewritten', 'FROM scratch\n', 'FROM scratch\n'],
  ['scratch in any case is never rewritten', 'FROM SCRATCH AS x\n', 'FROM SCRATCH AS x\n'],
  ['BOM kept', '\uFEFFFROM node:20\n', `\uFEFFFROM ${ecr('docker-hub/library/node:20')}\n`],
  ['no trailing newline', 'FROM node:20', `FROM ${ecr('docker-hub/library/node:20')}`],
  [
    '${X:-word}: the default text is rewritten',
    'FROM ${BASE:-node:20}\n',
    `FROM \${BASE:-${ecr('docker-hub/library/node:20')}}\n`,
  ],
  [
    '${X-"word"}: the default text is rewritten, its quotes kept',
    'FROM ${X-"alpine"}\n',
    `FROM \${X-"${ecr('docker-hub/library/alpine')}"}\n`,
  ],
  [
    'no rule: left alone',
    'FROM mcr.microsoft.com/dotnet/sdk:8.0\n',
    'FROM mcr.microsoft.com/dotnet/sdk:8.0\n',
  ],
  [
    'already rewritten: left alone',
    `FROM ${ecr('docker-hub/library/node:20')}\n`,
    `FROM ${ecr('docker-hub/library/node:20')}\n`,
  ],
  [
    'registry-1.docker.io is Hub',
    'FROM registry-1.docker.io/library/node\n',
    `FROM ${ecr('docker-hub/library/node')}\n`,
  ],
  [
    'index.docker.io is Hub',
    'FROM index.docker.io/bitnami/redis\n',
    `FROM ${ecr('docker-hub/bitnami/redis')}\n`,
  ],
  [
    'a variable port is a variable registry, not a tag',
    'FROM localhost:${PORT}/foo\n',
    'FROM localhost:${PORT}/foo\n',
  ],
  [
    'a variable port before a path and tag is a variable registry',
    'FROM registry.example.com:${P}/team/app:1\n',
    'FROM registry.example.com:${P}/team/app:1\n',
  ],
  // Mount CSVs (go-csvvalue, then commands_runmount.go parseMount): the key is lowercased, not
  // trimmed; quotes and escapes of the shell word are removed first, wherever they sit.
  [
    'mount without from=',
    'RUN --mount=type=cache,target=/from=x make\n',
    'RUN --mount=type=cache,target=/from=x make\n',
  ],
  [
    'mount FROM= in capitals',
    'RUN --mount=type=bind,FROM=alpine:3 make\n',
    `RUN --mount=type=bind,FROM=${ecr('docker-hub/library/alpine:3')} make\n`,
  ],
  [
    'mount key with spaces is no from= (BuildKit then fails the build on the unknown key)',
    'RUN --mount="type=bind, from =node:20" make\n',
    'RUN --mount="type=bind, from =node:20" make\n',
  ],
  [
    'mount key quoted or escaped',
    'RUN --mount=type=bind,"from"=alpine:3 --mount=f\\rom=node:20 make\n',
    `RUN --mount=type=bind,"from"=${ecr('docker-hub/library/alpine:3')} --mount=f\\rom=${ecr('docker-hub/library/node:20')} make\n`,
  ],
  [
    'mount field CSV-quoted, a comma and a doubled quote inside',
    `RUN --mount='"target=/a,b","from=busybox",type=bind' --mount='"from=alpine""x"' make\n`,
    `RUN --mount='"target=/a,b","from=${ecr('docker-hub/library/busybox')}",type=bind' --mount='"from=alpine""x"' make\n`,
  ],
];

describe('Dockerfile rewrite (BuildKit semantics), byte-exact', () => {
  const check = (input: string, expected: string) => {
    const r = rewrite(input);
    expect(r.errors).toEqual([]);
    expect(r.output).toBe(expected);
    expect(rewrite(r.output).output).toBe(r.output);
  };

  test.each(rows)('%s', (_name, input, expected) => check(input, expected));

  test.each(fixtureCases)('test/fixtures/dockerfile/%s', (name) =>
    check(fixture(name, 'Dockerfile'), fixture(name, 'expected')),
  );

  test('every fixture case is described in its README', () => {
    const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
    // A table row per case; the formatter pads the cells, so match the name cell loosely.
    const described = new Set([...readme.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1]));
    expect(fixtureCases.filter((name) => !described.has(name))).toEqual([]);
  });

  test('notes say why a reference was left alone, with its line', () => {
    const r = rewrite('FROM a\nFROM ${REG}/x:1\nFROM mcr.microsoft.com/x\nFROM ${NOPE}\n');
    expect(r.notes).toEqual([
      { line: 2, message: expect.stringContaining('variable registry or repository') },
      {
        line: 3,
        message: expect.stringContaining('no pull-through rule for mcr.microsoft.com'),
        unmapped: true,
        registry: 'mcr.microsoft.com',
      },
      { line: 4, message: expect.stringContaining('${NOPE} has no default in a global ARG') },
    ]);
  });

  test('an invalid reference is an error naming the line; the output is unchanged there', () => {
    const r = rewrite('FROM node\n\nFROM Node:20\n');
    expect(r.errors).toEqual([{ line: 3, message: expect.stringContaining('"Node:20"') }]);
  });

  test('images a build pulls, with global ARG defaults expanded; stages and scratch skipped', () => {
    const r = rewrite(
      'ARG V=3.20\nARG B=node:20\nFROM alpine:${V} AS a\nFROM ${B}\nFROM a\nFROM scratch\nCOPY --from=busybox / /\n',
    );
    expect(r.images.map((i) => i.image)).toEqual(['alpine:3.20', 'node:20', 'busybox']);
  });
});

describe('BuildKit frontend images (# syntax=)', () => {
  test('an unmapped syntax image is noted like any other', () => {
    const r = rewrite('# syntax=mcr.microsoft.com/x/frontend:1\nFROM node\n');
    expect(r.output).toBe(
      `# syntax=mcr.microsoft.com/x/frontend:1\nFROM ${ecr('docker-hub/library/node')}\n`,
    );
    expect(r.notes).toEqual([
      {
        line: 1,
        message: expect.stringContaining('no pull-through rule for mcr.microsoft.com'),
        unmapped: true,
        registry: 'mcr.microsoft.com',
      },
    ]);
  });

  test('extractImages reports the syntax image, so warm warms it; not an ARG BUILDKIT_SYNTAX default', async () => {
    const { extractImages } = await import('../../../src/core/rewrite/rewrite.js');
    const r = extractImages(
      '# syntax=docker/dockerfile:1.4\nARG BUILDKIT_SYNTAX=docker/dockerfile:1.5\nFROM node\n',
      'dockerfile',
    );
    expect(r.images).toEqual([
      { image: 'docker/dockerfile:1.4', line: 1 },
      { image: 'node', line: 3 },
    ]);
  });

  test('a syntax comment after the directive block is not pulled', async () => {
    const { extractImages } = await import('../../../src/core/rewrite/rewrite.js');
    const r = extractImages('FROM node\n# syntax=docker/dockerfile:1\n', 'dockerfile');
    expect(r.images.map((i) => i.image)).toEqual(['node']);
  });
});

describe('what a build pulls (for warm)', () => {
  test.each([
    ['ARG IMAGE_VERSION=${IMAGE_VERSION:-ubuntu:xenial}\nFROM ${IMAGE_VERSION}\n', ['ubuntu:xenial']],
    ['ARG X=$X\nFROM $X\nFROM ${X:-alpine}\n', ['alpine']],
    ['ARG A=$B\nARG B=$A\nFROM $A\nFROM $B\nFROM ${A:+x}\n', []],
    ['ARG A=$B\nARG B=node:20\nARG C=$B\nFROM $A\nFROM $C\n', ['node:20']],
    ['ARG T=1\nARG T=${T}.2\nFROM alpine:$T\n', ['alpine:1.2']],
  ])('global ARGs are evaluated in order: %j', (src, images) => {
    expect(rewrite(src).images.map((i) => i.image)).toEqual(images);
  });

  test('a long chain of ARGs each naming the previous twice stays fast', () => {
    const args = Array.from({ length: 200 }, (_, i) =>
      i === 0 ? 'ARG A0=node:20' : `ARG A${i}=\${A${i - 1}:-\${A${i - 1}}}`,
    );
    // Read twice per level, a naive expansion does 2^200 steps: ending at all, within jest's hang
    // limit, is the proof (how fast is bench's to say, not the test's).
    const r = rewrite(`${args.join('\n')}\nFROM \${A199}\n`);
    expect(r.images.map((i) => i.image)).toEqual(['node:20']);
    expect(r.changes).toEqual([{ line: 1, from: 'node:20', to: ecr('docker-hub/library/node:20') }]);
  });

  test('an ARG without a default is a build argument: unknown, not empty', () => {
    const r = rewrite('ARG REG\nARG TAG=1\nFROM ${REG}/tool:${TAG}\nFROM ${REG:-quay.io}/x:${TAG}\n');
    expect(r.images.map((i) => i.image)).toEqual(['quay.io/x:1']);
  });

  test('stages and scratch are noted as nothing to pull', async () => {
    const { extractImages } = await import('../../../src/core/rewrite/rewrite.js');
    const r = extractImages('FROM node AS build\nFROM scratch\nCOPY --from=build / /\n', 'dockerfile');
    expect(r.images.map((i) => i.image)).toEqual(['node']);
    expect(r.notes).toEqual([
      { line: 2, message: 'scratch: the empty image, nothing to pull' },
      { line: 3, message: 'build: a build stage, nothing to pull' },
    ]);
  });
});
