import type { FaultKind } from './faults.js';

export type Endpoint = 'api' | 'registry' | 'cdn';

/** One request as the emulator saw it. `status` 0 means no HTTP answer (socket reset, CDN hang). */
export interface LogEntry {
  readonly at: number;
  readonly endpoint: Endpoint;
  readonly operation: string;
  readonly method?: string;
  readonly repository?: string;
  readonly reference?: string;
  readonly status: number;
  readonly fault?: FaultKind;
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

  get entries(): readonly LogEntry[] {
    return this.#entries;
  }

  add(entry: Omit<LogEntry, 'at'> & { at?: number }): void {
    this.#entries.push({ ...entry, at: entry.at ?? Date.now() });
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
