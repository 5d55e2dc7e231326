// Runs the command line in-process, as bin.ts does, on captured streams: main(argv, io) from the
// sources, so a command's contract is tested without a bundle or a child process.
import { main } from '../../src/cli/main.js';

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runMain(
  argv: readonly string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string } = {},
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (chunk) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    },
    stderr: (chunk) => {
      stderr += chunk;
    },
    env: options.env ?? {},
    stdin: () => options.stdin ?? '',
  });
  return { code, stdout, stderr };
}
