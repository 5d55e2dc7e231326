// The scenario, shared by the warm tests and bench/warm: 20 images whose imports take 5 to
// 60 s (times `scale`), spread over the five usual upstreams, every fourth one multi-platform.

import { type Emulator, type EmulatorOptions, startEmulator } from '../../emulator/index.js';

export interface ScenarioImage {
  readonly host: string;
  readonly path: string;
  readonly tag: string;
  /** The reference a user writes. */
  readonly ref: string;
  /** Its cache repository under the emulator's default rules. */
  readonly repository: string;
  readonly importMs: number;
  readonly platforms: string[];
}

const HOSTS = ['docker.io', 'quay.io', 'ghcr.io', 'public.ecr.aws', 'registry.k8s.io'] as const;
const PREFIX: Record<string, string> = {
  'docker.io': 'docker-hub',
  'quay.io': 'quay',
  'ghcr.io': 'github',
  'public.ecr.aws': 'ecr-public',
  'registry.k8s.io': 'k8s',
};
/** Import times in a fixed shuffled order, so that slow and fast images are mixed in the list. */
const ORDER = [7, 19, 2, 13, 0, 16, 9, 4, 11, 18, 1, 14, 6, 10, 3, 17, 8, 15, 5, 12];

export function scenarioImage(
  i: number,
  importMs: number,
  name = `svc-${String(i).padStart(2, '0')}`,
): ScenarioImage {
  const host = HOSTS[i % HOSTS.length]!;
  const path = `bench/${name}`;
  return {
    host,
    path,
    tag: '1.0',
    ref: `${host}/${path}:1.0`,
    repository: `${PREFIX[host]}/${path}`,
    importMs,
    platforms: i % 4 === 0 ? ['linux/amd64', 'linux/arm64'] : ['linux/amd64'],
  };
}

/** Twenty images, imports spread evenly over 5..60 s times `scale`. */
export function scenarioImages(scale: number): ScenarioImage[] {
  return ORDER.map((k, i) => scenarioImage(i, scale * (5_000 + (55_000 * k) / 19)));
}

/** An emulator whose upstreams hold the images, each importing in its own time. */
export async function scenarioEmulator(
  images: readonly ScenarioImage[],
  options: EmulatorOptions = {},
): Promise<Emulator> {
  const byRepository = new Map(images.map((i) => [i.repository, i.importMs]));
  const emu = await startEmulator({
    upstream: 'memory',
    importTime: ({ repository }) => byRepository.get(repository) ?? 200,
    ...options,
  });
  try {
    for (const i of images) {
      await emu.upstream.seedImage({ host: i.host, path: i.path, tag: i.tag, platforms: i.platforms });
    }
  } catch (e) {
    await emu.stop();
    throw e;
  }
  return emu;
}

/** When the emulator finished importing a repository (Date.now() ms). */
export function completedAt(emu: Emulator, repository: string): number {
  return emu.imports.find((r) => r.repository === repository)?.completedAt ?? Number.NaN;
}

/** The poll schedule and rate limit of a run scaled down by `scale`. */
export function scaledRun(scale: number) {
  return {
    poll: { baseMs: 1_000 * scale, capMs: 15_000 * scale },
    rateLimit: {
      ratePerSec: 20 / scale,
      burst: 40 / scale,
      startRatePerSec: 1 / scale,
      minRatePerSec: 0.3 / scale,
      recoverShare: 0.01 / scale,
    },
  };
}
