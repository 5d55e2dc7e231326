// warm() at monorepo shape, through the library facade against the emulator: many tags of one
// cache repository are looked for together (one DescribeImages listing per round, not one call per
// tag), and an image already in the cache is ready at its first look, within the first poll wait.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { plannedPolls } from '../../../src/core/warm/poll-schedule.js';
import { warm } from '../../../src/index.js';

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
});

/** Eight tags of one repository whose imports take 0.5 to 2.25 s, and one of another repository. */
const TAGS = Array.from({ length: 8 }, (_, k) => ({ tag: `1.${k}`, importMs: 500 + 250 * k }));
const POLL = { baseMs: 100, capMs: 1_500 };
const REPOSITORY = 'quay/acme/monorepo';

describe('many tags of one repository', () => {
  let emu: Emulator;
  beforeAll(async () => {
    const byTag = new Map(TAGS.map((t) => [t.tag, t.importMs]));
    emu = await startEmulator({
      upstream: 'memory',
      importTime: ({ repository, tag }) => (repository === REPOSITORY ? (byTag.get(tag ?? '') ?? 200) : 600),
    });
    for (const { tag } of TAGS)
      await emu.upstream.seedImage({
        host: 'quay.io',
        path: 'acme/monorepo',
        tag,
        platforms: tag.endsWith('0') ? ['linux/amd64', 'linux/arm64'] : ['linux/amd64'],
      });
    await emu.upstream.seedImage({ host: 'quay.io', path: 'acme/other', tag: '2' });
  });
  beforeEach(() => {
    Object.assign(process.env, emu.env());
  });
  afterAll(() => emu.stop());

  it('are looked for together: one DescribeImages per round for the repository, each tag counted', async () => {
    const images = [...TAGS.map((t) => `quay.io/acme/monorepo:${t.tag}`), 'quay.io/acme/other:2'];
    const result = await warm({ images, poll: POLL, timeoutMs: 20_000 });
    expect(result.images.map((r) => [r.image, r.status, r.error])).toEqual(
      images.map((i) => [i, 'ready', null]),
    );
    const listings = emu.log.count({ operation: 'DescribeImages', repository: REPOSITORY });
    // Alone, each tag would need the looks of its own import; together, the rounds of the slowest
    // (with the look at once), and at most one more for each tag whose pull came after a round was
    // sent (a tag that joins with its first look due wakes the wait: repository-watch.ts). How many
    // tags join late depends on how fast the pulls go, so the bound counts every tag as one.
    const alone = TAGS.reduce((n, t) => n + 1 + plannedPolls(t.importMs, { ...POLL, ratio: 0.1 }).length, 0);
    const slowest =
      1 + plannedPolls(Math.max(...TAGS.map((t) => t.importMs)), { ...POLL, ratio: 0.1 }).length;
    expect(listings).toBeLessThanOrEqual(slowest + TAGS.length);
    expect(listings).toBeLessThan(alone / 3);
    // Every listing served each tag waiting then: a tag's attempts are its pull and its listings.
    for (const r of result.images.filter((x) => x.image.includes('monorepo'))) {
      expect(r.attempts).toBeGreaterThanOrEqual(2);
      expect(r.attempts).toBeLessThanOrEqual(1 + listings);
    }
    // The other repository has its own listings.
    expect(emu.log.count({ operation: 'DescribeImages', repository: 'quay/acme/other' })).toBeGreaterThan(0);
  });

  it('an image already in the cache is ready at its first look, within the first poll wait', async () => {
    emu.log.clear();
    // The first look comes at a random moment of the first wait (runs started together spread out),
    // always before this deadline; it finds the image, so no second look is made.
    const result = await warm({
      images: ['quay.io/acme/other:2'],
      poll: { baseMs: 3_000, capMs: 30_000, ratio: 0.000_1 },
      timeoutMs: 5_500,
    });
    expect(result.images[0]).toMatchObject({ status: 'ready', attempts: 2 });
    expect(emu.log.forImage('quay/acme/other').map((e) => `${e.operation} ${e.status}`)).toEqual([
      'manifest 200',
      'DescribeImages 200',
    ]);
  });

  it('a listing that fails for good fails every tag waiting on it, with the same diagnosis, once', async () => {
    emu.log.clear();
    emu.setPermissions({ describeImages: false });
    try {
      const images = TAGS.slice(0, 3).map((t) => `quay.io/acme/monorepo:${t.tag}`);
      const result = await warm({ images, poll: POLL, timeoutMs: 10_000 });
      for (const r of result.images) {
        expect(r.status).toBe('failed');
        expect(r.error).toMatch(/^DescribeImages failed: .*not authorized to perform: ecr:DescribeImages/);
      }
      expect(emu.log.count({ operation: 'DescribeImages', repository: REPOSITORY })).toBeLessThanOrEqual(3);
    } finally {
      emu.setPermissions({ describeImages: true });
    }
  });
});
