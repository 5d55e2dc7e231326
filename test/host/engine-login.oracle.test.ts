// The engine login (src/host/engine-login.ts, node's spawn) against @actions/exec, which the project
// was first planned around: the engine gets the same arguments and the same password on stdin
// through either, and sees the same refusal; where they differ on purpose, ours is the safer one:
// it redacts the password from what the engine said, and a hung engine ends with the run, which
// @actions/exec has no option for (no timeout, no abort signal: aws-actions/amazon-ecr-login#833).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { getExecOutput } from '@actions/exec';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import ts from 'typescript';
import type { RegistryCredentials } from '../../src/aws/token.js';
import { engineLogin } from '../../src/host/engine-login.js';
import { openRun } from '../../src/use-cases/run.js';
import { scriptedEngine } from '../helpers/login.js';

const credentials = (password: string): RegistryCredentials => ({
  registry: '127.0.0.1:5000',
  endpoint: 'http://127.0.0.1:5000',
  region: 'us-east-1',
  username: 'AWS',
  password,
  expiresAt: new Date(Date.UTC(2030, 0, 1)),
});

const envFor = (bin: string) => ({ PATH: `${bin}:/usr/bin:/bin` });

/** Our login with a run of its own; what it threw, if it did. */
async function ours(cred: RegistryCredentials, bin: string, cancel?: AbortSignal): Promise<unknown> {
  const { run, end } = openRun({ timeoutMs: 10 * 60_000, signal: cancel });
  try {
    await engineLogin(run, 'docker', cred, envFor(bin));
    return undefined;
  } catch (e) {
    return e;
  } finally {
    end();
  }
}

/** The same engine call through @actions/exec. */
const theirs = (argv: string[], password: string, bin: string) =>
  getExecOutput(join(bin, 'docker'), argv, {
    input: Buffer.from(password),
    env: envFor(bin),
    silent: true,
    ignoreReturnCode: true,
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the engine sees the same call through spawn as through @actions/exec', () => {
  test('arguments and the password on stdin, for passwords of base64 and odd characters', async () => {
    const engine = scriptedEngine('exit 0');
    await fc.assert(
      fc.asyncProperty(
        // The stand-in engine reads stdin with $(cat), which drops trailing line breaks: none here.
        fc.string({
          minLength: 1,
          maxLength: 40,
          unit: fc.constantFrom(...'aZ09+/=', '\\', '$', '"', "'", '`', ' ', '\t', '\r', '%', '-', 'é', '😀'),
        }),
        async (password) => {
          const before = engine.calls().length;
          expect(await ours(credentials(password), engine.bin)).toBeUndefined();
          const mine = engine.calls()[before]!;
          expect(mine.stdin).toBe(password);
          const run = await theirs(mine.argv, password, engine.bin);
          expect(run.exitCode).toBe(0);
          expect(engine.calls()[before + 1]).toEqual(mine);
        },
      ),
      { numRuns: 25 },
    );
  });

  test('a refusal: both see the exit status and the words; ours cuts the password out of them', async () => {
    const password = 'pässword-1234567890';
    const engine = scriptedEngine(`echo "Error: unauthorized for $pw" >&2\nexit 1`);
    const mine = await ours(credentials(password), engine.bin);
    const run = await theirs(engine.calls()[0]!.argv, password, engine.bin);
    expect(run).toMatchObject({ exitCode: 1, stderr: `Error: unauthorized for ${password}\n` });
    expect(mine).toBeInstanceOf(Error);
    expect((mine as Error).message).toContain('Error: unauthorized for');
    expect((mine as Error).message).not.toContain(password);
  });
});

describe('a hung engine', () => {
  /** An engine that records its pid, then never answers. */
  const hung = () => {
    const engine = scriptedEngine('echo $$ > "$0.pid"\nexec sleep 600');
    const pidFile = join(engine.bin, 'docker.pid');
    const pid = async () => {
      while (!existsSync(pidFile) || !readFileSync(pidFile, 'utf8').trim()) await tick();
      return Number(readFileSync(pidFile, 'utf8'));
    };
    return { engine, pid };
  };

  test('ours ends it when the run ends', async () => {
    const { engine, pid } = hung();
    const cancel = new AbortController();
    const login = ours(credentials('p'), engine.bin, cancel.signal);
    const child = await pid();
    cancel.abort();
    expect(await login).toBeInstanceOf(Error);
    while (alive(child)) await tick();
  });

  test('@actions/exec has no option for it: ExecOptions has no timeout and no signal (when it has, see DEPENDENCIES.md)', () => {
    const types = join('node_modules', '@actions', 'exec', 'lib', 'interfaces.d.ts');
    const file = ts.createSourceFile(types, readFileSync(types, 'utf8'), ts.ScriptTarget.Latest);
    const options = file.statements.find(
      (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'ExecOptions',
    );
    const members = options?.members.map((m) => m.name?.getText(file)) ?? [];
    expect(members).toContain('input');
    expect(members.filter((m) => m && /timeout|signal|abort|kill/i.test(m))).toEqual([]);
  });

  test('@actions/exec: its promise waits for the engine, whatever else ends', async () => {
    const { engine, pid } = hung();
    let settled = false;
    // ExecOptions has neither `timeout` nor `signal`; given anyway, they are ignored.
    const options = { input: Buffer.from('p'), silent: true, ignoreReturnCode: true, timeout: 1 };
    const cancel = new AbortController();
    const run = getExecOutput(join(engine.bin, 'docker'), ['login'], {
      ...options,
      signal: cancel.signal,
    } as never);
    void run.then(() => {
      settled = true;
    });
    const child = await pid();
    cancel.abort();
    for (let i = 0; i < 50; i++) await tick();
    expect(alive(child)).toBe(true);
    expect(settled).toBe(false);
    process.kill(child, 'SIGKILL');
    await run;
    expect(settled).toBe(true);
  });
});
