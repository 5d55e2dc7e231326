// The npx entry, and the only place that touches the process: its arguments, streams and exit status.
import { readFileSync } from 'node:fs';
import { main } from './main.js';

main(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  env: process.env,
  stdin: () => readFileSync(0, 'utf8'),
  stderrIsTTY: process.stderr.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
