// The npx entry, and the only place that touches the process: its arguments, streams and exit status.
import { fstatSync, readFileSync, writeSync } from 'node:fs';
import { main } from './main.js';

/**
 * A writer for fd 1 or 2 that writes each chunk at once with write(2). process.stdout and
 * process.stderr are streams whose first use loads Node's stream, net and tty modules (more than
 * the rest of `map` costs); Node writes to files and pipes synchronously anyway. A descriptor set
 * non-blocking by someone else can refuse (EAGAIN): the rest goes through the stream, which waits.
 */
function writer(fd: 1 | 2, stream: () => NodeJS.WritableStream): (chunk: string | Uint8Array) => void {
  let viaStream = false;
  return (chunk) => {
    let rest = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (!viaStream) {
      try {
        while (rest.length > 0) rest = rest.subarray(writeSync(fd, rest));
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        viaStream = true;
      }
    }
    stream().write(rest);
  };
}

/** Whether stderr is a terminal: only a character device can be, so a pipe or a file costs no tty module. */
function stderrIsTTY(): boolean {
  try {
    return fstatSync(2).isCharacterDevice() && process.stderr.isTTY === true;
  } catch {
    return false;
  }
}

main(process.argv.slice(2), {
  stdout: writer(1, () => process.stdout),
  stderr: writer(2, () => process.stderr),
  env: process.env,
  stdin: () => readFileSync(0, 'utf8'),
  stderrIsTTY: stderrIsTTY(),
}).then((code) => {
  process.exitCode = code;
});
