export const id = 828;
export const ids = [828];
export const modules = {

/***/ 828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   warmCommand: () => (/* binding */ warmCommand)
/* harmony export */ });
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5553);
/* harmony import */ var _core_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4301);
/* harmony import */ var _core_timeouts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5623);
/* harmony import */ var _core_warm_progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9038);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1332);
/* harmony import */ var _run_progress_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(861);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(353);
// warm: thin glue over the library's warm(): flags in; progress and a summary table on stderr;
// the JSON report on stdout; exit 1 when an image is not ready.







const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
/**
 * Progress on stderr: one line per event, and on a terminal a live status line kept below them;
 * elsewhere (a CI log) a line when an import starts and a heartbeat while images import.
 */
function progress(io) {
    let live = io.stderrIsTTY;
    const log = live ? undefined : (0,_run_progress_log_js__WEBPACK_IMPORTED_MODULE_4__/* .progressLog */ .m)((l) => io.err(l), (0,_core_warm_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .heartbeatMs */ .fO)(io.env));
    const startedAt = Date.now();
    let status = '';
    let timer;
    let counts = { ready: 0, failed: 0, total: 0 };
    const line = () => `waiting: ${counts.ready}/${counts.total} ready, ${counts.failed} failed, ` +
        `${counts.total - counts.ready - counts.failed} importing (${seconds(Date.now() - startedAt)})`;
    const draw = () => {
        if (!live)
            return;
        status = line();
        io.errRaw(`\r\x1b[2K${status}`);
    };
    const print = (text, write = io.err) => {
        if (live && status)
            io.errRaw('\r\x1b[2K');
        write(text);
        draw();
    };
    return {
        onEvent(e) {
            if (e.type === 'started') {
                counts = { ready: 0, failed: 0, total: e.total };
                for (const n of e.notes)
                    print(`note: ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayLine */ .pr)(n)}`);
                print(`warming ${e.total} image(s) in ${e.registry} (timeout ${(0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(e.timeoutMs)})`);
                if (live)
                    timer = setInterval(draw, 1000).unref();
            }
            else if (e.type === 'finished') {
                counts = { ready: e.ready, failed: e.failed, total: e.total };
                print((0,_core_warm_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .finishedLine */ .fb)(e.result), e.result.status === 'ready' ? io.err : io.error);
            }
            log?.onEvent(e);
        },
        stop() {
            log?.stop();
            clearInterval(timer);
            if (live && status)
                io.errRaw('\r\x1b[2K');
            status = '';
            live = false;
        },
    };
}
function table(rows) {
    const cells = rows.map((r) => [
        r.image,
        r.status,
        r.seconds.toFixed(1),
        String(r.attempts),
        r.status === 'ready'
            ? `${r.digest?.slice(0, 19) ?? ''}${r.platforms.length ? ` ${r.platforms.join(',')}` : ''}`
            : (0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayLine */ .pr)(r.error ?? ''),
    ]);
    const head = ['IMAGE', 'STATUS', 'SECONDS', 'ATTEMPTS', 'DETAIL'];
    const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
    const fmt = (c) => c
        .map((x, i) => (i === 2 || i === 3 ? x.padStart(width[i]) : i === 4 ? x : x.padEnd(width[i])))
        .join('  ');
    const indent = ' '.repeat(width.slice(0, 4).reduce((n, w) => n + w + 2, 0));
    return [head, ...cells]
        .flatMap((c, i) => {
        const hint = i > 0 ? rows[i - 1]?.hint : undefined;
        return hint ? [fmt(c), `${indent}hint: ${(0,_core_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayLine */ .pr)(hint)}`] : [fmt(c)];
    })
        .join('\n');
}
/** At most N calls per second, in bursts of up to 2N; how it starts and backs off stays the default. */
const rateLimit = (n) => ({ ratePerSec: n, burst: 2 * n });
const warmCommand = {
    name: 'warm',
    summary: 'make every image ready in the pull-through cache before a build pulls it',
    options: {
        ..._command_js__WEBPACK_IMPORTED_MODULE_5__/* .TARGET_OPTIONS */ .FG,
        from: { type: 'string', multiple: true },
        platform: { type: 'string', multiple: true },
        'verify-layers': { type: 'boolean' },
        buildkit: { type: 'boolean' },
        concurrency: { type: 'string' },
        'poll-base': { type: 'string' },
        'poll-cap': { type: 'string' },
        rate: { type: 'string' },
        json: { type: 'boolean' },
    },
    help: `Usage: ecr-pull-through warm [IMAGE...] [--from PATH]... [options]

Pulls each image once through the pull-through cache, which makes ECR import it, then waits until
ECR holds it (DescribeImages lists its tag and, for a multi-platform image, every child), so that
the build's pulls are served from ECR instead of the upstream. IMAGE is a reference (node:20,
ghcr.io/o/app:1) or a cache URI. No docker binary is needed.

Options:
${_command_js__WEBPACK_IMPORTED_MODULE_5__/* .TARGET_HELP */ .aL}
  --from PATH             take the images from a Dockerfile, image list, compose or Kubernetes
                          YAML file, or the files of a directory (repeat for more paths)
  --platform OS/ARCH      of a multi-platform image, wait only for this child (repeat)
  --verify-layers         also wait until every layer is AVAILABLE (BatchCheckLayerAvailability)
  --buildkit              also warm the BuildKit builder image (${_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILDKIT_BUILDER_IMAGE */ .$8})
                          that docker/setup-buildx-action runs
  --timeout DURATION      for the whole run: the token, discovery and the waiting (default ${(0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(_core_timeouts_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_WARM_TIMEOUT_MS */ .j4)});
                          a silent endpoint is named when time runs out
  --concurrency N         requests in flight at once (default ${_core_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONCURRENCY */ .WH})
  --poll-base DURATION    shortest wait between checks (default 1s)
  --poll-cap DURATION     longest wait between checks (default 15s); in between, each check
                          waits a tenth of the time waited so far
  --rate N                API calls per second for all images together (default 20)
  --json                  print {"images":[{"image","uri","status","digest","platforms",
                          "attempts","seconds","error","hint"}]} on stdout

Exit status: 0 every image is ready, 1 an image is not, 2 usage or input error.`,
    async run(v, positionals, io) {
        const shown = progress(io);
        try {
            const result = await (0,_index_js__WEBPACK_IMPORTED_MODULE_3__/* .warm */ .Ko)({
                ...(0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .targetOptions */ .Gl)(v, io),
                images: v.buildkit ? [...positionals, _index_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILDKIT_BUILDER_IMAGE */ .$8] : positionals,
                from: v.from,
                platforms: v.platform?.flatMap((p) => p.split(',')),
                verifyLayers: Boolean(v['verify-layers']),
                ...(v.concurrency !== undefined && {
                    concurrency: (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCount */ .zq)(v.concurrency, '--concurrency'),
                }),
                poll: {
                    ...(v['poll-base'] !== undefined && {
                        baseMs: (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDuration */ .E9)(v['poll-base'], '--poll-base'),
                    }),
                    ...(v['poll-cap'] !== undefined && { capMs: (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDuration */ .E9)(v['poll-cap'], '--poll-cap') }),
                },
                ...(v.rate !== undefined && { rateLimit: rateLimit((0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCount */ .zq)(v.rate, '--rate')) }),
                onEvent: (e) => shown.onEvent(e),
            });
            shown.stop();
            io.err(table(result.images));
            const ready = result.images.filter((r) => r.status === 'ready').length;
            if (result.ok)
                io.err(`${ready} image(s) ready in ${result.seconds.toFixed(1)}s`);
            else
                io.error(`${result.images.length - ready} of ${result.images.length} image(s) not ready`);
            if (v.json)
                io.out(`${JSON.stringify({ images: result.images }, null, 2)}\n`);
            return result.ok ? _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failed;
        }
        finally {
            shown.stop();
        }
    },
};


/***/ }),

/***/ 5553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   u_: () => (/* binding */ DEFAULT_LOGIN_METHOD),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* harmony import */ var _prepare_mode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5210);
/* harmony import */ var _timeouts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5623);
// Every default a caller of the whole job can leave out, in one table: the action reads its inputs'
// defaults here, the library's use cases name the same constants, and a test checks that action.yml
// declares the same. Timeouts have their home in timeouts.ts.


/** Images (and their calls) warmed at once. */
const DEFAULT_CONCURRENCY = 8;
/** `auto`: `docker login` when the engine's CLI is on PATH, else the docker config written directly. */
const DEFAULT_LOGIN_METHOD = 'auto';
/** By prepare's option names (the action's inputs are these, kebab-cased); the last two are the action's own. */
const DEFAULTS = {
    mode: _prepare_mode_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PREPARE_MODE */ .Ip,
    login: true,
    loginMethod: DEFAULT_LOGIN_METHOD,
    warm: true,
    warmTimeoutMs: _timeouts_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_WARM_TIMEOUT_MS */ .j4,
    concurrency: DEFAULT_CONCURRENCY,
    failOnUnmapped: false,
    warmBuildkit: false,
    /** The post step logs out unless told not to. */
    skipLogout: false,
    /** Passwords are always masked; the input is kept for compatibility with amazon-ecr-login. */
    maskPassword: true,
    /** docker_username_* / docker_password_* outputs, as amazon-ecr-login sets them: opt-in. */
    credentialOutputs: false,
};


/***/ }),

/***/ 5210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ DEFAULT_PREPARE_MODE),
/* harmony export */   LK: () => (/* binding */ prepareMode),
/* harmony export */   vS: () => (/* binding */ PREPARE_MODES)
/* harmony export */ });
/* harmony import */ var _choice_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9364);
// How the job makes builds use the cache. A rule of its own so that the CLI and the action check a
// mode where they parse it, without loading the use case (and the SDK) to do so.

/**
 * rewrite: the files name cache URIs. transparent: the files stay as they are and BuildKit's source
 * policy redirects the pulls (EXPERIMENTAL_BUILDKIT_SOURCE_POLICY). both: the two together.
 */
const PREPARE_MODES = ['rewrite', 'transparent', 'both'];
const DEFAULT_PREPARE_MODE = 'rewrite';
/** A mode given as text (an input, a flag), checked; `name` is what the user typed it into. */
function prepareMode(text, name = 'mode') {
    return text ? (0,_choice_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .y)(PREPARE_MODES, text, name) : DEFAULT_PREPARE_MODE;
}


/***/ }),

/***/ 9038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fO: () => (/* binding */ heartbeatMs),
/* harmony export */   fb: () => (/* binding */ finishedLine),
/* harmony export */   j0: () => (/* binding */ WarmProgress)
/* harmony export */ });
/* unused harmony exports HEARTBEAT_MS, HEARTBEAT_ENV */
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4301);
// What warm tells a log that is not a terminal (a CI log): a line per change of an image's state,
// and while any image is still importing a heartbeat at most HEARTBEAT_MS after the last line, so
// a reader never meets a long silence. Times are given by the caller: a test drives the clock.

/**
 * The silence after which a heartbeat is printed while an image imports: a second under the 15 s a
 * CI log may stay silent, for a timer that fires late on a busy runner (15.3 s gaps were seen at 15 s).
 */
const HEARTBEAT_MS = 14_000;
/** Only tests set it: a shorter heartbeat, so a test need not wait 14 s to see one. */
const HEARTBEAT_ENV = 'EPT_TEST_HEARTBEAT_MS';
/** The heartbeat interval the environment asks for (tests only), else HEARTBEAT_MS. */
function heartbeatMs(env) {
    const ms = Number(env[HEARTBEAT_ENV]);
    return Number.isInteger(ms) && ms > 0 && ms < HEARTBEAT_MS ? ms : HEARTBEAT_MS;
}
const secs = (ms) => `${Math.round(ms / 1000)}s`;
/** The line that says how an image's warm ended, as `warm` and `prepare` print it. */
function finishedLine(r) {
    return r.status === 'ready'
        ? `ready   ${r.image} (${r.seconds.toFixed(1)}s)`
        : `failed  ${r.image}: ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayLine */ .pr)(r.error ?? '')}`;
}
class WarmProgress {
    heartbeatMs;
    #importing = new Map(); // image → when its import started
    #total = 0;
    #ready = 0;
    #finished = 0;
    #lastLineAt;
    constructor(startedAt, heartbeatMs = HEARTBEAT_MS) {
        this.heartbeatMs = heartbeatMs;
        this.#lastLineAt = startedAt;
    }
    /** Follows `event`, seen at `at`; returns the line that says an import started, if it did. */
    seen(event, at) {
        this.#lastLineAt = at; // every event is printed by someone: the silence starts again
        if (event.type === 'started')
            this.#total = event.total;
        else if (event.type === 'triggered') {
            this.#importing.set(event.image, at);
            return `importing ${event.image}`;
        }
        else {
            this.#importing.delete(event.result.image);
            this.#ready = event.ready;
            this.#finished++;
        }
        return undefined;
    }
    /** Whether some image is not finished yet (so a heartbeat may be due). */
    get waiting() {
        return this.#finished < this.#total;
    }
    /** When the next heartbeat is due, if one will be. */
    dueAt() {
        return this.waiting ? this.#lastLineAt + this.heartbeatMs : undefined;
    }
    /** The heartbeat line when one is due at `at` (and the silence starts again), else undefined. */
    heartbeat(at) {
        const due = this.dueAt();
        if (due === undefined || at < due)
            return undefined;
        this.#lastLineAt = at;
        const head = `still waiting: ${this.#ready}/${this.#total} ready`;
        let slowest;
        for (const entry of this.#importing)
            if (!slowest || entry[1] < slowest[1])
                slowest = entry;
        if (!slowest)
            return `${head}; no import started yet`;
        const others = this.#importing.size - 1;
        return `${head}; slowest: ${slowest[0]}, importing for ${secs(at - slowest[1])}${others > 0 ? ` (and ${others} more importing)` : ''}`;
    }
}


/***/ }),

/***/ 861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ progressLog)
/* harmony export */ });
/* harmony import */ var _core_warm_progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9038);
// Drives core/warm/progress.ts with the clock and a timer: the glue (CLI warm and prepare, the
// action) hands it every warm event and a way to write a line; it writes the "importing" lines and
// the heartbeats, so each log that is not a terminal is never silent for long while images import.

function progressLog(write, heartbeatMs, now = Date.now) {
    const progress = new _core_warm_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .WarmProgress */ .j0(now(), heartbeatMs);
    let timer;
    let stopped = false;
    const arm = () => {
        clearTimeout(timer);
        const due = progress.dueAt();
        if (stopped || due === undefined)
            return;
        // unref: a heartbeat never keeps the process alive on its own.
        timer = setTimeout(beat, Math.max(0, due - now())).unref();
    };
    const beat = () => {
        const line = progress.heartbeat(now());
        if (line)
            write(line);
        arm();
    };
    return {
        onEvent(event) {
            const line = progress.seen(event, now());
            if (line)
                write(line);
            arm();
        },
        stop() {
            stopped = true;
            clearTimeout(timer);
        },
    };
}


/***/ })

};
