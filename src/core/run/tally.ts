// What a run has recorded so far: one row per planned target, and the counters the result reports.

import { progressOf } from '../job.ts';
import type { Progress } from '../job.ts';
import type { ManifestRow, Target } from '../types.ts';

export class Tally {
  planned = 0;
  completed = 0;
  failed = 0;
  /** Pages sent to the browser, and pages whose baseline capture was carried over (--incremental). */
  rendered = 0;
  reused = 0;
  /** Baseline thumbnails carried over and part thumbnails written: the gallery shows them. */
  readonly thumbnails = new Set<string>();
  /** Resolves at the first recorded row: the other workers wait for it (see STAGGER_MS in pipeline.ts). */
  readonly firstRecorded: Promise<void>;
  // Indexed by target.index; rows arrive out of order, so the array has holes until every target is recorded.
  readonly #rows: ManifestRow[] = [];
  #firstDone!: () => void;

  constructor(private readonly onResult: (row: ManifestRow, progress: Progress) => void) {
    this.firstRecorded = new Promise<void>((resolve) => { this.#firstDone = resolve; });
  }

  get progress(): Progress {
    return progressOf(this.planned, this.completed, this.failed);
  }

  record(target: Target, row: ManifestRow): void {
    this.#firstDone();
    this.#rows[target.index] = row;
    if (row.status === 'ok') this.completed++;
    else this.failed++;
    this.onResult(row, this.progress);
  }

  /**
   * The rows in plan order, once the pipeline has ended. Every planned target reaches a worker,
   * which records it (as interrupted, when the run stopped), so a hole is a bug in the run loop:
   * say so here rather than let every reader defend against `undefined`.
   */
  rows(): ManifestRow[] {
    const rows = Array.from(this.#rows);
    if (rows.length !== this.planned || rows.some((r) => r === undefined)) {
      throw new Error(`internal error: ${this.planned} targets planned but ${rows.filter(Boolean).length} rows recorded`);
    }
    return rows;
  }
}
