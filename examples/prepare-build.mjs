// Log in, rewrite every Dockerfile and compose file to pull-through cache URIs, and warm the cache:
// exactly what the GitHub Action does, from a buildspec.
import { prepare } from 'ecr-pull-through';

const report = await prepare({
  region: process.env.AWS_REGION,
  dockerfiles: ['**/Dockerfile'],
  files: ['compose.yaml'],
  loginMethod: 'docker',
  warmTimeoutMs: 10 * 60_000,
  onWarning: (m) => console.warn(`warning: ${m}`),
  onWarmEvent: (e) => {
    if (e.type === 'finished') console.log(`${e.result.image}: ${e.result.status} in ${e.result.seconds}s`);
  },
});
for (const n of report.notes) console.warn(`${n.file}:${n.line}: ${n.message}`);
console.log(`registry ${report.registry}; rewrote ${report.rewrittenFiles.length} file(s)`);
if (report.failures.length) {
  console.error(report.failures.join('\n'));
  process.exit(1);
}
