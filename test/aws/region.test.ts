// Where the run is in AWS, read as the SDK reads it: the region from the flag, AWS_REGION, the
// profile's region (AWS_PROFILE or the profile asked for) and AWS_DEFAULT_REGION, in that order;
// FIPS and dual-stack from the environment or the profile. Real shared config files, in a temp dir.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { endpointVariant, RegionError, regionInUse } from '../../src/aws/region.js';

const KEYS = [
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_USE_FIPS_ENDPOINT',
  'AWS_USE_DUALSTACK_ENDPOINT',
];
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
let dir: string;
let files = 0;

/** A config file of its own name (the SDK keeps each file it read by path). */
function config(text: string): void {
  const path = join(dir, `config-${++files}`);
  writeFileSync(path, text);
  process.env.AWS_CONFIG_FILE = path;
}

const CONFIG = `[default]
region = ap-south-1

[profile ci]
region = eu-central-1
use_dualstack_endpoint = true

[profile fips]
region = us-gov-west-1
use_fips_endpoint = true

[profile bare]
output = json
`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-region-'));
  for (const k of KEYS) delete process.env[k];
  // No file of the user's is read by mistake.
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'no-credentials');
  config(CONFIG);
});
afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the region', () => {
  test.each([
    ['the flag first', { flag: 'us-west-2', AWS_REGION: 'eu-west-1', AWS_PROFILE: 'ci' }, 'us-west-2'],
    ['AWS_REGION before the profile', { AWS_REGION: 'eu-west-1', AWS_PROFILE: 'ci' }, 'eu-west-1'],
    ['the profile AWS_PROFILE names', { AWS_PROFILE: 'ci' }, 'eu-central-1'],
    [
      'the profile before AWS_DEFAULT_REGION',
      { AWS_PROFILE: 'ci', AWS_DEFAULT_REGION: 'sa-east-1' },
      'eu-central-1',
    ],
    ['the profile asked for, before AWS_PROFILE', { AWS_PROFILE: 'ci', profile: 'fips' }, 'us-gov-west-1'],
    ['the default profile', {}, 'ap-south-1'],
    [
      'AWS_DEFAULT_REGION when the profile has none',
      { AWS_PROFILE: 'bare', AWS_DEFAULT_REGION: 'sa-east-1' },
      'sa-east-1',
    ],
  ])('%s', async (_, given: Record<string, string>, region) => {
    const { flag, profile, ...env } = given;
    Object.assign(process.env, env);
    await expect(regionInUse(flag, { ...(profile && { profile }) })).resolves.toBe(region);
  });

  test('none anywhere: an input error that says every place a region can be set', async () => {
    process.env.AWS_PROFILE = 'bare';
    const e = await regionInUse().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RegionError);
    expect((e as Error).message).toBe(
      'no AWS region: pass --region, set AWS_REGION (or AWS_DEFAULT_REGION), or set region in the profile "bare" (AWS_PROFILE, --profile)',
    );
  });

  test('no config file at all: the same error, not a file error', async () => {
    process.env.AWS_CONFIG_FILE = join(dir, 'absent');
    await expect(regionInUse()).rejects.toBeInstanceOf(RegionError);
  });
});

describe('FIPS and dual-stack, as the SDK reads them for the API endpoint', () => {
  test.each([
    ['nothing set', {}, { fips: false, dualStack: false }],
    ['AWS_USE_DUALSTACK_ENDPOINT', { AWS_USE_DUALSTACK_ENDPOINT: 'true' }, { fips: false, dualStack: true }],
    ['AWS_USE_FIPS_ENDPOINT', { AWS_USE_FIPS_ENDPOINT: 'true' }, { fips: true, dualStack: false }],
    ["a profile's use_dualstack_endpoint", { AWS_PROFILE: 'ci' }, { fips: false, dualStack: true }],
    [
      'the environment before the profile',
      { AWS_PROFILE: 'ci', AWS_USE_DUALSTACK_ENDPOINT: 'false' },
      { fips: false, dualStack: false },
    ],
  ])('%s', async (_, env: Record<string, string>, variant) => {
    Object.assign(process.env, env);
    await expect(endpointVariant()).resolves.toEqual(variant);
  });

  test('the profile asked for', async () => {
    await expect(endpointVariant({ profile: 'fips' })).resolves.toEqual({ fips: true, dualStack: false });
  });

  test('a value other than true or false is passed over, as the SDK does for the API endpoint', async () => {
    process.env.AWS_USE_FIPS_ENDPOINT = 'yes';
    await expect(endpointVariant({ profile: 'fips' })).resolves.toEqual({ fips: true, dualStack: false });
  });
});
