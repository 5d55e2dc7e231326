// The npm registry this project is built from serves only the Linux x64 builds of packages with
// per-platform optional binaries (biome, unrs-resolver), so `npm install` leaves the other platforms
// out of package-lock.json and `npm ci` then refuses the lock. This adds those entries, with their
// os/cpu, so `npm ci` skips them as foreign platforms without fetching them. Run after npm install.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;

/** os and cpu from a platform package name such as cli-darwin-arm64 or resolver-binding-linux-x64-gnu. */
function platformOf(name) {
  const m =
    /-(android|darwin|linux|win32|freebsd|openharmony)-([a-z0-9]+)(?:-(gnu|musl|msvc|eabi|gnueabihf|musleabihf))?$/.exec(
      name,
    );
  if (!m) return undefined;
  const [, os, cpu, libc] = m;
  const entry = { os: [os], cpu: [cpu === 'arm' ? 'arm' : cpu] };
  if (os === 'linux' && (libc === 'musl' || libc === 'musleabihf')) entry.libc = ['musl'];
  else if (os === 'linux' && libc) entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (pkgs[key] || pkgs[`${path}/${key}`]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    pkgs[key] = { version, ...platform, dev: true, optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: added ${added} foreign-platform entries`);
