// Random Dockerfiles at the edges issue 23 found (heredocs with blanks after `<<`, quoted and `-`
// forms, several on a line, decoys that are none; CR, CRLF and CR CR LF line ends; Unicode white
// space before instructions, in blank and continuation lines and after the last word; directives
// with odd white space after `#`; global ARG defaults used whole, as a repository, and changed),
// compared with a small reference model of BuildKit written below from its source: the rewrite
// must change exactly the pull sites the model finds, report no error, and change nothing more on
// a second run. The files are bytes read as latin1, as the CLI reads them. Seeded: the same runs
// every time.
import fc from 'fast-check';
import { mapImage } from '../../../src/core/image/rules.js';
import { rewriteDockerfile } from '../../../src/core/rewrite/rewrite.js';
import { TARGET } from '../../helpers/target.js';

// ---------------------------------------------------------------------------------------------
// The model: BuildKit's reading of the files the generator writes, rule by rule.

/** Go unicode.IsSpace (unicode/graphic.go, the White_Space table) of a character. */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$/;

/** The rune Go decodes at byte i of a text held as bytes (one per character), and its length. */
function rune(s: string, i: number): { ch: string; n: number } {
  const b = s.charCodeAt(i);
  const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  const ch = Buffer.from(s.slice(i, i + n), 'latin1').toString('utf8');
  return [...ch].length === 1 && ch !== '\uFFFD' ? { ch, n } : { ch: '\uFFFD', n: 1 };
}
const spaceAt = (s: string, i: number): number => {
  const r = rune(s, i);
  return i < s.length && GO_SPACE.test(r.ch) ? r.n : 0;
};
/** bytes.TrimLeftFunc(s, unicode.IsSpace): how many bytes it removes. */
function leftSpace(s: string): number {
  let i = 0;
  for (let n = spaceAt(s, i); n > 0; n = spaceAt(s, i)) i += n;
  return i;
}
/** strings.TrimRightFunc(s, unicode.IsSpace): the length left (for the texts generated, valid UTF-8). */
function rightTrimmed(s: string): number {
  let j = s.length;
  for (;;) {
    const k = [1, 2, 3].find((n) => j - n >= 0 && spaceAt(s, j - n) === n);
    if (k === undefined) return j;
    j -= k;
  }
}

/** parser.go trimNewline: bytes.TrimRight(src, "\r\n"). */
const trimNewline = (s: string) => s.replace(/[\r\n]+$/, '');
/** directives.go: `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, Go's \s being [\t\n\f\r ] and `.` any but \n. */
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/;
/** parser.go reHeredoc, Go's \s. */
const HEREDOC = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;

/**
 * shell/lex.go processStopOn with RawQuotes and RawEscapes, for heredoc lines as generated (no
 * `$`, no escapes): a word ends at unicode.IsSpace; quotes are kept and hold white space;
 * `<<` keeps the tabs, CRs and spaces after it (processPossibleHeredoc). An unclosed quote: none.
 */
function heredocLineWords(line: string): string[] {
  const words: string[] = [];
  let w = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end === -1) return [];
      w += line.slice(i, end + 1);
      i = end + 1;
    } else if (line.startsWith('<<', i)) {
      const m = /^<<[\t\r ]*/.exec(line.slice(i))![0];
      w += m;
      i += m.length;
    } else if (spaceAt(line, i) > 0) {
      if (w !== '') words.push(w);
      w = '';
      i += spaceAt(line, i);
    } else w += line[i++];
  }
  if (w !== '') words.push(w);
  return words;
}

/** heredocFromMatch: the name, quotes removed (one word), and whether tabs are chomped. */
function heredocs(line: string): { name: string; chomp: boolean }[] {
  return heredocLineWords(line).flatMap((word) => {
    const m = HEREDOC.exec(word);
    if (!m || m[3] === '') return [];
    return [{ name: m[3]!.replace(/["']/g, ''), chomp: m[2] === '-' }];
  });
}

interface Piece {
  readonly at: number; // source offset
  readonly text: string;
}
interface Instruction {
  readonly pieces: Piece[];
  readonly line: string;
}

/** The source offset of index k of a joined line. */
function offsetIn(pieces: readonly Piece[], k: number): number {
  let before = 0;
  for (const p of pieces) {
    if (k < before + p.text.length) return p.at + k - before;
    before += p.text.length;
  }
  throw new Error(`index ${k} outside the line`);
}

/** parser.go Parse: instructions with the source offsets of their text, and the escape token. */
function parse(src: string): { instructions: Instruction[]; escape: string } {
  const lines: Piece[] = [];
  for (let at = src.startsWith('\xEF\xBB\xBF') ? 3 : 0; at < src.length; ) {
    const nl = src.indexOf('\n', at);
    const end = nl === -1 ? src.length : nl + 1;
    lines.push({ at, text: src.slice(at, end) });
    at = end;
  }
  let escape = '\\';
  let directivesDone = false;
  const directive = (s: string) => {
    if (directivesDone) return;
    const m = s.startsWith('#') ? DIRECTIVE.exec(s.slice(1 + leftSpace(s.slice(1)))) : null;
    const name = m?.[1]?.toLowerCase();
    if (!m || !['syntax', 'escape', 'check'].includes(name!)) directivesDone = true;
    else if (name === 'escape' && (m[2] === '`' || m[2] === '\\')) escape = m[2];
  };
  const isComment = (s: string) => s[leftSpace(s)] === '#';
  const instructions: Instruction[] = [];
  for (let i = 0; i < lines.length; ) {
    const raw = lines[i++]!;
    // processLine: newline trimmed, leading white space stripped, directives read, comments dropped.
    const trimmed = trimNewline(raw.text);
    const lead = leftSpace(trimmed);
    const first = trimmed.slice(lead);
    directive(first);
    const content = isComment(raw.text) ? '' : first;
    const e = escape === '\\' ? '\\\\' : escape; // setEscapeToken's lineContinuationRegex
    const cont = new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
    const cut = (s: string) =>
      cont.test(s) ? { text: s.replace(cont, '$1'), more: true } : { text: s, more: false };
    let piece = cut(content);
    if (!piece.more && piece.text === '') continue;
    const pieces: Piece[] = [{ at: raw.at + lead, text: piece.text }];
    while (piece.more && i < lines.length) {
      const next = lines[i++]!;
      const s = trimNewline(next.text);
      if (isComment(next.text) || leftSpace(s) === s.length) continue; // isEmptyContinuationLine
      piece = cut(s);
      pieces.push({ at: next.at, text: piece.text });
    }
    const line = pieces.map((p) => p.text).join('');
    instructions.push({ pieces, line });
    const cmd = line
      .slice(leftSpace(line))
      .split(/[\t\v\f\r ]/)[0]!
      .toLowerCase();
    if (!['run', 'copy', 'add'].includes(cmd) || !line.includes('<<')) continue;
    for (const doc of heredocs(line)) {
      while (i < lines.length) {
        let body = trimNewline(lines[i++]!.text);
        if (doc.chomp) body = body.replace(/^\t+/, '');
        if (body === doc.name) break;
      }
    }
  }
  return { instructions, escape };
}

/** A word of an instruction: its text and where it starts in the source. */
interface Word {
  readonly text: string;
  readonly at: number;
}
/** split_command.go and parseStringsWhitespaceDelimited: trimmed, then split at [\t\v\f\r ]+. */
function args(ins: Instruction): Word[] {
  const from = leftSpace(ins.line);
  const to = rightTrimmed(ins.line);
  const words: Word[] = [];
  for (const m of ins.line.slice(0, to).matchAll(/[^\t\v\f\r ]+/g)) {
    if (m.index! < from) continue;
    words.push({ text: m[0], at: offsetIn(ins.pieces, m.index!) });
  }
  // The first word is the command; a Unicode space right after it is trimmed off the arguments.
  const rest = words.slice(1);
  if (rest[0]) {
    const cut = leftSpace(rest[0].text);
    rest[0] = { text: rest[0].text.slice(cut), at: rest[0].at + cut };
  }
  return rest;
}

/** A span the rewrite must replace with the image's cache URI. */
interface Span {
  readonly at: number;
  readonly text: string;
}

/**
 * What BuildKit pulls, as spans of literal text. FROM (instructions/parse.go parseFrom; the word
 * expanded with the global ARGs, shell/lex.go) sees earlier stages; COPY --from (convert.go
 * toCommand) a number (strconv.Atoi) or any stage; a mount's from= (commands_runmount.go CSV,
 * convert_runmount.go) any stage by name. An ARG default is a pull site when every use passes it
 * on whole or as the repository (the issue's policy); `${X:-w}` pulls w when X is empty; a
 * literal repository before a variable is pulled as itself.
 */
function pullSites(src: string): { spans: Span[]; escape: string } {
  const { instructions, escape } = parse(src);
  const all = new Set<string>();
  for (const ins of instructions) {
    const a = args(ins);
    if (/^from$/i.test(ins.line.slice(leftSpace(ins.line)).split(/[\t\v\f\r ]/)[0]!) && a.length === 3)
      all.add(a[2]!.text.toLowerCase());
  }
  const spans: Span[] = [];
  const defaults = new Map<string, Span>();
  const uses = new Map<string, boolean[]>();
  const use = (arg: string, plain: boolean) => uses.set(arg, [...(uses.get(arg) ?? []), plain]);
  const earlier = new Set<string>();
  let seenFrom = false;
  for (const ins of instructions) {
    const cmd = ins.line
      .slice(leftSpace(ins.line))
      .split(/[\t\v\f\r ]/)[0]!
      .toLowerCase();
    const a = args(ins);
    if (cmd === 'arg' && !seenFrom) {
      for (const w of a) {
        const [name, value] = w.text.split('=', 2) as [string, string];
        defaults.set(name, { at: w.at + name.length + 1, text: value });
      }
    } else if (cmd === 'from') {
      seenFrom = true;
      const w = a[0]!;
      const passed = /^(?:\$\{(A\d)\}|\$(A\d))(?:[:@][^/]*)?$/.exec(w.text); // whole, or repository then tag/digest
      const withDefault = /^\$\{(A\d):-(img-\d+)\}$/.exec(w.text);
      const literalRepository = /^(img-\d+):\$/.exec(w.text);
      if (!w.text.includes('$')) {
        if (!earlier.has(w.text.toLowerCase())) spans.push(w);
      } else if (passed) use((passed[1] ?? passed[2])!, true);
      else if (withDefault) {
        use(withDefault[1]!, true);
        spans.push({ at: w.at + w.text.indexOf(withDefault[2]!), text: withDefault[2]! });
      } else {
        for (const x of w.text.matchAll(/A\d/g)) use(x[0], false);
        if (literalRepository) spans.push({ at: w.at, text: literalRepository[1]! });
      }
      if (a.length === 3) earlier.add(a[2]!.text.toLowerCase());
    } else if (cmd === 'copy') {
      const v = a[0]!.text.slice('--from='.length);
      const atoi = /^[+-]?\d+$/.test(v);
      if (!atoi && !all.has(v.toLowerCase())) spans.push({ at: a[0]!.at + '--from='.length, text: v });
    } else if (cmd === 'run' && a[0]?.text.startsWith('--mount=')) {
      const raw = a[0];
      const k = raw.text.indexOf('from=') + 'from='.length;
      const v = /^[^",']*/.exec(raw.text.slice(k))![0];
      if (!all.has(v.toLowerCase())) spans.push({ at: raw.at + k, text: v });
    }
  }
  for (const [arg, plain] of uses) if (plain.every(Boolean)) spans.push(defaults.get(arg)!);
  return { spans, escape };
}

function expected(src: string): string {
  const spans = [...pullSites(src).spans].sort((x, y) => x.at - y.at);
  let out = '';
  let at = 0;
  for (const s of spans) {
    expect(src.slice(s.at, s.at + s.text.length)).toBe(s.text);
    const m = mapImage(s.text, TARGET);
    out += src.slice(at, s.at) + (m.kind === 'mapped' ? m.uri : s.text);
    at = s.at + s.text.length;
  }
  return out + src.slice(at);
}

// ---------------------------------------------------------------------------------------------
// The generator: a plan of lines, written out with a fresh image name for each image word.

const NBSP = '\xC2\xA0';
const NEL = '\xC2\x85';
const EM_SPACE = '\xE2\x80\x83';
const IDEOGRAPHIC = '\xE3\x80\x80';
const DIGEST = `sha256:${'e'.repeat(64)}`;

const eol = fc.constantFrom('\n', '\r\n', '\r\r\n');
const lead = fc.constantFrom('', '', ' ', '\t', '\v', '\f', NBSP, NEL, EM_SPACE, IDEOGRAPHIC, ` ${NBSP}\t`);
const trail = fc.constantFrom('', '', ' ', '\t', NBSP, IDEOGRAPHIC);
const unicodeBlank = fc.constantFrom(NBSP, IDEOGRAPHIC, `\t${EM_SPACE}`, NEL, '');

const ref = fc.oneof(
  fc.record({ t: fc.constant('image' as const), tpl: fc.nat(5) }),
  fc.record({ t: fc.constant('stage' as const), k: fc.nat(5) }),
  fc.record({ t: fc.constant('var' as const), k: fc.nat(2), form: fc.nat(8) }),
);
const doc = fc.record({
  chomp: fc.boolean(),
  spacing: fc.constantFrom('', ' ', '\t', ' \t'),
  quote: fc.constantFrom('', '"', "'"),
  body: fc.array(fc.nat(3), { maxLength: 2 }),
  tabs: fc.nat(2),
  end: eol,
});
const step = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('from' as const),
      lead,
      ref,
      as: fc.boolean(),
      split: fc.option(fc.array(fc.tuple(fc.boolean(), unicodeBlank), { maxLength: 2 }), { nil: undefined }),
      trail,
      end: eol,
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('copy' as const), lead, from: fc.nat(6), end: eol }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('mount' as const),
      lead,
      quoted: fc.boolean(),
      stage: fc.boolean(),
      end: eol,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('heredoc' as const),
      lead,
      docs: fc.array(doc, { minLength: 1, maxLength: 3 }),
      end: eol,
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('decoy' as const), lead, form: fc.nat(3), end: eol }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('blank' as const), spaces: unicodeBlank, end: eol }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('comment' as const), lead, end: eol }) },
);
const plan = fc.record({
  bom: fc.boolean(),
  directive: fc.constantFrom('none', 'none', '', ' ', '\t', '\v', NBSP, 'decoy'),
  args: fc.nat(3),
  argEnd: eol,
  steps: fc.array(step, { minLength: 1, maxLength: 10 }),
});

const TEMPLATES = [
  'img-N',
  'img-N:1.0',
  'quay.io/o/img-N',
  'ghcr.io/o/img-N:2',
  `img-N@${DIGEST}`,
  'mcr.microsoft.com/img-N',
];
const FORMS = [
  '${A}',
  '$A',
  '${A}:1.2',
  `$A@${DIGEST}`,
  '${A:-T}',
  '${A#*/}',
  'registry.example.com/mirror/${A}',
  'T:${A}',
  '${A}-slim',
];
const NAMES = ['EOF', 'END', 'DATA'];

/** The Dockerfile a plan stands for, and the escape token its directive sets. */
type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

function render(p: Plan): { text: string; escape: string } {
  let n = 0;
  const token = (tpl = 'img-N') => tpl.replace('N', String(n++).padStart(3, '0'));
  const escape = p.directive === 'none' || p.directive === 'decoy' ? '\\' : '`';
  let text = p.bom ? '\xEF\xBB\xBF' : '';
  if (p.directive === 'decoy') text += '# escape\v=`\n';
  else if (p.directive !== 'none') text += `#${p.directive}escape=\`\n`;
  for (let k = 0; k < p.args; k++) text += `ARG A${k}=${token()}${p.argEnd}`;
  const stages: string[] = [];
  const bodyStages: string[] = [];
  let froms = 0;
  for (const s of p.steps) {
    if (s.t === 'from' || froms++ === 0) {
      const f =
        s.t === 'from'
          ? s
          : {
              lead: '',
              ref: { t: 'image' as const, tpl: 0 },
              as: true,
              split: undefined,
              trail: '',
              end: '\n',
            };
      let image: string;
      if (f.ref.t === 'stage' && stages.length > 0) image = stages[f.ref.k % stages.length]!.toUpperCase();
      else if (f.ref.t === 'var' && p.args > 0)
        image = FORMS[f.ref.form]!.replace('A', `A${f.ref.k % p.args}`).replace('T', token());
      else image = token(TEMPLATES[f.ref.t === 'image' ? f.ref.tpl : 0]);
      const named = f.as || s.t !== 'from';
      const name = `st${stages.length}`;
      if (named) stages.push(name);
      const gap = f.split
        ? ` ${escape}\n${f.split.map(([c, b]) => (c ? `${b}  # x ${token()}\n` : `${b}\n`)).join('')}  `
        : ' ';
      text += `${f.lead}FROM${gap}${image}${named ? ` AS ${name}` : ''}${f.trail}${f.end}`;
      if (s.t === 'from') continue;
    }
    if (s.t === 'copy') {
      const from = [
        token(),
        token('quay.io/o/img-N'),
        '0',
        '+0',
        stages[0]!.toUpperCase(),
        bodyStages[0] ?? token(),
        stages.at(-1)!,
      ][s.from]!;
      text += `${s.lead}COPY --from=${from} /a /b${s.end}`;
    } else if (s.t === 'mount') {
      const from = (s.stage && stages.at(-1)) || token();
      text += s.quoted
        ? `${s.lead}RUN --mount='type=bind,"from=${from}",target=/m' make${s.end}`
        : `${s.lead}RUN --mount=type=bind,from=${from},target=/m make${s.end}`;
    } else if (s.t === 'heredoc') {
      const docs = s.docs.map((d, k) => ({ ...d, spacing: d.chomp ? '' : d.spacing, name: NAMES[k]! }));
      text += `${s.lead}RUN cat ${docs.map((d) => `<<${d.chomp ? '-' : ''}${d.spacing}${d.quote}${d.name}${d.quote}`).join(' ')} >/x${s.end}`;
      for (const d of docs) {
        for (const b of d.body) {
          const stage = `hd${bodyStages.length}`;
          if (b === 0) bodyStages.push(stage);
          text +=
            [
              `FROM ${token()} AS ${stage}`,
              `COPY --from=${token()} / /`,
              `${d.name} `,
              `\t${d.chomp ? ' ' : ''}${d.name}`,
            ][b]! + d.end;
        }
        text += `${d.chomp ? '\t'.repeat(d.tabs) : ''}${d.name}${d.end}`;
      }
    } else if (s.t === 'decoy') {
      text += `${s.lead}${['RUN cat <<- EOF', 'RUN cat <<\vEOF', "RUN echo '<<EOF'", 'RUN echo x<<EOF'][s.form]}${s.end}`;
    } else if (s.t === 'blank') text += `${s.spaces}${s.end}`;
    else if (s.t === 'comment') text += `${s.lead}# FROM ${token()}${s.end}`;
  }
  return { text, escape };
}

test('generated Dockerfiles: exactly the pull sites of the BuildKit model change, and a second run changes nothing', () => {
  fc.assert(
    fc.property(plan, (p) => {
      const { text, escape } = render(p);
      expect(pullSites(text).escape).toBe(escape); // the model reads the directive as the plan meant
      const r = rewriteDockerfile(text, TARGET);
      expect(r.errors).toEqual([]);
      expect(r.output).toBe(expected(text));
      expect(rewriteDockerfile(r.output, TARGET).output).toBe(r.output);
    }),
    { seed: 23, numRuns: 600 },
  );
});
