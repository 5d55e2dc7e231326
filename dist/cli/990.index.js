export const id = 990;
export const ids = [990,800];
export const modules = {

/***/ 1317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ scanDockerfile)
});

// EXTERNAL MODULE: ./src/core/image/reference.ts
var reference = __webpack_require__(7600);
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
/**
 * Keyword of an instruction, lowercased, and where its arguments begin (split_command.go: white
 * space trimmed, then the keyword ends at an ASCII blank).
 */
function splitKeyword(text, from = 0, ws) {
    const start = ws ? ws.skip(text, from, text.length) : leadingSpace(text, from, text.length);
    const rest = keywordEnd(text, start);
    return { keyword: text.slice(start, rest).toLowerCase(), rest };
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
// set; FROM sees them all. Stages: FROM sees the stages declared before it; COPY --from sees any
// stage of the file, by name or by index; a mount's from= sees stages by name only.

/** What a word can see of the global ARGs: those declared before `order` (FROM sees them all). */
const ALL_ARGS = Number.POSITIVE_INFINITY;
function emptyGlobalArgs() {
    return { byName: new Map(), count: 0 };
}
/** Declare a global ARG, with its default as written (`units`) or without one. */
function declareGlobalArg(args, name, line, units) {
    const declarations = args.byName.get(name) ?? [];
    args.byName.set(name, declarations);
    // Declared again without a default: the earlier default stays.
    if (units === undefined && declarations.length > 0)
        return;
    const order = args.count++;
    if (units === undefined) {
        declarations.push({ name, line, order });
        return;
    }
    const value = expandWord(args, units, order);
    declarations.push({ name, line, units, order, ...(value !== undefined && { value }) });
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
    return stages.all.has(v) || (scope === 'copy' && isStageIndex(v));
}
const INT64_MAX = '9223372036854775807';
/**
 * What Go's strconv.Atoi takes as a number, which COPY --from then takes as a stage index (an
 * index out of range fails the build, so it is no image either): an optional sign and ASCII
 * digits, within int64. A longer number is a name, and so an image.
 */
function isStageIndex(v) {
    const m = /^([+-]?)0*(\d*)$/.exec(v);
    if (!m || !/\d/.test(v))
        return false;
    const digits = m[2];
    const limit = m[1] === '-' ? '9223372036854775808' : INT64_MAX;
    return digits.length < limit.length || (digits.length === limit.length && digits <= limit);
}

;// CONCATENATED MODULE: ./src/core/dockerfile/sites.ts
// Edit sites: the exact source spans that hold the literal text of an image word, so a rewrite can
// splice a new reference over that span and nothing else. A variable is followed to the global ARG
// defaults it sees; a word that cannot be rewritten in place is noted, with the reason.


function note(c, line, message) {
    c.notes.push({ line, message });
}
/** Record the span of literal units as a site, or note why it cannot be one. */
function addSite(c, kind, units, nameOnly, line, owner) {
    const range = contiguousRange(units);
    if (!range) {
        note(c, line, `image "${describeUnits(units)}" is split by quotes, escapes or a line break; left alone`);
        return;
    }
    addSpan(c, kind, range, nameOnly);
    if (owner)
        c.owners.set(range.start, owner);
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
/** `$X`, `${X}` and the forms that give X's value unchanged when X is set and not empty. */
function passesValue(op) {
    return op === '' || isDefaultOperator(op) || op === ':?' || op === '?';
}
/**
 * A word that is a variable then its tag or digest (`${X}:1.2`, `$X@sha256:...`): the variable is
 * the repository. What follows starts with `:` or `@` and has no `/` (after a `/`, the variable
 * was a registry host and the `:` its port).
 */
function isRepositoryThenSuffix(units) {
    if (units.length < 2 || units[0].t !== 'v')
        return false;
    const next = units[1];
    if (next.t !== 'c' || (next.ch !== ':' && next.ch !== '@'))
        return false;
    return !units.some((u) => u.t === 'c' && u.ch === '/');
}
/**
 * Record where the literal parts of an image word can be rewritten, or note why not. Variables
 * are followed to the global ARGs declared before `before`; `followed` keeps each ARG to one visit
 * (a default reached twice has the same sites, and chains of `${A:-$B}` would otherwise branch).
 * `owner` is the ARG whose default the word is.
 */
function imageSites(c, kind, units, line, scope, before, followed, owner) {
    const literal = literalText(units);
    if (literal !== undefined) {
        if (literal === '')
            note(c, line, 'empty image reference; left alone');
        else if (!isStageOrScratch(c.stages, literal, scope))
            addSite(c, kind, units, false, line, owner);
        return;
    }
    const first = units.findIndex((u) => u.t === 'v');
    const whole = units.length === 1;
    const v = units[0];
    if (whole || (isRepositoryThenSuffix(units) && passesValue(v.op))) {
        let found = false;
        // The word of ${X:-word} is the image when X is empty; of ${X:+word}, when X is set.
        if (whole && (isDefaultOperator(v.op) || isAlternateOperator(v.op)) && v.word) {
            imageSites(c, 'variable-default', v.word, line, scope, before, followed, owner);
            found = true;
        }
        // X's own value is the image (or its repository) unless the operator changes or replaces it.
        const arg = scope === 'from' && passesValue(v.op) ? visibleArg(c.args, v.name, before) : undefined;
        if (arg?.units && arg.units.length > 0) {
            if (!followed.has(arg)) {
                followed.add(arg);
                imageSites(c, 'arg-default', arg.units, line, scope, arg.order, followed, arg);
            }
            found = true;
        }
        if (!found) {
            const why = scope !== 'from'
                ? 'is set inside the stage'
                : passesValue(v.op) || isAlternateOperator(v.op)
                    ? 'has no default in a global ARG (one declared before the first FROM)'
                    : `is changed by ${v.op}`;
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
    addSite(c, kind, prefix.slice(0, end), true, line, owner);
}

;// CONCATENATED MODULE: ./src/core/dockerfile/arg-uses.ts
// Which global ARG defaults a rewrite may change. A default is rewritten only when every use of
// its ARG in a pull passes the value on unchanged, as the whole image reference or as its
// repository; a file is never made to pull a wrong image. Admitted, in a FROM image or in the
// default of another ARG used so:
//   - the whole word: `$X`, `${X}`, or `${X:-w}`, `${X-w}`, `${X:?m}`, `${X?m}` (X's value
//     unchanged whenever X is set and not empty);
//   - the repository part: one of those first, then `:` or `@` and no `/` after it:
//     `${X}:1.2`, `$X@sha256:...`, `${X}:${TAG}`.
// Any other use blocks it: a prefix (`registry.example.com/mirror/${X}`, `e:${X}`), other text
// after it (`${X}-slim`, `${X}:5000/app`), an operator that changes the value (`${X#*/}`,
// `${X/a/b}`), a pattern (`${Y#$X}`), a FROM flag (`--platform=$X`). `${X:+w}` uses only whether
// X is set, which a rewritten default keeps. Values flow through ARG defaults: an ARG whose value
// is changed passes that on to every ARG its default names.



/** The global ARGs whose defaults must stay as written, each with the first use that says so. */
function blockedArgs(args, uses) {
    const blocked = new Map();
    const seen = new Set();
    const visit = (units, plain, before, where) => {
        // As a whole (or a repository then its suffix), the word passes a variable's value on as it is.
        const passes = plain && (units.length === 1 || isRepositoryThenSuffix(units));
        for (let k = 0; k < units.length; k++) {
            const u = units[k];
            if (u.t === 'c')
                continue;
            const first = k === 0 && passes;
            if (!isAlternateOperator(u.op))
                reach(visibleArg(args, u.name, before), first && passesValue(u.op), where);
            if (!u.word)
                continue;
            // The word of ${X:-w} or ${X:+w} stands for the whole value; of ${X#w} and the like, a pattern.
            const stands = isDefaultOperator(u.op) || isAlternateOperator(u.op);
            visit(u.word, first && units.length === 1 && stands, before, where);
        }
    };
    const reach = (arg, plain, where) => {
        if (!arg)
            return;
        if (!plain && !blocked.has(arg))
            blocked.set(arg, where);
        const key = `${arg.order}:${plain}`;
        if (seen.has(key))
            return;
        seen.add(key);
        // Inside a default passed on as it is, a change is made by that default's own text; inside one
        // whose value is changed, everything is changed where that value is.
        const inside = plain ? { line: arg.line, word: describeUnits(arg.units ?? []) } : where;
        if (arg.units)
            visit(arg.units, plain, arg.order, inside);
    };
    for (const use of uses)
        visit(use.units, use.image, ALL_ARGS, { line: use.line, word: describeUnits(use.units) });
    return blocked;
}

;// CONCATENATED MODULE: ./src/core/dockerfile/arg-words.ts
// The words of an ARG instruction, as BuildKit's parser splits them (line_parsers.go parseWords,
// for parseNameOrNameVal): apart from words.ts because this split, unlike FROM's (an ASCII
// regular expression, reWhitespace), also takes white space past ASCII as a separator.

/**
 * Words as line_parsers.go parseWords splits the arguments of ARG: as splitWords does, and also at
 * white space past ASCII outside quotes (unicode.IsSpace: a no-break space between two words).
 */
function splitArgWords(text, from, to, escape, ws) {
    const out = [];
    for (const w of splitWords(text, from, to, escape)) {
        if (!/[\u0080-\uffff]/.test(text.slice(w.start, w.end))) {
            out.push(w);
            continue;
        }
        let start = w.start;
        let quote = '';
        for (let i = w.start; i < w.end;) {
            const c = text[i];
            const space = quote === '' && c.charCodeAt(0) >= 0x80 ? ws.at(text, i) : 0;
            if (space > 0) {
                if (i > start)
                    out.push({ start, end: i });
                i += space;
                start = i;
                continue;
            }
            if (c === escape && quote !== "'")
                i++;
            else if (quote === '' && (c === '"' || c === "'"))
                quote = c;
            else if (c === quote)
                quote = '';
            i++;
        }
        if (start < w.end)
            out.push({ start, end: w.end });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/dockerfile/directives.ts
// The parser directives at the very top of a Dockerfile (`# escape=`, `# syntax=`, `# check=`), as
// BuildKit reads them: the escape token the lexer splits lines with, and the frontend image BuildKit
// picks before it parses anything. Apart from the lexer because two of BuildKit's readers take this
// block, each its own way, and neither reads past it.
// BuildKit's DirectiveParser.ParseLine (directives.go): after the `#`, white space as
// unicode.IsSpace has it is cut (so a vertical tab or a no-break space too), then
// `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` with Go's \s ([\t\n\f\r ], no vertical tab) and Go's
// `.` (any character but \n: a CR too).
const DIRECTIVE_RE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/d;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/**
 * The leading block of parser directives: it ends at the first line that is not `# name=value`
 * with a known name, or that repeats one (a blank line, any other comment, an instruction).
 * Two readers differ: the Dockerfile parser (which takes `escape`) strips leading white space;
 * DetectSyntax (which picks the frontend image) does not, and skips a `#!` first line.
 */
function directiveBlock(text, lines, ws, reader) {
    const found = [];
    const seen = new Set();
    const shebang = reader === 'syntax' && lines.length > 0 && text.startsWith('#!', lines.at(0).start);
    for (let i = shebang ? 1 : 0; i < lines.length; i++) {
        const line = lines.at(i);
        const hash = reader === 'parser' ? ws.skip(text, line.start, line.end) : line.start;
        if (text.charCodeAt(hash) !== 35)
            break; // not `#`: the block has ended
        const from = ws.skip(text, hash + 1, line.end);
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
function parserDirectives(text, lines, ws) {
    const parsed = directiveBlock(text, lines, ws, 'parser');
    const escape = escapeToken(parsed);
    // The two readers differ only on a `#!` first line or a directive line that starts with white space.
    const same = lines.length > 0 &&
        !text.startsWith('#!', lines.start(0)) &&
        parsed.every((d) => ws.at(text, lines.start(d.line - 1)) === 0);
    const syntax = (same ? parsed : directiveBlock(text, lines, ws, 'syntax')).find((d) => d.name === 'syntax');
    return { escape, syntax };
}

;// CONCATENATED MODULE: ./src/core/dockerfile/white-space.ts
// White space as Go's unicode.IsSpace sees it, which BuildKit's parser uses to trim a line's start
// (parser.go trimLeadingWhitespace), a whole instruction (split_command.go strings.TrimSpace), the
// text after a directive's `#` (directives.go) and the heredoc word split (shell/lex.go addChar):
// ASCII tab to carriage return and space, and U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028,
// U+2029, U+202F, U+205F, U+3000. Go reads the file's bytes as UTF-8.
//
// A text reaches the scan in one of two forms: read as latin1, one character per byte (the CLI and
// the action, so any encoding survives), or as decoded characters (a library caller). A text whose
// characters are all below U+0100 and whose bytes are valid UTF-8 is taken as bytes (`\xC2\xA0` is
// one no-break space); any other text as characters. Decided on first need: an ASCII text never is.

/** The non-ASCII white space characters of unicode.IsSpace. */
const isUnicodeSpace = (c) => c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000;
/** Length of the UTF-8 sequence at i of a text held as bytes (one per character), 0 if invalid. */
function utf8Length(s, i) {
    const b = s.charCodeAt(i);
    if (b < 0x80)
        return 1;
    const cont = (k, lo = 0x80, hi = 0xbf) => {
        const c = s.charCodeAt(i + k);
        return c >= lo && c <= hi;
    };
    if (b >= 0xc2 && b <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b >= 0xe0 && b <= 0xef) {
        const lo = b === 0xe0 ? 0xa0 : 0x80;
        const hi = b === 0xed ? 0x9f : 0xbf;
        return cont(1, lo, hi) && cont(2) ? 3 : 0;
    }
    if (b >= 0xf0 && b <= 0xf4) {
        const lo = b === 0xf0 ? 0x90 : 0x80;
        const hi = b === 0xf4 ? 0x8f : 0xbf;
        return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}
/** The code point of the UTF-8 sequence of length n at i (a valid one). */
function utf8CodePoint(s, i, n) {
    const b = s.charCodeAt(i);
    if (n === 1)
        return b;
    let cp = b & (0xff >> (n + 1));
    for (let k = 1; k < n; k++)
        cp = (cp << 6) | (s.charCodeAt(i + k) & 0x3f);
    return cp;
}
function readingOf(text) {
    const nonAscii = /[\u0080-\uffff]/g;
    for (let m = nonAscii.exec(text); m !== null; m = nonAscii.exec(text)) {
        if (text.charCodeAt(m.index) > 0xff)
            return 'chars';
        const n = utf8Length(text, m.index);
        if (n === 0)
            return 'chars';
        nonAscii.lastIndex = m.index + n;
    }
    return 'bytes';
}
/** unicode.IsSpace over the strings cut from one Dockerfile's text (read the way that text is). */
class WhiteSpace {
    source;
    reading;
    constructor(source) {
        this.source = source;
    }
    /** Whether characters of this text are UTF-8 bytes (one per character). */
    get bytes() {
        this.reading ??= readingOf(this.source);
        return this.reading === 'bytes';
    }
    /** Length of the white space character at i of s (a piece of the source), 0 if there is none. */
    at(s, i) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            return isSpaceCode(c) ? 1 : 0; // NaN past the end: 0
        if (!this.bytes)
            return isUnicodeSpace(c) ? 1 : 0;
        const n = utf8Length(s, i);
        return n > 1 && isUnicodeSpace(utf8CodePoint(s, i, n)) ? n : 0;
    }
    /** The first index in [from, to) that is not white space, or `to`. */
    skip(s, from, to) {
        let i = from;
        while (i < to) {
            const n = this.at(s, i);
            if (n === 0)
                break;
            i += n;
        }
        return Math.min(i, to);
    }
    /** The end of s[from, to) without its trailing white space. */
    trimEnd(s, from, to) {
        let j = to;
        while (j > from) {
            if (isSpaceCode(s.charCodeAt(j - 1)))
                j--;
            else if (s.charCodeAt(j - 1) < 0x80)
                break;
            else if (!this.bytes) {
                if (!isUnicodeSpace(s.charCodeAt(j - 1)))
                    break;
                j--;
            }
            else if (j - 2 >= from && this.at(s, j - 2) === 2)
                j -= 2;
            else if (j - 3 >= from && this.at(s, j - 3) === 3)
                j -= 3;
            else
                break;
        }
        return j;
    }
}

;// CONCATENATED MODULE: ./src/core/dockerfile/shell-words.ts
// The words BuildKit's shell lexer (frontend/dockerfile/shell/lex.go, processStopOn and the
// functions it calls) splits a text into, with no variable set and SkipUnsetEnv: the reading the
// parser gives a heredoc line (parser.go heredocsFromLine: RawQuotes and RawEscapes, escape `\`
// whatever the file's `# escape=`) and a heredoc word (heredocFromMatch). Written from that code
// because the heredoc rule depends on its quirks: `<<` takes the spaces, tabs and CRs after it into
// its word (processPossibleHeredoc), and a lexing error means no heredoc on the line.

/** A lexing error (an unclosed quote, `${`, a bad substitution): BuildKit's lexer returns no words. */
class LexError extends Error {
}
/** How deep `${...}` may nest before the text is taken as unreadable (Go's stack has no such limit). */
const MAX_DEPTH = 500;
/** unicode.IsDigit and unicode.IsLetter. */
const isDigit = (cp) => (cp < 0x80 ? cp >= 48 && cp <= 57 : /\p{Nd}/u.test(String.fromCodePoint(cp)));
const isLetter = (cp) => cp < 0x80 ? (cp | 32) >= 97 && (cp | 32) <= 122 : /\p{L}/u.test(String.fromCodePoint(cp));
/** wordsStruct: a word ends at white space, unless it is empty and was started by a raw string. */
class Words {
    buf = '';
    inWord = false;
    words = [];
    addChar(ch, space) {
        if (space && this.inWord) {
            if (this.buf !== '') {
                this.words.push(this.buf);
                this.buf = '';
                this.inWord = false;
            }
        }
        else if (!space)
            this.addRaw(ch);
    }
    addRaw(s) {
        this.buf += s;
        this.inWord = true;
    }
    end() {
        if (this.buf !== '')
            this.words.push(this.buf);
        return this.words;
    }
}
class Lexer {
    s;
    mode;
    ws;
    i = 0;
    depth = 0;
    constructor(s, mode, ws) {
        this.s = s;
        this.mode = mode;
        this.ws = ws;
    }
    run() {
        // text/scanner skips a byte-order mark at the very start.
        const bom = this.ws.bytes ? '\xEF\xBB\xBF' : '\uFEFF';
        if (this.s.startsWith(bom))
            this.i = bom.length;
        return this.stopOn(undefined, this.mode.rawEscapes).words;
    }
    /** One character as Go's text/scanner gives it: a whole UTF-8 sequence, or a surrogate pair. */
    charLength(s, i) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            return 1;
        if (this.ws.bytes)
            return Math.max(1, utf8Length(s, i));
        const low = s.charCodeAt(i + 1);
        return c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    }
    /** Add a string to the words, character by character (addString: what `$` gives is split). */
    addString(words, s) {
        for (let k = 0; k < s.length;) {
            const space = this.ws.at(s, k);
            const n = space || this.charLength(s, k);
            words.addChar(s.slice(k, k + n), space > 0);
            k += n;
        }
    }
    /** processStopOn: up to `stop` (consumed), or to the end when stop is undefined. */
    stopOn(stop, rawEscapes) {
        if (++this.depth > MAX_DEPTH)
            throw new LexError('nested too deep');
        const { s } = this;
        const words = new Words();
        let result = '';
        while (this.i < s.length) {
            const ch = s[this.i];
            if (stop !== undefined && ch === stop) {
                this.i++;
                this.depth--;
                return { result, words: words.end() };
            }
            let tmp;
            if (ch === '$') {
                tmp = this.dollar();
                this.addString(words, tmp);
            }
            else if (ch === '<')
                tmp = this.possibleHeredoc();
            else if (ch === "'")
                tmp = this.singleQuote();
            else if (ch === '"')
                tmp = this.doubleQuote(rawEscapes);
            if (tmp !== undefined) {
                if (ch !== '$')
                    words.addRaw(tmp);
                result += tmp;
                continue;
            }
            if (ch === '\\') {
                this.i++;
                if (rawEscapes) {
                    words.addRaw(ch);
                    result += ch;
                }
                if (this.i >= s.length)
                    break;
                const n = this.charLength(s, this.i);
                const next = s.slice(this.i, this.i + n);
                this.i += n;
                words.addRaw(next);
                result += next;
                continue;
            }
            const space = this.ws.at(s, this.i);
            const n = space || this.charLength(s, this.i);
            const c = s.slice(this.i, this.i + n);
            this.i += n;
            words.addChar(c, space > 0);
            result += c;
        }
        if (stop !== undefined)
            throw new LexError(`no ${stop}`);
        this.depth--;
        return { result, words: words.end() };
    }
    singleQuote() {
        const q = this.mode.rawQuotes ? "'" : '';
        const end = this.s.indexOf("'", this.i + 1);
        if (end === -1)
            throw new LexError("no closing '");
        const body = this.s.slice(this.i + 1, end);
        this.i = end + 1;
        return q + body + q;
    }
    doubleQuote(rawEscapes) {
        const { s } = this;
        let result = this.mode.rawQuotes ? '"' : '';
        this.i++;
        for (;;) {
            if (this.i >= s.length)
                throw new LexError('no closing "');
            const ch = s[this.i];
            if (ch === '"') {
                this.i++;
                return this.mode.rawQuotes ? `${result}"` : result;
            }
            if (ch === '$') {
                result += this.dollar();
                continue;
            }
            this.i++;
            if (ch === '\\') {
                if (rawEscapes)
                    result += ch;
                if (this.i >= s.length)
                    continue; // the loop then fails on the missing quote
                const next = s[this.i];
                if (next === '"' || next === '$' || next === '\\') {
                    this.i++;
                    result += next;
                }
                else
                    result += ch;
                continue;
            }
            result += ch;
        }
    }
    /** processDollar with no variable set and SkipUnsetEnv: the text as written, or an error. */
    dollar() {
        const { s } = this;
        this.i++;
        if (s[this.i] !== '{')
            return `$${this.name()}`;
        this.i++;
        const first = s[this.i];
        if (first === undefined)
            throw new LexError("missing '}'");
        if (first === '{' || first === '}' || first === ':')
            throw new LexError('bad substitution');
        const name = this.name();
        const ch = s[this.i++];
        if (ch === '}')
            return `\${${name}}`;
        if (ch === ':' || ch === '+' || ch === '-' || ch === '?' || ch === '#' || ch === '%') {
            let op = ch;
            let modifier = ch;
            if (ch === ':') {
                modifier = s[this.i++];
                op += modifier ?? '\uFFFD';
            }
            const raw = modifier === '#' || modifier === '%';
            if (ch === ':' && raw)
                throw new LexError('unsupported modifier');
            const word = this.stopOn('}', raw).result;
            return `\${${name}${op}${word}}`;
        }
        if (ch === '/') {
            if (s[this.i] === '/')
                this.i++;
            const pattern = this.stopOn('/', true).result;
            const replacement = this.stopOn('}', true).result;
            return `\${${name}/${pattern}/${replacement}}`;
        }
        throw new LexError('unsupported modifier');
    }
    /** processName: digits, one special parameter, or letters, digits and `_` (Unicode classes). */
    name() {
        const { s } = this;
        const start = this.i;
        while (this.i < s.length) {
            const n = this.charLength(s, this.i);
            const cp = this.codePoint(this.i, n);
            if (this.i === start && isDigit(cp)) {
                while (this.i < s.length && isDigit(this.codePoint(this.i, this.charLength(s, this.i))))
                    this.i += this.charLength(s, this.i);
                break;
            }
            if (this.i === start && '@*#?-$!0'.includes(s[this.i])) {
                this.i++;
                break;
            }
            if (!isLetter(cp) && !isDigit(cp) && s[this.i] !== '_')
                break;
            this.i += n;
        }
        return s.slice(start, this.i);
    }
    codePoint(i, n) {
        if (this.ws.bytes)
            return utf8CodePoint(this.s, i, n);
        return this.s.codePointAt(i) ?? 0;
    }
    /** processPossibleHeredoc: `<<` and the tabs, CRs and spaces after it, kept in one word. */
    possibleHeredoc() {
        const { s } = this;
        this.i++;
        if (s[this.i] !== '<')
            return '<';
        this.i++;
        const start = this.i;
        while (s[this.i] === ' ' || s[this.i] === '\t' || s[this.i] === '\r')
            this.i++;
        return `<<${s.slice(start, this.i)}`;
    }
}
/** The words of a text as BuildKit's lexer gives them, or undefined where it fails. */
function shellWords(text, mode, ws) {
    try {
        return new Lexer(text, mode, ws).run();
    }
    catch (e) {
        if (e instanceof LexError)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/core/dockerfile/heredoc.ts
// Heredocs (`RUN <<EOF` ... `EOF`), as BuildKit's parser finds them (parser.go Parse, after each
// instruction): the names an instruction line opens, and the body lines after it, which are data
// and never instructions. Apart from the lexer because the rule is the shell's word reading
// (shell-words.ts), not line splitting.



/** parser.go reHeredoc `^(\d*)<<(-?)\s*([^<]*)$`, with Go's `\s` (no vertical tab). */
const HEREDOC_WORD_RE = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;
/** parser.go heredocDirectives; ONBUILD (heredocCompoundDirectives) looks at its trigger. */
const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add']);
/** Instructions that can open a heredoc (its body is data, not instructions). */
const HEREDOC_HOSTS = [...HEREDOC_INSTRUCTIONS, 'onbuild'];
/**
 * Heredocs opened on an instruction line, as written (its physical lines joined): Node
 * canContainHeredoc (RUN, COPY, ADD, also under ONBUILD; not the JSON form), then
 * heredocsFromLine and heredocFromMatch on each word.
 */
function heredocNames(line, ws) {
    if (!line.includes('<<'))
        return [];
    let { keyword, rest } = splitKeyword(line, 0, ws);
    if (keyword === 'onbuild')
        ({ keyword, rest } = splitKeyword(line, leadingFlags(line, rest).args, ws));
    if (!HEREDOC_INSTRUCTIONS.has(keyword))
        return [];
    if (isJsonForm(line.slice(leadingFlags(line, rest).args), ws))
        return [];
    const words = shellWords(line, { rawQuotes: true, rawEscapes: true }, ws) ?? [];
    const docs = [];
    for (const word of words) {
        const doc = heredocWord(word, ws);
        if (doc)
            docs.push(doc);
    }
    return docs;
}
/** heredocFromMatch: a word `<<NAME` whose name reads as exactly one word. */
function heredocWord(word, ws) {
    const m = HEREDOC_WORD_RE.exec(word);
    const rest = m?.[3];
    if (!rest)
        return undefined;
    const name = shellWords(rest, { rawQuotes: false, rawEscapes: false }, ws);
    // A name that fails to lex fails the whole parse in BuildKit: nothing is built, nothing to find.
    if (name?.length !== 1)
        return undefined;
    if (shellWords(rest, { rawQuotes: true, rawEscapes: false }, ws)?.length !== 1)
        return undefined;
    return { name: name[0], chomp: m[2] === '-' };
}
/**
 * The physical line after the bodies of the heredocs an instruction opens (`line`, its physical
 * lines joined), the first of them at line i: each body runs to the line that is its name
 * (trimNewline, and with `<<-` its leading tabs stripped).
 */
function skipHeredocBodies(text, lines, i, line, ws) {
    const docs = heredocNames(line, ws);
    for (let k = 0; k < docs.length; k++) {
        const doc = docs[k];
        while (i < lines.length) {
            const body = lines.at(i);
            i++;
            let from = body.start;
            if (doc.chomp)
                while (from < body.end && text.charCodeAt(from) === 9)
                    from++;
            if (body.end - from === doc.name.length && text.startsWith(doc.name, from))
                break;
        }
    }
    return i;
}
/** `["a", "b"]`: the exec form, which has no heredocs (line_parsers.go parseJSON). */
function isJsonForm(args, ws) {
    const start = ws.skip(args, 0, args.length);
    if (args[start] !== '[')
        return false;
    try {
        const v = JSON.parse(args.slice(start, ws.trimEnd(args, start, args.length)));
        return Array.isArray(v) && v.every((x) => typeof x === 'string');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/dockerfile/physical-lines.ts
// The physical lines of a Dockerfile (split at `\n`, every `\r` before it left out, as BuildKit's
// trimNewline does: parser.go `bytes.TrimRight(src, "\r\n")`), as the lexer and the parser directives
// read them before any line is joined to the next. Kept as two tables of offsets: an object per line
// weighed on a big file.
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
            let end = nl;
            while (end > start && text.charCodeAt(end - 1) === 13)
                end--;
            this.ends.push(end);
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
// data (heredoc.ts), CR and CRLF line ends, a BOM, Unicode white space where the parser trims it
// (white-space.ts), with the escape token the parser directives set (directives.ts). Each
// instruction keeps, for every character of its joined text, the source offset it came from.






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
/** parser.go isComment and isEmptyContinuationLine: after leading white space, `#` or nothing. */
const isCommentLine = (text, line, ws) => text[ws.skip(text, line.start, line.end)] === '#';
const isBlankLine = (text, line, ws) => ws.skip(text, line.start, line.end) === line.end;
/**
 * White space a line may start with, for the native search: ASCII and every Unicode space, as a
 * character or as UTF-8 bytes read one per character (a superset of what either reading takes).
 */
const LEADING_SPACE = '(?:[ \\t\\v\\f\\r\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]' +
    '|\\xc2[\\x85\\xa0]|\\xe1\\x9a\\x80|\\xe2\\x80[\\x80-\\x8a\\xa8\\xa9\\xaf]|\\xe2\\x81\\x9f|\\xe3\\x80\\x80)*';
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
        re = new RegExp(`\\n(?=${LEADING_SPACE}(?:${starts.join('|')}))|${e}(?=[ \\t]*\\r*(?:\\n|$))`, 'gi');
        byEscape.set(escape, re);
    }
    return re;
}
function lexDockerfile(text, options = {}) {
    const lines = new PhysicalLines(text, (0,core_lines/* bomLength */.L1)(text));
    const ws = new WhiteSpace(text);
    const { escape, syntax } = parserDirectives(text, lines, ws);
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
        // parser.go processLine: leading white space (unicode.IsSpace) stripped.
        let begin = lineStart;
        let c = text.charCodeAt(begin);
        while (begin < lineEnd && isSpaceCode(c))
            c = text.charCodeAt(++begin);
        if (c >= 0x80 && begin < lineEnd) {
            begin = ws.skip(text, begin, lineEnd);
            c = text.charCodeAt(begin);
        }
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
            const tail = text.charCodeAt(lineEnd - 1);
            const end = isSpaceCode(tail) || tail >= 0x80 ? ws.trimEnd(text, begin, lineEnd) : lineEnd;
            const instruction = { text: text.slice(begin, end), line: lineNo, start: begin };
            instructions.push(instruction);
            if (instruction.text.includes('<<'))
                i = skipHeredocBodies(text, lines, i, text.slice(begin, lineEnd), ws);
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
            if (isCommentLine(text, line, ws) || isBlankLine(text, line, ws))
                continue;
            cut = continuationCut(text, line.start, line.end, escape);
            append(line.start, cut ?? line.end);
        }
        const instruction = trimmed(joined, pieces, lineNo, ws);
        if (!instruction)
            continue;
        instructions.push(instruction);
        if (joined.includes('<<'))
            i = skipHeredocBodies(text, lines, i, joined, ws);
    }
    return { instructions, escape, ws, ...(syntax && { syntax }) };
}
/** A joined line without white space at either end (undefined when nothing is left), its pieces moved. */
function trimmed(joined, pieces, line, ws) {
    const from = ws.skip(joined, 0, joined.length);
    const to = ws.trimEnd(joined, from, joined.length);
    if (from === to)
        return undefined;
    // The last piece that starts at or before `from` holds the first character.
    let k = 0;
    while (k + 2 < pieces.length && pieces[k + 2] <= from)
        k += 2;
    const moved = [0, pieces[k + 1] + from - pieces[k]];
    for (let j = k + 2; j < pieces.length && pieces[j] < to; j += 2)
        moved.push(pieces[j] - from, pieces[j + 1]);
    return {
        text: joined.slice(from, to),
        line,
        start: moved[1],
        ...(moved.length > 2 && { pieces: moved }),
    };
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
            imageWordAt(ctx, 'copy-from', ins, flag.value, 'copy');
        }
        else if (keyword === 'run' && flag.name === 'mount' && mayNameSource(ins, flag.value, ctx.escape)) {
            mountSource(ctx, ins, flag.value);
        }
    }
}
/** A `from` key anywhere: a plain word without one has no from= field and needs no units. */
const FROM_KEY = /from/i;
/**
 * Whether a mount's CSV can have a `from=` field: a plain word (no quote, escape or `$`) without
 * one cannot (most mounts are caches and secrets).
 */
function mayNameSource(ins, value, escape) {
    if (!isPlainWord(ins.text, value.start, value.end, escape))
        return true;
    return FROM_KEY.test(ins.text.slice(value.start, value.end));
}
const isChar = (u, ch) => u?.t === 'c' && u.ch === ch;
/**
 * The fields of a mount's CSV, as go-csvvalue (csvvalue.go Fields, which commands_runmount.go
 * parseMount calls) splits the flag's value: at commas; a field that starts with `"` is quoted,
 * runs to the next `"` not doubled, and must end there; a `"` anywhere else is an error, and
 * BuildKit then fails the build (undefined). Each field is its units, quotes removed.
 */
function csvFields(units) {
    const fields = [];
    let i = 0;
    for (;;) {
        const field = [];
        fields.push(field);
        if (!isChar(units[i], '"')) {
            while (i < units.length && !isChar(units[i], ',')) {
                if (isChar(units[i], '"'))
                    return undefined;
                field.push(units[i++]);
            }
        }
        else {
            i++;
            for (;;) {
                if (i >= units.length)
                    return undefined; // no closing quote
                if (!isChar(units[i], '"')) {
                    field.push(units[i++]);
                    continue;
                }
                i++;
                if (isChar(units[i], '"'))
                    field.push(units[i++]); // `""`: one quote
                else if (i < units.length && !isChar(units[i], ','))
                    return undefined;
                else
                    break;
            }
        }
        if (i >= units.length)
            return fields;
        i++; // the comma
    }
}
function mountSource(ctx, ins, value) {
    // The flag value is one shell word; its unquoted characters are the CSV text.
    const fields = csvFields(wordUnits(ctx, ins, value));
    if (!fields) {
        note(ctx, ins.line, 'a --mount value BuildKit cannot read as CSV (a stray quote); left alone');
        return;
    }
    for (const f of fields) {
        // parseMount: the key is what comes before the first `=`, lowercased and not trimmed.
        const eq = f.findIndex((u) => isChar(u, '='));
        if (eq === -1 || literalText(f.slice(0, eq))?.toLowerCase() !== 'from')
            continue;
        imageWord(ctx, 'mount-from', f.slice(eq + 1), ins.line, 'mount');
    }
}

;// CONCATENATED MODULE: ./src/core/dockerfile/frontend.ts
// The frontend image BuildKit itself pulls before it reads the file: `# syntax=IMAGE`. Apart from
// scan.ts because it is no image the build's steps use: BuildKit's own rule, read from a directive.
// (`--build-arg BUILDKIT_SYNTAX=IMAGE` overrides it; an `ARG BUILDKIT_SYNTAX=` default in the file
// does not: builder/build.go reads the name from the build's options only.)
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

;// CONCATENATED MODULE: ./src/core/dockerfile/scan.ts
// Finds every image reference in a Dockerfile with BuildKit's semantics: FROM images, COPY --from,
// RUN --mount=...,from=..., the same under ONBUILD, the defaults of global ARGs that FROM uses
// (where every use allows it: arg-uses.ts), and the frontend image BuildKit itself pulls
// (`# syntax=`; a `BUILDKIT_SYNTAX` ARG default is not one: BuildKit reads that name only from
// --build-arg, builder/build.go). The result is a list of exact source spans; rewriting them
// changes nothing else.












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
    const words = splitArgWords(ins.text, from, ins.text.length, ctx.escape, ctx.ws);
    for (let k = 0; k < words.length; k++) {
        const w = words[k];
        const raw = ins.text.slice(w.start, w.end);
        const eq = raw.indexOf('=');
        if (eq === -1) {
            declareGlobalArg(ctx.args, raw, ins.line);
            continue;
        }
        const units = wordUnits(ctx, ins, { start: w.start + eq + 1, end: w.end });
        declareGlobalArg(ctx.args, raw.slice(0, eq), ctx.lineAt(sourceOffset(ins, w.start)), units);
    }
}
/**
 * The words of a FROM after its flags and any white space (split_command.go trims the arguments):
 * the image, then `AS name`.
 */
function fromWords(ins, rest, escape, ws) {
    const args = ws.skip(ins.text, leadingFlags(ins.text, rest).args, ins.text.length);
    return splitWords(ins.text, args, ins.text.length, escape);
}
/** The words of a FROM that may name global ARGs (its image, its flags), for arg-uses.ts. */
function fromArgUses(ctx, ins, rest, image) {
    const uses = [];
    const add = (w, isImage) => {
        if (!isPlainWord(ins.text, w.start, w.end, ctx.escape))
            uses.push({ units: wordUnits(ctx, ins, w), line: ins.line, image: isImage });
    };
    for (const flag of leadingFlags(ins.text, rest).flags)
        if (flag.value)
            add(flag.value, false);
    if (image)
        add(image, true);
    return uses;
}
/** Drop the sites in ARG defaults that a use elsewhere changes (arg-uses.ts), with a note each. */
function keepUnchangedArgs(ctx, uses) {
    if (ctx.owners.size === 0)
        return;
    const blocked = blockedArgs(ctx.args, uses);
    for (const [start, arg] of ctx.owners) {
        const by = blocked.get(arg);
        const site = ctx.sites.get(start);
        if (!by || !site)
            continue;
        ctx.sites.delete(start);
        note(ctx, site.line, `${site.text}: the default of ARG ${arg.name} left alone, since line ${by.line} uses its value ` +
            `other than as a whole image or its repository (${by.word})`);
    }
}
/**
 * The images of an ONBUILD trigger (sites and images added since `known`) are pulled by a later
 * build, not this one: an invalid one is a note, not an error, and nothing to warm.
 */
function checkTrigger(ctx, known) {
    const invalid = (text) => {
        try {
            (0,reference/* parseImageRef */.Q)(text);
            return undefined;
        }
        catch (e) {
            if (e instanceof reference/* InvalidReferenceError */.x_)
                return e.message;
            throw e;
        }
    };
    let n = 0;
    for (const [start, site] of ctx.sites) {
        if (n++ < known.sites)
            continue;
        const why = invalid(site.text);
        if (why === undefined)
            continue;
        ctx.sites.delete(start);
        note(ctx, site.line, `${why}; in an ONBUILD trigger (this build pulls nothing there), left alone`);
    }
    const added = ctx.images.splice(known.images);
    ctx.images.push(...added.filter((i) => invalid(i.image) === undefined));
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
    const { instructions, escape, syntax, ws } = lexDockerfile(source, { only: SCANNED });
    const ctx = {
        source,
        lineAt: lazyLineIndex(source),
        escape,
        ws,
        images: [],
        skipped: [],
        sites: new Map(),
        notes: [],
        args: emptyGlobalArgs(),
        stages: { earlier: new Set(), all: new Set() },
        owners: new Map(),
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
        const stage = stageName(ins, fromWords(ins, end, escape, ws));
        if (stage)
            ctx.stages.all.add(stage);
    }
    const stages = [];
    const argUses = [];
    let seenFrom = false;
    for (let n = 0; n < instructions.length; n++) {
        const code = keywords[n];
        if (code === 0)
            continue;
        const ins = instructions[n];
        const keyword = SCANNED_KEYWORDS[code - 1];
        const rest = rests[n];
        if (keyword === 'arg' && !seenFrom)
            recordGlobalArgs(ctx, ins, rest);
        else if (keyword === 'from') {
            seenFrom = true;
            const from = fromWords(ins, rest, escape, ws);
            const image = from[0];
            const stage = stageName(ins, from);
            if (!image)
                note(ctx, ins.line, 'FROM without an image');
            else
                imageWordAt(ctx, 'from', ins, image, 'from');
            if (ctx.args.count > 0)
                argUses.push(...fromArgUses(ctx, ins, rest, image));
            if (stage) {
                ctx.stages.earlier.add(stage);
                stages.push(stage);
            }
        }
        else if (keyword === 'onbuild') {
            // parseSubCommand: the trigger after ONBUILD's own flags and any white space.
            const inner = splitKeyword(ins.text, leadingFlags(ins.text, rest).args, ws);
            const known = { sites: ctx.sites.size, images: ctx.images.length };
            copyAndMountSources(ctx, ins, inner.keyword, inner.rest);
            if (ctx.images.length > known.images)
                checkTrigger(ctx, known);
        }
        else
            copyAndMountSources(ctx, ins, keyword, rest);
    }
    keepUnchangedArgs(ctx, argUses);
    const sites = [...ctx.sites.values()].sort((a, b) => a.start - b.start);
    return { sites, images: ctx.images, skipped: ctx.skipped, notes: ctx.notes, stages };
}


/***/ }),

/***/ 3740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ rewriteDockerfile)
/* harmony export */ });
/* harmony import */ var _dockerfile_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1317);
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
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4301);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3285);
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
    const chosen = (rel, name) => matchers.length ? matchers.some((m) => m(rel)) : (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOfFileName */ .hZ)(name) !== undefined;
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
                message: missing ? 'no such file or directory' : `cannot read (${(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoText */ .iQ)(e)})`,
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
                message: `not a regular file or directory (${(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .specialFileKind */ .QD)(st)}); not read`,
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
                problems.push({ path: dir, message: `cannot read (${(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoText */ .iQ)(e)})` });
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
                    const { path, reason } = new _files_js__WEBPACK_IMPORTED_MODULE_4__/* .NotRegularFileError */ .iZ(full, (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .specialFileKind */ .QD)(e));
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(problem.path)}: ${problem.message}`);
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
