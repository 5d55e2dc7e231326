// A fake container engine on PATH that records its argv, stdin and environment, for asserting where
// the password travels. `fail()` makes it fail (files beside it, since the engine gets only the
// variables an engine reads: host/engine-login.ts).
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FakeEngine {
  readonly bin: string;
  readonly logDir: string;
  calls(): { argv: string[]; stdin: string; env: string }[];
  /** From now on exit with `exit`, saying `stderr`. */
  fail(exit: number, stderr: string): void;
}

export function fakeEngine(name = 'docker'): FakeEngine {
  const root = mkdtempSync(join(tmpdir(), 'ept-fake-'));
  const bin = join(root, 'bin');
  const logDir = join(root, 'log');
  mkdirSync(bin);
  mkdirSync(logDir);
  const script = `#!/bin/sh
n=$(date +%s%N)
printf '%s\\n' "$@" > "${logDir}/$n.argv"
env > "${logDir}/$n.env"
cat > "${logDir}/$n.stdin"
if [ -f "${root}/stderr" ]; then cat "${root}/stderr" >&2; fi
if [ -f "${root}/exit" ]; then exit "$(cat "${root}/exit")"; fi
exit 0
`;
  writeFileSync(join(bin, name), script);
  chmodSync(join(bin, name), 0o755);
  return {
    bin,
    logDir,
    calls: () =>
      readdirSync(logDir)
        .filter((f) => f.endsWith('.argv'))
        .sort()
        .map((f) => {
          const stdinPath = join(logDir, f.replace('.argv', '.stdin'));
          const envPath = join(logDir, f.replace('.argv', '.env'));
          return {
            argv: readFileSync(join(logDir, f), 'utf8').split('\n').slice(0, -1),
            stdin: existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '',
            env: existsSync(envPath) ? readFileSync(envPath, 'utf8') : '',
          };
        }),
    fail: (exit, stderr) => {
      writeFileSync(join(root, 'exit'), String(exit));
      writeFileSync(join(root, 'stderr'), `${stderr}\n`);
    },
  };
}
