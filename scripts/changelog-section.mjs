#!/usr/bin/env node
// Prints CHANGELOG.md's section for one version (`v1.2.3` or `1.2.3`), for the release notes; fails
// when the section is missing or empty, so no release goes out undescribed.
import { readFileSync } from 'node:fs';

const version = (process.argv[2] ?? '').replace(/^v/, '');
const text = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8');
const sections = text.split(/^(?=## )/m);
const section = sections.find((s) => s.split('\n', 1)[0].trim() === `## ${version}`);
const body = section?.slice(section.indexOf('\n') + 1).trim();
if (!version || !body) {
  console.error(`CHANGELOG.md has no section "## ${version || '<version>'}"`);
  process.exit(1);
}
console.log(body);
