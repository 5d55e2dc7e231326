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
}).then((code) => {
  process.exitCode = code;
});
