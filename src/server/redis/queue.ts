// The API server's side of the BullMQ queue: job ids go in, render workers
// (`framecap worker`, any number, any machine) take them out. The server
// renders nothing itself in this mode.
//
// Cancelling a running job crosses processes: a retained message on the
// job's BullMQ Relay topic reaches the worker that runs it (see cancel.ts).

import { Queue } from 'bullmq';
import type { JobsOptions, Relay } from 'bullmq';
import type { CancelOutcome, JobQueue, JobProcessor, StopOptions } from '../queue.ts';
import { openRelay, publishCancel } from './cancel.ts';
import { KEY_PREFIX, QUEUE_NAME, bullConnection, connectRedis, openRedis } from './connection.ts';

/** The server's settings a worker applies to a job, so every worker treats it the same. */
export interface JobSettings {
  resultTtlMs: number;
  maxAttempts: number;
  publicUrl: string | null;
}

/** What one BullMQ job carries: the job id (its document is in the store) and the server's settings. */
export interface RenderJobData {
  jobId: string;
  settings: JobSettings;
}

/**
 * BullMQ retries a job whose processor threw (a Redis or storage error, not a
 * failed page: those end up in the Job document) after 2 s, then 4 s.
 * Crashed workers are a different path: their jobs are "stalled" and taken
 * over by another worker; the runner counts those attempts (maxAttempts).
 */
const JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2_000 },
  // The Job document is the record that lasts; BullMQ's copy is only the work item.
  removeOnComplete: true,
  removeOnFail: true,
};

const CLOSE_WAIT_MS = 2_000;

const WAITING_STATES = new Set(['waiting', 'delayed', 'prioritized', 'paused', 'waiting-children']);

export class BullJobQueue implements JobQueue {
  private readonly queue: Queue<RenderJobData>;
  private readonly relay: Relay;
  private started = false;
  private stopped = false;

  constructor(private readonly url: string, private readonly settings: JobSettings) {
    this.queue = new Queue<RenderJobData>(QUEUE_NAME, { connection: bullConnection(url), prefix: KEY_PREFIX });
    // An unhandled 'error' event would end the process; ioredis reconnects by itself.
    this.queue.on('error', () => {});
    this.relay = openRelay(url, 'framecap-api');
  }

  async open(): Promise<void> {
    // A connection of our own first: it fails fast with a message that says what to fix.
    const probe = openRedis(this.url, 'api');
    try {
      await connectRedis(probe, this.url);
    } finally {
      probe.disconnect();
    }
    await Promise.all([this.queue.waitUntilReady(), this.relay.waitUntilReady()]);
  }

  get ready(): boolean {
    return this.started && !this.stopped;
  }

  /** The processor is not used: workers render (`framecap worker`). */
  async start(_processor: JobProcessor): Promise<void> {
    this.started = true;
    this.stopped = false;
  }

  async enqueue(jobId: string): Promise<void> {
    // The BullMQ job id is the job's id: adding one that is still queued or running is a no-op.
    await this.queue.add('render', { jobId, settings: this.settings }, { ...JOB_OPTIONS, jobId });
  }

  async cancel(jobId: string): Promise<CancelOutcome> {
    const job = await this.queue.getJob(jobId);
    const state = job ? await job.getState() : 'unknown';
    // A job that never started is removed; one a crashed worker left behind (attemptsStarted > 0)
    // has a Job document still 'processing': the worker that takes it over hears the retained cancel.
    if (job && WAITING_STATES.has(state) && job.attemptsStarted === 0) {
      try {
        await job.remove();
        return 'dequeued';
      } catch {
        // A worker took it meanwhile: it is running now.
      }
    }
    // Published whatever the state: retained, it also reaches a worker that takes the job later.
    await publishCancel(this.relay, jobId);
    return state === 'completed' || state === 'failed' || state === 'unknown' ? 'absent' : 'aborted';
  }

  async waiting(): Promise<number> {
    return this.queue.getJobCountByTypes('waiting', 'delayed', 'prioritized');
  }

  /** Running jobs belong to the workers: stopping the API server leaves them alone. */
  async stop(_options: StopOptions): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    // Both say goodbye to Redis; when it is gone they would wait for it, so they get a moment, not more.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([this.queue.close(), this.relay.close()]),
      new Promise((resolve) => { timer = setTimeout(resolve, CLOSE_WAIT_MS); }),
    ]);
    clearTimeout(timer);
  }
}
