#!/usr/bin/env node
// `node scripts/release-check.mjs vX.Y.Z [--publish]`, run by the release workflow before it tests and
// before it publishes: what would make the release fail or mislead, said at once and together.
//   - the tag names package.json's version;
//   - CHANGELOG.md has a section for it (its release notes), and nothing is left under Unreleased;
//   - with --publish: this Node and npm can publish by npm trusted publishing (OIDC), which needs
//     npm >= 11.5.1 and Node >= 22.14.0.
// Reads package.json and CHANGELOG.md from the current folder.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { changelogSection } from './changelog-section.mjs';

const NPM_FLOOR = '11.5.1';
const NODE_FLOOR = '22.14.0';

/** True when dotted version a is at least b (numeric parts; a pre-release suffix is ignored). */
const atLeast = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split(/[-+]/)[0].split('.').map(Number));
  const i = x.findIndex((n, k) => n !== y[k]);
  return i === -1 || x[i] > y[i];
};

const [tag, ...flags] = process.argv.slice(2);
const problems = [];
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (tag !== `v${version}`)
  problems.push(`the tag ${tag ?? '(none)'} does not name package.json's version ${version} (v${version})`);
const changelog = readFileSync('CHANGELOG.md', 'utf8');
if (!changelogSection(changelog, version)) problems.push(`CHANGELOG.md has no section "## ${version}"`);
// A comment under Unreleased (notes for whoever releases) is no entry.
const unreleased = changelogSection(changelog, 'Unreleased')?.replace(/<!--[\s\S]*?-->/g, '');
if (unreleased?.trim()) {
  problems.push(`CHANGELOG.md still has entries under "## Unreleased": move them into "## ${version}"`);
}
if (flags.includes('--publish')) {
  const node = process.versions.node;
  if (!atLeast(node, NODE_FLOOR))
    problems.push(`trusted publishing needs Node ${NODE_FLOOR} or later; this is ${node}`);
  const npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  if (!atLeast(npm, NPM_FLOOR))
    problems.push(`trusted publishing needs npm ${NPM_FLOOR} or later; this is ${npm}`);
}
for (const p of problems) console.error(`release-check: ${p}`);
if (problems.length) process.exit(1);
console.log(`release-check: ${tag} is ready`);
