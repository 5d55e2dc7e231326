// The npx entry, and the only place that touches the process: its arguments, streams and exit status.
import { readFileSync } from 'node:fs';
import { main } from './main.js';
import { descriptorWriter, stderrIsTTY } from './stdio.js';

main(process.argv.slice(2), {
  stdout: descriptorWriter(1, () => process.stdout),
  stderr: descriptorWriter(2, () => process.stderr),
  env: process.env,
  stdin: () => readFileSync(0, 'utf8'),
  stderrIsTTY: stderrIsTTY(),
}).then((code) => {
  process.exitCode = code;
});
