import { rewriteImageList } from '../../../src/core/rewrite/list.js';
import { ecr, TARGET } from '../../helpers/target.js';

describe('image lists', () => {
  test('one reference per line; blank lines, comments and CRLF kept', () => {
    const src = '# base images\r\nnode:20\r\n\r\n  quay.io/a/b:1   # exporter\r\nmcr.microsoft.com/x:1\r\n';
    const r = rewriteImageList(src, TARGET);
    expect(r.output).toBe(
      `# base images\r\n${ecr('docker-hub/library/node:20')}\r\n\r\n  ${ecr('quay/a/b:1')}   # exporter\r\nmcr.microsoft.com/x:1\r\n`,
    );
    expect(r.notes).toEqual([expect.objectContaining({ line: 5, unmapped: true })]);
    expect(rewriteImageList(r.output, TARGET).output).toBe(r.output);
  });

  test('two words on a line and invalid references are errors with their line', () => {
    const r = rewriteImageList('node\nnode alpine\nNode\n', TARGET);
    expect(r.errors).toEqual([
      { line: 2, message: expect.stringContaining('one image reference per line') },
      { line: 3, message: expect.stringContaining('lowercase') },
    ]);
  });

  test('templated values are left alone with a note', () => {
    const r = rewriteImageList('${IMAGE}\n{{ .Image }}x\n', TARGET);
    expect(r.output).toBe('${IMAGE}\n{{ .Image }}x\n');
    expect(r.notes).toHaveLength(1);
    expect(r.errors).toHaveLength(1);
  });
});
