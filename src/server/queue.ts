// The job queue: job ids in, a processor called for each with an AbortSignal.
// The embedded queue runs `workers` jobs at a time in this process; a
// BullMQ/Redis queue can implement the same interface for many machines.

import type { CANCELED } from '../core/run.ts';

/** Why a running job's signal was aborted: canceled by its owner (the run ends `canceled`), or the server or worker stops. */
export type AbortReason = typeof CANCELED | 'shutdown';

/**
 * What became of a job the processor was given. `requeue`: its render process
 * died (out of memory, killed), which is not the job's fault, as with a
 * crashed worker; the Job document is back to 'pending', with the attempt
 * counted, and the queue runs it again. `settled`: anything else (it ended,
 * or was handed back on shutdown).
 */
export type ProcessOutcome = 'settled' | 'requeue';

export type JobProcessor = (jobId: string, signal: AbortSignal) => Promise<ProcessOutcome>;

/** dequeued: it was waiting and will not run; aborted: it was running and is stopping; absent: neither. */
export type CancelOutcome = 'dequeued' | 'aborted' | 'absent';

export interface StopOptions {
  /** Abort running jobs (reason 'shutdown') at once, or let them finish first. */
  abortRunning: boolean;
  /** When letting them finish: abort whatever still runs after this long. */
  timeoutMs: number;
}

export interface JobQueue {
  /** Begins calling processor for queued jobs. */
  start(processor: JobProcessor): Promise<void>;
  /** Adds a job id at the back; an id already waiting or running is not added twice. */
  enqueue(jobId: string): Promise<void>;
  cancel(jobId: string): Promise<CancelOutcome>;
  /** Jobs waiting (not running). */
  waiting(): Promise<number>;
  /** True between start() and stop(). */
  readonly ready: boolean;
  /** Stops taking jobs; resolves when no processor runs any more. */
  stop(options: StopOptions): Promise<void>;
}

export class EmbeddedQueue implements JobQueue {
  private readonly queued: string[] = [];
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private processor: JobProcessor | null = null;
  private stopping = false;

  constructor(
    private readonly workers: number,
    private readonly onError: (jobId: string, err: unknown) => void = () => {},
  ) {}

  get ready(): boolean {
    return this.processor !== null && !this.stopping;
  }

  async start(processor: JobProcessor): Promise<void> {
    this.processor = processor;
    this.stopping = false;
    this.pump();
  }

  async enqueue(jobId: string): Promise<void> {
    if (this.queued.includes(jobId) || this.running.has(jobId)) return;
    this.queued.push(jobId);
    this.pump();
  }

  async cancel(jobId: string): Promise<CancelOutcome> {
    const at = this.queued.indexOf(jobId);
    if (at !== -1) {
      this.queued.splice(at, 1);
      return 'dequeued';
    }
    const run = this.running.get(jobId);
    if (run) {
      run.controller.abort('cancelled' satisfies AbortReason);
      return 'aborted';
    }
    return 'absent';
  }

  async waiting(): Promise<number> {
    return this.queued.length;
  }

  async stop(options: StopOptions): Promise<void> {
    this.stopping = true;
    const all = (): Promise<unknown> => Promise.all([...this.running.values()].map((r) => r.done));
    const abortAll = (): void => {
      for (const r of this.running.values()) r.controller.abort('shutdown' satisfies AbortReason);
    };
    if (options.abortRunning) abortAll();
    else {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, options.timeoutMs);
      });
      await Promise.race([all(), timedOut]);
      clearTimeout(timer);
      abortAll();
    }
    await all();
    this.processor = null;
  }

  private pump(): void {
    const processor = this.processor;
    if (!processor || this.stopping) return;
    while (this.running.size < this.workers && this.queued.length > 0) {
      const jobId = this.queued.shift()!;
      const controller = new AbortController();
      const done = (async () => {
        let outcome: ProcessOutcome = 'settled';
        try {
          outcome = await processor(jobId, controller.signal);
        } catch (err) {
          this.onError(jobId, err);
        } finally {
          this.running.delete(jobId);
          // At the back: the jobs that waited meanwhile go first. While stopping, the next start's recovery queues it.
          if (outcome === 'requeue' && !this.stopping) this.queued.push(jobId);
          this.pump();
        }
      })();
      this.running.set(jobId, { controller, done });
    }
  }
}
