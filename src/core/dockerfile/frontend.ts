// The frontend image BuildKit itself pulls before it reads the file: `# syntax=IMAGE`. Apart from
// scan.ts because it is no image the build's steps use: BuildKit's own rule, read from a directive.
// (`--build-arg BUILDKIT_SYNTAX=IMAGE` overrides it; an `ARG BUILDKIT_SYNTAX=` default in the file
// does not: builder/build.go reads the name from the build's options only.)

import type { ParserDirective } from './directives.js';
import type { ScanContext } from './image-words.js';

/** The frontend image BuildKit pulls before reading the file: `# syntax=IMAGE [ARGS]`. */
export function syntaxDirective(ctx: ScanContext, directive: ParserDirective): void {
  // BuildKit takes the value up to the first space as the image, the rest as its arguments.
  const space = directive.value.indexOf(' ');
  const image = space === -1 ? directive.value : directive.value.slice(0, space);
  const start = directive.start;
  ctx.images.push({ image, line: directive.line });
  ctx.sites.set(start, {
    kind: 'syntax',
    start,
    end: start + image.length,
    text: image,
    nameOnly: false,
    line: directive.line,
  });
}
