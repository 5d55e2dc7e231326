// The rules behind issue 23's rows, one table row per rule, through the library (rewriteText and
// extractImages as a buildspec script calls them). Each cites the BuildKit source it follows;
// test/e2e/cli/dockerfile-edges.test.ts runs the rows themselves through the CLI.
import { extractImages, rewriteText } from '../../../src/index.js';
import { ecr, TARGET } from '../../helpers/target.js';

const hub = (name: string) => ecr(`docker-hub/library/${name}`);
const rewrite = (source: string) => rewriteText(source, 'dockerfile', TARGET);
const images = (source: string) => extractImages(source, 'dockerfile').images.map((i) => i.image);

/** [name, input, output]: byte-exact, no errors, and a second run changes nothing. */
type Row = [string, string, string];

function check(input: string, output: string): void {
  const r = rewrite(input);
  expect(r.errors).toEqual([]);
  expect(r.output).toBe(output);
  expect(rewrite(r.output).output).toBe(r.output);
}

describe('heredocs (parser.go heredocsFromLine, reHeredoc; shell/lex.go processPossibleHeredoc)', () => {
  const body = 'FROM alpine\n';
  test.each<Row>([
    [
      '`<< EOF`: the blanks after << belong to its word',
      `RUN cat << EOF\n${body}EOF\n`,
      `RUN cat << EOF\n${body}EOF\n`,
    ],
    ['`<<\\t\\tEOF`', `RUN cat <<\t\tEOF\n${body}EOF\n`, `RUN cat <<\t\tEOF\n${body}EOF\n`],
    ['`<< "EOF"` quoted', `RUN cat << "EOF"\n${body}EOF\n`, `RUN cat << "EOF"\n${body}EOF\n`],
    ['`<<-EOF` chomps tabs', `RUN cat <<-EOF\n${body}\t\tEOF\n`, `RUN cat <<-EOF\n${body}\t\tEOF\n`],
    [
      '`<<  -EOF`: the blanks come first, so the name is `-EOF` and nothing is chomped',
      `RUN cat <<  -EOF\n${body}\t-EOF\n-EOF\nFROM node\n`,
      `RUN cat <<  -EOF\n${body}\t-EOF\n-EOF\nFROM ${hub('node')}\n`,
    ],
    [
      'two on one line, one spaced',
      `RUN cat <<A << 'B'\n${body}A\n${body}B\nFROM node\n`,
      `RUN cat <<A << 'B'\n${body}A\n${body}B\nFROM ${hub('node')}\n`,
    ],
    [
      '`<<- EOF` is no heredoc: the word `<<-` ends at the space',
      'RUN cat <<- EOF\nFROM alpine\n',
      `RUN cat <<- EOF\nFROM ${hub('alpine')}\n`,
    ],
    [
      '`<<\\vEOF` is no heredoc: a vertical tab is not taken after <<',
      'RUN cat <<\vEOF\nFROM alpine\n',
      `RUN cat <<\vEOF\nFROM ${hub('alpine')}\n`,
    ],
    [
      'an unclosed quote on the line: the lexer fails, no heredoc',
      "RUN cat <<EOF it's\nFROM alpine\n",
      `RUN cat <<EOF it's\nFROM ${hub('alpine')}\n`,
    ],
    [
      'the heredoc line is read with `\\` even under `# escape=`',
      '# escape=`\nRUN cat \\<<EOF\nFROM alpine\n',
      `# escape=\`\nRUN cat \\<<EOF\nFROM ${hub('alpine')}\n`,
    ],
    [
      'an end line with trailing CRs closes it',
      `RUN cat <<EOF\n${body}EOF\r\r\r\nFROM node\n`,
      `RUN cat <<EOF\n${body}EOF\r\r\r\nFROM ${hub('node')}\n`,
    ],
    [
      'an end line with a trailing space does not',
      `RUN cat <<EOF\n${body}EOF \nFROM node\n`,
      `RUN cat <<EOF\n${body}EOF \nFROM node\n`,
    ],
  ])('%s', (_name, input, output) => check(input, output));
});

describe('line ends and Unicode white space (parser.go trimNewline, trimLeadingWhitespace; split_command.go)', () => {
  test.each<Row>([
    [
      'a continuation before CR CR LF',
      'FROM alpine \\\r\r\n  AS base\r\n',
      `FROM ${hub('alpine')} \\\r\r\n  AS base\r\n`,
    ],
    [
      'a CR alone inside a line is no line end',
      'FROM alpine\rFROM node\n',
      `FROM ${hub('alpine')}\rFROM node\n`,
    ],
    // A library caller's text in characters, rather than the CLI's bytes read as latin1.
    ['U+00A0 before an instruction, as a character', '\u00A0FROM alpine\n', `\u00A0FROM ${hub('alpine')}\n`],
    [
      'U+3000 and U+2003 as characters',
      '\u3000\u2003FROM alpine\u3000\n',
      `\u3000\u2003FROM ${hub('alpine')}\u3000\n`,
    ],
    ['U+0085 (NEL) as UTF-8 bytes', '\xC2\x85FROM alpine\n', `\xC2\x85FROM ${hub('alpine')}\n`],
    [
      'a Unicode space after the keyword, before the image',
      'FROM\t\xC2\xA0alpine\n',
      `FROM\t\xC2\xA0${hub('alpine')}\n`,
    ],
    [
      'a Unicode space in a continuation line that is a comment',
      'FROM \\\n\xC2\xA0# note\n  alpine\n',
      `FROM \\\n\xC2\xA0# note\n  ${hub('alpine')}\n`,
    ],
    [
      'a Unicode space splits ARG words (line_parsers.go parseWords)',
      'ARG A=alpine\xC2\xA0B=node\nFROM $A\nFROM $B\n',
      `ARG A=${hub('alpine')}\xC2\xA0B=${hub('node')}\nFROM $A\nFROM $B\n`,
    ],
    // A latin1 text that is no UTF-8: the byte 0xE9 is a character, and U+00A0 one too.
    [
      'a text that is not UTF-8 is read as characters',
      '# caf\xE9\n\xA0FROM alpine\n',
      `# caf\xE9\n\xA0FROM ${hub('alpine')}\n`,
    ],
    ['U+00A0 inside a keyword is no white space to split it', 'FROM\xC2\xA0alpine\n', 'FROM\xC2\xA0alpine\n'],
  ])('%s', (_name, input, output) => check(input, output));
});

describe('parser directives (directives.go ParseLine: TrimLeftFunc(unicode.IsSpace), then Go \\s)', () => {
  test.each<Row>([
    [
      'a vertical tab after #',
      '#\vescape=`\nFROM node\nRUN x \\\nFROM alpine\n',
      `#\vescape=\`\nFROM ${hub('node')}\nRUN x \\\nFROM ${hub('alpine')}\n`,
    ],
    [
      'U+3000 after #',
      '#\xE3\x80\x80syntax=docker/dockerfile:1\n',
      `#\xE3\x80\x80syntax=${ecr('docker-hub/docker/dockerfile:1')}\n`,
    ],
    [
      'a vertical tab before = ends the block (Go \\s has none)',
      '# escape\v=`\nFROM node\nRUN x \\\nFROM alpine\n',
      `# escape\v=\`\nFROM ${hub('node')}\nRUN x \\\nFROM alpine\n`,
    ],
    [
      'a vertical tab after the value stays in it: an escape of two characters is refused, `\\` stays',
      '# escape=`\v\nFROM node\nRUN x \\\nFROM alpine\n',
      `# escape=\`\v\nFROM ${hub('node')}\nRUN x \\\nFROM alpine\n`,
    ],
  ])('%s', (_name, input, output) => check(input, output));
});

describe('stage references (dockerfile2llb convert.go toCommand, convert_runmount.go detectRunMount)', () => {
  test.each<Row>([
    [
      'COPY --from=+0, -0 and 007 are stage indexes (strconv.Atoi)',
      'FROM a AS s\nCOPY --from=+0 / /\nCOPY --from=-0 / /\nCOPY --from=007 / /\n',
      `FROM ${hub('a')} AS s\nCOPY --from=+0 / /\nCOPY --from=-0 / /\nCOPY --from=007 / /\n`,
    ],
    [
      'a COPY --from number past int64 is an image name',
      'COPY --from=99999999999999999999 / /\n',
      `COPY --from=${hub('99999999999999999999')} / /\n`,
    ],
    [
      'mount from= by name only: a number is an image, a stage name a stage',
      'FROM a AS s\nRUN --mount=from=1 --mount=from=S make\n',
      `FROM ${hub('a')} AS s\nRUN --mount=from=${hub('1')} --mount=from=S make\n`,
    ],
    [
      'a CSV-quoted from= escaped in the shell word',
      'RUN --mount=type=bind,\\"from=busybox\\" make\n',
      `RUN --mount=type=bind,\\"from=${hub('busybox')}\\" make\n`,
    ],
    [
      'a stray quote in a mount CSV: BuildKit fails, nothing read',
      `RUN --mount='from="busybox"' make\n`,
      `RUN --mount='from="busybox"' make\n`,
    ],
  ])('%s', (_name, input, output) => check(input, output));
});

describe('global ARG defaults: rewritten only where every use passes the value on (policy D5)', () => {
  test.each<Row>([
    [
      '${X:-w}, ${X-w}, ${X:?m} pass X on',
      'ARG X=alpine\nFROM ${X:-node}\nFROM ${X-node}\nFROM ${X:?unset}\n',
      `ARG X=${hub('alpine')}\nFROM \${X:-${hub('node')}}\nFROM \${X-${hub('node')}}\nFROM \${X:?unset}\n`,
    ],
    [
      '${X:+w} uses only whether X is set',
      'ARG X=alpine\nFROM ${X}\nFROM ${X:+node}\n',
      `ARG X=${hub('alpine')}\nFROM \${X}\nFROM \${X:+${hub('node')}}\n`,
    ],
    [
      '${X}:${TAG}: X is the repository, TAG is kept',
      'ARG X=alpine\nARG TAG=3\nFROM ${X}:${TAG}\n',
      `ARG X=${hub('alpine')}\nARG TAG=3\nFROM \${X}:\${TAG}\n`,
    ],
    [
      '${X}-slim changes X',
      'ARG X=alpine\nFROM ${X}\nFROM ${X}-slim\n',
      'ARG X=alpine\nFROM ${X}\nFROM ${X}-slim\n',
    ],
    [
      '${X}:5000/app makes X a registry host',
      'ARG X=alpine\nFROM ${X}\nFROM ${X}:5000/app\n',
      'ARG X=alpine\nFROM ${X}\nFROM ${X}:5000/app\n',
    ],
    [
      '${X/a/b} changes X',
      'ARG X=alpine\nFROM ${X}\nFROM ${X/a/b}\n',
      'ARG X=alpine\nFROM ${X}\nFROM ${X/a/b}\n',
    ],
    [
      'a pattern naming X changes nothing of Y, but X is taken as text',
      'ARG X=alpine\nARG Y=node\nFROM ${X}\nFROM ${Y#$X}\n',
      `ARG X=alpine\nARG Y=node\nFROM \${X}\nFROM \${Y#$X}\n`,
    ],
    [
      'a FROM flag naming X',
      'ARG X=alpine\nFROM --platform=$X ${X}\n',
      'ARG X=alpine\nFROM --platform=$X ${X}\n',
    ],
    [
      'through another ARG, passed on',
      'ARG X=alpine\nARG Y=${X}\nFROM ${Y}\n',
      `ARG X=${hub('alpine')}\nARG Y=\${X}\nFROM \${Y}\n`,
    ],
    [
      'through another ARG, changed there',
      'ARG X=alpine\nARG Y=mirror/${X}\nFROM ${X}\nFROM ${Y}\n',
      'ARG X=alpine\nARG Y=mirror/${X}\nFROM ${X}\nFROM ${Y}\n',
    ],
    [
      'an ARG whose value is changed passes that on',
      'ARG X=alpine\nARG Y=${X}\nFROM ${X}\nFROM ${Y#a}\n',
      'ARG X=alpine\nARG Y=${X}\nFROM ${X}\nFROM ${Y#a}\n',
    ],
    [
      'a literal repository before a variable tag is rewritten; the tag ARG is not',
      'ARG T=3\nFROM alpine:${T}\n',
      `ARG T=3\nFROM ${hub('alpine')}:\${T}\n`,
    ],
  ])('%s', (_name, input, output) => check(input, output));

  test('the note names the ARG, its default and the line that keeps it', () => {
    const r = rewrite('ARG X=alpine\nARG Y=mirror/${X}\nFROM ${X}\nFROM ${Y}\n');
    expect(r.notes).toContainEqual({
      line: 1,
      message: expect.stringMatching(
        /^alpine: the default of ARG X left alone, since line 2 uses .*\(mirror\/\$\{X\}\)$/,
      ),
    });
  });

  test('what a build pulls is unchanged by the policy', () => {
    expect(images('ARG X=alpine\nFROM ${X}\nFROM ${X}-slim\n')).toEqual(['alpine', 'alpine-slim']);
  });
});

describe('policy points', () => {
  test('an ARG BUILDKIT_SYNTAX default is neither rewritten nor warmed (builder/build.go reads --build-arg only)', () => {
    const source = '# syntax=docker/dockerfile:1\nARG BUILDKIT_SYNTAX=docker/dockerfile:1.7\nFROM node\n';
    check(
      source,
      `# syntax=${ecr('docker-hub/docker/dockerfile:1')}\nARG BUILDKIT_SYNTAX=docker/dockerfile:1.7\nFROM ${hub('node')}\n`,
    );
    expect(images(source)).toEqual(['docker/dockerfile:1', 'node']);
  });

  test('an invalid reference in an ONBUILD trigger is a note, also to warm; valid ones are rewritten and warmed', () => {
    const source = 'FROM node\nONBUILD COPY --from=Bad:1 / /\nONBUILD RUN --mount=from=alpine make\n';
    const r = rewrite(source);
    expect(r.errors).toEqual([]);
    expect(r.output).toBe(
      `FROM ${hub('node')}\nONBUILD COPY --from=Bad:1 / /\nONBUILD RUN --mount=from=${hub('alpine')} make\n`,
    );
    expect(r.notes).toEqual([{ line: 2, message: expect.stringMatching(/"Bad:1".*ONBUILD.*left alone$/) }]);
    const found = extractImages(source, 'dockerfile');
    expect(found.images.map((i) => i.image)).toEqual(['node', 'alpine']);
    expect(found.errors).toEqual([]);
  });
});
