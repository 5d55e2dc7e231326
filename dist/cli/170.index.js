export const id = 170;
export const ids = [170,380,999];
export const modules = {

/***/ 4529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rewriteCommand: () => (/* binding */ rewriteCommand)
/* harmony export */ });
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4301);
/* harmony import */ var _core_image_upstreams_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3343);
/* harmony import */ var _host_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085);
/* harmony import */ var _use_cases_rewrite_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5999);
/* harmony import */ var _use_cases_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4070);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(353);



// Straight from their modules, not the facade: rewrite loads nothing else (no SDK, no login).



/** How much change text is gathered before it is written (a pipe takes 64 KiB at once). */
const CHANGE_CHUNK = 64 * 1024;
const rewriteCommand = {
    name: 'rewrite',
    summary: 'rewrite image references in Dockerfiles, image lists, compose and Kubernetes YAML',
    options: {
        ..._command_js__WEBPACK_IMPORTED_MODULE_5__/* .TARGET_OPTIONS */ .FG,
        stdout: { type: 'boolean' },
        check: { type: 'boolean' },
        diff: { type: 'boolean' },
        include: { type: 'string', multiple: true },
        type: { type: 'string' },
        strict: { type: 'boolean' },
        json: { type: 'boolean' },
    },
    help: `Usage: ecr-pull-through rewrite [PATH...] [options]

Rewrites FROM images (and COPY --from, RUN --mount from=, global ARG defaults used by FROM),
image lists (*.images, images.txt), and image: values in compose and Kubernetes YAML to
pull-through cache URIs. Nothing else in a file changes; files are replaced atomically, and only
when every file is valid and every target writable. Directories are searched for Dockerfile,
*.Dockerfile, Dockerfile.*, Containerfile, *.yaml, *.yml, *.images and images.txt. Default PATH:
the current directory.

YAML found in a directory is rewritten per document, only in compose files (a top-level services:
map) and Kubernetes objects (apiVersion and kind, any kind); image: values elsewhere (site
configs, front matter, OpenAPI examples, Helm values) are left alone with a note. A YAML file named
on the command line, chosen by --include, or read with --type yaml is rewritten whatever it holds.
Workflows under .github/workflows are left alone in a walk: the runner pulls their container: and
services: images before any step, so rewriting them in the job does not help.

Options:
${_command_js__WEBPACK_IMPORTED_MODULE_5__/* .TARGET_HELP */ .aL}
${(0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .timeoutHelp */ .Jf)()}
  --stdout                print the rewritten file instead of writing it (one file)
  --check                 write nothing; exit 1 if a file would change
  --diff                  print a unified diff; write nothing
  --include GLOB          choose files in directories by glob (repeat)
  --type KIND             treat every file as dockerfile, list or yaml
  --strict                a reference with no rule is an error (exit 1, nothing written)
  --json                  print a JSON report on stdout`,
    async run(v, positionals, io) {
        if (v.type !== undefined && !['dockerfile', 'list', 'yaml'].includes(v.type)) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--type must be dockerfile, list or yaml, not "${v.type}"`);
        }
        const paths = positionals.length ? positionals : ['.'];
        const preview = Boolean(v.stdout || v.check || v.diff);
        const target = await (0,_use_cases_target_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTarget */ .u1)((0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .targetOptions */ .Gl)(v, io));
        const report = await (0,_use_cases_rewrite_js__WEBPACK_IMPORTED_MODULE_3__.rewriteFiles)({
            paths,
            target,
            include: v.include,
            kind: v.type,
            dryRun: preview,
            strict: Boolean(v.strict),
        }).catch(reportOf);
        if (v.stdout && report.problems.length === 0 && report.files.length !== 1) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--stdout takes exactly one file; ${paths.map(_core_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC).join(' ')} gave ${report.files.length}`);
        }
        // Change lines say what was done, or in a preview what would be; nothing when the run writes nothing.
        const carriedOut = report.errors === 0 && !(v.strict && report.unmapped > 0);
        const changeLines = !v.json && !v.stdout && carriedOut;
        for (const p of report.problems)
            io.error(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(p.path)}: error: ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayLine */ .pr)(p.message)}`);
        // Change lines go out in chunks of many files: a write per file is a system call per file.
        let lines = [];
        let size = 0;
        const flush = () => {
            if (lines.length > 0)
                io.errRaw(lines.join(''));
            lines = [];
            size = 0;
        };
        for (const f of report.files) {
            const path = (0,_core_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(f.path);
            if (f.errors.length > 0 || f.notes.length > 0)
                flush(); // in order with the change lines before
            for (const e of f.errors)
                io.error(`${path}:${e.line}: error: ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayLine */ .pr)(e.message)}`);
            for (const n of f.notes)
                if (v.strict && n.unmapped)
                    io.error(`${path}:${n.line}: error: ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayLine */ .pr)(n.message)}`);
                else
                    io.err(`${path}:${n.line}: note: ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayLine */ .pr)(n.message)}`);
            if (changeLines && (preview || f.written) && f.changes.length > 0) {
                const verb = preview ? 'would rewrite ' : '';
                for (const c of f.changes) {
                    const line = `${path}:${c.line}: ${verb}${c.from} -> ${c.to}\n`;
                    lines.push(line);
                    size += line.length;
                }
                if (size >= CHANGE_CHUNK)
                    flush();
            }
        }
        flush();
        for (const hint of (0,_core_image_upstreams_js__WEBPACK_IMPORTED_MODULE_1__/* .uncacheableHints */ .er)(report.files.flatMap((f) => f.notes.map((n) => n.registry))))
            io.err(`hint: ${hint}`);
        const changed = report.files.filter((f) => f.changed);
        if (v.json)
            io.out(`${JSON.stringify(jsonReport(report), null, 2)}\n`);
        if (report.errors > 0) {
            io.error(`${report.errors} error(s); no file was changed`);
            return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
        }
        if (report.stopped)
            return stoppedStatus(report.stopped, changed, io);
        if (v.stdout && !v.json)
            io.out(report.files[0].output);
        else if (v.diff && !v.json)
            io.out(Buffer.concat(changed.map((f) => f.diff())));
        if (v.strict && report.unmapped > 0) {
            io.error(`${report.unmapped} reference(s) have no pull-through rule; no file was changed (--strict)`);
            return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failed;
        }
        io.err(`${preview ? 'would rewrite' : 'rewrote'} ${changed.length} of ${report.files.length} file(s)`);
        return v.check && changed.length > 0 ? _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failed : _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    },
};
/** The report a rewrite that threw carries (paths it could not take, a batch stopped part way). */
function reportOf(e) {
    const report = e?.report;
    if (report === undefined)
        throw e;
    return report;
}
/** The --json report; it comes out even when a file has errors, so scripts see which and where. */
function jsonReport(report) {
    const files = report.files.map(({ path, kind, changed, written, changes, notes, errors }) => ({
        path,
        kind,
        changed,
        written,
        changes,
        notes,
        errors,
    }));
    const { written, errors, unmapped, problems, stopped } = report;
    return { files, written, errors, unmapped, problems, ...(stopped ? { stopped } : {}) };
}
/** Say where a stopped batch got to; exit 1 for a failed write, 128 + the signal's number for a signal. */
function stoppedStatus(stopped, changed, io) {
    io.error(`${stopped.path ? `${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(stopped.path)}: error: ` : ''}${stopped.reason}`);
    const written = changed.filter((f) => f.written);
    const paths = (files) => files.map((f) => (0,_core_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(f.path));
    io.error((0,_use_cases_rewrite_js__WEBPACK_IMPORTED_MODULE_3__.writtenLines)(paths(written), paths(changed.filter((f) => !f.written))));
    io.error(`rewrote ${written.length} of ${changed.length} changed file(s); the others were not written`);
    return stopped.signal ? (0,_host_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__.signalStatus)(stopped.signal) : _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failed;
}


/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ leavesRoot)
/* harmony export */ });
// The action's file patterns are relative to the workspace. One that leaves it (absolute, or with a
// `..` segment) can match nothing the walk visits: it is refused rather than silently matching nothing.
/**
 * Whether a pattern leaves its root. A `..` may also be one alternative of a brace (`{src,..}/x`):
 * picomatch then reads the whole brace as a character range, and the pattern matched nothing.
 */
function leavesRoot(pattern) {
    const p = pattern.trim().replace(/\\/g, '/');
    return p.startsWith('/') || /^[A-Za-z]:\//.test(p) || p.split(/[/{},]/).includes('..');
}


/***/ }),

/***/ 8813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ candidateImages),
/* harmony export */   dw: () => (/* binding */ isTemplated),
/* harmony export */   jP: () => (/* binding */ unmappedNote),
/* harmony export */   l: () => (/* binding */ rewriteCandidates),
/* harmony export */   uf: () => (/* binding */ byLine)
/* harmony export */ });
/* unused harmony export applyEdits */
/* harmony import */ var _image_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2514);
// Span edits: the spans of a text that hold image references become edits by the rules of a target,
// and the edits are spliced into the original text. Nothing else is re-serialized, so every other
// byte survives. Every file kind goes through here; this is the one place mapping meets text.

/** The note for a reference no rule covers: left alone, and which registry it names (for hints). */
function unmappedNote(line, text, m) {
    return { line, message: `${text}: ${m.reason}; left alone`, unmapped: true, registry: m.ref.registry };
}
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
            notes.push(unmappedNote(c.line, text, m));
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

/***/ 5999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RewriteInputError: () => (/* binding */ RewriteInputError),
/* harmony export */   RewriteStoppedError: () => (/* binding */ RewriteStoppedError),
/* harmony export */   commitRewrites: () => (/* binding */ commitRewrites),
/* harmony export */   rewriteFiles: () => (/* binding */ rewriteFiles),
/* harmony export */   unifiedDiff: () => (/* binding */ unifiedDiff),
/* harmony export */   writtenLines: () => (/* binding */ writtenLines)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7291);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4301);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_patterns_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8132);
/* harmony import */ var _core_rewrite_dockerfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3740);
/* harmony import */ var _core_rewrite_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3530);
/* harmony import */ var _host_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2085);
/* harmony import */ var _host_discovery_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1800);
/* harmony import */ var _host_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3285);
// The rewrite use case: find files, rewrite each in memory, and write nothing unless every file is
// valid and every changed one can be replaced; then replace them atomically, one by one, and say
// which were written if the batch stops part way.










/** The `---`/`+++` lines of a diff; paths are UTF-8 whatever the encoding of the file. */
function diffHeader(path) {
    const [a, b] = ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? [path, path] : [`a/${path}`, `b/${path}`]).map(_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC);
    return `--- ${a}\n+++ ${b}\n`;
}
/** The hunks of a unified diff of two texts. */
function diffHunks(before, after) {
    const patch = (0,diff__WEBPACK_IMPORTED_MODULE_8__/* .structuredPatch */ .YB)('a', 'b', before, after, '', '', { context: 3 });
    const lines = [];
    for (const h of patch.hunks) {
        lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines);
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
}
/** Unified diff of two texts, with the file path as both names. */
function unifiedDiff(path, before, after) {
    if (before === after)
        return '';
    return diffHeader(path) + diffHunks(before, after);
}
/** How the user reached a YAML file, which decides the documents rewritten in it. */
function yamlOrigin(found, options) {
    const origin = (0,_host_discovery_js__WEBPACK_IMPORTED_MODULE_6__.originOf)(found);
    return { ...origin, chosen: origin.chosen || options.kind !== undefined };
}
/** A YAML file met while walking a directory that does not parse (a Helm template, say) is noted and skipped. */
function skippedYaml(source, r) {
    const first = r.errors[0];
    const message = `not valid YAML (${first.message}); skipped${source.text.includes('{{') ? ' (a template?)' : ''}`;
    return {
        ...r,
        output: source.text,
        changes: [],
        errors: [],
        images: [],
        notes: [{ line: first.line, message }],
    };
}
/** The YAML code (the yaml library is ~110 KB), loaded when the first YAML file is met. */
let yamlRewriter;
const loadYaml = () => (yamlRewriter ??= Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(708)]).then(__webpack_require__.bind(__webpack_require__, 4708)));
/** What a replace of each file needs from its read (its mode and owner; whether it is a link), so it needs no stat. */
const readOf = new WeakMap();
/** core/rewrite/rewrite.ts's rewriteText, with the YAML code handed in (loaded for YAML files only). */
function rewriteByKind(source, options, found, yaml) {
    if (source.kind === 'dockerfile')
        return (0,_core_rewrite_dockerfile_js__WEBPACK_IMPORTED_MODULE_3__/* .rewriteDockerfile */ .z)(source.text, options.target);
    if (source.kind === 'list')
        return (0,_core_rewrite_list_js__WEBPACK_IMPORTED_MODULE_4__/* .rewriteImageList */ .w)(source.text, options.target);
    return yaml.rewriteYaml(source.text, options.target, yamlOrigin(found, options));
}
function rewriteFile(found, source, options, named, yaml) {
    const path = found.path;
    let r = rewriteByKind(source, options, found, yaml);
    // Not the user's input error; a file named on the command line must parse.
    if (source.kind === 'yaml' && r.errors.length > 0 && !named.has(path))
        r = skippedYaml(source, r);
    const changed = r.output !== source.text;
    // The text in its own encoding gives back the bytes read, so the bytes need not be kept (a big
    // file's bytes held beside its text and output weighed one more time its size); an unchanged
    // file is never written.
    const output = (0,_host_files_js__WEBPACK_IMPORTED_MODULE_7__/* .encodeSource */ .U0)(source, r.output);
    // The diff needs the text read and its encoding, not the bytes (a big file's bytes kept twice).
    const { text: before, encoding } = source;
    const file = {
        path,
        kind: source.kind,
        changed,
        written: false,
        changes: r.changes,
        notes: r.notes,
        errors: r.errors,
        images: r.images,
        output,
        // The new text is kept once, as bytes (a big file's text and bytes together weighed twice its size).
        diff: () => changed
            ? Buffer.concat([
                Buffer.from(diffHeader(path)),
                (0,_host_files_js__WEBPACK_IMPORTED_MODULE_7__/* .encodeSource */ .U0)({ encoding }, diffHunks(before, output.toString(encoding))),
            ])
            : Buffer.alloc(0),
    };
    readOf.set(file, { kept: source.kept, link: source.link });
    return file;
}
/** The changed files that cannot be replaced, checked before the first write so a batch is not left half done. */
function unwritable(files) {
    const dirs = new Map(); // each directory checked once
    return files.flatMap((f) => {
        const why = f.changed ? (0,_host_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__.cannotReplace)(f.path, { link: readOf.get(f)?.link, dirs }) : undefined;
        return why ? [{ path: f.path, message: why }] : [];
    });
}
/** A changed file as writeBatch takes it: the mode and owner read with it are kept, and a non-link needs no realpath. */
function replacement(f) {
    const read = readOf.get(f);
    return { path: f.path, data: f.output, ...(read && { kept: read.kept, link: read.link }) };
}
/** Paths a rewrite could not take (see `report.problems`): nothing was written. */
class RewriteInputError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz {
    report;
    constructor(report) {
        super(report.problems.map((p) => `${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(p.path)}: ${p.message}`).join('\n'));
        this.report = report;
    }
}
/** Writing stopped part way (a failed write, SIGINT or SIGTERM): `report.files[].written` says which were written. */
class RewriteStoppedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK {
    report;
    constructor(report) {
        const { path, reason } = report.stopped;
        const changed = report.files.filter((f) => f.changed);
        super(`${path ? `${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(path)}: ` : ''}${reason}\n${writtenLines(changed.filter((f) => f.written).map((f) => (0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(f.path)), changed.filter((f) => !f.written).map((f) => (0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(f.path)))}`);
        this.report = report;
    }
}
/**
 * Rewrite the files under `paths`. Invalid references come back as `errors` (nothing written);
 * paths that cannot be taken throw a RewriteInputError before any write, and a batch that stops
 * part way throws a RewriteStoppedError; both carry the report.
 */
async function rewriteFiles(options) {
    const include = options.include ?? [];
    const outside = include.find(_core_patterns_js__WEBPACK_IMPORTED_MODULE_9__/* .leavesRoot */ .h);
    if (outside !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`include: "${outside}" points outside the folder walked; globs are relative to it`);
    const matchers = include.length ? (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 5477))).globMatchers(include) : [];
    const found = (0,_host_discovery_js__WEBPACK_IMPORTED_MODULE_6__.discoverSources)(options.paths, matchers);
    const named = new Set(options.paths);
    const problems = [...found.problems];
    const files = [];
    for (const f of found.files) {
        let source;
        try {
            source = (0,_host_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readSource */ .o$)(f.path, options.kind);
        }
        catch (e) {
            if (!(e instanceof _host_files_js__WEBPACK_IMPORTED_MODULE_7__/* .FileInputError */ .ZQ))
                throw e;
            problems.push({ path: e.path, message: e.reason });
            continue;
        }
        const yaml = source.kind === 'yaml' ? await loadYaml() : undefined;
        files.push(rewriteFile(f, source, options, named, yaml));
    }
    const errors = files.reduce((n, f) => n + f.errors.length, 0);
    const unmapped = files.reduce((n, f) => n + f.notes.filter((x) => x.unmapped).length, 0);
    const blocked = options.dryRun || errors > 0 || (options.strict === true && unmapped > 0);
    if (!blocked)
        problems.push(...unwritable(files));
    const report = { files, written: false, errors: errors + problems.length, unmapped, problems };
    if (problems.length > 0)
        throw new RewriteInputError(report);
    if (blocked)
        return report;
    // What the walk saw in each directory spares listing it again before the writes.
    const outcome = await (0,_host_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__.writeBatch)(files.filter((f) => f.changed).map(replacement), {
        listings: found.listings,
    });
    // The records are this run's own, not yet returned: marked in place (a copy each cost a thousand
    // object spreads on a big checkout).
    const written = new Set(outcome.written);
    for (const f of files)
        if (written.has(f.path))
            f.written = true;
    if (outcome.stopped)
        throw new RewriteStoppedError({ ...report, stopped: outcome.stopped });
    return { ...report, written: true };
}
/**
 * Replace every changed file atomically (after a dry run found no errors). Every target is checked
 * first; a write that still fails is thrown with the files written and not written.
 */
function commitRewrites(files) {
    const changed = files.filter((f) => f.changed);
    const blocked = unwritable(changed);
    if (blocked.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(blocked.map((p) => `${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(p.path)}: ${p.message}`).join('\n'));
    const written = [];
    for (const f of changed) {
        try {
            (0,_host_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__.writeFileAtomic)(f.path, f.output);
        }
        catch (e) {
            const rest = changed.slice(written.length).map((x) => x.path);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${e.message}\n${writtenLines(written.map(_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC), rest.map(_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC))}`, undefined, {
                cause: e,
            });
        }
        written.push(f.path);
    }
}
/** Which files a batch that stopped part way wrote and which it did not, in two lines. */
/** `written: a, b` and `not written: c` lines, for a batch that stopped part way. */
function writtenLines(written, notWritten) {
    const list = (paths) => (paths.length ? paths.join(', ') : 'none');
    return `written: ${list(written)}\nnot written: ${list(notWritten)}`;
}


/***/ })

};
