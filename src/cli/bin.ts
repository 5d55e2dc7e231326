// The npx entry, and the only place that touches the process: its arguments, streams and exit status.
import { readFileSync } from 'node:fs';
import { main } from './main.js';
import { descriptorWriter, stderrIsTTY } from './stdio.js';

// On Windows a console takes write(2)'s UTF-8 bytes in its own code page (→ shows as ΓåÆ): the
// streams, which write to it as UTF-16, go there.
const windows = process.platform === 'win32';
main(process.argv.slice(2), {
  stdout: windows ? (c) => process.stdout.write(c) : descriptorWriter(1, () => process.stdout),
  stderr: windows ? (c) => process.stderr.write(c) : descriptorWriter(2, () => process.stderr),
  env: process.env,
  stdin: () => readFileSync(0, 'utf8'),
  // Asked only by a command that draws on the terminal: on /dev/null (a character device too) the
  // answer needs the tty module, which loads Node's streams (~7 ms).
  get stderrIsTTY() {
    return stderrIsTTY();
  },
}).then(async (code) => {
  // A SIGINT or SIGTERM that came during a synchronous write (host/atomic-write.ts listens for them)
  // reaches its handler, which exits with the signal's status after that write, only when the event
  // loop polls; a process with nothing left to do ends without polling. Two turns give it one (one
  // was not enough, measured, when the write came before the loop's first poll).
  if (process.listenerCount('SIGINT') + process.listenerCount('SIGTERM') > 0)
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
  process.exitCode = code;
});
