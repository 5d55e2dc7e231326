#!/usr/bin/env node
// Prints CHANGELOG.md's section for one version (`v1.2.3` or `1.2.3`), for the release notes; fails
// when the section is missing or empty, so no release goes out undescribed.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The body of the section headed `## HEADING` (trimmed), or undefined when there is none. */
export function changelogSection(text, heading) {
  const section = text.split(/^(?=## )/m).find((s) => s.split('\n', 1)[0].trim() === `## ${heading}`);
  return section?.slice(section.indexOf('\n') + 1).trim();
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const version = (process.argv[2] ?? '').replace(/^v/, '');
  const body = changelogSection(readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8'), version);
  if (!version || !body) {
    console.error(`CHANGELOG.md has no section "## ${version || '<version>'}"`);
    process.exit(1);
  }
  console.log(body);
}
