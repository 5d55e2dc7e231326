export const id = 708;
export const ids = [708];
export const modules = {

/***/ 4708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WALKED_DOCUMENT_LIMIT: () => (/* binding */ WALKED_DOCUMENT_LIMIT),
  isManifestRoot: () => (/* binding */ isManifestRoot),
  rewriteYaml: () => (/* binding */ rewriteYaml),
  scanYaml: () => (/* binding */ scanYaml)
});

// EXTERNAL MODULE: ./src/core/lines.ts
var lines = __webpack_require__(9532);
// EXTERNAL MODULE: ./src/core/rewrite/edits.ts
var edits = __webpack_require__(8813);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/rewrite/yaml-library.ts
// YAML read by the yaml library: the reference reading, and the reader of every text outside the
// subset yaml-subset.ts takes. Documents are read one at a time (lexer, parser and composer as a
// stream), so what is held is one document's tree, never the file's; a caller that must bound its
// memory gives a size past which a document is not read at all.

/** A line that starts with `---` or `...` alone: the end of a document, in any scalar or collection. */
const DOCUMENT_MARKER = /\n(?:---|\.\.\.)(?=[ \t\r\n]|$)/g;
/**
 * The parser's tokens, fed one lexeme at a time (what Parser#parse does) so that a document that
 * runs past `limit` characters is given up before its syntax tree grows with it (the tree costs
 * about 100 times the text). Reading goes on at the next line that starts with `---` or `...`:
 * YAML allows no such line inside a document, and the library's lexer ends one there too.
 * `skipped` gets where each document given up starts.
 */
function* tokens(source, limit, skipped) {
    let from = 0;
    for (;;) {
        const parser = new dist/* Parser */.iX();
        parser.offset = from;
        let start = from;
        let tooBig = false;
        for (const lexeme of new dist/* Lexer */.JG().lex(from === 0 ? source : source.slice(from))) {
            for (const token of parser.next(lexeme)) {
                yield token;
                start = parser.offset;
            }
            if (parser.offset - start > limit) {
                tooBig = true;
                break;
            }
        }
        if (!tooBig)
            return yield* parser.end();
        skipped.push(start);
        DOCUMENT_MARKER.lastIndex = parser.offset - 1;
        const end = DOCUMENT_MARKER.exec(source);
        if (end === null)
            return;
        from = end.index + 1;
    }
}
/** ` at line L, column C` of an offset, as the library words it (nothing for -1: no place). */
function place(source, pos, lineAt) {
    if (pos === -1)
        return '';
    const column = pos === 0 ? 1 : pos - source.lastIndexOf('\n', pos - 1);
    return ` at line ${lineAt(pos)}, column ${column}`;
}
/**
 * Keys repeated in a map, in the yaml library's words. The library finds them by comparing each key
 * with every earlier one, quadratic in a map's size (a compose file of 200,000 services took
 * minutes), so documents are parsed without that check and each map's keys go through one set here.
 * Keys are equal as the library has it: the same node, or scalars with the same value.
 */
function duplicateKeys(doc) {
    const found = [];
    const check = (map) => {
        if (map.items.length < 2)
            return;
        const seen = new Set();
        for (const pair of map.items) {
            const key = pair.key;
            const value = (0,dist/* isScalar */.jn)(key) ? key.value : key;
            if (Number.isNaN(value))
                continue; // NaN equals nothing, not even itself
            if (!seen.has(value)) {
                seen.add(value);
                continue;
            }
            const pos = key?.range?.[0];
            if (pos !== undefined)
                found.push(pos);
        }
    };
    (0,dist/* visit */.YR)(doc, {
        Map(_key, map) {
            check(map);
        },
    });
    return found;
}
/**
 * The documents of a text, read by the library one at a time; a document longer than `limit`
 * characters is not read (it comes last, with `tooBig`). Errors are the library's words and place
 * (the first line of what its parseAllDocuments says, without the excerpt that follows).
 */
function* libraryDocuments(source, lineAt, limit = Number.POSITIVE_INFINITY) {
    const skipped = [];
    for (const doc of new dist/* Composer */.Dk({ uniqueKeys: false }).compose(tokens(source, limit, skipped))) {
        const errors = [
            ...doc.errors.map((e) => ({ pos: e.pos[0], message: e.message + place(source, e.pos[0], lineAt) })),
            ...duplicateKeys(doc).map((pos) => ({
                pos,
                message: `Map keys must be unique${place(source, pos, lineAt)}`,
            })),
        ].sort((a, b) => a.pos - b.pos);
        yield {
            errors,
            values: errors.length > 0 ? [] : libraryImageValues(doc, lineAt),
            signs: () => manifestSigns(doc),
        };
    }
    const none = { servicesMap: false, apiVersionString: false, kindString: false };
    for (const tooBig of skipped)
        yield { errors: [], values: [], signs: () => none, tooBig };
}
/** What a document's top-level map says about it (see isManifestRoot in yaml.ts). */
function manifestSigns(doc) {
    const root = doc.contents;
    const value = (key) => (0,dist/* isMap */.jh)(root)
        ? root.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === key)?.value
        : undefined;
    const scalarString = (n) => (0,dist/* isScalar */.jn)(n) && typeof n.value === 'string';
    return {
        servicesMap: (0,dist/* isMap */.jh)(value('services')),
        apiVersionString: scalarString(value('apiVersion')),
        kindString: scalarString(value('kind')),
    };
}
const isImageKey = (pair) => (0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === 'image';
/** A pair whose key starts with `x-`: a compose extension field, which compose ignores. */
const isExtensionField = (pair) => (0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key) && typeof pair.key.value === 'string' && pair.key.value.startsWith('x-');
const hasBuildKey = (map) => (0,dist/* isMap */.jh)(map) && map.items.some((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'build');
/**
 * The string scalars at `image:` in a library document, in document order: the pair's own value, or,
 * through an alias (`image: *img`), the anchored scalar it names (compose files often keep an image
 * in an `x-` field: `x-image: &img nginx`).
 *
 * The rule for an anchored value: it is rewritten only when each place that reads it is an `image:`
 * value. Those places are its aliases and its anchor's own place, except where that is inside an
 * `x-` field, which compose ignores (such fields exist to hold anchors). Any other place (an
 * environment value, a label, an annotation) reads the same text, and rewriting it would change that
 * value too: the value is left alone with a note naming that place's line. Anchors are matched as
 * the library resolves them: the last one of that name before the alias.
 */
function libraryImageValues(doc, lineAt) {
    const values = [];
    const direct = new Map(); // image: values as written, by index in values
    const anchors = new Map();
    /** Anchored scalars whose own place is a use that is not an image: value, with its line. */
    const heldAsData = new Map();
    const aliased = new Map();
    const imageValue = (value, build, sharedWith) => ({
        value: value.value,
        style: value.type ?? '',
        start: value.range[0],
        end: value.range[1],
        line: lineAt(value.range[0]),
        build,
        ...(sharedWith !== undefined && { sharedWith }),
    });
    (0,dist/* visit */.YR)(doc, (key, node, path) => {
        const parent = path[path.length - 1];
        if (((0,dist/* isScalar */.jn)(node) || (0,dist/* isCollection */.P3)(node)) && node.anchor) {
            anchors.set(node.anchor, node);
            const image = key === 'value' && isImageKey(parent);
            if ((0,dist/* isScalar */.jn)(node) && node.range && !image && !path.some(isExtensionField))
                heldAsData.set(node, lineAt(node.range[0]));
        }
        if ((0,dist/* isPair */.tO)(node)) {
            const value = node.value;
            if (!isImageKey(node) || !(0,dist/* isScalar */.jn)(value) || typeof value.value !== 'string' || !value.range)
                return;
            direct.set(value, values.length);
            values.push(imageValue(value, hasBuildKey(parent)));
        }
        else if ((0,dist/* isAlias */.Vj)(node)) {
            const target = anchors.get(node.source);
            if (!(0,dist/* isScalar */.jn)(target) || typeof target.value !== 'string' || !target.range)
                return;
            const uses = aliased.get(target) ?? { image: false, build: false };
            aliased.set(target, uses);
            if (key === 'value' && isImageKey(parent)) {
                uses.image = true;
                uses.build ||= hasBuildKey(path[path.length - 2]);
            }
            else if (uses.otherLine === undefined && !path.some(isExtensionField)) {
                uses.otherLine = lineAt(node.range?.[0] ?? target.range[0]);
            }
        }
    });
    if (aliased.size === 0)
        return values;
    for (const [target, uses] of aliased) {
        const at = direct.get(target);
        if (at === undefined && !uses.image)
            continue;
        const other = heldAsData.get(target) ?? uses.otherLine;
        const value = imageValue(target, uses.build || (at !== undefined && values[at].build), other);
        if (at === undefined)
            values.push(value);
        else
            values[at] = value;
    }
    return values.sort((a, b) => a.start - b.start);
}

;// CONCATENATED MODULE: ./src/core/rewrite/yaml-nodes.ts
// One node of a line in the plain YAML subset that yaml-subset.ts reads: a key (`name:`, plain or
// quoted, not repeated in its map) or a one-line scalar with nothing but a comment after it; with the
// core schema's rules for what a plain scalar or key is, and the characters the subset leaves to the
// library. Apart from the reader, which decides from indentation where each node belongs (maps,
// sequences, documents): this part reads the characters of one line. The reader extends NodeScanner,
// so both work on one object as they did as one class. Outside the subset it throws NOT_SURE, which
// the reader turns into "the library reads it".
/**
 * Characters the reader does not judge: tabs (indentation rules), control characters, a BOM, YAML 1.1
 * line breaks, a carriage return not followed by a line feed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const OUTSIDE_SUBSET_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
const LONE_CR = /\r(?!\n)/;
/** Whether a text has a character the reader does not judge (then the library reads it all). */
function hasCharsOutsideSubset(text) {
    return OUTSIDE_SUBSET_CHARS.test(text) || (text.includes('\r') && LONE_CR.test(text));
}
/**
 * Plain scalars the YAML 1.2 core schema reads as something else than a string (null, booleans,
 * integers, floats): the yaml library's own tests, in its order.
 */
const CORE_NON_STRING = [
    /^(?:~|[Nn]ull|NULL)?$/,
    /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    /^0o[0-7]+$/,
    /^[-+]?[0-9]+$/,
    /^0x[0-9a-fA-F]+$/,
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
/** Whether a plain scalar is a string under the core schema. */
function plainIsString(text) {
    for (const re of CORE_NON_STRING)
        if (re.test(text))
            return false;
    return true;
}
/** Characters of the plain keys taken here: a letter or `_`, then letters, digits and `_./-`. */
const KEY_FIRST = new Uint8Array(128);
const KEY_REST = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    KEY_FIRST[c] = /[A-Za-z_]/.test(ch) ? 1 : 0;
    KEY_REST[c] = /[\w./-]/.test(ch) ? 1 : 0;
}
/** Those of them the core schema reads as null or a boolean. */
const NON_STRING_WORD = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;
/** First characters of a plain scalar the reader leaves to the library (YAML's indicators, all of them). */
const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`')
    INDICATOR[c.charCodeAt(0)] = 1;
/** Beyond this many keys a map checks repeats with a set instead of comparing spans. */
const SMALL_MAP = 16;
/** Thrown inside the reader when the text is outside its subset. */
const NOT_SURE = new Error('outside the YAML subset');
function notSure() {
    throw NOT_SURE;
}
/** Reads the node at a position of a line; what it read is left in its fields for the reader. */
class NodeScanner {
    src;
    // The node last read by node(): a key (its text's span, and where its `:` ends) or a scalar.
    keyStart = 0;
    keyEnd = 0;
    afterColon = 0;
    valStart = 0;
    valEnd = 0;
    valStyle = 'PLAIN';
    hashAt = -1;
    colonAt = -1;
    constructor(src) {
        this.src = src;
    }
    /** After a node: spaces, then nothing or a comment; else not sure. */
    trailing(p, end) {
        const src = this.src;
        let q = p;
        while (q < end && src.charCodeAt(q) === SPACE)
            q++;
        if (q < end && (q === p || src.charCodeAt(q) !== HASH))
            notSure();
    }
    isDash(i, end) {
        return this.src.charCodeAt(i) === DASH && (i + 1 === end || this.src.charCodeAt(i + 1) === SPACE);
    }
    /** Whether the key node() read is `name`. */
    keyIs(name) {
        return this.keyEnd - this.keyStart === name.length && this.src.startsWith(name, this.keyStart);
    }
    /** Add the key node() read to a map; a key already there is not sure (the library reports it). */
    addKey(map) {
        const src = this.src;
        const start = this.keyStart;
        const end = this.keyEnd;
        if (map.names !== undefined) {
            const name = src.slice(start, end);
            if (map.names.has(name))
                notSure();
            map.names.add(name);
        }
        else {
            const spans = map.spans;
            const len = end - start;
            for (let j = 0; j < spans.length; j += 2) {
                const s = spans[j];
                if (spans[j + 1] - s !== len)
                    continue;
                let n = 0;
                while (n < len && src.charCodeAt(s + n) === src.charCodeAt(start + n))
                    n++;
                if (n === len)
                    notSure();
            }
            spans.push(start, end);
            if (spans.length > 2 * SMALL_MAP) {
                map.names = new Set();
                for (let j = 0; j < spans.length; j += 2)
                    map.names.add(src.slice(spans[j], spans[j + 1]));
            }
        }
    }
    /**
     * The node at k up to the line's end: a key (returns true; keyStart, keyEnd, afterColon) or a
     * one-line scalar with nothing but a comment after it (returns false; valStart, valEnd, valStyle).
     * Anything else: not sure.
     */
    node(k, end) {
        const src = this.src;
        const c = src.charCodeAt(k);
        if (c === DQUOTE || c === SQUOTE) {
            let q = k + 1;
            while (q < end && src.charCodeAt(q) !== c) {
                if (c === DQUOTE && src.charCodeAt(q) === BACKSLASH)
                    notSure();
                q++;
            }
            if (q === end)
                notSure(); // runs on to another line
            const r = q + 1;
            if (c === SQUOTE && src.charCodeAt(r) === SQUOTE)
                notSure(); // '' escape
            if (r < end && src.charCodeAt(r) === COLON && (r + 1 === end || src.charCodeAt(r + 1) === SPACE)) {
                this.keyStart = k + 1;
                this.keyEnd = q;
                this.afterColon = r + 1;
                return true;
            }
            this.trailing(r, end);
            this.valStyle = c === DQUOTE ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
            this.valStart = k;
            this.valEnd = r;
            return false;
        }
        if (c < 128 && INDICATOR[c] === 1)
            notSure();
        // The scalar runs to a comment (` #`) or the line's end; a `: ` (or `:` last) before that makes it a key.
        let p = this.next(HASH, k);
        while (p < end && src.charCodeAt(p - 1) !== SPACE)
            p = this.next(HASH, p + 1);
        if (p > end)
            p = end;
        for (let colon = this.next(COLON, k); colon < p; colon = this.next(COLON, colon + 1)) {
            if (colon + 1 === end || src.charCodeAt(colon + 1) === SPACE) {
                this.plainKey(k, colon);
                this.keyStart = k;
                this.keyEnd = colon;
                this.afterColon = colon + 1;
                return true;
            }
        }
        let e = p;
        while (src.charCodeAt(e - 1) === SPACE)
            e--;
        this.valStyle = 'PLAIN';
        this.valStart = k;
        this.valEnd = e;
        return false;
    }
    /**
     * The first `#` or `:` at or after `from` (the text's length when none). Each is looked up again only
     * once passed, so every line costs a look only where one of them is, and the whole text one scan.
     */
    next(ch, from) {
        if (ch === HASH) {
            if (this.hashAt < from)
                this.hashAt = this.find('#', from);
            return this.hashAt;
        }
        if (this.colonAt < from)
            this.colonAt = this.find(':', from);
        return this.colonAt;
    }
    find(ch, from) {
        const at = this.src.indexOf(ch, from);
        return at === -1 ? this.src.length : at;
    }
    /** A plain key must be a name that is a string (else not sure). */
    plainKey(start, end) {
        const src = this.src;
        const first = src.charCodeAt(start);
        if (first >= 128 || KEY_FIRST[first] !== 1)
            notSure();
        for (let p = start + 1; p < end; p++) {
            const ch = src.charCodeAt(p);
            if (ch >= 128 || KEY_REST[ch] !== 1)
                notSure();
        }
        const len = end - start;
        if ((len === 4 || len === 5) && NON_STRING_WORD.test(src.slice(start, end)))
            notSure();
    }
}

;// CONCATENATED MODULE: ./src/core/rewrite/yaml-subset.ts
// A reader for the plain shape nearly every compose file and Kubernetes manifest takes: block maps
// and sequences, one-line plain or quoted scalars, comments, `---` between documents. It finds the
// `image:` values and the manifest signs the yaml library would find, in one pass over the lines
// (the library builds a node per scalar and was the limit on big files), and answers undefined
// ("not sure") the moment the text steps outside that shape: flow collections, anchors, aliases,
// tags, block or multi-line scalars, escapes, tabs, directives, a BOM, odd indentation, repeated
// keys. The library then reads the whole text, so what is found never depends on which one read it.
// This file holds the block structure (maps, sequences, documents, what the image values and the
// manifest signs are); yaml-nodes.ts reads the key or scalar on each line.

/** The library measures an implicit key's `:` from the key's start; keep well inside its 1024. */
const MAX_KEY_SPAN = 1000;
const CR = 13;
const yaml_subset_SPACE = 32;
const yaml_subset_HASH = 35;
const yaml_subset_DASH = 45;
const DOT = 46;
const PERCENT = 37;
/** The documents of a YAML text in the plain subset, or undefined when the library must read it. */
function readYamlSubset(source) {
    if (hasCharsOutsideSubset(source))
        return undefined;
    try {
        return new SubsetReader(source).read();
    }
    catch (e) {
        if (e === NOT_SURE)
            return undefined;
        throw e;
    }
}
class SubsetReader extends NodeScanner {
    docs = [];
    frames = [];
    depth = 0;
    rooted = false;
    values = [];
    servicesMap = false;
    apiVersionString = false;
    kindString = false;
    line = 0;
    /** After a scalar value, a line more indented than this would continue it (or be an error). */
    maxCol = Number.POSITIVE_INFINITY;
    /** A key or `-` with nothing after it: the column whose next line opens its value, or -1. */
    pendingCol = -1;
    /** The pending key is the top-level `services`. */
    pendingServices = false;
    pendingIsKey = false;
    read() {
        const src = this.src;
        const len = src.length;
        let pos = 0;
        while (pos < len) {
            this.line++;
            let eol = src.indexOf('\n', pos);
            if (eol === -1)
                eol = len;
            const end = eol > pos && src.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
            let i = pos;
            while (i < end && src.charCodeAt(i) === yaml_subset_SPACE)
                i++;
            if (i < end) {
                const c = src.charCodeAt(i);
                if (c !== yaml_subset_HASH && !(i === pos && (c === yaml_subset_DASH || c === DOT || c === PERCENT) && this.marker(i, end)))
                    this.content(i, end, i - pos);
            }
            pos = eol + 1;
        }
        this.endDocument();
        return this.docs;
    }
    /** `---` between documents (true), a plain line starting with `-` (false), else not sure. */
    marker(i, end) {
        const src = this.src;
        const c = src.charCodeAt(i);
        const three = src.charCodeAt(i + 1) === c && src.charCodeAt(i + 2) === c;
        if (c === yaml_subset_DASH && !three)
            return false;
        if (c !== yaml_subset_DASH || !three)
            return notSure(); // `...`, `%` directives and anything like them
        const after = i + 3;
        if (after < end && src.charCodeAt(after) !== yaml_subset_SPACE)
            return notSure();
        this.trailing(after, end);
        this.endDocument();
        return true;
    }
    endDocument() {
        this.settlePending(false);
        while (this.depth > 0)
            this.pop();
        if (this.rooted)
            this.docs.push({
                values: this.values,
                signs: {
                    servicesMap: this.servicesMap,
                    apiVersionString: this.apiVersionString,
                    kindString: this.kindString,
                },
            });
        this.rooted = false;
        this.values = [];
        this.servicesMap = this.apiVersionString = this.kindString = false;
        this.maxCol = Number.POSITIVE_INFINITY;
    }
    /** The value of a pending key or entry is known: a map (true) or anything else. */
    settlePending(map) {
        if (this.pendingServices)
            this.servicesMap = map;
        this.pendingCol = -1;
        this.pendingServices = false;
        this.pendingIsKey = false;
    }
    /** A line with content at i (column col). */
    content(i, end, col) {
        if (col > this.maxCol)
            notSure();
        this.maxCol = Number.POSITIVE_INFINITY;
        const dash = this.isDash(i, end);
        const pending = this.pendingCol;
        if (pending !== -1 && (col > pending || (col === pending && dash && this.pendingIsKey))) {
            this.settlePending(!dash);
            this.open(col, dash, col === pending);
        }
        else {
            this.settlePending(false);
            this.align(col, dash);
        }
        const top = this.frames[this.depth - 1];
        if (top.seq)
            this.entry(i, end, top);
        else
            this.pair(i, end, top);
    }
    open(col, seq, sameIndent) {
        let frame = this.frames[this.depth];
        if (frame === undefined) {
            frame = { col, seq, sameIndent, spans: [], names: undefined, build: false, image: -1 };
            this.frames.push(frame);
        }
        else {
            frame.col = col;
            frame.seq = seq;
            frame.sameIndent = sameIndent;
            frame.spans.length = 0;
            frame.names = undefined;
            frame.build = false;
            frame.image = -1;
        }
        this.depth++;
        return frame;
    }
    /** Close the innermost collection; a map with `build:` marks its image: value. */
    pop() {
        const frame = this.frames[--this.depth];
        if (frame.build && frame.image !== -1)
            this.values[frame.image].build = true;
        frame.names = undefined;
    }
    /** Close what a line at col ends; the collection it continues must be at exactly col. */
    align(col, dash) {
        while (this.depth > 0 && this.frames[this.depth - 1].col > col)
            this.pop();
        if (this.depth === 0) {
            if (this.rooted)
                notSure(); // a second top-level node
            this.rooted = true;
            this.open(col, dash, false);
            return;
        }
        let top = this.frames[this.depth - 1];
        if (top.col !== col)
            notSure();
        if (top.seq && !dash) {
            if (!top.sameIndent)
                notSure();
            this.pop();
            top = this.frames[this.depth - 1];
        }
        if (top.seq !== dash)
            notSure();
    }
    /** `- ...` in a sequence. */
    entry(i, end, seq) {
        const src = this.src;
        let k = i + 1;
        while (k < end && src.charCodeAt(k) === yaml_subset_SPACE)
            k++;
        if (k === end || src.charCodeAt(k) === yaml_subset_HASH) {
            this.pendingCol = seq.col;
            return;
        }
        if (this.isDash(k, end))
            notSure(); // a sequence inside an entry
        if (this.node(k, end))
            this.afterKey(this.open(seq.col + (k - i), false, false), k, end);
        else
            this.maxCol = seq.col;
    }
    /** `key: ...` in a map. */
    pair(i, end, map) {
        if (!this.node(i, end))
            notSure();
        this.afterKey(map, i, end);
    }
    /** After a key read by node(): record it, then read its value on this line or leave it pending. */
    afterKey(map, nodeStart, end) {
        const src = this.src;
        if (this.afterColon - nodeStart > MAX_KEY_SPAN)
            notSure();
        this.addKey(map);
        if (this.keyIs('build'))
            map.build = true;
        const root = this.depth === 1;
        const image = this.keyIs('image');
        let q = this.afterColon;
        while (q < end && src.charCodeAt(q) === yaml_subset_SPACE)
            q++;
        if (q === end || src.charCodeAt(q) === yaml_subset_HASH) {
            this.pendingCol = map.col;
            this.pendingIsKey = true;
            this.pendingServices = root && this.keyIs('services');
            return;
        }
        let apiVersion = false;
        let kind = false;
        if (root) {
            apiVersion = this.keyIs('apiVersion');
            kind = !apiVersion && this.keyIs('kind');
        }
        if (this.node(q, end))
            notSure(); // `a: b: c`
        this.maxCol = map.col;
        if (!image && !apiVersion && !kind)
            return;
        const value = src.slice(this.valStart, this.valEnd);
        const style = this.valStyle;
        const quoted = style !== 'PLAIN';
        const isString = quoted || plainIsString(value);
        if (apiVersion)
            this.apiVersionString = isString;
        if (kind)
            this.kindString = isString;
        if (!image || !isString)
            return;
        map.image = this.values.length;
        this.values.push({
            value: quoted ? value.slice(1, -1) : value,
            style,
            start: this.valStart,
            end: this.valEnd,
            line: this.line,
            build: false,
        });
    }
}

;// CONCATENATED MODULE: ./src/core/rewrite/yaml.ts
// YAML: which documents of a file hold image references (decided per document by how the user
// reached the file), and the span of each string `image:` value, so a rewrite splices over exactly
// that value. The plain shape of most files is read by yaml-subset.ts; anything else by the yaml
// library, from the source ranges it keeps on every node. Both give the same values and signs.




/** Compose files (a top-level `services:` map) and Kubernetes objects (`apiVersion` and `kind`, any kind). */
function isManifestRoot(signs) {
    return signs.servicesMap || (signs.apiVersionString && signs.kindString);
}
const NOT_A_MANIFEST = 'this document is not a compose file (a top-level services: map) or a Kubernetes object (apiVersion and kind); name the file, or choose it with --include or --type yaml, to rewrite it';
const WORKFLOW_PULLS = 'a GitHub Actions workflow: the runner pulls job container: and services: images before any step runs, so a rewrite in the same job cannot redirect those pulls';
/** The note for a document whose image: values are left alone, or undefined when they are rewritten. */
function documentLeftAlone(isManifest, origin, values) {
    if (origin.chosen !== false || (!origin.workflow && isManifest()))
        return undefined;
    const count = `${values} image: value${values === 1 ? '' : 's'} left alone`;
    if (origin.workflow)
        return `${WORKFLOW_PULLS}; ${count} (name the file to rewrite it for later runs)`;
    return `${count}: ${NOT_A_MANIFEST}`;
}
/** The subset reader's documents when it is sure of the whole text (see yaml-subset.ts). */
function subsetDocuments(source) {
    return readYamlSubset(source)?.map((d) => ({ errors: [], values: d.values, signs: () => d.signs }));
}
/**
 * The longest document (in characters) the library reads in a file met in a directory walk. The
 * library needs about 100 times a document's size while it reads it (a 12 MB data file took 1.4 GB;
 * one of 48 MB ended the process), and up to 2 s a MB. So a longer document that the subset reader
 * cannot take is not judged: it is left alone with a note, and the documents after it and the walk
 * go on. A walk then peaks at Node's own ~45 MB plus about 6 times its largest file (122 MB for a
 * 12 MB data file; see bench/big-files.ts). A file the user chose is read whatever its size.
 */
const WALKED_DOCUMENT_LIMIT = 128 * 1024;
const TOO_BIG = `too big to judge: a document over ${WALKED_DOCUMENT_LIMIT / 1024} KB that is not in the plain YAML read quickly (the YAML library would need about 100 times its size in memory); left alone: name the file, or choose it with --include or --type yaml, to rewrite it`;
/** `image:` values in YAML documents (compose files, Kubernetes manifests of any kind), decided per document. */
function scanYaml(source, origin = {}, reader = 'subset') {
    const scan = { candidates: [], errors: [], notes: [] };
    const subset = reader === 'subset' ? subsetDocuments(source) : undefined;
    // Built on first use: a file left alone as too big needs one line, not an index of all of them.
    let index;
    const lineAt = (offset) => {
        if (subset)
            return 0;
        index ??= (0,lines/* lineIndex */.Dp)(source);
        return index(offset);
    };
    const limit = origin.chosen === false ? WALKED_DOCUMENT_LIMIT : undefined;
    for (const doc of subset ?? libraryDocuments(source, lineAt, limit))
        scanDocument(source, doc, origin, lineAt, scan);
    scan.notes.sort(edits/* byLine */.uf);
    return scan;
}
/** One document's findings, added to the scan: its errors, or its candidates and notes by origin. */
function scanDocument(source, doc, origin, lineAt, { candidates, errors, notes }) {
    if (doc.tooBig !== undefined) {
        // Its first line of content: one line counted, not an index of every line of a big file.
        const content = /\S/g;
        content.lastIndex = doc.tooBig;
        notes.push({
            line: (0,lines/* lineOf */.cA)(source, content.test(source) ? content.lastIndex - 1 : doc.tooBig),
            message: TOO_BIG,
        });
        return;
    }
    for (const e of doc.errors)
        errors.push({ line: lineAt(e.pos), message: `YAML: ${e.message}` });
    if (doc.errors.length > 0)
        return;
    const found = imageFindings(source, doc.values);
    const values = found.candidates.length + found.notes.length;
    if (values === 0)
        return;
    // Loops, not Math.min(...lines) or push(...list): 200,000 values overflow the call stack.
    let first = Number.POSITIVE_INFINITY;
    for (const { line } of found.candidates)
        first = Math.min(first, line);
    for (const { line } of found.notes)
        first = Math.min(first, line);
    const leftAlone = documentLeftAlone(() => isManifestRoot(doc.signs()), origin, values);
    if (leftAlone) {
        notes.push({ line: first, message: leftAlone });
        return;
    }
    if (origin.workflow && found.candidates.length > 0)
        notes.push({ line: first, message: `${WORKFLOW_PULLS}; rewritten for later runs of this file` });
    for (const c of found.candidates)
        candidates.push(c);
    for (const n of found.notes)
        notes.push(n);
}
/** The image: values of one document: candidates, and those left alone with a note. */
function imageFindings(source, values) {
    const candidates = [];
    const notes = [];
    for (const v of values) {
        const line = v.line;
        if (v.sharedWith !== undefined) {
            notes.push({
                line,
                message: `${v.value}: an anchored value also read at line ${v.sharedWith}, where it is not an image: value; left alone`,
            });
            continue;
        }
        if (v.build) {
            notes.push({ line, message: `${v.value}: names the image this service builds; left alone` });
            continue;
        }
        if ((0,edits/* isTemplated */.dw)(v.value)) {
            notes.push({ line, message: `${v.value}: templated value; left alone` });
            continue;
        }
        const quoted = v.style === 'QUOTE_DOUBLE' || v.style === 'QUOTE_SINGLE';
        const start = v.start + (quoted ? 1 : 0);
        const end = v.end - (quoted ? 1 : 0);
        if (v.value === '')
            continue;
        if ((v.style !== 'PLAIN' && !quoted) || source.slice(start, end) !== v.value) {
            notes.push({ line, message: `${v.value}: written with escapes or as a block; left alone` });
            continue;
        }
        candidates.push({ start, end, line });
    }
    return { candidates, notes };
}
function rewriteYaml(source, target, origin = {}, reader) {
    const scan = scanYaml(source, origin, reader);
    if (scan.errors.length > 0)
        return { output: source, changes: [], notes: scan.notes, errors: scan.errors, images: [] };
    const result = (0,edits/* rewriteCandidates */.l)(source, scan.candidates, target);
    return {
        ...result,
        notes: [...scan.notes, ...result.notes].sort(edits/* byLine */.uf),
        images: (0,edits/* candidateImages */.SG)(source, scan.candidates),
    };
}


/***/ })

};
