// A fake container engine on PATH that records its argv and stdin, for asserting where the
// password travels. FAKE_ENGINE_EXIT and FAKE_ENGINE_STDERR make it fail.
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
  calls(): { argv: string[]; stdin: string }[];
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
cat > "${logDir}/$n.stdin"
if [ -n "$FAKE_ENGINE_STDERR" ]; then echo "$FAKE_ENGINE_STDERR" >&2; fi
exit \${FAKE_ENGINE_EXIT:-0}
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
          return {
            argv: readFileSync(join(logDir, f), 'utf8').split('\n').slice(0, -1),
            stdin: existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '',
          };
        }),
  };
}
