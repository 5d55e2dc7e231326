export const id = 999;
export const ids = [999];
export const modules = {

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
