/** `npm run emulator`: start the emulator, print how to reach it, stop cleanly on SIGINT/SIGTERM. */
import { startEmulator } from './index.js';

const emulator = await startEmulator();
const out = (line: string) => process.stdout.write(`${line}\n`);
for (const [key, value] of Object.entries(emulator.env())) out(`export ${key}=${value}`);
out(`# ECR + STS API: ${emulator.apiUrl}`);
out(`# registry:      ${emulator.registryUrl} (proxyEndpoint; docker login -u AWS ${emulator.registryHost})`);
out(
  `# upstream:      ${emulator.upstream.kind}${emulator.upstream.url ? ` at ${emulator.upstream.url}` : ''}`,
);
out(`# upstream CDN:  ${emulator.cdnUrl} (accepts connections, never answers)`);
out(`# control:       PUT/GET ${emulator.apiUrl}/stand-in/quotas, PUT ${emulator.apiUrl}/stand-in/faults`);
out('# Ctrl-C to stop');

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`${signal}: stopping emulator\n`);
  emulator.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
