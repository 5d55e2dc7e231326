// Where the shared config and credentials files are (src/aws/direct/shared-config.ts) against the
// SDK's own loader (loadSharedConfigFiles of @smithy/core/config): in generated environments, each
// candidate file names itself in a profile setting, and the file the SDK read is the file we name.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSharedConfigFiles } from '@smithy/core/config';
import fc from 'fast-check';
import {
  hasSharedConfig,
  sharedConfigPath,
  sharedCredentialsPath,
} from '../../../src/aws/direct/shared-config.js';

const saved = { ...process.env };
let dir: string;
let files: string[];

/** The home-like folders and the setting values the generator picks from. */
const homes = ['h1', 'h2', 'h3'];
/** AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE values: `~/` forms, a file in h1, a missing file. */
const settings = ['~/cfg/a', '~/cfg/b', 'h1/cfg/b', 'missing/file'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-shared-config-'));
  files = [];
  // Every place a file may be looked for, each naming itself in [default] and [profile p].
  for (const home of homes)
    for (const rel of ['.aws/config', '.aws/credentials', 'cfg/a', 'cfg/b']) {
      const path = join(dir, home, rel);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, `[default]\nwhere = ${path}\n[profile p]\nwhere = ${path}\n`);
      files.push(path);
    }
});
afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const envArb = () =>
  fc.record({
    HOME: fc.constantFrom(undefined, ...homes),
    USERPROFILE: fc.constantFrom(undefined, ...homes),
    HOMEPATH: fc.constantFrom(undefined, ...homes),
    AWS_CONFIG_FILE: fc.constantFrom(undefined, ...settings),
    AWS_SHARED_CREDENTIALS_FILE: fc.constantFrom(undefined, ...settings),
  });

/** The generated names as an environment: homes are folders in `dir`; HOMEDRIVE is `dir/` itself. */
function environment(g: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: saved.PATH };
  for (const key of ['HOME', 'USERPROFILE'] as const) if (g[key]) env[key] = join(dir, g[key]!);
  if (g.HOMEPATH) {
    env.HOMEDRIVE = `${dir}/`;
    env.HOMEPATH = g.HOMEPATH;
  }
  for (const key of ['AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'] as const) {
    const v = g[key];
    if (v) env[key] = v.startsWith('~/') ? v : join(dir, v);
  }
  return env;
}

const existing = (path: string | undefined) => (path && files.includes(path) ? path : undefined);

test('generated environments: the files we name are the files the SDK reads', async () => {
  await fc.assert(
    fc.asyncProperty(envArb(), async (g) => {
      const env = environment(g);
      // The SDK's last resort is the passwd entry's home (ours too): give it a home of ours instead.
      if (!env.HOME && !env.USERPROFILE && !env.HOMEPATH) env.HOME = join(dir, 'h3');
      process.env = env;
      const { configFile, credentialsFile } = await loadSharedConfigFiles({ ignoreCache: true });
      const config = sharedConfigPath(env);
      const credentials = sharedCredentialsPath(env);
      expect(configFile.default?.where).toBe(existing(config));
      expect(credentialsFile.default?.where).toBe(existing(credentials));
      expect(hasSharedConfig(env)).toBe(Boolean(existing(config) ?? existing(credentials)));
    }),
    { numRuns: 300 },
  );
});
