// The frontend image BuildKit itself pulls before it reads the file: `# syntax=IMAGE` and the
// default of `ARG BUILDKIT_SYNTAX=IMAGE`, which overrides it. Apart from scan.ts because neither is
// an image the build's steps use: BuildKit's own rule, read from a directive and from one ARG.

import type { ParserDirective } from './directives.js';
import { type ScanContext, wordUnits } from './image-words.js';
import type { Instruction } from './lexer.js';
import { addSite, note } from './sites.js';
import { describeUnits, literalText, splitWords } from './words.js';

/** The name of the build argument that chooses BuildKit's frontend image, as `# syntax=` does. */
const SYNTAX_ARG = 'BUILDKIT_SYNTAX';

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

/** `ARG BUILDKIT_SYNTAX=IMAGE`: the default of the build argument that overrides `# syntax=`. */
export function syntaxArg(ctx: ScanContext, ins: Instruction, from: number): void {
  const words = splitWords(ins.text, from, ins.text.length, ctx.escape);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const raw = ins.text.slice(w.start, w.end);
    if (!raw.startsWith(`${SYNTAX_ARG}=`)) continue;
    const units = wordUnits(ctx, ins, { start: w.start + SYNTAX_ARG.length + 1, end: w.end });
    const space = units.findIndex((u) => u.t === 'c' && u.ch === ' ');
    const image = space === -1 ? units : units.slice(0, space);
    const literal = literalText(image);
    if (literal === undefined) {
      note(ctx, ins.line, `syntax image "${describeUnits(image)}" has a variable; left alone`);
    } else if (literal !== '') {
      ctx.images.push({ image: literal, line: ins.line });
      addSite(ctx, 'syntax', image, false, ins.line);
    }
  }
}
