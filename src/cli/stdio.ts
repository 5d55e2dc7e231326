// How the CLI writes to its standard output and error: straight to the descriptor with write(2).
// process.stdout and process.stderr are streams whose first use loads Node's stream, net and tty
// modules (more than the rest of `map` costs); Node writes to files and pipes synchronously anyway.

import { fstatSync, writeSync } from 'node:fs';

type WriteSync = (fd: number, data: Uint8Array) => number;

/**
 * A writer for fd 1 or 2 that writes each chunk at once, all of it (write(2) may take part). A
 * descriptor someone else set non-blocking can refuse (EAGAIN): from then on, the rest goes through
 * the stream, which waits, so nothing is lost and the order is kept. Any other error is thrown.
 */
export function descriptorWriter(
  fd: 1 | 2,
  stream: () => NodeJS.WritableStream,
  write: WriteSync = writeSync,
): (chunk: string | Uint8Array) => void {
  let viaStream = false;
  return (chunk) => {
    let rest = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (!viaStream) {
      try {
        while (rest.length > 0) rest = rest.subarray(write(fd, rest));
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
export function stderrIsTTY(): boolean {
  try {
    return fstatSync(2).isCharacterDevice() && process.stderr.isTTY === true;
  } catch {
    return false;
  }
}
