// File names come from pull requests, and in a workflow's `run:` step both stdout and stderr are read
// by the runner line by line (a line ends at LF or CR): a file name holding `\n::warning::...` would
// be a workflow command. Every name the CLI bundle prints is shown escaped (core/display.ts), so no
// line of its output starts with `::`, and the name can still be read.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { runCli } from '../../helpers/cli.js';

const REGISTRY = '111122223333.dkr.ecr.us-east-1.amazonaws.com';
const TARGET = ['--registry', REGISTRY, '--rule', 'docker-hub=registry-1.docker.io'];
const env = { PATH: process.env.PATH, HOME: '/nonexistent' };

/** Folder names that would inject a workflow command: after LF, after CR. */
const LF_DIR = 'x\n::warning::pwned';
const CR_DIR = 'y\r::add-mask::zz';
/** How each is shown: a JSON string, one line. */
const LF_SHOWN = (file: string) => JSON.stringify(`t/${LF_DIR}/${file}`);
const CR_SHOWN = (file: string) => JSON.stringify(`t/${CR_DIR}/${file}`);

/** Output lines as the runner reads them: split at LF, CR and CRLF. */
const runnerLines = (text: string) => text.split(/\r\n|\r|\n/);

function expectNoCommand(r: { stdout: string; stderr: string }): void {
  const commands = [...runnerLines(r.stdout), ...runnerLines(r.stderr)].filter((l) => l.startsWith('::'));
  expect(commands).toEqual([]);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-names-'));
  mkdirSync(join(dir, 't', LF_DIR), { recursive: true });
  mkdirSync(join(dir, 't', CR_DIR), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('rewrite DIR', () => {
  test('change lines and notes show each name escaped, on one line', async () => {
    writeFileSync(join(dir, 't', LF_DIR, 'Dockerfile'), 'FROM node:20\nFROM nosuch.example/a:1\n');
    writeFileSync(join(dir, 't', CR_DIR, 'Dockerfile'), 'FROM node:20\n');
    const r = await runCli(['rewrite', ...TARGET, 't'], { cwd: dir, env });
    expect(r.code).toBe(0);
    expectNoCommand(r);
    expect(r.stderr).toContain(
      `${LF_SHOWN('Dockerfile')}:1: node:20 -> ${REGISTRY}/docker-hub/library/node:20`,
    );
    expect(r.stderr).toContain(`${LF_SHOWN('Dockerfile')}:2: note: nosuch.example/a:1: no pull-through rule`);
    expect(r.stderr).toContain(`${CR_SHOWN('Dockerfile')}:1: node:20 -> `);
    // The files themselves are found and rewritten as any other.
    expect(readFileSync(join(dir, 't', CR_DIR, 'Dockerfile'), 'utf8')).toBe(
      `FROM ${REGISTRY}/docker-hub/library/node:20\n`,
    );
  });

  test('--check: the would-rewrite lines too', async () => {
    writeFileSync(join(dir, 't', LF_DIR, 'Dockerfile'), 'FROM node:20\n');
    const r = await runCli(['rewrite', ...TARGET, '--check', 't'], { cwd: dir, env });
    expect(r.code).toBe(1);
    expectNoCommand(r);
    expect(r.stderr).toContain(`${LF_SHOWN('Dockerfile')}:1: would rewrite node:20 -> `);
  });

  test('errors in a file, and files that cannot be taken, name them escaped', async () => {
    writeFileSync(join(dir, 't', LF_DIR, 'Dockerfile'), 'FROM Node:20\n');
    writeFileSync(join(dir, 't', CR_DIR, 'Dockerfile'), 'FROM node:20\n\0');
    const r = await runCli(['rewrite', ...TARGET, 't'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expectNoCommand(r);
    expect(r.stderr).toContain(`${LF_SHOWN('Dockerfile')}:1: error: invalid image reference`);
    expect(r.stderr).toContain(`${CR_SHOWN('Dockerfile')}: error: binary file`);
  });

  test('--stdout with more than one file names the paths given escaped', async () => {
    writeFileSync(join(dir, 't', LF_DIR, 'Dockerfile'), 'FROM node:20\n');
    writeFileSync(join(dir, 't', CR_DIR, 'Dockerfile'), 'FROM node:20\n');
    const r = await runCli(['rewrite', ...TARGET, '--stdout', `t/${LF_DIR}`, `t/${CR_DIR}`], {
      cwd: dir,
      env,
    });
    expect(r.code).toBe(2);
    expectNoCommand(r);
    expect(r.stderr).toContain(`${JSON.stringify(`t/${LF_DIR}`)} ${JSON.stringify(`t/${CR_DIR}`)} gave 2`);
  });
});

describe('image texts a message quotes', () => {
  test('a YAML image value with an escaped line break is shown escaped in the note on it', async () => {
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: "x\\n::warning::pwned"\n');
    const r = await runCli(['rewrite', ...TARGET, 'compose.yaml'], { cwd: dir, env });
    expectNoCommand(r);
    expect(r.stderr).toMatch(/^compose\.yaml:3: note: .*x\\n::warning::pwned/m);
  });

  test('map - with a carriage return in a line', async () => {
    const r = await runCli(['map', ...TARGET, '-'], { env, input: 'node:20\na\r::add-mask::zz\n' });
    expect(r.code).toBe(2);
    expectNoCommand(r);
    expect(r.stderr).toContain('stdin:2: error: invalid image reference "a\\r::add-mask::zz"');
  });
});

describe('prepare', () => {
  test('its notes, failures and rewritten files name the files escaped', async () => {
    const root = join(dir, 't', LF_DIR);
    writeFileSync(join(root, 'Dockerfile'), 'FROM node:20\nFROM nosuch.example/a:1\n');
    const args = [
      'prepare',
      ...TARGET,
      '--no-login',
      '--no-warm',
      '--root',
      root,
      '--dockerfiles',
      'Dockerfile',
    ];
    const shown = JSON.stringify(join(root, 'Dockerfile'));

    const done = await runCli(args, { cwd: dir, env });
    expect(done.code).toBe(0);
    expectNoCommand(done);
    expect(done.stderr).toContain(`${shown}:2: note: nosuch.example/a:1: no pull-through rule`);
    expect(done.stderr).toContain(`rewrote ${shown}\n`);

    writeFileSync(join(root, 'Dockerfile'), 'FROM nosuch.example/a:1\n');
    const strict = await runCli([...args, '--strict'], { cwd: dir, env });
    expect(strict.code).toBe(1);
    expectNoCommand(strict);
    expect(strict.stderr).toContain(`error: ${shown}:1: nosuch.example/a:1: no pull-through rule`);
  });

  test('a file it cannot take, found by a glob in a folder whose name breaks the line', async () => {
    writeFileSync(join(dir, 't', LF_DIR, 'Dockerfile'), 'FROM node:20\n\0');
    const r = await runCli(
      ['prepare', ...TARGET, '--no-login', '--no-warm', '--root', 't', '--dockerfiles', '**/Dockerfile'],
      { cwd: dir, env },
    );
    expect(r.code).toBe(2);
    expectNoCommand(r);
    expect(r.stderr).toContain(`${JSON.stringify(`t/${LF_DIR}/Dockerfile`)}: binary file`);
  });
});

describe('rewrite --diff', () => {
  test('the diff headers name the files escaped', async () => {
    writeFileSync(join(dir, 't', LF_DIR, 'Dockerfile'), 'FROM node:20\n');
    const r = await runCli(['rewrite', ...TARGET, '--diff', 't'], { cwd: dir, env });
    expectNoCommand(r);
    expect(r.stdout).toContain(`--- ${JSON.stringify(`a/t/${LF_DIR}/Dockerfile`)}\n`);
  });
});
