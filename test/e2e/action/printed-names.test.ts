// The action's log is read by the runner line by line (a line ends at LF or CR); a file name that
// holds `\n::warning::...` would be a workflow command of its own. The built action (dist/index.js,
// as the runner runs it) prints every file name escaped (core/display.ts): the only commands in its
// log are its own. The job summary shows names the same way.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction, runnerFiles } from '../../helpers/runner.js';

const HOST = '111122223333.dkr.ecr.us-east-1.amazonaws.com';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-action-names-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Output lines as the runner reads them: split at LF, CR and CRLF. */
const runnerLines = (text: string) => text.split(/\r\n|\r|\n/);

test.each([
  ['LF', 'ws\n::warning::pwned'],
  ['CR', 'ws\r::add-mask::zz'],
])('a workspace whose name holds %s: the log has no command but the action’s own', async (_, name) => {
  const ws = join(dir, name);
  mkdirSync(ws);
  writeFileSync(join(ws, 'Dockerfile'), 'FROM node:20\nFROM nosuch.example/a:1\n');
  const r = await runAction({
    inputs: {
      login: 'false',
      warm: 'false',
      registries: HOST,
      rules: 'docker-hub=registry-1.docker.io',
      dockerfiles: 'Dockerfile',
    },
    files: runnerFiles(dir),
    env: { PATH: process.env.PATH, HOME: '/nonexistent', GITHUB_WORKSPACE: ws },
    cwd: ws,
  });
  expect([r.code, r.stderr]).toEqual([0, '']);
  const commands = runnerLines(r.stdout).filter((l) => l.startsWith('::'));
  expect(commands).toEqual([
    '::group::Pull-through cache rules',
    '::endgroup::',
    '::group::Rewrite image references',
    '::endgroup::',
    expect.stringMatching(/^::warning title=Left alone,file=Dockerfile,line=2::nosuch.example\/a:1: /),
  ]);
  expect(runnerLines(r.stdout)).toContain(`  ${JSON.stringify(join(ws, 'Dockerfile'))}`);
  expect(readFileSync(join(ws, 'Dockerfile'), 'utf8')).toContain(`FROM ${HOST}/docker-hub/library/node:20`);
});
