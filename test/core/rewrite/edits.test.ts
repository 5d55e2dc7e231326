// Mappings are remembered across files (a checkout names the same few images in file after file):
// what is remembered for one target must never answer for another, and a file with more distinct
// references than are kept is still mapped whole.
import type { RegistryTarget } from '../../../src/core/image/rules.js';
import { rewriteText } from '../../../src/index.js';
import { ecr, TARGET } from '../../helpers/target.js';

const OTHER: RegistryTarget = {
  registry: '444455556666.dkr.ecr.eu-west-1.amazonaws.com',
  rules: [{ ecrRepositoryPrefix: 'hub', upstreamRegistryUrl: 'registry-1.docker.io' }],
};

describe('mappings remembered across files', () => {
  test('one target, then another, then the first again: each file mapped by its own target', () => {
    const src = 'FROM node:20\nFROM quay.io/a/b:1\n';
    const first = rewriteText(src, 'dockerfile', TARGET);
    expect(first.output).toBe(`FROM ${ecr('docker-hub/library/node:20')}\nFROM ${ecr('quay/a/b:1')}\n`);
    const other = rewriteText(src, 'dockerfile', OTHER);
    expect(other.output).toBe(`FROM ${OTHER.registry}/hub/library/node:20\nFROM quay.io/a/b:1\n`);
    expect(other.notes).toEqual([expect.objectContaining({ line: 2, unmapped: true })]);
    // An equal target that is another object: mapped the same, from its own memory.
    expect(rewriteText(src, 'dockerfile', { ...TARGET }).output).toBe(first.output);
    expect(rewriteText(src, 'dockerfile', TARGET)).toEqual(first);
  });

  test('more distinct references than are kept: every one is mapped, each change names its own', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `team/svc${i}:1`);
    const r = rewriteText(`${names.join('\n')}\n`, 'list', TARGET);
    expect(r.changes).toHaveLength(names.length);
    expect(r.output).toBe(`${names.map((n) => ecr(`docker-hub/${n}`)).join('\n')}\n`);
    expect(r.changes[9_999]).toEqual({
      line: 10_000,
      from: 'team/svc9999:1',
      to: ecr('docker-hub/team/svc9999:1'),
    });
  });
});
