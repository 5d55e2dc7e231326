import type { FaultKind } from './faults.js';

export type Endpoint = 'api' | 'registry' | 'cdn';

/** One request as the emulator saw it. `status` 0 means no HTTP answer (socket reset, CDN hang). */
export interface LogEntry {
  /** When it was answered, in ms on the stand-in's clock (real time plus what tests advanced it by). */
  readonly at: number;
  readonly endpoint: Endpoint;
  readonly operation: string;
  readonly method?: string;
  readonly repository?: string;
  readonly reference?: string;
  readonly status: number;
  readonly fault?: FaultKind;
  /** The quota bucket that refused it ('api', 'registry', an operation or a group name). */
  readonly quota?: string;
}

export type LogFilter = Partial<Omit<LogEntry, 'at'>> | ((entry: LogEntry) => boolean);

function matches(entry: LogEntry, filter: LogFilter | undefined): boolean {
  if (filter === undefined) return true;
  if (typeof filter === 'function') return filter(entry);
  return Object.entries(filter).every(([key, value]) => entry[key as keyof LogEntry] === value);
}

/** Every request the emulator answered (or refused to), in arrival order of their answers. */
export class RequestLog {
  readonly #entries: LogEntry[] = [];
  readonly #now: () => number;

  /** `now`: the stand-in's clock, the one its quotas refill on, so the two agree on time. */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  get entries(): readonly LogEntry[] {
    return this.#entries;
  }

  add(entry: Omit<LogEntry, 'at'> & { at?: number }): void {
    this.#entries.push({ ...entry, at: entry.at ?? this.#now() });
  }

  count(filter?: LogFilter): number {
    return this.#entries.filter((e) => matches(e, filter)).length;
  }

  countByOperation(filter?: LogFilter): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const e of this.#entries) {
      if (matches(e, filter)) counts[e.operation] = (counts[e.operation] ?? 0) + 1;
    }
    return counts;
  }

  forImage(repository: string, reference?: string): LogEntry[] {
    return this.#entries.filter(
      (e) => e.repository === repository && (reference === undefined || e.reference === reference),
    );
  }

  clear(): void {
    this.#entries.length = 0;
  }
}
