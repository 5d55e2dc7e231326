// The release promises: CI runs the project's own CI script, dist/ is checked against a rebuild, and a
// vX.Y.Z tag tests, publishes with provenance, moves vX and attaches the CLI archive (npm run
// build:asset) with the CHANGELOG's section as its notes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = (name: string): Workflow =>
  parse(readFileSync(`.github/workflows/${name}.yml`, 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const runs = (w: Workflow) => steps(w).map((s) => s.run ?? '');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

test('ci runs .ci/run beside the conformance data, on pushes and pull requests', () => {
  const ci = workflow('ci');
  expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
  expect(runs(ci).some((r) => /bash \.ci\/run$/.test(r))).toBe(true);
  expect(steps(ci).map((s) => s.with?.path)).toEqual(expect.arrayContaining(['main', 'shared']));
  expect(existsSync('.ci/run')).toBe(true);
});

test('check-dist rebuilds dist/ and fails on a difference', () => {
  const script = runs(workflow('check-dist')).join('\n');
  expect(script.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
  expect(script.indexOf('npm run build')).toBeGreaterThan(script.indexOf('npm ci'));
  expect(script).toMatch(/git status --porcelain -- dist[\s\S]*exit 1/);
});

test('release: tag-triggered, tested, published with provenance, major tag moved, asset attached', () => {
  const release = workflow('release');
  const tags = (release.on.push as { tags: string[] }).tags;
  expect(tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
  expect(release.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  const script = runs(release);
  const at = (re: RegExp) => script.findIndex((r) => re.test(r));
  expect(at(/\.ci\/run/)).toBeGreaterThanOrEqual(0);
  expect(at(/npm publish --provenance/)).toBeGreaterThan(at(/\.ci\/run/));
  expect(at(/git push -f origin "refs\/tags\/\$major"/)).toBeGreaterThan(at(/npm publish/));
  const publish = script[at(/gh release create/)]!;
  expect(publish).toMatch(/npm run build:asset -- asset\n/);
  expect(publish).toMatch(/gh release create "\$GITHUB_REF_NAME" asset\/ecr-pull-through\.tgz /);
  expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts['build:asset']).toBe(
    'node scripts/build-asset.mjs',
  );
  // The tag must name the version being published.
  expect(script[at(/package\.json/)]).toContain('$GITHUB_REF_NAME');
});

test('the CHANGELOG has a section for the package version; a missing one stops the release', () => {
  const notes = execFileSync(process.execPath, ['scripts/changelog-section.mjs', `v${version}`], {
    encoding: 'utf8',
  });
  expect(notes).toMatch(/\S/);
  expect(notes).not.toMatch(/^## /m);
  const missing = spawnSync(process.execPath, ['scripts/changelog-section.mjs', 'v999.0.0'], {
    encoding: 'utf8',
  });
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain('## 999.0.0');
});
