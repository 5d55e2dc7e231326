// Replacing files atomically, one (writeFileAtomic) or a batch (writeBatch): each file is a temp file
// written beside the target and renamed over it (replace-file.ts). Writes are synchronous, so a
// signal handler (JavaScript runs it between synchronous calls) never meets a temp file on disk:
// listening for SIGINT and SIGTERM is what keeps a signal from killing the process between open and
// rename. A temp file still left (SIGKILL, a crash) is removed by the next write into its directory
// once its process is gone (temp-files.ts).

import { constants as osConstants } from 'node:os';
import { errnoText } from './files.js';
import { type Replacement, replaceAtomic } from './replace-file.js';
import type { Listings } from './temp-files.js';

// What the writers' callers also need: the check before a batch, a batch's files, a walk's listings.
export { cannotReplace, type Replacement } from './replace-file.js';
export type { Listings } from './temp-files.js';

let listening = false;
let batches = 0;
let batchSignal: NodeJS.Signals | undefined;

/** The exit status a shell gives a process ended by a signal: 128 + its number (130, 143). */
export function signalStatus(signal: NodeJS.Signals): number {
  return 128 + (osConstants.signals[signal] ?? 0);
}

function listenForSignals(): void {
  if (listening) return;
  listening = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, onSignal);
}

function onSignal(signal: NodeJS.Signals): void {
  // A batch stops at the next file and says what it wrote.
  if (batches > 0) {
    batchSignal ??= signal;
    return;
  }
  // Alone on this signal, end the process as the signal would have; other listeners decide for themselves.
  if (process.listenerCount(signal) === 1) process.exit(signalStatus(signal));
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
export function writeFileAtomic(target: string, data: Buffer | string, newMode?: number): void {
  listenForSignals();
  replaceAtomic({ path: target, data, newMode });
}

/** How a batch of writes ended: the files replaced, in order, and why it stopped early if it did. */
export interface BatchOutcome {
  readonly written: readonly string[];
  readonly stopped?: {
    /** The file whose write failed (absent when a signal stopped the batch). */
    readonly path?: string;
    readonly reason: string;
    readonly signal?: NodeJS.Signals;
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
/** How long a batch writes before it lets a pending signal's handler run (a turn per file: ~10 ms per 1,000 files). */
const SIGNAL_CHECK_MS = 10;

/**
 * Replace files one after another, each atomically. A failed write stops the batch; so does SIGINT
 * or SIGTERM, within SIGNAL_CHECK_MS or one file (its handler runs when the batch gives the event
 * loop a turn, after a write has returned). Either way the outcome says which files were written.
 * `listings`, what the walk that found the files saw, spares reading their directories again.
 */
export async function writeBatch(
  files: readonly Replacement[],
  { listings }: { listings?: Listings } = {},
): Promise<BatchOutcome> {
  listenForSignals();
  batches++;
  const written: string[] = [];
  const interrupted = (signal: NodeJS.Signals) => ({
    written,
    stopped: { reason: `interrupted by ${signal}`, signal },
  });
  let turn = Date.now();
  try {
    for (const f of files) {
      try {
        replaceAtomic(f, listings);
      } catch (e) {
        return {
          written,
          stopped: { path: f.path, reason: `cannot write (${errnoText((e as Error).cause ?? e)})` },
        };
      }
      written.push(f.path);
      if (Date.now() - turn < SIGNAL_CHECK_MS) continue;
      await nextTurn(); // lets a pending signal's handler run
      turn = Date.now();
      if (batchSignal) return interrupted(batchSignal);
    }
    // A last turn: a signal that came during the last writes is still said.
    await nextTurn();
    return batchSignal ? interrupted(batchSignal) : { written };
  } finally {
    batches--;
    if (batches === 0) batchSignal = undefined;
  }
}
