export const id = 85;
export const ids = [85];
export const modules = {

/***/ 9532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ lineIndex),
/* harmony export */   L1: () => (/* binding */ bomLength),
/* harmony export */   cA: () => (/* binding */ lineOf)
/* harmony export */ });
// Line numbers of source offsets, for messages that name a file and line, and the byte-order mark
// a file's text may start with (kept out of the lexer: reading a file needs it, not the lexer).
/** A lookup from a source offset to its 1-based line number (binary search over line starts). */
function lineIndex(source) {
    const starts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
/** The 1-based line of one offset, counted: one lookup in a big text needs no index of every line. */
function lineOf(source, offset) {
    let line = 1;
    for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Length of a leading byte-order mark, in UTF-8 bytes read as latin1 or as one UTF-16 unit. */
function bomLength(text) {
    if (text.startsWith('\uFEFF'))
        return 1;
    if (text.startsWith('\xEF\xBB\xBF'))
        return 3;
    return 0;
}


/***/ }),

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cannotReplace: () => (/* reexport */ cannotReplace),
  signalStatus: () => (/* binding */ signalStatus),
  writeBatch: () => (/* binding */ writeBatch),
  writeFileAtomic: () => (/* binding */ writeFileAtomic)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/host/files.ts
var host_files = __webpack_require__(3285);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/display.ts
var display = __webpack_require__(4301);
// EXTERNAL MODULE: ./src/host/temp-files.ts
var temp_files = __webpack_require__(756);
;// CONCATENATED MODULE: ./src/host/replace-file.ts
// One file replaced atomically: a temp file written beside the target (temp-files.ts names it), given
// the target's mode and owner, and renamed over it. The entry points (writeFileAtomic, writeBatch in
// atomic-write.ts) add the signal handling around it; this is what each of them does per file.
//
// Only a regular file, or nothing, is replaced (assertRegularFile, the rule the reader applies too):
// a device, FIFO or socket, or a link to one, is someone else's node. The file replaced keeps its mode
// and owner, as the docker CLI keeps them when it saves config.json (root under `sudo -E` writing a
// user's file gives the file back to the user); a new file gets the mode it is created with.





/**
 * The file a write to target replaces: a symlink stays a symlink, the file it points to is replaced
 * (unless another user planted the link in a shared folder: refusePlantedLink).
 */
function replacedPath(target) {
    (0,host_files/* refusePlantedLink */.Z7)(target);
    try {
        return external_node_fs_.realpathSync.native(target);
    }
    catch {
        return target;
    }
}
/** Why a directory does not take a temp file and a rename, or undefined. */
function directoryRefuses(dir) {
    try {
        (0,external_node_fs_.accessSync)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        return undefined;
    }
    catch (e) {
        return `cannot write (its directory: ${(0,host_files/* errnoText */.iQ)(e)})`;
    }
}
/**
 * Why target cannot be replaced by writeFileAtomic, or undefined: the file must be writable, and its
 * directory too (the temp file is created there and renamed over it). `link: false` says the path
 * is known not to be a symbolic link (readSource found out), which spares resolving it. `dirs`,
 * kept by the caller across the targets of one batch, checks each directory once.
 */
function cannotReplace(target, { link = true, dirs } = {}) {
    const path = link ? replacedPath(target) : target;
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.W_OK);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            return `cannot write (${(0,host_files/* errnoText */.iQ)(e)})`;
    }
    const dir = (0,external_node_path_.dirname)(path);
    if (!dirs)
        return directoryRefuses(dir);
    if (!dirs.has(dir))
        dirs.set(dir, directoryRefuses(dir));
    return dirs.get(dir);
}
/** A failed write, naming the target (never the temp file). */
const cannotWrite = (target, e) => Object.assign(new Error(`${(0,display/* displayName */.QC)(target)}: cannot write (${(0,host_files/* errnoText */.iQ)(e)})`, { cause: e }), {
    code: e.code,
});
/** What is at path (links followed), or undefined when nothing is. */
function statIfThere(path) {
    try {
        return (0,external_node_fs_.statSync)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/**
 * Replace one file (see writeFileAtomic), after sweeping its directory of stale temp files once
 * (`listings`: what a walk saw there). The caller listens for signals.
 */
function replaceAtomic({ path: target, data, kept, newMode, link = true }, listings) {
    const path = link ? replacedPath(target) : target;
    let old = kept;
    if (!old) {
        let st;
        try {
            st = statIfThere(path);
        }
        catch (e) {
            throw cannotWrite(target, e);
        }
        (0,host_files/* assertRegularFile */.fA)(target, st);
        old = st;
    }
    const dir = (0,external_node_path_.dirname)(path);
    (0,temp_files/* sweepStaleTemps */.RX)(dir, listings?.get(dir));
    try {
        replaceFile(path, data, old, newMode ?? 0o644);
    }
    catch (e) {
        throw cannotWrite(target, e);
    }
}
/** Our effective uid and gid, to which a file's owner is compared (none on Windows). */
const euid = process.geteuid?.();
const egid = process.getegid?.();
/**
 * Give the temp file the owner of the file it replaces, when that is not us and we may (root under
 * `sudo -E` writing the user's config.json), as the docker CLI does. Without the right (EPERM: we
 * are not root), the new file is ours, as a plain write by us would make it.
 */
function keepOwner(fd, { uid, gid }) {
    if (euid === undefined || (uid === euid && gid === egid))
        return;
    try {
        (0,external_node_fs_.fchownSync)(fd, uid, gid);
    }
    catch (e) {
        if (e.code !== 'EPERM')
            throw e;
    }
}
function replaceFile(path, data, old, newMode) {
    const fileMode = old ? old.mode & 0o7777 : newMode;
    // O_EXCL: a leftover or concurrent temp file with this name is never clobbered; try the next one.
    let tmp = '';
    let fd = -1;
    while (fd === -1) {
        tmp = (0,temp_files/* tempPath */.EZ)(path);
        try {
            fd = (0,external_node_fs_.openSync)(tmp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL, fileMode);
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
    }
    try {
        try {
            const bytes = typeof data === 'string' ? Buffer.from(data) : data;
            for (let off = 0; off < bytes.length;)
                off += (0,external_node_fs_.writeSync)(fd, bytes, off);
            if (old)
                keepOwner(fd, old);
            // The umask may have narrowed the mode given to open, and so may a default ACL of the directory
            // (it replaces the umask there), which only a syscall of its own could show: always set it
            // (after fchown, which clears the set-id bits).
            (0,external_node_fs_.fchmodSync)(fd, fileMode);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.renameSync)(tmp, path);
    }
    catch (e) {
        try {
            (0,external_node_fs_.unlinkSync)(tmp);
        }
        catch { }
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/host/atomic-write.ts
// Replacing files atomically, one (writeFileAtomic) or a batch (writeBatch): each file is a temp file
// written beside the target and renamed over it (replace-file.ts). Writes are synchronous, so a
// signal handler (JavaScript runs it between synchronous calls) never meets a temp file on disk:
// listening for SIGINT and SIGTERM is what keeps a signal from killing the process between open and
// rename. A temp file still left (SIGKILL, a crash) is removed by the next write into its directory
// once its process is gone (temp-files.ts).



// What the writers' callers also need: the check before a batch, a batch's files, a walk's listings.

let listening = false;
let batches = 0;
let batchSignal;
/** The exit status a shell gives a process ended by a signal: 128 + its number (130, 143). */
function signalStatus(signal) {
    return 128 + (external_node_os_.constants.signals[signal] ?? 0);
}
function listenForSignals() {
    if (listening)
        return;
    listening = true;
    for (const signal of ['SIGINT', 'SIGTERM'])
        process.on(signal, onSignal);
}
function onSignal(signal) {
    // A batch stops at the next file and says what it wrote.
    if (batches > 0) {
        batchSignal ??= signal;
        return;
    }
    // Alone on this signal, end the process as the signal would have; other listeners decide for themselves.
    if (process.listenerCount(signal) === 1)
        process.exit(signalStatus(signal));
}
/**
 * Replace a file atomically: write a sibling temp file with the mode and owner of the file it
 * replaces (a new file: `newMode`, default 0644) and rename it over the original. rename(2) is
 * atomic, so a crash leaves either the old file or the new one, never a mix. A target that is not
 * a regular file is a NotRegularFileError (exit 2) and nothing is touched. No fsync: ext4, xfs and
 * btrfs order the data of a replace-by-rename before the rename itself, and a per-file fsync made
 * rewriting a 1,000-file checkout several times slower. A failure is thrown naming the target,
 * never the temp file.
 */
function writeFileAtomic(target, data, newMode) {
    listenForSignals();
    replaceAtomic({ path: target, data, newMode });
}
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
/** How long a batch writes before it lets a pending signal's handler run (a turn per file: ~10 ms per 1,000 files). */
const SIGNAL_CHECK_MS = 10;
/**
 * Replace files one after another, each atomically. A failed write stops the batch; so does SIGINT
 * or SIGTERM, within SIGNAL_CHECK_MS or one file (its handler runs when the batch gives the event
 * loop a turn, after a write has returned). Either way the outcome says which files were written.
 * `listings`, what the walk that found the files saw, spares reading their directories again.
 */
async function writeBatch(files, { listings } = {}) {
    listenForSignals();
    batches++;
    const written = [];
    const interrupted = (signal) => ({
        written,
        stopped: { reason: `interrupted by ${signal}`, signal },
    });
    let turn = Date.now();
    try {
        for (const f of files) {
            try {
                replaceAtomic(f, listings);
            }
            catch (e) {
                return {
                    written,
                    stopped: { path: f.path, reason: `cannot write (${(0,host_files/* errnoText */.iQ)(e.cause ?? e)})` },
                };
            }
            written.push(f.path);
            if (Date.now() - turn < SIGNAL_CHECK_MS)
                continue;
            await nextTurn(); // lets a pending signal's handler run
            turn = Date.now();
            if (batchSignal)
                return interrupted(batchSignal);
        }
        // A last turn: a signal that came during the last writes is still said.
        await nextTurn();
        return batchSignal ? interrupted(batchSignal) : { written };
    }
    finally {
        batches--;
        if (batches === 0)
            batchSignal = undefined;
    }
}


/***/ }),

/***/ 3285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QD: () => (/* binding */ specialFileKind),
/* harmony export */   U0: () => (/* binding */ encodeSource),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   Z7: () => (/* binding */ refusePlantedLink),
/* harmony export */   ZQ: () => (/* binding */ FileInputError),
/* harmony export */   fA: () => (/* binding */ assertRegularFile),
/* harmony export */   hZ: () => (/* binding */ kindOfFileName),
/* harmony export */   iQ: () => (/* binding */ errnoText),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError),
/* harmony export */   o$: () => (/* binding */ readSource),
/* harmony export */   uA: () => (/* binding */ refuseNonRegular)
/* harmony export */ });
/* unused harmony export kindOfName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4301);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9532);
// Reading the files to rewrite without losing a byte, and what kind of file each one is.





/**
 * What kind of file a name (no directory) is, by the names Docker, Compose and Kubernetes users give
 * them. The commonest name is told without a regex (one pattern for all kinds measured slower).
 */
function kindOfFileName(name) {
    if (name === 'Dockerfile')
        return 'dockerfile';
    if (/^(Dockerfile|Containerfile)([.-].*)?$/i.test(name) || /[._-](dockerfile|containerfile)$/i.test(name)) {
        return 'dockerfile';
    }
    if (/\.ya?ml$/i.test(name))
        return 'yaml';
    if (/\.images$/i.test(name) || /^images\.txt$/i.test(name))
        return 'list';
    return undefined;
}
/** What kind of file a path is, by its name (see kindOfFileName). */
function kindOfName(path) {
    return kindOfFileName((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path));
}
/** `EACCES: permission denied` from a Node file-system error, without the syscall and path it adds. */
function errnoText(e) {
    const err = e;
    return err.code ? err.message.replace(/, \w+( '.*')?$/s, '') : String(err.message ?? e);
}
/** An input file that cannot be taken (unreadable, binary, not UTF-8): an InputError that names it. */
class FileInputError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz {
    path;
    reason;
    constructor(path, reason) {
        super(`${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(path)}: ${reason}`);
        this.path = path;
        this.reason = reason;
    }
}
/** What a node that is not a regular file or directory is. */
function specialFileKind(st) {
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isDirectory())
        return 'a directory';
    return 'of another type';
}
/**
 * A path that names a device, FIFO, socket or directory (or a link to one) where a regular file
 * is read or replaced: someone else's node, never opened for reading (a FIFO blocks) nor replaced
 * (a rename over /dev/null would destroy it).
 */
class NotRegularFileError extends FileInputError {
    constructor(path, kind) {
        super(path, `not a regular file${kind ? ` (${kind})` : ''}`);
    }
}
/**
 * The one rule for the files we read and replace (the reader below and the writer in
 * replace-file.ts): a regular file, or nothing there (`st` undefined; a writer creates it).
 */
function assertRegularFile(path, st) {
    if (st && !st.isFile())
        throw new NotRegularFileError(path, specialFileKind(st));
}
/**
 * Refuse a path where a file will be written that is there and not a regular file: a check before
 * the first write of several, so that one such target changes nothing. Missing or unreachable: the
 * write itself says why.
 */
function refuseNonRegular(path) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch {
        return;
    }
    assertRegularFile(path, st);
}
/** The most links a path may pass through before we stop following (Linux's own limit). */
const MAX_LINK_HOPS = 40;
const euid = process.geteuid?.();
/**
 * Refuse a path that goes through a symbolic link another user planted in a shared folder (sticky
 * and writable by all, as /tmp): the link's owner is neither us nor the folder's owner. It is the
 * rule of the kernel's fs.protected_symlinks, held here too because it may be off (and root passes
 * it). Each link of the last component's chain is checked; the folders above are the user's choice.
 */
function refusePlantedLink(path) {
    if (euid === undefined)
        return; // no owners to compare (Windows)
    let at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at);
        }
        catch {
            return; // nothing there: the write says why, or creates it
        }
        if (!st.isSymbolicLink())
            return;
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at);
        const folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir);
        const shared = (folder.mode & 0o1002) === 0o1002;
        if (shared && st.uid !== euid && st.uid !== folder.uid)
            throw new FileInputError(path, `a symbolic link another user (uid ${st.uid}) owns in the shared folder ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(dir)}; not followed`);
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(at));
    }
}
/** A line that starts with a Dockerfile instruction. */
const INSTRUCTION_RE = /^[ \t]*(FROM|ARG|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)([ \t]+\S|[ \t]*[\\`][ \t]*$)/im;
/** Kind of a file named explicitly: by its name, else a Dockerfile when a line starts with an instruction. */
function sniffKind(path, text) {
    return kindOfName(path) ?? (INSTRUCTION_RE.test(text.slice((0,_core_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .bomLength */ .L1)(text))) ? 'dockerfile' : 'list');
}
/** A NUL byte in the first 8 KiB: what git and grep take for a binary file (no subarray: it costs more than the search). */
function looksBinary(bytes) {
    const nul = bytes.indexOf(0);
    return nul !== -1 && nul < 8192;
}
/** What a path names, when a stat can tell. */
function kindOf(path) {
    try {
        return specialFileKind((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path));
    }
    catch {
        return undefined;
    }
}
/** Opening without waiting: a FIFO opened for reading would block until a writer came. */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/**
 * The bytes of a regular file, its permission bits and owner, and whether the path is a symbolic
 * link: one open, fstat, read and close, as a plain read costs, so a replace needs no stat or
 * realpath of its own. Anything but a regular file is a NotRegularFileError, found by fstat on the
 * open descriptor (no window for a swap) and never read; a socket cannot be opened (ENXIO).
 * Other failures are thrown as the file system gave them (ENOENT for a missing file).
 */
function readRegularFile(path) {
    // Without O_NOFOLLOW (Windows) a link cannot be told apart here: say it may be one.
    let link = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW === undefined;
    let fd;
    try {
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_FLAGS | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
        }
        catch (e) {
            // ELOOP: the last component is a symbolic link (open follows it when told to).
            if (e.code !== 'ELOOP')
                throw e;
            link = true;
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_FLAGS);
        }
    }
    catch (e) {
        // open(2) refuses a socket, and a device with no driver, with ENXIO.
        if (e.code === 'ENXIO')
            throw new NotRegularFileError(path, kindOf(path));
        throw e;
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        assertRegularFile(path, st);
        // Read up to the size fstat gave, as readFileSync does; a size of 0 (a /proc file) reads to EOF.
        let bytes = Buffer.allocUnsafe(st.size || 8192);
        let length = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, length, bytes.length - length, null);
            length += n;
            if (n === 0 || length === st.size)
                break;
            if (length === bytes.length)
                bytes = Buffer.concat([bytes, Buffer.allocUnsafe(bytes.length)]);
        }
        return {
            bytes: bytes.subarray(0, length),
            kept: { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid },
            link,
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Read a file for rewriting. Dockerfiles and lists are read as latin1, one character per byte, so
 * any encoding survives byte for byte; YAML needs real characters and must be valid UTF-8.
 */
function readSource(path, kind) {
    let read;
    try {
        read = readRegularFile(path);
    }
    catch (e) {
        if (e instanceof FileInputError)
            throw e;
        throw new FileInputError(path, `cannot read (${errnoText(e)})`);
    }
    const { bytes, kept, link } = read;
    if (looksBinary(bytes))
        throw new FileInputError(path, 'binary file (contains NUL bytes); not rewritten');
    const latin1 = bytes.toString('latin1');
    const k = kind ?? sniffKind(path, latin1);
    if (k !== 'yaml')
        return { path, kind: k, text: latin1, encoding: 'latin1', kept, link };
    try {
        const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
        return { path, kind: k, text, encoding: 'utf8', kept, link };
    }
    catch {
        throw new FileInputError(path, 'not valid UTF-8; YAML files must be UTF-8');
    }
}
function encodeSource(file, text) {
    return Buffer.from(text, file.encoding);
}


/***/ }),

/***/ 756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ tempPath),
/* harmony export */   Oi: () => (/* binding */ processRuns),
/* harmony export */   RX: () => (/* binding */ sweepStaleTemps)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The temp files a replace writes beside its target, `.NAME.<pid>.<n>.tmp`: their name, and the sweep
// that removes those a killed process left (SIGKILL, a crash). Apart from the replace itself because
// the sweep reads directories and other processes' pids, which the one-file replace never needs.


/** `.NAME.<pid>.<n>.tmp`: the temp file for NAME, by process <pid>. */
const TEMP_NAME = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/;
/** The largest pid Linux can give (PID_MAX_LIMIT); a larger number is not one of our temp files. */
const PID_MAX = 4_194_304;
let tempCounter = 0;
const swept = new Set();
/** The next temp file name for path, beside it (TEMP_NAME); each call gives a new one. */
function tempPath(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${tempCounter++}.tmp`);
}
/**
 * Whether a process with this pid runs now (another user's too: kill(pid, 0) answers EPERM). Our own
 * pid is not counted: we leave no temp file, and hold no lock (file-lock.ts), between turns.
 */
function processRuns(pid) {
    if (pid === process.pid)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** Whether a name may be one of our temp files (a cheap test before TEMP_NAME). */
const mayBeTemp = (name) => name.endsWith('.tmp') && TEMP_NAME.test(name);
/**
 * Remove the temp files an interrupted run left in dir: our name, beside their file, their process
 * gone. `listed`, the names a walk just saw in dir, spares reading it again (none of our names
 * there: nothing to remove). Each directory is swept once per process.
 */
function sweepStaleTemps(dir, listed) {
    if (swept.has(dir))
        return;
    swept.add(dir);
    if (listed && !listed.some(mayBeTemp))
        return;
    let names;
    try {
        names = listed ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return;
    }
    const present = new Set(names);
    for (const name of names) {
        const m = TEMP_NAME.exec(name);
        const pid = Number(m?.[2]);
        if (!m || !present.has(m[1]) || pid < 1 || pid > PID_MAX || processRuns(pid))
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
        }
        catch { }
    }
}


/***/ })

};
