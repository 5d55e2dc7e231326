// Dockerfiles at the edges of BuildKit's grammar, through the CLI as a user runs it (`rewrite` on a
// file, dist/cli.js): each row of issue 23 (D1-D9) and its three policy points. What BuildKit does
// in each case is cited from its source beside the code that follows it (src/core/dockerfile/).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.js';
import { ecr, REGISTRY, RULE_FLAGS } from '../../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
const hub = (name: string) => ecr(`docker-hub/library/${name}`);
const DIGEST = `sha256:${'a'.repeat(64)}`;
/** UTF-8 bytes of a no-break space and of an ideographic space, as the CLI reads them (latin1). */
const NBSP = '\xC2\xA0';
const IDEOGRAPHIC_SPACE = '\xE3\x80\x80';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-df-edges-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Rewrite a Dockerfile (bytes given as latin1) in place; its new bytes, the exit code and stderr. */
async function rewrite(source: string): Promise<{ code: number | null; output: string; stderr: string }> {
  const path = join(dir, 'Dockerfile');
  writeFileSync(path, Buffer.from(source, 'latin1'));
  const r = await runCli(['rewrite', ...FLAGS, path]);
  return { code: r.code, output: readFileSync(path).toString('latin1'), stderr: r.stderr };
}

describe('issue 23: what BuildKit pulls, and only that', () => {
  test('D1: `<< EOF` and `<<\\tEOF` open heredocs: their bodies are data, a stage named there is none', async () => {
    const r = await rewrite(
      [
        'FROM node AS build',
        'RUN cat << EOF > /etc/x',
        'FROM alpine AS base',
        'EOF',
        'RUN cat <<\tEND',
        'FROM busybox',
        'END',
        'COPY --from=base / /',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
    expect(r.output).toBe(
      [
        `FROM ${hub('node')} AS build`,
        'RUN cat << EOF > /etc/x',
        'FROM alpine AS base',
        'EOF',
        'RUN cat <<\tEND',
        'FROM busybox',
        'END',
        `COPY --from=${hub('base')} / /`,
        '',
      ].join('\n'),
    );
  });

  test('D2: a heredoc end line ending in CR CR LF closes the heredoc', async () => {
    const r = await rewrite('FROM node\r\nRUN cat <<EOF\r\nhello\r\nEOF\r\r\nFROM alpine\r\n');
    expect(r.code).toBe(0);
    expect(r.output).toBe(
      `FROM ${hub('node')}\r\nRUN cat <<EOF\r\nhello\r\nEOF\r\r\nFROM ${hub('alpine')}\r\n`,
    );
  });

  test('D3: a continuation line ending in CR CR LF continues the instruction', async () => {
    const r = await rewrite('FROM \\\r\r\nalpine:3.20 AS base\r\n');
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(r.output).toBe(`FROM \\\r\r\n${hub('alpine:3.20')} AS base\r\n`);
  });

  test('D4: a Unicode space before an instruction is white space', async () => {
    const r = await rewrite(
      `FROM node AS a\n${NBSP}FROM alpine\n${IDEOGRAPHIC_SPACE}\tCOPY --from=busybox / /\n`,
    );
    expect(r.code).toBe(0);
    expect(r.output).toBe(
      `FROM ${hub('node')} AS a\n${NBSP}FROM ${hub('alpine')}\n${IDEOGRAPHIC_SPACE}\tCOPY --from=${hub('busybox')} / /\n`,
    );
  });

  test('D4: a line of only Unicode spaces inside a continuation is skipped, and trailing ones are no part of a word', async () => {
    const r = await rewrite(`FROM \\\n${NBSP}${IDEOGRAPHIC_SPACE}\n  alpine${NBSP}\n`);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(r.output).toBe(`FROM \\\n${NBSP}${IDEOGRAPHIC_SPACE}\n  ${hub('alpine')}${NBSP}\n`);
  });

  test('D5: an ARG default used both plainly and changed stays as written, with a note naming the line', async () => {
    const r = await rewrite(
      [
        'ARG IMG=docker.io/library/alpine:3.20',
        'ARG BASE=node',
        'ARG TAG=busybox',
        'FROM ${IMG}',
        'FROM ${IMG#*/}',
        'FROM ${BASE}',
        'FROM registry.example.com/mirror/${BASE}',
        'FROM ${TAG}',
        'FROM e:${TAG}',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
    expect(r.output).toBe(
      [
        'ARG IMG=docker.io/library/alpine:3.20',
        'ARG BASE=node',
        'ARG TAG=busybox',
        'FROM ${IMG}',
        'FROM ${IMG#*/}',
        'FROM ${BASE}',
        'FROM registry.example.com/mirror/${BASE}',
        'FROM ${TAG}',
        // The literal repository before the variable tag is still the cache's.
        `FROM ${hub('e')}:\${TAG}`,
        '',
      ].join('\n'),
    );
    expect(r.stderr).toMatch(/Dockerfile:1: note: .*ARG IMG left alone, since line 5 uses .*\$\{IMG#\*\/\}/);
    expect(r.stderr).toMatch(
      /Dockerfile:2: note: .*ARG BASE left alone, since line 7 uses .*mirror\/\$\{BASE\}/,
    );
    expect(r.stderr).toMatch(/Dockerfile:3: note: .*ARG TAG left alone, since line 9 uses .*e:\$\{TAG\}/);
  });

  test('D5: an ARG default used only as the whole image or its repository is rewritten', async () => {
    const r = await rewrite(
      [
        'ARG REPO=quay.io/org/app',
        'ARG TOOL=ghcr.io/org/tool',
        'FROM ${REPO}',
        'FROM ${REPO}:1.2',
        `FROM $REPO@${DIGEST}`,
        'FROM ${TOOL}:2.0 AS tool',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
    expect(r.output).toBe(
      [
        `ARG REPO=${ecr('quay/org/app')}`,
        `ARG TOOL=${ecr('github/org/tool')}`,
        'FROM ${REPO}',
        'FROM ${REPO}:1.2',
        `FROM $REPO@${DIGEST}`,
        'FROM ${TOOL}:2.0 AS tool',
        '',
      ].join('\n'),
    );
  });

  test('D6: a mount from= of a number is an image of that name, not a stage index', async () => {
    const r = await rewrite('FROM node AS build\nRUN --mount=type=bind,from=0,target=/x make\n');
    expect(r.code).toBe(0);
    expect(r.output).toBe(
      `FROM ${hub('node')} AS build\nRUN --mount=type=bind,from=${hub('0')},target=/x make\n`,
    );
  });

  test('D7: a CSV-quoted "from=..." field of a mount is read', async () => {
    const r = await rewrite(`FROM node\nRUN --mount='type=bind,"from=busybox:1.36",target=/x' make\n`);
    expect(r.code).toBe(0);
    expect(r.output).toBe(
      `FROM ${hub('node')}\nRUN --mount='type=bind,"from=${hub('busybox:1.36')}",target=/x' make\n`,
    );
  });

  test('D8: COPY --from=+0 is stage 0, not an invalid reference', async () => {
    const r = await rewrite('FROM node AS build\nFROM alpine\nCOPY --from=+0 /a /b\n');
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(r.output).toBe(`FROM ${hub('node')} AS build\nFROM ${hub('alpine')}\nCOPY --from=+0 /a /b\n`);
  });

  test.each([
    ['a vertical tab', '\v'],
    ['a no-break space', NBSP],
  ])('D9: %s right after # still makes a parser directive (escape= and syntax=)', async (_name, space) => {
    // With the backtick escape, `\` does not continue a line: the second FROM is an instruction.
    const r = await rewrite(
      `#${space}syntax=docker/dockerfile:1\n#${space}escape=\`\nFROM node\nRUN echo \\\nFROM alpine\n`,
    );
    expect(r.code).toBe(0);
    expect(r.output).toBe(
      `#${space}syntax=${ecr('docker-hub/docker/dockerfile:1')}\n#${space}escape=\`\nFROM ${hub('node')}\nRUN echo \\\nFROM ${hub('alpine')}\n`,
    );
  });

  test('policy: an ARG BUILDKIT_SYNTAX default is not rewritten (BuildKit reads it from --build-arg only)', async () => {
    const r = await rewrite('ARG BUILDKIT_SYNTAX=docker/dockerfile:1.7\nFROM node\n');
    expect(r.code).toBe(0);
    expect(r.output).toBe(`ARG BUILDKIT_SYNTAX=docker/dockerfile:1.7\nFROM ${hub('node')}\n`);
  });

  test('policy: ONBUILD sources are rewritten; an invalid one there is a note, not an error', async () => {
    const r = await rewrite(
      'FROM node\nONBUILD COPY --from=Bad:1 / /\nONBUILD RUN --mount=from=alpine,target=/x make\n',
    );
    expect(r.code).toBe(0);
    expect(r.output).toBe(
      `FROM ${hub('node')}\nONBUILD COPY --from=Bad:1 / /\nONBUILD RUN --mount=from=${hub('alpine')},target=/x make\n`,
    );
    expect(r.stderr).toMatch(/Dockerfile:2: note: invalid image reference "Bad:1".*ONBUILD/);
  });
});
