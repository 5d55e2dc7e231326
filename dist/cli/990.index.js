export const id = 990;
export const ids = [990,800];
export const modules = {

/***/ 7856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ scanDockerfile)
});

// EXTERNAL MODULE: ./src/core/lines.ts
var core_lines = __webpack_require__(9532);
;// CONCATENATED MODULE: ./src/core/dockerfile/characters.ts
// Characters as BuildKit's Dockerfile parser reads them: white space, the keyword it delimits at the
// start of an instruction, and a character (the escape token) written as a literal in a regular
// expression. Apart so that the lexer, the heredoc rule and the word reader, which all need them,
// need not import each other.
/** White space as BuildKit's word splitting reads it, by character code: tab, newline, vertical tab, form feed, carriage return, space. */
const isSpaceCode = (c) => c === 32 || (c >= 9 && c <= 13);
/** The same rule for one character. */
const isSpace = (c) => c !== undefined && isSpaceCode(c.charCodeAt(0));
/** A regular expression source for one character, literal inside and outside a class. */
const literalChar = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
function leadingSpace(text, from, to) {
    let i = from;
    while (i < to && isSpaceCode(text.charCodeAt(i)))
        i++;
    return i;
}
/** Where the keyword that starts at `start` ends: at white space or the end of the text. */
function keywordEnd(text, start) {
    let i = start;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i)))
        i++;
    return i;
}
/** Keyword of an instruction, lowercased, and where its arguments begin. */
function splitKeyword(text, from = 0) {
    const start = leadingSpace(text, from, text.length);
    const rest = keywordEnd(text, start);
    return { keyword: text.slice(start, rest).toLowerCase(), rest };
}

;// CONCATENATED MODULE: ./src/core/dockerfile/directives.ts
// The parser directives at the very top of a Dockerfile (`# escape=`, `# syntax=`, `# check=`), as
// BuildKit reads them: the escape token the lexer splits lines with, and the frontend image BuildKit
// picks before it parses anything. Apart from the lexer because two of BuildKit's readers take this
// block, each its own way, and neither reads past it.

// BuildKit's DirectiveParser: `^#\s*(name)\s*=\s*(.+?)\s*$`, with Go's \s.
const DIRECTIVE_RE = /^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/d;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/**
 * The leading block of parser directives: it ends at the first line that is not `# name=value`
 * with a known name, or that repeats one (a blank line, any other comment, an instruction).
 * Two readers differ: the Dockerfile parser (which takes `escape`) strips leading white space;
 * DetectSyntax (which picks the frontend image) does not, and skips a `#!` first line.
 */
function directiveBlock(text, lines, reader) {
    const found = [];
    const seen = new Set();
    const shebang = reader === 'syntax' && lines.length > 0 && text.startsWith('#!', lines.at(0).start);
    for (let i = shebang ? 1 : 0; i < lines.length; i++) {
        const line = lines.at(i);
        const from = reader === 'parser' ? leadingSpace(text, line.start, line.end) : line.start;
        if (text.charCodeAt(from) !== 35)
            break; // not `#`: the block has ended
        const m = DIRECTIVE_RE.exec(text.slice(from, line.end));
        if (!m)
            break;
        const name = m[1].toLowerCase();
        if (!KNOWN_DIRECTIVES.has(name) || seen.has(name))
            break;
        seen.add(name);
        const [start, end] = m.indices[2];
        found.push({ name, value: m[2], start: from + start, end: from + end, line: i + 1 });
    }
    return found;
}
function escapeToken(directives) {
    const value = directives.find((d) => d.name === 'escape')?.value;
    return value === '`' || value === '\\' ? value : '\\';
}
/** The escape token the parser reads, and the `# syntax=` directive DetectSyntax finds, if any. */
function parserDirectives(text, lines) {
    const parsed = directiveBlock(text, lines, 'parser');
    const escape = escapeToken(parsed);
    // The two readers differ only on a `#!` first line or a directive line that starts with white space.
    const same = lines.length > 0 &&
        !text.startsWith('#!', lines.start(0)) &&
        parsed.every((d) => !isSpaceCode(text.charCodeAt(lines.start(d.line - 1))));
    const syntax = (same ? parsed : directiveBlock(text, lines, 'syntax')).find((d) => d.name === 'syntax');
    return { escape, syntax };
}

;// CONCATENATED MODULE: ./src/core/dockerfile/heredoc.ts
// Heredocs (`RUN <<EOF` ... `EOF`), as BuildKit's parser finds them: the names an instruction line
// opens, and the body lines after it, which are data and never instructions. Apart from the lexer
// because the rule is the shell's word reading (quotes, escapes, the exec form), not line splitting.

const HEREDOC_WORD_RE = /^(\d*)<<(-?)([^<]*)$/;
const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add']);
/** Instructions that can open a heredoc (its body is data, not instructions). */
const HEREDOC_HOSTS = [...HEREDOC_INSTRUCTIONS, 'onbuild'];
/** Heredoc names opened on an instruction line (RUN, COPY, ADD, also under ONBUILD; not JSON form). */
function heredocNames(text) {
    if (!text.includes('<<'))
        return [];
    let { keyword, rest } = splitKeyword(text);
    if (keyword === 'onbuild')
        ({ keyword, rest } = splitKeyword(text, rest));
    if (!HEREDOC_INSTRUCTIONS.has(keyword))
        return [];
    if (isJsonForm(text.slice(rest)))
        return [];
    const docs = [];
    for (const word of rawWords(text.slice(rest))) {
        const m = HEREDOC_WORD_RE.exec(word);
        if (!m || m[3] === '')
            continue;
        docs.push({ name: unquote(m[3]), chomp: m[2] === '-' });
    }
    return docs;
}
/** A word as the shell reads it: quotes removed wherever they are (`E"O"F` is EOF), escapes resolved. */
function unquote(word) {
    let out = '';
    let quote = '';
    for (let i = 0; i < word.length; i++) {
        const c = word[i];
        if (c === '\\' && quote !== "'" && i + 1 < word.length)
            out += word[++i];
        else if (quote ? c === quote : c === '"' || c === "'")
            quote = quote ? '' : c;
        else
            out += c;
    }
    return out;
}
/**
 * The physical line after the bodies of the heredocs an instruction (its joined text) opens, the
 * first of them at line i: each body runs to the line that is its name.
 */
function skipHeredocBodies(text, lines, i, instruction) {
    const docs = heredocNames(instruction);
    for (let k = 0; k < docs.length; k++) {
        const doc = docs[k];
        while (i < lines.length) {
            const line = lines.at(i);
            i++;
            let body = text.slice(line.start, line.end);
            if (doc.chomp)
                body = body.replace(/^\t+/, '');
            if (body === doc.name)
                break;
        }
    }
    return i;
}
/** Words split on unquoted white space, quotes kept (BuildKit's RawQuotes/RawEscapes word split). */
function rawWords(text) {
    const words = [];
    let word = '';
    let quote = '';
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (!quote && isSpace(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            continue;
        }
        inWord = true;
        if (c === '\\' && quote !== "'" && i + 1 < text.length) {
            word += c + text[++i];
            continue;
        }
        if (quote ? c === quote : c === '"' || c === "'")
            quote = quote ? '' : c;
        word += c;
    }
    if (inWord)
        words.push(word);
    return words;
}
/** `["a", "b"]`: the exec form, which has no heredocs. */
function isJsonForm(args) {
    const s = args.trim();
    if (!s.startsWith('['))
        return false;
    try {
        const v = JSON.parse(s);
        return Array.isArray(v) && v.every((x) => typeof x === 'string');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/dockerfile/physical-lines.ts
// The physical lines of a Dockerfile (split at `\n`, a `\r` before it left out), as the lexer and the
// parser directives read them before any line is joined to the next. Kept as two tables of offsets:
// an object per line weighed on a big file.
/** The physical lines of a text from `from` (after a BOM). */
class PhysicalLines {
    starts = [];
    ends = [];
    constructor(text, from) {
        let start = from;
        while (start < text.length) {
            let nl = text.indexOf('\n', start);
            if (nl === -1)
                nl = text.length;
            this.starts.push(start);
            this.ends.push(nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
            start = nl + 1;
        }
    }
    get length() {
        return this.starts.length;
    }
    at(i) {
        return { start: this.starts[i], end: this.ends[i] };
    }
    start(i) {
        return this.starts[i];
    }
    end(i) {
        return this.ends[i];
    }
}

;// CONCATENATED MODULE: ./src/core/dockerfile/lexer.ts
// Splits a Dockerfile into instructions the way BuildKit's parser does (frontend/dockerfile/parser):
// line continuations with comment and blank lines skipped inside them, heredoc bodies consumed as
// data (heredoc.ts), CRLF and a BOM, with the escape token the parser directives set (directives.ts).
// Each instruction keeps, for every character of its joined text, the source offset it came from.





/**
 * Content end of a line without its continuation token, or undefined when it does not continue.
 * As BuildKit's `([^\\])\\[ \t]*$|^\\[ \t]*$`: an escape right after another escape is escaped.
 */
function continuationCut(text, start, end, escape) {
    let i = end;
    while (i > start && (text[i - 1] === ' ' || text[i - 1] === '\t'))
        i--;
    if (i <= start || text[i - 1] !== escape)
        return undefined;
    return i - 1 === start || text[i - 2] !== escape ? i - 1 : undefined;
}
const isCommentLine = (text, line) => text[leadingSpace(text, line.start, line.end)] === '#';
const isBlankLine = (text, line) => leadingSpace(text, line.start, line.end) === line.end;
/**
 * A native search for where the next line that must be read may be: one that starts an instruction
 * the caller wants, or one that may open a heredoc, or one the escape token continues. Any other
 * line is blank, a comment or a whole instruction of no interest, and is passed over. A match
 * inside a line (after a lone CR, in a heredoc body) only makes a line be read that need not be.
 */
const candidateSearches = new WeakMap();
function candidateSearch(escape, wanted) {
    const byEscape = candidateSearches.get(wanted) ?? new Map();
    candidateSearches.set(wanted, byEscape);
    let re = byEscape.get(escape);
    if (re === undefined) {
        if (!wanted.every((w) => /^[a-z]+$/.test(w.keyword)))
            throw new Error(`not a keyword: ${wanted.map((w) => w.keyword)}`);
        const starts = [
            ...wanted.map((w) => (w.flagged ? `${w.keyword}[^\\n]*--` : w.keyword)),
            `(?:${HEREDOC_HOSTS.join('|')})[^\\n]*<<`,
        ];
        const e = literalChar(escape);
        // Each alternative matches one character, so `test` says where without a match array: a
        // newline before the line, or the escape token in it.
        re = new RegExp(`\\n(?=[ \\t\\v\\f\\r]*(?:${starts.join('|')}))|${e}(?=[ \\t]*\\r?(?:\\n|$))`, 'gi');
        byEscape.set(escape, re);
    }
    return re;
}
function lexDockerfile(text, options = {}) {
    const lines = new PhysicalLines(text, (0,core_lines/* bomLength */.L1)(text));
    const { escape, syntax } = parserDirectives(text, lines);
    const instructions = [];
    const escapeCode = escape.charCodeAt(0);
    const count = lines.length;
    const search = options.only && candidateSearch(escape, options.only);
    const starts = lines.starts;
    let i = 0;
    // The common line (one instruction on one line) is read here with character codes and no call
    // per character: most files are scanned once, before this loop's code is optimized.
    while (i < count) {
        if (search && i > 0) {
            // From the newline before line i: the first alternative may match line i itself.
            search.lastIndex = starts[i] - 1;
            if (!search.test(text))
                break;
            // After a newline: the line it starts; after the escape token: the line that holds it.
            const at = text.charCodeAt(search.lastIndex - 1) === 10 ? search.lastIndex : search.lastIndex - 1;
            while (i + 1 < count && starts[i + 1] <= at)
                i++;
        }
        const lineStart = lines.start(i);
        const lineEnd = lines.end(i);
        const lineNo = i + 1;
        i++;
        let begin = lineStart;
        let c = text.charCodeAt(begin);
        while (begin < lineEnd && isSpaceCode(c))
            c = text.charCodeAt(++begin);
        if (begin === lineEnd || c === 35)
            continue; // blank, or a `#` comment
        // Not continued unless the last character before trailing blanks is the escape token.
        let last = lineEnd - 1;
        let e = text.charCodeAt(last);
        while (last > begin && (e === 32 || e === 9))
            e = text.charCodeAt(--last);
        let cut = e === escapeCode ? continuationCut(text, begin, lineEnd, escape) : undefined;
        if (cut === undefined) {
            // One physical line, the usual instruction: its text is a slice, its offsets need no table.
            const one = text.slice(begin, lineEnd);
            // Only a character past ASCII (U+00A0) can make a line trim() takes for blank.
            if (text.charCodeAt(begin) > 127 && one.trim() === '')
                continue;
            const instruction = { text: one, line: lineNo, start: begin };
            instructions.push(instruction);
            if (one.includes('<<'))
                i = skipHeredocBodies(text, lines, i, one);
            continue;
        }
        let joined = '';
        const pieces = [];
        const append = (from, to) => {
            pieces.push(joined.length, from);
            joined += text.slice(from, to);
        };
        append(begin, cut);
        while (cut !== undefined && i < lines.length) {
            const line = lines.at(i);
            i++;
            if (isCommentLine(text, line) || isBlankLine(text, line))
                continue;
            cut = continuationCut(text, line.start, line.end, escape);
            append(line.start, cut ?? line.end);
        }
        if (joined.trim() === '')
            continue;
        const instruction = {
            text: joined,
            line: lineNo,
            start: pieces[1],
            ...(pieces.length > 2 && { pieces }),
        };
        instructions.push(instruction);
        if (joined.includes('<<'))
            i = skipHeredocBodies(text, lines, i, joined);
    }
    return { instructions, escape, ...(syntax && { syntax }) };
}
/** The source offset of the character at `index` of an instruction's text. */
function sourceOffset(ins, index) {
    const { pieces } = ins;
    if (!pieces)
        return ins.start + index;
    let k = 0;
    while (k + 2 < pieces.length && pieces[k + 2] <= index)
        k += 2;
    return pieces[k + 1] + index - pieces[k];
}

;// CONCATENATED MODULE: ./src/core/dockerfile/words.ts
// A shell word as BuildKit's lexer reads it (quotes, the escape token, `$VAR`, `${VAR:-word}`),
// kept as units that remember where each literal character sits in the source, so callers can
// tell which part of a word is literal and splice new text over exactly that part. Also where the
// words of an instruction's arguments begin and end, and its leading `--flag=value` words.

/**
 * One shell word, as a sticky expression per escape token: characters outside quotes up to white
 * space, an escape token keeping the next character (in double quotes too), quoted runs (an
 * unclosed quote runs to the end). A native match per word, not a JavaScript step per character:
 * a thousand files are scanned once each, mostly before the scanner's code is optimized.
 */
const wordExpressions = new Map();
function wordExpression(escape) {
    let re = wordExpressions.get(escape);
    if (re === undefined) {
        const e = literalChar(escape);
        re = new RegExp(`(?:[^ \\t\\n\\r\\v\\f"'${e}]|${e}[^]?|"(?:[^"${e}]|${e}[^]?)*"?|'[^']*'?)+`, 'y');
        wordExpressions.set(escape, re);
    }
    return re;
}
/**
 * Words split on white space outside quotes; escape tokens keep the next character in the word.
 * `max` stops after that many words (a flag needs only its own).
 */
function splitWords(text, from, to, escape, max = Number.POSITIVE_INFINITY) {
    const out = [];
    const within = to < text.length ? text.slice(0, to) : text;
    const word = wordExpression(escape);
    let i = from;
    while (i < to && out.length < max) {
        while (i < to && isSpaceCode(within.charCodeAt(i)))
            i++;
        if (i >= to)
            break;
        word.lastIndex = i;
        // Any other character starts a word, so the match cannot fail; if it did, one character is one.
        const end = word.test(within) ? Math.min(word.lastIndex, to) : i + 1;
        out.push({ start: i, end });
        i = end;
    }
    return out;
}
/** Leading `--name[=value]` flags (BuildKit's extractBuilderFlags) and where the arguments start. */
function leadingFlags(text, from) {
    const found = [];
    let i = from;
    for (;;) {
        while (i < text.length && isSpace(text[i]))
            i++;
        if (!text.startsWith('--', i))
            return { flags: found, args: i };
        const word = splitWords(text, i, text.length, '\\', 1)[0]; // not `const [word]`: an iterator per call
        if (!word)
            return { flags: found, args: i };
        const raw = text.slice(word.start, word.end);
        if (raw === '--')
            return { flags: found, args: word.end };
        const eq = raw.indexOf('=');
        const name = (eq === -1 ? raw.slice(2) : raw.slice(2, eq)).toLowerCase();
        found.push(eq === -1 ? { name } : { name, value: { start: word.start + eq + 1, end: word.end } });
        i = word.end;
    }
}
/**
 * A word with no quote, escape token or `$`: analyzeWord would give one literal unit per character,
 * in order. Callers that only need its text and span skip the units (a big file has a great many).
 */
function isPlainWord(text, from, to, escape) {
    const special = specialExpression(escape);
    special.lastIndex = from;
    const m = special.exec(text);
    return m === null || m.index >= to;
}
/** A quote, `$` or the escape token: what makes a word more than its characters. */
const specialExpressions = new Map();
function specialExpression(escape) {
    let re = specialExpressions.get(escape);
    if (re === undefined) {
        re = new RegExp(`["'$${literalChar(escape)}]`, 'g');
        specialExpressions.set(escape, re);
    }
    return re;
}
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const OPERATORS = [':-', ':+', ':?', '-', '+', '?', '##', '#', '%%', '%', '//', '/'];
/**
 * Analyze `text[from, to)` as one shell word. `sourceAt(i)` gives the source offset of text index
 * `i` (the text may be a logical line joined from several physical lines).
 */
function analyzeWord(text, from, to, escape, sourceAt) {
    const units = [];
    let i = from;
    let quote = '';
    const lit = (k) => units.push({ t: 'c', ch: text[k], at: sourceAt(k) });
    while (i < to) {
        const ch = text[i];
        if (quote === "'") {
            if (ch === "'")
                quote = '';
            else
                lit(i);
            i++;
            continue;
        }
        if (ch === escape && i + 1 < to) {
            // Inside double quotes the escape only escapes what is special there.
            if (quote === '"' && !['$', '"', escape].includes(text[i + 1]))
                lit(i);
            lit(i + 1);
            i += 2;
            continue;
        }
        if (ch === '"' || (ch === "'" && quote === '')) {
            quote = quote === ch ? '' : ch;
            i++;
            continue;
        }
        if (ch === '$') {
            const parsed = parseVariable(text, i, to, escape, sourceAt);
            if (parsed) {
                units.push(parsed.unit);
                i = parsed.next;
                continue;
            }
        }
        lit(i);
        i++;
    }
    return units;
}
function parseVariable(text, at, to, escape, sourceAt) {
    let i = at + 1;
    if (i >= to)
        return undefined;
    if (text[i] !== '{') {
        if (!NAME_START.test(text[i]))
            return undefined;
        while (i < to && NAME_CHAR.test(text[i]))
            i++;
        return { unit: { t: 'v', name: text.slice(at + 1, i), op: '' }, next: i };
    }
    i++;
    const nameStart = i;
    while (i < to && NAME_CHAR.test(text[i]))
        i++;
    const name = text.slice(nameStart, i);
    if (text[i] === '}')
        return { unit: { t: 'v', name, op: '' }, next: i + 1 };
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (!op || name === '')
        return undefined;
    const wordStart = i + op.length;
    // Find the closing brace, stepping over nested ${...} and quotes.
    let depth = 1;
    let quote = '';
    let j = wordStart;
    for (; j < to; j++) {
        const c = text[j];
        if (c === escape && quote !== "'") {
            j++;
            continue;
        }
        if (quote) {
            if (c === quote)
                quote = '';
            continue;
        }
        if (c === '"' || c === "'")
            quote = c;
        else if (c === '$' && text[j + 1] === '{') {
            depth++;
            j++;
        }
        else if (c === '}' && --depth === 0)
            break;
    }
    if (j >= to)
        return undefined;
    return {
        unit: { t: 'v', name, op, word: analyzeWord(text, wordStart, j, escape, sourceAt) },
        next: j + 1,
    };
}
/** The literal text of units that are all literal; undefined when any is a variable. */
function literalText(units) {
    let s = '';
    for (let k = 0; k < units.length; k++) {
        const u = units[k];
        if (u.t !== 'c')
            return undefined;
        s += u.ch;
    }
    return s;
}
/** Source range of literal units when they sit side by side in the source (no quote or escape between). */
function contiguousRange(units) {
    if (units.length === 0)
        return undefined;
    let prev = -1;
    for (let k = 0; k < units.length; k++) {
        const u = units[k];
        if (u.t !== 'c')
            return undefined;
        if (prev !== -1 && u.at !== prev + 1)
            return undefined;
        prev = u.at;
    }
    return { start: units[0].at, end: prev + 1 };
}
/** `${X:-word}` and `${X-word}`: the operators whose word is a default value. */
function isDefaultOperator(op) {
    return op === ':-' || op === '-';
}
/** `${X:+word}` and `${X+word}`: the word replaces X's value when X is set. */
function isAlternateOperator(op) {
    return op === ':+' || op === '+';
}
/** A word as written, for messages: `${X:-word}` and friends shown with their operator and word. */
function describeUnits(units) {
    return units
        .map((u) => (u.t === 'c' ? u.ch : `\${${u.name}${u.op}${u.word ? describeUnits(u.word) : ''}}`))
        .join('');
}

;// CONCATENATED MODULE: ./src/core/dockerfile/scope.ts
// What a word of a Dockerfile can see, as BuildKit scopes it. Global ARGs (declared before the first
// FROM): each default is expanded once, where it is declared, with only the ARGs declared before it
// set; FROM sees them all. Stages: FROM sees the stages declared before it; COPY --from and mounts
// see any stage of the file, or a stage index.

/** What a word can see of the global ARGs: those declared before `order` (FROM sees them all). */
const ALL_ARGS = Number.POSITIVE_INFINITY;
function emptyGlobalArgs() {
    return { byName: new Map(), count: 0 };
}
/** Declare a global ARG, with its default as written (`units`) or without one. */
function declareGlobalArg(args, name, units) {
    const declarations = args.byName.get(name) ?? [];
    args.byName.set(name, declarations);
    // Declared again without a default: the earlier default stays.
    if (units === undefined && declarations.length > 0)
        return;
    const order = args.count++;
    if (units === undefined) {
        declarations.push({ order });
        return;
    }
    const value = expandWord(args, units, order);
    declarations.push({ units, order, ...(value !== undefined && { value }) });
}
/** The declaration of `name` a word sees when only ARGs declared before `before` are set. */
function visibleArg(args, name, before) {
    const declarations = args.byName.get(name) ?? [];
    for (let i = declarations.length - 1; i >= 0; i--) {
        if (declarations[i].order < before)
            return declarations[i];
    }
    return undefined;
}
/**
 * Expand a word with the global ARGs declared before `before` (what BuildKit does for FROM and
 * for each ARG default); undefined if unknown. ARG values are already expanded, so this never
 * follows a variable into another ARG: self references and cycles cannot loop.
 */
function expandWord(args, units, before) {
    let s = '';
    for (let k = 0; k < units.length; k++) {
        const u = units[k];
        if (u.t === 'c') {
            s += u.ch;
            continue;
        }
        // An ARG without a default is set by --build-arg: unknown here, as is an undeclared name.
        const value = visibleArg(args, u.name, before)?.value;
        if (u.op === '' || u.op === ':?' || u.op === '?') {
            if (value === undefined)
                return undefined;
            s += value;
        }
        else if (isDefaultOperator(u.op) && u.word) {
            const useDefault = u.op === ':-' ? !value : value === undefined;
            const part = useDefault ? expandWord(args, u.word, before) : value;
            if (part === undefined)
                return undefined;
            s += part;
        }
        else if (isAlternateOperator(u.op) && u.word) {
            if (value === undefined)
                return undefined;
            const set = u.op === ':+' ? value !== '' : true;
            const part = set ? expandWord(args, u.word, before) : '';
            if (part === undefined)
                return undefined;
            s += part;
        }
        else
            return undefined;
    }
    return s;
}
/** True when a word's value names a stage (or `scratch`) rather than an image. */
function isStageOrScratch(stages, value, scope) {
    const v = value.toLowerCase();
    if (v === 'scratch')
        return true;
    if (scope === 'from')
        return stages.earlier.has(v);
    return stages.all.has(v) || /^\d+$/.test(v);
}

;// CONCATENATED MODULE: ./src/core/dockerfile/sites.ts
// Edit sites: the exact source spans that hold the literal text of an image word, so a rewrite can
// splice a new reference over that span and nothing else. A variable is followed to the global ARG
// defaults it sees; a word that cannot be rewritten in place is noted, with the reason.


function note(c, line, message) {
    c.notes.push({ line, message });
}
/** Record the span of literal units as a site, or note why it cannot be one. */
function addSite(c, kind, units, nameOnly, line) {
    const range = contiguousRange(units);
    if (!range) {
        note(c, line, `image "${describeUnits(units)}" is split by quotes, escapes or a line break; left alone`);
        return;
    }
    addSpan(c, kind, range, nameOnly);
}
/**
 * Record a source span as a site (a span reached before is kept as it was). `line` is the span's own
 * line when the caller knows it (a word on one source line), else looked up.
 */
function addSpan(c, kind, range, nameOnly, line = c.lineAt(range.start)) {
    if (c.sites.has(range.start))
        return;
    const text = c.source.slice(range.start, range.end);
    c.sites.set(range.start, { kind, start: range.start, end: range.end, text, nameOnly, line });
}
/** Where the repository ends in a literal prefix followed by variables: at its tag `:` or digest `@`. */
function repositoryEnd(prefix) {
    const at = prefix.indexOf('@');
    const head = at === -1 ? prefix : prefix.slice(0, at);
    const colon = head.lastIndexOf(':');
    if (colon > head.lastIndexOf('/'))
        return colon;
    return at === -1 ? undefined : at;
}
/**
 * Record where the literal parts of an image word can be rewritten, or note why not. Variables
 * are followed to the global ARGs declared before `before`; `followed` keeps each ARG to one visit
 * (a default reached twice has the same sites, and chains of `${A:-$B}` would otherwise branch).
 */
function imageSites(c, kind, units, line, scope, before, followed) {
    const literal = literalText(units);
    if (literal !== undefined) {
        if (literal === '')
            note(c, line, 'empty image reference; left alone');
        else if (!isStageOrScratch(c.stages, literal, scope))
            addSite(c, kind, units, false, line);
        return;
    }
    const first = units.findIndex((u) => u.t === 'v');
    if (units.length === 1) {
        const v = units[0];
        let found = false;
        // The word of ${X:-word} is the image when X is empty; of ${X:+word}, when X is set.
        if ((isDefaultOperator(v.op) || isAlternateOperator(v.op)) && v.word) {
            imageSites(c, 'variable-default', v.word, line, scope, before, followed);
            found = true;
        }
        // X's own value is the image unless the operator replaces it.
        const arg = scope === 'from' && !isAlternateOperator(v.op) ? visibleArg(c.args, v.name, before) : undefined;
        if (arg?.units && arg.units.length > 0) {
            if (!followed.has(arg)) {
                followed.add(arg);
                imageSites(c, 'arg-default', arg.units, line, scope, arg.order, followed);
            }
            found = true;
        }
        if (!found) {
            const why = scope === 'from'
                ? 'has no default in a global ARG (one declared before the first FROM)'
                : 'is set inside the stage';
            note(c, line, `image variable \${${v.name}} ${why}; left alone`);
        }
        return;
    }
    const prefix = units.slice(0, first);
    const end = repositoryEnd(literalText(prefix) ?? '');
    // A `/` after the variable means the variable was a port or a path part, not a tag.
    const slashAfter = units.slice(first).some((u) => u.t === 'c' && u.ch === '/');
    if (!end || slashAfter) {
        note(c, line, `image "${describeUnits(units)}" has a variable registry or repository; left alone`);
        return;
    }
    addSite(c, kind, prefix.slice(0, end), true, line);
}

;// CONCATENATED MODULE: ./src/core/dockerfile/image-words.ts
// An image word the scan found, recorded twice over: the image a build pulls (for warm) and the edit
// sites that hold its literal text (for rewrite). A word that names a stage or `scratch` pulls
// nothing and is noted instead. Shared by every instruction the scan reads (FROM, COPY --from,
// RUN --mount, the frontend image), apart from the walk over instructions in scan.ts.




/** A word that names a stage or `scratch`: nothing to pull (warm notes it). */
function nothingToPull(ctx, value, line) {
    const what = value.toLowerCase() === 'scratch' ? 'the empty image' : 'a build stage';
    ctx.skipped.push({ line, message: `${value}: ${what}, nothing to pull` });
}
/** The image a word pulls, recorded for warm; edit sites are recorded by `imageSites`. */
function imageWord(ctx, kind, units, line, scope) {
    const value = scope === 'from' ? expandWord(ctx.args, units, ALL_ARGS) : literalText(units);
    if (value !== undefined && isStageOrScratch(ctx.stages, value, scope)) {
        nothingToPull(ctx, value, line);
        return;
    }
    if (value)
        ctx.images.push({ image: value, line });
    imageSites(ctx, kind, units, line, scope, ALL_ARGS, new Set());
}
/**
 * The image a word names, as imageWord finds it; a plain word on one source line (the usual one)
 * is taken by its span, without a unit per character.
 */
function imageWordAt(ctx, kind, ins, w, scope) {
    if (w.end === w.start || ins.pieces || !isPlainWord(ins.text, w.start, w.end, ctx.escape)) {
        imageWord(ctx, kind, wordUnits(ctx, ins, w), ins.line, scope);
        return;
    }
    // What imageWord and imageSites do with a word that is all literal, contiguous in the source.
    const value = ins.text.slice(w.start, w.end);
    if (isStageOrScratch(ctx.stages, value, scope)) {
        nothingToPull(ctx, value, ins.line);
        return;
    }
    ctx.images.push({ image: value, line: ins.line });
    const start = ins.start + w.start;
    addSpan(ctx, kind, { start, end: start + value.length }, false, ins.line);
}
function wordUnits(ctx, ins, w) {
    return analyzeWord(ins.text, w.start, w.end, ctx.escape, (i) => sourceOffset(ins, i));
}

;// CONCATENATED MODULE: ./src/core/dockerfile/from-flags.ts
// The images a build step copies or mounts from: `--from=` of COPY and the `from=` field of each
// `--mount=` CSV of RUN (also under ONBUILD). Apart from scan.ts because reading a mount's CSV out of
// a shell word is a grammar of its own.



/** `--from=` of COPY, and `from=` inside each `--mount=` CSV of RUN. */
function copyAndMountSources(ctx, ins, keyword, rest) {
    if (keyword !== 'copy' && keyword !== 'run')
        return;
    if (!ins.text.startsWith('--', leadingSpace(ins.text, rest, ins.text.length)))
        return; // no flags
    // Index loops on the paths every file takes: for-of allocates a step object until optimized.
    const flags = leadingFlags(ins.text, rest).flags;
    for (let k = 0; k < flags.length; k++) {
        const flag = flags[k];
        if (!flag.value)
            continue;
        if (keyword === 'copy' && flag.name === 'from') {
            imageWordAt(ctx, 'copy-from', ins, flag.value, 'source');
        }
        else if (keyword === 'run' && flag.name === 'mount' && mayNameSource(ins, flag.value, ctx.escape)) {
            mountSource(ctx, ins, flag.value);
        }
    }
}
/** A `from=` field, as mountSource reads a plain CSV: after a comma or at the start, key trimmed. */
const FROM_FIELD = /(?:^|,)\s*from\s*=/i;
/**
 * Whether a mount's CSV can have a `from=` field: a plain word (no quote, escape or `$`) without
 * one cannot, and needs no units (most mounts are caches and secrets).
 */
function mayNameSource(ins, value, escape) {
    if (!isPlainWord(ins.text, value.start, value.end, escape))
        return true;
    return FROM_FIELD.test(ins.text.slice(value.start, value.end));
}
function mountSource(ctx, ins, value) {
    // The flag value is one shell word; its unquoted characters are the CSV text.
    const units = wordUnits(ctx, ins, value);
    let field = [];
    const fields = [];
    for (const u of units) {
        if (u.t === 'c' && u.ch === ',') {
            fields.push(field);
            field = [];
        }
        else
            field.push(u);
    }
    fields.push(field);
    for (const f of fields) {
        const eq = f.findIndex((u) => u.t === 'c' && u.ch === '=');
        if (eq === -1)
            continue;
        const key = literalText(f.slice(0, eq))?.trim().toLowerCase();
        if (key !== 'from')
            continue;
        let v = f.slice(eq + 1);
        const text = literalText(v);
        if (text !== undefined && text.length >= 2 && text.startsWith('"') && text.endsWith('"'))
            v = v.slice(1, -1);
        imageWord(ctx, 'mount-from', v, ins.line, 'source');
    }
}

;// CONCATENATED MODULE: ./src/core/dockerfile/frontend.ts
// The frontend image BuildKit itself pulls before it reads the file: `# syntax=IMAGE` and the
// default of `ARG BUILDKIT_SYNTAX=IMAGE`, which overrides it. Apart from scan.ts because neither is
// an image the build's steps use: BuildKit's own rule, read from a directive and from one ARG.



/** The name of the build argument that chooses BuildKit's frontend image, as `# syntax=` does. */
const SYNTAX_ARG = 'BUILDKIT_SYNTAX';
/** The frontend image BuildKit pulls before reading the file: `# syntax=IMAGE [ARGS]`. */
function syntaxDirective(ctx, directive) {
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
function syntaxArg(ctx, ins, from) {
    const words = splitWords(ins.text, from, ins.text.length, ctx.escape);
    for (let k = 0; k < words.length; k++) {
        const w = words[k];
        const raw = ins.text.slice(w.start, w.end);
        if (!raw.startsWith(`${SYNTAX_ARG}=`))
            continue;
        const units = wordUnits(ctx, ins, { start: w.start + SYNTAX_ARG.length + 1, end: w.end });
        const space = units.findIndex((u) => u.t === 'c' && u.ch === ' ');
        const image = space === -1 ? units : units.slice(0, space);
        const literal = literalText(image);
        if (literal === undefined) {
            note(ctx, ins.line, `syntax image "${describeUnits(image)}" has a variable; left alone`);
        }
        else if (literal !== '') {
            ctx.images.push({ image: literal, line: ins.line });
            addSite(ctx, 'syntax', image, false, ins.line);
        }
    }
}

;// CONCATENATED MODULE: ./src/core/dockerfile/scan.ts
// Finds every image reference in a Dockerfile with BuildKit's semantics: FROM images, COPY --from,
// RUN --mount=...,from=..., the same under ONBUILD, the defaults of global ARGs that FROM uses, and
// the frontend image BuildKit itself pulls (`# syntax=`, `ARG BUILDKIT_SYNTAX=`).
// The result is a list of exact source spans; rewriting them changes nothing else.









/** The keywords the scan acts on (their codes, 1 and up, fill a table of a byte per instruction). */
const SCANNED_KEYWORDS = ['from', 'arg', 'onbuild', 'copy', 'run'];
/** What the scan reads, for the lexer: RUN and COPY only with a flag (`--mount`, `--from`; see copyAndMountSources). */
const SCANNED = SCANNED_KEYWORDS.map((keyword) => ({
    keyword,
    flagged: keyword === 'run' || keyword === 'copy',
}));
/** Their lengths: a keyword of another length (WORKDIR, ENV, ...) is not lowercased to be looked up. */
const SCANNED_LENGTHS = new Set(SCANNED_KEYWORDS.map((k) => k.length));
/** The code of the keyword at text[start, end) in SCANNED_KEYWORDS (1 and up), 0 for any other. */
function keywordCode(text, start, end) {
    if (!SCANNED_LENGTHS.has(end - start))
        return 0;
    return SCANNED_KEYWORDS.indexOf(text.slice(start, end).toLowerCase()) + 1;
}
/** The code of FROM in SCANNED_KEYWORDS. */
const FROM = SCANNED_KEYWORDS.indexOf('from') + 1;
/** `ARG NAME[=default] ...` before the first FROM: global ARGs, declared in order (see scope.ts). */
function recordGlobalArgs(ctx, ins, from) {
    const words = splitWords(ins.text, from, ins.text.length, ctx.escape);
    for (let k = 0; k < words.length; k++) {
        const w = words[k];
        const raw = ins.text.slice(w.start, w.end);
        const eq = raw.indexOf('=');
        if (eq === -1) {
            declareGlobalArg(ctx.args, raw);
            continue;
        }
        const units = wordUnits(ctx, ins, { start: w.start + eq + 1, end: w.end });
        declareGlobalArg(ctx.args, raw.slice(0, eq), units);
    }
}
/** The words of a FROM after its flags: the image, then `AS name`. */
function fromWords(ins, rest, escape) {
    return splitWords(ins.text, leadingFlags(ins.text, rest).args, ins.text.length, escape);
}
function stageName(ins, args) {
    if (args.length === 3 && ins.text.slice(args[1].start, args[1].end).toLowerCase() === 'as') {
        return ins.text.slice(args[2].start, args[2].end).toLowerCase();
    }
    return undefined;
}
/** lineIndex, built on first use: a big file of plain words never needs it (their line is the instruction's). */
function lazyLineIndex(source) {
    let index;
    return (offset) => {
        index ??= (0,core_lines/* lineIndex */.Dp)(source);
        return index(offset);
    };
}
/** Scan a Dockerfile for image sites; never throws on odd input, it notes what it leaves alone. */
function scanDockerfile(source) {
    const { instructions, escape, syntax } = lexDockerfile(source, { only: SCANNED });
    const ctx = {
        source,
        lineAt: lazyLineIndex(source),
        escape,
        images: [],
        skipped: [],
        sites: new Map(),
        notes: [],
        args: emptyGlobalArgs(),
        stages: { earlier: new Set(), all: new Set() },
    };
    if (syntax)
        syntaxDirective(ctx, syntax);
    // Every stage name is known before the scan (COPY --from sees later stages). Keywords are read
    // once per instruction into two typed tables (an object or string each weighed on a big file).
    const keywords = new Uint8Array(instructions.length);
    const rests = new Uint32Array(instructions.length);
    for (let n = 0; n < instructions.length; n++) {
        const ins = instructions[n];
        const start = leadingSpace(ins.text, 0, ins.text.length);
        const end = keywordEnd(ins.text, start);
        keywords[n] = keywordCode(ins.text, start, end);
        rests[n] = end;
        if (keywords[n] !== FROM)
            continue;
        const stage = stageName(ins, fromWords(ins, end, escape));
        if (stage)
            ctx.stages.all.add(stage);
    }
    const stages = [];
    let seenFrom = false;
    for (let n = 0; n < instructions.length; n++) {
        const code = keywords[n];
        if (code === 0)
            continue;
        const ins = instructions[n];
        const keyword = SCANNED_KEYWORDS[code - 1];
        const rest = rests[n];
        if (keyword === 'arg')
            syntaxArg(ctx, ins, rest);
        if (keyword === 'arg' && !seenFrom)
            recordGlobalArgs(ctx, ins, rest);
        else if (keyword === 'from') {
            seenFrom = true;
            const from = fromWords(ins, rest, escape);
            const image = from[0];
            const stage = stageName(ins, from);
            if (!image)
                note(ctx, ins.line, 'FROM without an image');
            else
                imageWordAt(ctx, 'from', ins, image, 'from');
            if (stage) {
                ctx.stages.earlier.add(stage);
                stages.push(stage);
            }
        }
        else if (keyword === 'onbuild') {
            const inner = splitKeyword(ins.text, rest);
            copyAndMountSources(ctx, ins, inner.keyword, inner.rest);
        }
        else
            copyAndMountSources(ctx, ins, keyword, rest);
    }
    const sites = [...ctx.sites.values()].sort((a, b) => a.start - b.start);
    return { sites, images: ctx.images, skipped: ctx.skipped, notes: ctx.notes, stages };
}


/***/ }),

/***/ 3740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ rewriteDockerfile)
/* harmony export */ });
/* harmony import */ var _dockerfile_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7856);
/* harmony import */ var _edits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8813);
// Dockerfiles: the sites dockerfile/scan.ts finds become edits. Apart from rewrite.ts so that a
// caller that meets only Dockerfiles and lists loads no YAML code (the yaml library is ~110 KB).


function rewriteDockerfile(source, target) {
    const scan = (0,_dockerfile_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanDockerfile */ .Y)(source);
    const result = (0,_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .rewriteCandidates */ .l)(source, scan.sites, target);
    const notes = scan.notes.length === 0 ? result.notes : [...scan.notes, ...result.notes].sort(_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .byLine */ .uf);
    // Named fields, not a spread: a spread of a fresh object is a slow copy until the code is optimized.
    const { output, changes, errors } = result;
    return { output, changes, notes, errors, images: scan.images };
}


/***/ }),

/***/ 8813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ candidateImages),
/* harmony export */   dw: () => (/* binding */ isTemplated),
/* harmony export */   l: () => (/* binding */ rewriteCandidates),
/* harmony export */   uf: () => (/* binding */ byLine)
/* harmony export */ });
/* unused harmony export applyEdits */
/* harmony import */ var _image_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2514);
// Span edits: the spans of a text that hold image references become edits by the rules of a target,
// and the edits are spliced into the original text. Nothing else is re-serialized, so every other
// byte survives. Every file kind goes through here; this is the one place mapping meets text.

const byLine = (a, b) => a.line - b.line;
/** A value made for a template engine or a shell (`{{ }}`, `$`): not an image reference yet. */
function isTemplated(value) {
    return /\{\{|\$/.test(value);
}
/** Apply non-overlapping edits to a source text. */
function applyEdits(source, edits) {
    // Edits usually come in order (candidates are found front to back): then there is nothing to sort.
    const inOrder = edits.every((e, i) => i === 0 || edits[i - 1].start <= e.start);
    const sorted = inOrder ? edits : [...edits].sort((a, b) => a.start - b.start);
    // Pieces joined once: a string built by += over 200,000 edits is a tree flattened at the end.
    const parts = [];
    let at = 0;
    for (let k = 0; k < sorted.length; k++) {
        const e = sorted[k];
        if (e.start < at)
            throw new Error(`overlapping edits at offset ${e.start}`);
        parts.push(source.slice(at, e.start), e.text);
        at = e.end;
    }
    parts.push(source.slice(at));
    return parts.join('');
}
/** How many mappings a target keeps (a file of 200,000 distinct images must not keep them all). */
const MAPPED_KEPT = 4096;
/** Mappings by target, across files: a checkout names the same few images in file after file. */
const mappedByTarget = new WeakMap();
/** mapImage, remembered per target (it depends on nothing else); a big file keeps each text once. */
function mapped(target) {
    const cache = mappedByTarget.get(target) ?? new Map();
    mappedByTarget.set(target, cache);
    return (text) => {
        let m = cache.get(text);
        if (m === undefined) {
            if (cache.size >= MAPPED_KEPT)
                cache.clear();
            // A copy, not a slice: a slice would keep the whole text of the file it came from alive.
            const own = JSON.parse(JSON.stringify(text));
            m = { text: own, m: (0,_image_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .mapImage */ .oo)(own, target) };
            cache.set(own, m);
        }
        return m;
    };
}
/** Turn candidate spans into edits with the rules of `target`, and apply them. */
function rewriteCandidates(source, candidates, target) {
    const edits = [];
    const changes = [];
    const notes = [];
    const errors = [];
    const map = mapped(target);
    // An index loop: for-of allocates a step object per candidate until this code is optimized.
    for (let k = 0; k < candidates.length; k++) {
        const c = candidates[k];
        const { text, m } = map(source.slice(c.start, c.end));
        if (m.kind === 'invalid')
            errors.push({ line: c.line, message: m.error });
        else if (m.kind === 'unmapped')
            notes.push({ line: c.line, message: `${text}: ${m.reason}; left alone`, unmapped: true });
        else if (m.kind === 'mapped') {
            edits.push({ start: c.start, end: c.end, text: m.uri });
            changes.push({ line: c.line, from: text, to: m.uri });
        }
    }
    return { output: edits.length ? applyEdits(source, edits) : source, changes, notes, errors };
}
/** The images of candidate spans, as written: what a list or a YAML file makes a deployment pull. */
function candidateImages(source, candidates) {
    return candidates.map((c) => ({ image: source.slice(c.start, c.end), line: c.line }));
}


/***/ }),

/***/ 3530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ scanImageList),
/* harmony export */   w: () => (/* binding */ rewriteImageList)
/* harmony export */ });
/* harmony import */ var _edits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8813);
// Image lists: one reference per line; blank lines and `#` comments are kept.

/** The reference on each line of an image list, or why a line is not one. */
function scanImageList(source) {
    const candidates = [];
    const errors = [];
    const notes = [];
    let line = 0;
    for (let start = 0; start <= source.length;) {
        line++;
        let nl = source.indexOf('\n', start);
        if (nl === -1)
            nl = source.length;
        const m = /^[ \t]*([^\s#]\S*)?[ \t\r]*(#.*)?\r?$/.exec(source.slice(start, nl));
        if (!m) {
            errors.push({
                line,
                message: 'expected one image reference per line (a trailing `# comment` is allowed)',
            });
        }
        else if (m[1] !== undefined) {
            const tokenStart = start + source.slice(start, nl).indexOf(m[1]);
            if ((0,_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .isTemplated */ .dw)(m[1]))
                notes.push({ line, message: `${m[1]}: templated value; left alone` });
            else
                candidates.push({ start: tokenStart, end: tokenStart + m[1].length, line });
        }
        start = nl + 1;
    }
    return { candidates, errors, notes };
}
function rewriteImageList(source, target) {
    const scan = scanImageList(source);
    const result = (0,_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .rewriteCandidates */ .l)(source, scan.candidates, target);
    return {
        ...result,
        notes: [...scan.notes, ...result.notes].sort(_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .byLine */ .uf),
        errors: [...scan.errors, ...result.errors].sort(_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .byLine */ .uf),
        images: (0,_edits_js__WEBPACK_IMPORTED_MODULE_0__/* .candidateImages */ .SG)(source, scan.candidates),
    };
}


/***/ }),

/***/ 1800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discoverFiles: () => (/* binding */ discoverFiles),
/* harmony export */   discoverFound: () => (/* binding */ discoverFound),
/* harmony export */   discoverSources: () => (/* binding */ discoverSources),
/* harmony export */   isWorkflowPath: () => (/* binding */ isWorkflowPath),
/* harmony export */   originOf: () => (/* binding */ originOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3285);
// Finding the files to rewrite: paths named, directories walked, files chosen by name or by glob,
// and how the user reached each one (which decides the YAML documents that count).




const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** Whether directory entries are in name order (readdir gives them so on Linux: libuv sorts them). */
function inNameOrder(entries) {
    for (let i = 1; i < entries.length; i++)
        if (entries[i - 1].name > entries[i].name)
            return false;
    return true;
}
/**
 * Files under the given paths; directories are walked, default patterns or `include` matchers choose.
 * Paths that cannot be read or are neither regular files nor directories are collected, not thrown,
 * so one run names them all. A walk takes regular files only: a symbolic link is not followed, and
 * a device, FIFO or socket the names or globs choose is a problem (`not a regular file`), never
 * opened: a Dockerfile that cannot be rewritten is said, not silently left. Synchronous on
 * purpose: a batch over many small files is faster without a trip through the pool. `listings` holds the names seen in each walked directory where a
 * file was found (keyed by `dirname` of its paths), so a write there need not list it again.
 */
function discoverSources(paths, matchers = []) {
    // `rel` is the path relative to the walked directory, as path.relative would give it (built from
    // the names, not by resolving both paths); the default patterns need the name alone.
    const chosen = (rel, name) => matchers.length ? matchers.some((m) => m(rel)) : (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .kindOfFileName */ .hZ)(name) !== undefined;
    const files = new Map();
    const problems = [];
    const listings = new Map();
    for (const p of paths) {
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p);
        }
        catch (e) {
            const missing = e.code === 'ENOENT';
            problems.push({
                path: p,
                message: missing ? 'no such file or directory' : `cannot read (${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoText */ .iQ)(e)})`,
            });
            continue;
        }
        if (st.isFile()) {
            files.set(p, { path: p, chosen: true });
            continue;
        }
        if (!st.isDirectory()) {
            problems.push({
                path: p,
                message: `not a regular file or directory (${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .specialFileKind */ .QD)(st)}); not read`,
            });
            continue;
        }
        // `dir` is the path walked; `prefix`, its path relative to p with a trailing separator. Below p,
        // dir is a join() result (normalized, no trailing separator), so join(dir, name) is dir + sep + name.
        const walk = (dir, prefix) => {
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
            }
            catch (e) {
                problems.push({ path: dir, message: `cannot read (${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoText */ .iQ)(e)})` });
                return;
            }
            if (!inNameOrder(entries))
                entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            let foundHere;
            for (const e of entries) {
                const full = prefix ? dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep + e.name : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
                if (e.isDirectory()) {
                    if (!SKIP_DIRS.has(e.name))
                        walk(full, prefix + e.name + node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
                }
                else if (e.isFile()) {
                    if (!chosen(prefix + e.name, e.name) || files.has(full))
                        continue;
                    files.set(full, { path: full, chosen: matchers.length > 0 });
                    foundHere ??= full;
                }
                else if (!e.isSymbolicLink() && chosen(prefix + e.name, e.name)) {
                    const { path, reason } = new _files_js__WEBPACK_IMPORTED_MODULE_3__/* .NotRegularFileError */ .iZ(full, (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .specialFileKind */ .QD)(e));
                    problems.push({ path, message: `${reason}; not read` });
                }
            }
            if (foundHere === undefined)
                return;
            listings.set((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(foundHere), entries.map((e) => e.name));
        };
        walk(p, '');
    }
    return { files: [...files.values()], problems, listings };
}
/** Files under the given paths (see discoverSources); the first path that cannot be taken is an InputError. */
function discoverFound(paths, matchers = []) {
    const found = discoverSources(paths, matchers);
    const problem = found.problems[0];
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${problem.path}: ${problem.message}`);
    return found.files;
}
function discoverFiles(paths, matchers = []) {
    return discoverFound(paths, matchers).map((f) => f.path);
}
/** How the user reached a file, which decides the YAML documents that count (see core/rewrite/yaml.ts). */
function originOf(found) {
    return { chosen: found.chosen, workflow: isWorkflowPath(found.path) };
}
/** Whether a path lies in a GitHub Actions workflow directory. */
function isWorkflowPath(path) {
    return /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+$/.test((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
}


/***/ })

};
