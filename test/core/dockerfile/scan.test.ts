import { rewriteDockerfile } from '../../../src/core/rewrite/rewrite.js';
import { ecr, TARGET } from '../../helpers/target.js';

const D = `sha256:${'c'.repeat(64)}`;
const rewrite = (src: string) => rewriteDockerfile(src, TARGET);

/** [name, input, expected output]: every case is byte-exact. */
const cases: [string, string, string][] = [
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
  ['scratch is never rewritten', 'FROM scratch\nFROM SCRATCH AS x\n', 'FROM scratch\nFROM SCRATCH AS x\n'],
  [
    'an earlier stage is a stage; a later stage name is still an image',
    'FROM base AS builder\nFROM builder\nFROM final AS x\nFROM x AS final\n',
    `FROM ${ecr('docker-hub/library/base')} AS builder\nFROM builder\nFROM ${ecr('docker-hub/library/final')} AS x\nFROM x AS final\n`,
  ],
  [
    'stage match ignores case',
    'FROM node AS Build\nFROM BUILD\n',
    `FROM ${ecr('docker-hub/library/node')} AS Build\nFROM BUILD\n`,
  ],
  ['CRLF kept', 'FROM node:20\r\nRUN x\r\n', `FROM ${ecr('docker-hub/library/node:20')}\r\nRUN x\r\n`],
  ['BOM kept', '\uFEFFFROM node:20\n', `\uFEFFFROM ${ecr('docker-hub/library/node:20')}\n`],
  ['no trailing newline', 'FROM node:20', `FROM ${ecr('docker-hub/library/node:20')}`],
  [
    'continuation with comment and blank lines inside',
    'FROM \\\n  # a comment\n\n  --platform=linux/amd64 \\\n\tnode:20 \\\n  AS app\n',
    `FROM \\\n  # a comment\n\n  --platform=linux/amd64 \\\n\t${ecr('docker-hub/library/node:20')} \\\n  AS app\n`,
  ],
  [
    'backtick escape directive',
    '# escape=`\nFROM `\n  mcr.microsoft.com/windows:1 AS w\nFROM quay.io/a/b:1\nCOPY --from=w C:\\x\\ C:\\y\\\n',
    `# escape=\`\nFROM \`\n  mcr.microsoft.com/windows:1 AS w\nFROM ${ecr('quay/a/b:1')}\nCOPY --from=w C:\\x\\ C:\\y\\\n`,
  ],
  [
    'escape directive after another line is only a comment',
    '# hello\n# escape=`\nFROM node \\\n  AS x\n',
    `# hello\n# escape=\`\nFROM ${ecr('docker-hub/library/node')} \\\n  AS x\n`,
  ],
  [
    'heredoc bodies are data',
    'FROM node\nRUN <<EOF\nFROM alpine\nEOF\nCOPY <<-"END" /x\n\tFROM busybox\n\tEND\nFROM ghcr.io/o/a\n',
    `FROM ${ecr('docker-hub/library/node')}\nRUN <<EOF\nFROM alpine\nEOF\nCOPY <<-"END" /x\n\tFROM busybox\n\tEND\nFROM ${ecr('github/o/a')}\n`,
  ],
  [
    'two heredocs on one line',
    'FROM a\nRUN <<ONE cat - <<TWO\nFROM b\nONE\nFROM c\nTWO\nFROM d\n',
    `FROM ${ecr('docker-hub/library/a')}\nRUN <<ONE cat - <<TWO\nFROM b\nONE\nFROM c\nTWO\nFROM ${ecr('docker-hub/library/d')}\n`,
  ],
  [
    'exec form RUN has no heredoc',
    'FROM a\nRUN ["echo", "<<EOF"]\nFROM b\n',
    `FROM ${ecr('docker-hub/library/a')}\nRUN ["echo", "<<EOF"]\nFROM ${ecr('docker-hub/library/b')}\n`,
  ],
  [
    'global ARG default used as the whole FROM image',
    'ARG BASE=node:20\nARG OTHER=node:20\nFROM ${BASE}\nFROM $BASE AS b\n',
    `ARG BASE=${ecr('docker-hub/library/node:20')}\nARG OTHER=node:20\nFROM \${BASE}\nFROM $BASE AS b\n`,
  ],
  [
    'quoted global ARG default keeps its quotes',
    'ARG IMG="quay.io/a/b:1"\nFROM ${IMG}\n',
    `ARG IMG="${ecr('quay/a/b:1')}"\nFROM \${IMG}\n`,
  ],
  [
    'an ARG inside a stage is never touched',
    'FROM node AS a\nARG IMG=alpine\nFROM ${IMG}\n',
    `FROM ${ecr('docker-hub/library/node')} AS a\nARG IMG=alpine\nFROM \${IMG}\n`,
  ],
  [
    'variable default text is rewritten',
    'FROM ${BASE:-node:20}\nFROM ${X-"alpine"}\n',
    `FROM \${BASE:-${ecr('docker-hub/library/node:20')}}\nFROM \${X-"${ecr('docker-hub/library/alpine')}"}\n`,
  ],
  [
    'tag-only variable keeps the variable, rewrites the repository',
    'ARG V=3.20\nFROM alpine:${V}\nFROM quay.io/a/b:${V}-x\nFROM node@${DIGEST}\n',
    `ARG V=3.20\nFROM ${ecr('docker-hub/library/alpine')}:\${V}\nFROM ${ecr('quay/a/b')}:\${V}-x\nFROM ${ecr('docker-hub/library/node')}@\${DIGEST}\n`,
  ],
  [
    'variable registry or repository is left alone',
    'ARG REG=quay.io\nFROM ${REG}/a/b:1\nFROM node-${V}:1\n',
    'ARG REG=quay.io\nFROM ${REG}/a/b:1\nFROM node-${V}:1\n',
  ],
  [
    'COPY --from in any flag position; stages case-insensitive; numbers are stage indexes',
    'FROM node AS Build\nCOPY --from=build /a /b\nCOPY --chown=1:1 --from=nginx:1.27 /a /b\nCOPY --from=0 /a /b\nCOPY --link --from=BUILD /a /b\n',
    `FROM ${ecr('docker-hub/library/node')} AS Build\nCOPY --from=build /a /b\nCOPY --chown=1:1 --from=${ecr('docker-hub/library/nginx:1.27')} /a /b\nCOPY --from=0 /a /b\nCOPY --link --from=BUILD /a /b\n`,
  ],
  [
    'COPY --from names any stage of the file, even a later one',
    'FROM a AS one\nCOPY --from=two /x /y\nFROM b AS two\n',
    `FROM ${ecr('docker-hub/library/a')} AS one\nCOPY --from=two /x /y\nFROM ${ecr('docker-hub/library/b')} AS two\n`,
  ],
  [
    'RUN --mount from= in any CSV position',
    'FROM a AS s\nRUN --mount=type=bind,from=s,target=/s --mount=target=/t,type=bind,from=ghcr.io/o/t:1 \\\n  --mount=from=busybox make\n',
    `FROM ${ecr('docker-hub/library/a')} AS s\nRUN --mount=type=bind,from=s,target=/s --mount=target=/t,type=bind,from=${ecr('github/o/t:1')} \\\n  --mount=from=${ecr('docker-hub/library/busybox')} make\n`,
  ],
  [
    'the same under ONBUILD',
    'FROM a AS s\nONBUILD COPY --from=alpine /a /b\nonbuild RUN --mount=from=s,target=/x --mount=from=k8s.example/x,target=/y true\nONBUILD COPY --from=s /a /b\n',
    `FROM ${ecr('docker-hub/library/a')} AS s\nONBUILD COPY --from=${ecr('docker-hub/library/alpine')} /a /b\nonbuild RUN --mount=from=s,target=/x --mount=from=k8s.example/x,target=/y true\nONBUILD COPY --from=s /a /b\n`,
  ],
  [
    'quoted flag values keep their quotes',
    'FROM a\nCOPY --from="nginx" /a /b\n',
    `FROM ${ecr('docker-hub/library/a')}\nCOPY --from="${ecr('docker-hub/library/nginx')}" /a /b\n`,
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
    'registry-1.docker.io and index.docker.io are Hub',
    'FROM registry-1.docker.io/library/node\nFROM index.docker.io/bitnami/redis\n',
    `FROM ${ecr('docker-hub/library/node')}\nFROM ${ecr('docker-hub/bitnami/redis')}\n`,
  ],
  [
    'an escaped escape at the end of a line does not continue it',
    'FROM alpine\nRUN echo C:\\\\\nFROM ubuntu\n',
    `FROM ${ecr('docker-hub/library/alpine')}\nRUN echo C:\\\\\nFROM ${ecr('docker-hub/library/ubuntu')}\n`,
  ],
  [
    'an escaped backtick at the end of a line does not continue it',
    '# escape=`\nFROM a\nRUN echo ``\nFROM b\n',
    `# escape=\`\nFROM ${ecr('docker-hub/library/a')}\nRUN echo \`\`\nFROM ${ecr('docker-hub/library/b')}\n`,
  ],
  [
    'a heredoc name quoted in part ends at the unquoted name',
    'FROM a\nRUN cat <<E"O"F\nFROM x\nEOF\nFROM b\n',
    `FROM ${ecr('docker-hub/library/a')}\nRUN cat <<E"O"F\nFROM x\nEOF\nFROM ${ecr('docker-hub/library/b')}\n`,
  ],
  [
    'a variable port is a variable registry, not a tag',
    'FROM localhost:${PORT}/foo\nFROM registry.example.com:${P}/team/app:1\n',
    'FROM localhost:${PORT}/foo\nFROM registry.example.com:${P}/team/app:1\n',
  ],
  [
    '${V:+image}: the word is the image when V is set; V itself is not',
    'ARG V=3\nFROM ${V:+alpine}\n',
    `ARG V=3\nFROM \${V:+${ecr('docker-hub/library/alpine')}}\n`,
  ],
  [
    'an ARG default naming its own ARG is evaluated once, with that ARG still unset',
    'ARG IMAGE_VERSION=${IMAGE_VERSION:-ubuntu:xenial}\nfrom ${IMAGE_VERSION} as base\n',
    `ARG IMAGE_VERSION=\${IMAGE_VERSION:-${ecr('docker-hub/library/ubuntu:xenial')}}\nfrom \${IMAGE_VERSION} as base\n`,
  ],
  [
    'ARG X=$X is unknown, never a loop',
    'ARG X=$X\nFROM $X\nFROM ${X}:1\n',
    'ARG X=$X\nFROM $X\nFROM ${X}:1\n',
  ],
  [
    'two ARGs naming each other are unknown, never a loop',
    'ARG A=$B\nARG B=${A:-$B}\nFROM $A\nFROM ${B}\n',
    'ARG A=$B\nARG B=${A:-$B}\nFROM $A\nFROM ${B}\n',
  ],
  [
    'an ARG default sees only the ARGs declared before it',
    'ARG A=$B\nARG B=node:20\nARG C=$B\nFROM $A\nFROM $C\n',
    `ARG A=$B\nARG B=${ecr('docker-hub/library/node:20')}\nARG C=$B\nFROM $A\nFROM $C\n`,
  ],
  [
    'a redeclared ARG sees its earlier value',
    'ARG IMG=node:20\nARG IMG=${IMG:-alpine}\nFROM ${IMG}\n',
    `ARG IMG=${ecr('docker-hub/library/node:20')}\nARG IMG=\${IMG:-${ecr('docker-hub/library/alpine')}}\nFROM \${IMG}\n`,
  ],
  [
    'syntax directive: the frontend image is rewritten, multi-part Hub name without library/',
    '# syntax=docker/dockerfile:1.4\nFROM node\n',
    `# syntax=${ecr('docker-hub/docker/dockerfile:1.4')}\nFROM ${ecr('docker-hub/library/node')}\n`,
  ],
  [
    'syntax directive: name in any case, white space around =, trailing space kept',
    '#  SynTax =  docker/dockerfile:1 \t\nFROM scratch\n',
    `#  SynTax =  ${ecr('docker-hub/docker/dockerfile:1')} \t\nFROM scratch\n`,
  ],
  [
    'syntax directive: digest kept, arguments after the image untouched, CRLF and BOM',
    `\uFEFF#syntax=docker/dockerfile:1@${D} --opt=x\r\nFROM scratch\r\n`,
    `\uFEFF#syntax=${ecr(`docker-hub/docker/dockerfile:1@${D}`)} --opt=x\r\nFROM scratch\r\n`,
  ],
  [
    'syntax directive with check and escape directives around it',
    '# check=skip=all\n# syntax=quay.io/o/frontend:1\n# escape=`\nFROM `\n  node\n',
    `# check=skip=all\n# syntax=${ecr('quay/o/frontend:1')}\n# escape=\`\nFROM \`\n  ${ecr('docker-hub/library/node')}\n`,
  ],
  [
    'syntax directive after a #! line (BuildKit skips it)',
    '#!/usr/bin/env buildctl\n# syntax=docker/dockerfile:1\nFROM scratch\n',
    `#!/usr/bin/env buildctl\n# syntax=${ecr('docker-hub/docker/dockerfile:1')}\nFROM scratch\n`,
  ],
  [
    'only the first syntax directive is read',
    '# syntax=docker/dockerfile:1\n# syntax=other/frontend:1\nFROM scratch\n',
    `# syntax=${ecr('docker-hub/docker/dockerfile:1')}\n# syntax=other/frontend:1\nFROM scratch\n`,
  ],
  ...[
    ['after a blank line', '\n# syntax=docker/dockerfile:1\nFROM scratch\n'],
    ['after another comment', '# hello\n# syntax=docker/dockerfile:1\nFROM scratch\n'],
    ['after an instruction', 'FROM scratch\n# syntax=docker/dockerfile:1\n'],
    ['after an unknown directive', '# foo=bar\n# syntax=docker/dockerfile:1\nFROM scratch\n'],
    ['indented (BuildKit reads it from the first column)', '  # syntax=docker/dockerfile:1\nFROM scratch\n'],
    ['inside a heredoc', 'FROM scratch\nRUN <<EOF\n# syntax=docker/dockerfile:1\nEOF\n'],
  ].map(([where, src]): [string, string, string] => [
    `a # syntax= comment ${where} is only a comment`,
    src!,
    src!,
  ]),
  [
    'ARG BUILDKIT_SYNTAX default is rewritten, global or in a stage, quotes kept',
    'ARG BUILDKIT_SYNTAX=docker/dockerfile:1.5\nFROM scratch\nARG X=1 BUILDKIT_SYNTAX="docker/dockerfile:1.6"\n',
    `ARG BUILDKIT_SYNTAX=${ecr('docker-hub/docker/dockerfile:1.5')}\nFROM scratch\nARG X=1 BUILDKIT_SYNTAX="${ecr('docker-hub/docker/dockerfile:1.6')}"\n`,
  ],
  [
    'comment and instructions mentioning images are untouched',
    '# FROM node\nFROM node\nLABEL base="FROM alpine"\nRUN echo FROM alpine\n',
    `# FROM node\nFROM ${ecr('docker-hub/library/node')}\nLABEL base="FROM alpine"\nRUN echo FROM alpine\n`,
  ],
];

describe('Dockerfile rewrite (BuildKit semantics), byte-exact', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    const r = rewrite(input);
    expect(r.errors).toEqual([]);
    expect(r.output).toBe(expected);
    expect(rewrite(r.output).output).toBe(r.output);
  });

  test('notes say why a reference was left alone, with its line', () => {
    const r = rewrite('FROM a\nFROM ${REG}/x:1\nFROM mcr.microsoft.com/x\nFROM ${NOPE}\n');
    expect(r.notes).toEqual([
      { line: 2, message: expect.stringContaining('variable registry or repository') },
      {
        line: 3,
        message: expect.stringContaining('no pull-through rule for mcr.microsoft.com'),
        unmapped: true,
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

describe('BuildKit frontend images (# syntax=, BUILDKIT_SYNTAX)', () => {
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
      },
    ]);
  });

  test('extractImages reports both, so warm warms them', async () => {
    const { extractImages } = await import('../../../src/core/rewrite/rewrite.js');
    const r = extractImages(
      '# syntax=docker/dockerfile:1.4\nARG BUILDKIT_SYNTAX=docker/dockerfile:1.5\nFROM node\n',
      'dockerfile',
    );
    expect(r.images).toEqual([
      { image: 'docker/dockerfile:1.4', line: 1 },
      { image: 'docker/dockerfile:1.5', line: 2 },
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
    const started = performance.now();
    const r = rewrite(`${args.join('\n')}\nFROM \${A199}\n`);
    expect(performance.now() - started).toBeLessThan(2000);
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
