export const id = 195;
export const ids = [195];
export const modules = {

/***/ 9195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  isContainerManifest: () => (/* binding */ isContainerManifest),
  isManifestRoot: () => (/* binding */ isManifestRoot),
  rewriteYaml: () => (/* binding */ rewriteYaml),
  scanYaml: () => (/* binding */ scanYaml)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/lines.ts
var lines = __webpack_require__(9532);
// EXTERNAL MODULE: ./src/core/rewrite/edits.ts
var edits = __webpack_require__(8813);
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
/** What a document parsed by the yaml library says about being a container manifest. */
function isContainerManifest(doc) {
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return false;
    const value = (key) => root.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === key)?.value;
    const scalarString = (n) => (0,dist/* isScalar */.jn)(n) && typeof n.value === 'string';
    return isManifestRoot({
        servicesMap: (0,dist/* isMap */.jh)(value('services')),
        apiVersionString: scalarString(value('apiVersion')),
        kindString: scalarString(value('kind')),
    });
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
/**
 * Keys repeated in a map, in the yaml library's words. The library finds them by comparing each key
 * with every earlier one, quadratic in a map's size (a compose file of 200,000 services took
 * minutes), so documents are parsed without that check and each map's keys go through one set here.
 * Keys are equal as the library has it: the same node, or scalars with the same value.
 */
function duplicateKeys(source, doc, lineAt) {
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
            if (pos === undefined)
                continue;
            const lineStart = source.lastIndexOf('\n', pos - 1) + 1;
            const at = `line ${lineAt(pos)}, column ${pos - lineStart + 1}`;
            found.push({ pos, message: `Map keys must be unique at ${at}:` });
        }
    };
    (0,dist/* visit */.YR)(doc, {
        Map(_key, map) {
            check(map);
        },
    });
    return found;
}
/** Every document read by the yaml library (the reference reading, for any YAML). */
function* libraryDocuments(source, lineAt) {
    for (const doc of (0,dist/* parseAllDocuments */.hR)(source, { uniqueKeys: false })) {
        const errors = [
            ...doc.errors.map((e) => ({ pos: e.pos[0], message: e.message.split('\n')[0] })),
            ...duplicateKeys(source, doc, lineAt),
        ].sort((a, b) => a.pos - b.pos);
        yield {
            errors,
            values: errors.length > 0 ? [] : libraryImageValues(doc, lineAt),
            isManifest: () => isContainerManifest(doc),
        };
    }
}
/** The string scalar values of `image:` keys in a library document, in document order. */
function libraryImageValues(doc, lineAt) {
    const values = [];
    (0,dist/* visit */.YR)(doc, {
        Pair(_key, pair, path) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== 'image' || !(0,dist/* isScalar */.jn)(pair.value))
                return;
            const value = pair.value;
            if (typeof value.value !== 'string' || !value.range)
                return;
            const parent = path[path.length - 1];
            const build = (0,dist/* isMap */.jh)(parent) && parent.items.some((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'build');
            values.push({
                value: value.value,
                style: value.type ?? '',
                start: value.range[0],
                end: value.range[1],
                line: lineAt(value.range[0]),
                build,
            });
        },
    });
    return values;
}
/** The subset reader's documents when it is sure of the whole text (see yaml-subset.ts). */
function subsetDocuments(source) {
    return readYamlSubset(source)?.map((d) => ({
        errors: [],
        values: d.values,
        isManifest: () => isManifestRoot(d.signs),
    }));
}
/** `image:` values in YAML documents (compose files, Kubernetes manifests of any kind), decided per document. */
function scanYaml(source, origin = {}, reader = 'subset') {
    const candidates = [];
    const errors = [];
    const notes = [];
    const subset = reader === 'subset' ? subsetDocuments(source) : undefined;
    const lineAt = subset ? () => 0 : (0,lines/* lineIndex */.D)(source);
    for (const doc of subset ?? libraryDocuments(source, lineAt)) {
        for (const e of doc.errors)
            errors.push({ line: lineAt(e.pos), message: `YAML: ${e.message}` });
        if (doc.errors.length > 0)
            continue;
        const found = imageFindings(source, doc.values);
        const values = found.candidates.length + found.notes.length;
        if (values === 0)
            continue;
        // Loops, not Math.min(...lines) or push(...list): 200,000 values overflow the call stack.
        let first = Number.POSITIVE_INFINITY;
        for (const { line } of found.candidates)
            first = Math.min(first, line);
        for (const { line } of found.notes)
            first = Math.min(first, line);
        const leftAlone = documentLeftAlone(doc.isManifest, origin, values);
        if (leftAlone) {
            notes.push({ line: first, message: leftAlone });
            continue;
        }
        if (origin.workflow && found.candidates.length > 0)
            notes.push({ line: first, message: `${WORKFLOW_PULLS}; rewritten for later runs of this file` });
        for (const c of found.candidates)
            candidates.push(c);
        for (const n of found.notes)
            notes.push(n);
    }
    return { candidates, errors, notes: notes.sort(edits/* byLine */.uf) };
}
/** The image: values of one document: candidates, and those left alone with a note. */
function imageFindings(source, values) {
    const candidates = [];
    const notes = [];
    for (const v of values) {
        const line = v.line;
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
