// The Jobs API's behaviour, free of HTTP: submit, read, list, cancel,
// download, recovery after a restart and the expiry sweep. Routes translate
// requests to these calls; errors are ApiErrors with the status to answer.

import { loadCatalog } from '../core/frame/index.ts';
import { newJob } from '../core/job.ts';
import type { Job, JobStatus, JobType } from '../core/job.ts';
import type { ResolvedServerConfig } from './config.ts';
import { ApiError, invalid, notFound } from './errors.ts';
import type { JobQueue } from './queue.ts';
import { backToPending, endWithoutResults, isFinal } from './job-lifecycle.ts';
import { publicJob } from './public-job.ts';
import { fingerprint, parseJobRequest, resolveRequest, webhookField, withinCaptureBudget } from './request.ts';
import { checkWebhookTarget } from './webhook-target.ts';
import type { AnyBody } from './request.ts';
import { RangeNotSatisfiable } from './storage.ts';
import type { ByteRange, PresignOptions, ResultStorage, StoredObject } from './storage.ts';
import { captureKeysOf, capturePathOf } from './store.ts';
import type { JobRecord, JobStore, JobView, StoredCapture } from './store.ts';
import type { WebhookDeliveries } from './webhook-delivery.ts';

export type { Notifier } from './webhook-delivery.ts';
export { isFinal } from './job-lifecycle.ts';

export interface ServiceDeps {
  config: ResolvedServerConfig;
  store: JobStore;
  storage: ResultStorage;
  queue: JobQueue;
  deliveries: WebhookDeliveries;
  log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  now?: () => Date;
}

export interface Submitted {
  record: JobRecord;
  /** An earlier request with the same Idempotency-Key made this job. */
  replay: boolean;
}

type FileInfo = Omit<PresignOptions, 'expiresInSeconds'>;

/** Bytes the server streams. */
export interface Download extends StoredObject, FileInfo {}

/** A URL the client fetches the bytes from instead (--download presign). */
export interface Redirect {
  redirect: string;
}

export type Delivery = Download | Redirect;

// A presigned URL is followed at once by the client that got the 302; an hour covers slow starts
// without leaving long-lived links around in proxy logs and browser histories.
const PRESIGN_MAX_SECONDS = 3600;

const WAIT_POLL_MS = 200;

export class JobService {
  private closing = false;
  private lastCreatedMs = 0;
  private readonly inflightSubmits = new Map<string, Promise<Submitted>>();
  private readonly now: () => Date;

  constructor(private readonly deps: ServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  get isClosing(): boolean {
    return this.closing;
  }

  /**
   * After a restart: jobs that were processing start again from the beginning,
   * pending ones are queued in submission order, and webhooks that had not
   * been delivered are sent.
   */
  async recover(): Promise<void> {
    for (const record of await this.deps.store.all()) {
      if (record.job.status === 'processing') {
        // The server stopped mid-job without handing it back (a crash): the attempt stays counted.
        backToPending(record, { refundAttempt: false });
        await this.deps.store.save(record);
      }
      if (record.job.status === 'pending') await this.deps.queue.enqueue(record.job.id);
      else this.jobFinished(record);
    }
  }

  /** `origin`: where the request was sent (requestOrigin), kept for the job's webhook. */
  async submit(owner: string, type: JobType, body: AnyBody, idempotencyKey: string | null, origin: string | null = null): Promise<Submitted> {
    if (this.closing) throw shuttingDown();
    if (idempotencyKey === null) return this.create(owner, type, body, null, origin);
    const print = fingerprint(type, body);
    const slot = `${owner}\u0000${idempotencyKey}`;
    // A retry racing the original request waits for it instead of making a second job.
    const racing = this.inflightSubmits.get(slot);
    if (racing) return this.replayOf(await racing, print);
    // Registered before the first await, so no second request can slip in between lookup and creation.
    const attempt = (async (): Promise<Submitted> => {
      const existing = await this.deps.store.findByIdempotencyKey(owner, idempotencyKey);
      if (existing) return { record: existing, replay: true };
      return this.create(owner, type, body, { key: idempotencyKey, fingerprint: print }, origin);
    })();
    this.inflightSubmits.set(slot, attempt);
    try {
      const result = await attempt;
      return result.replay ? this.replayOf(result, print) : result;
    } finally {
      this.inflightSubmits.delete(slot);
    }
  }

  private replayOf(earlier: Submitted, print: string): Submitted {
    if (earlier.record.idempotency?.fingerprint !== print) {
      throw new ApiError(422, 'idempotency_key_reused',
        'this Idempotency-Key was already used with a different request body: use a new key for a new job');
    }
    return { record: earlier.record, replay: true };
  }

  private async create(
    owner: string, type: JobType, body: AnyBody, idempotency: JobRecord['idempotency'], origin: string | null,
  ): Promise<Submitted> {
    const limits = { maxUrlsPerJob: this.deps.config.maxUrlsPerJob };
    const parsed = parseJobRequest(type, body, limits);
    // The same checks the run does, now, so a typo is a 400 rather than a failed job later.
    const { options } = resolveRequest(parsed, {
      output: 'validate.zip', browserPath: this.deps.config.browserPath, pageConcurrency: this.deps.config.pageConcurrency,
    });
    const request = withinCaptureBudget(parsed, body, options, limits);
    await checkDevice(options.frame.device);
    if (request.webhookUrl) await checkWebhookTarget(webhookField(body), request.webhookUrl, this.deps.config.egress);
    if ((await this.deps.queue.waiting()) >= this.deps.config.maxQueued) {
      const retryAfter = String(this.deps.config.retryAfterSeconds);
      throw new ApiError(429, 'queue_full',
        `the queue is full (${this.deps.config.maxQueued} jobs waiting): retry after ${retryAfter} s`,
        null, { 'retry-after': retryAfter });
    }
    // Strictly increasing creation times make job ids (ULIDs) sort in submission order, even within one millisecond.
    const createdMs = Math.max(this.now().getTime(), this.lastCreatedMs + 1);
    this.lastCreatedMs = createdMs;
    const job = newJob(type, new Date(createdMs));
    if (request.webhookUrl) {
      job.webhook_url = request.webhookUrl;
      job.webhook_status = 'pending';
    }
    const record: JobRecord = {
      job, owner, request, idempotency, attempts: 0, resultKey: null, capture: null, failures: [], webhookId: null, origin,
    };
    await this.deps.store.save(record);
    await this.deps.queue.enqueue(job.id);
    return { record, replay: false };
  }

  async get(owner: string, id: string): Promise<JobRecord> {
    return ownedBy(owner, id, await this.deps.store.get(id));
  }

  /** What GET /v1/jobs/{id} answers from: the job without its request (see JobView). */
  async view(owner: string, id: string): Promise<JobView> {
    return ownedBy(owner, id, await this.deps.store.view(id));
  }

  async list(owner: string, filter: { status?: JobStatus; limit: number; offset: number }) {
    return this.deps.store.list({ owner, ...filter });
  }

  /** Pending jobs end at once (canceled); running ones are stopped and end canceled shortly after, keeping the pages captured so far. */
  async cancel(owner: string, id: string): Promise<{ record: JobRecord; stopping: boolean }> {
    const record = await this.get(owner, id);
    if (isFinal(record.job.status)) {
      throw new ApiError(409, 'conflict', `job ${id} already ended (${record.job.status}): there is nothing to cancel`);
    }
    const outcome = await this.deps.queue.cancel(id);
    if (outcome === 'aborted' || record.job.status === 'processing') return { record, stopping: true };
    endWithoutResults(record, { status: 'canceled', error: 'canceled before it started' }, this.now());
    await this.deps.store.save(record);
    this.jobFinished(record);
    return { record, stopping: false };
  }

  async download(owner: string, id: string, range?: ByteRange): Promise<Delivery> {
    const record = await this.get(owner, id);
    this.assertDownloadable(record);
    if (!record.resultKey) throw gone(record);
    return this.serve(record, record.resultKey, range, { filename: `${record.job.id}.zip`, contentType: 'application/zip', disposition: 'attachment' });
  }

  /** A capture job's image by capture id (or job id). */
  async captureFile(owner: string, id: string, ext: string, range?: ByteRange): Promise<Delivery> {
    const { record, capture } = await this.capturedBy(owner, id, ext);
    return this.serve(record, capture.key, range, { filename: `${capture.id}.${capture.ext}`, contentType: capture.contentType, disposition: 'inline' });
  }

  /** The capture job an image URL names, checked: the caller's, a capture job, still downloadable, in the format asked for. */
  private async capturedBy(owner: string, id: string, ext: string): Promise<{ record: JobRecord; capture: StoredCapture }> {
    const record = id.startsWith('job_') ? await this.deps.store.get(id) : await this.deps.store.findByCaptureId(id);
    if (!record || record.owner !== owner) throw notFound(`no capture ${id} for this API key`);
    if (record.job.type !== 'capture') {
      throw notFound(`job ${record.job.id} is a ${record.job.type} job: its captures are in the ZIP at ${record.job.download_url ?? `/v1/jobs/${record.job.id}/download`}`);
    }
    this.assertDownloadable(record);
    const capture = record.capture;
    if (!capture) throw notFound(`job ${record.job.id} has no capture`);
    const wanted = ext === 'jpeg' ? 'jpg' : ext;
    if (wanted !== capture.ext) {
      throw notFound(`capture ${capture.id} is ${capture.ext}: use ${capturePathOf(capture)}`);
    }
    return { record, capture };
  }

  /** Part `k` (from 1) of a capture job's split image, by capture id (or job id). */
  async capturePart(owner: string, id: string, k: number, ext: string, range?: ByteRange): Promise<Delivery> {
    const { record, capture } = await this.capturedBy(owner, id, ext);
    const key = capture.partKeys?.[k - 1];
    if (!key) {
      throw notFound(capture.partKeys
        ? `capture ${capture.id} has ${capture.partKeys.length} parts: ask for 1 to ${capture.partKeys.length}`
        : `capture ${capture.id} is one image, not split: use ${capturePathOf(capture)}`);
    }
    return this.serve(record, key, range, { filename: `${capture.id}.part-${k}.${capture.ext}`, contentType: capture.contentType, disposition: 'inline' });
  }

  private async deleteCapture(record: JobRecord): Promise<void> {
    for (const key of record.capture ? captureKeysOf(record.capture) : []) await this.deps.storage.delete(key);
  }

  /** The stored object, streamed or (with --download presign) as a presigned URL that lives no longer than the result. */
  private async serve(record: JobRecord, key: string, range: ByteRange | undefined, file: FileInfo): Promise<Delivery> {
    const { storage } = this.deps;
    if (this.deps.config.download === 'presign' && storage.presign) {
      const expiresAt = record.job.expires_at ? Date.parse(record.job.expires_at) : Number.POSITIVE_INFINITY;
      const left = Math.min(PRESIGN_MAX_SECONDS, Math.floor((expiresAt - this.now().getTime()) / 1000));
      // In the result's last second no URL is short enough: the server streams it instead.
      if (left >= 1) return { redirect: await storage.presign(key, { ...file, expiresInSeconds: left }) };
    }
    let stored: StoredObject | null;
    try {
      stored = await storage.get(key, range);
    } catch (err) {
      if (!(err instanceof RangeNotSatisfiable)) throw err;
      throw new ApiError(416, 'range_not_satisfiable', `the Range starts past the end of ${file.filename} (${err.size} bytes): ask for bytes=0-${Math.max(0, err.size - 1)} or less`,
        null, { 'content-range': `bytes */${err.size}` });
    }
    if (!stored) throw gone(record);
    return { ...stored, ...file };
  }

  private assertDownloadable(record: JobRecord): void {
    const { job } = record;
    if (job.status === 'pending' || job.status === 'processing') {
      throw new ApiError(409, 'conflict',
        `job ${job.id} is ${job.status} (${job.progress.percentage}%): results can be downloaded once its status is completed or partial; poll GET /v1/jobs/${job.id}`);
    }
    if (job.status === 'failed') {
      throw new ApiError(409, 'conflict', `job ${job.id} failed (${job.error ?? 'no error recorded'}): it has no results to download`);
    }
    if (job.status === 'canceled' && !record.resultKey && job.expires_at === null) {
      throw new ApiError(409, 'conflict', `job ${job.id} was canceled (${job.error ?? 'no error recorded'}): it has no results to download`);
    }
    if (job.expires_at && Date.parse(job.expires_at) <= this.now().getTime()) throw gone(record);
  }

  /** Polls until the job ends, the timeout passes or the server closes; returns the latest record. */
  async waitForEnd(id: string, timeoutMs: number): Promise<JobRecord> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const record = await this.deps.store.get(id);
      if (!record) throw notFound(`job ${id} disappeared`);
      if (isFinal(record.job.status) || this.closing || Date.now() >= deadline) return record;
      await new Promise((resolve) => setTimeout(resolve, Math.min(WAIT_POLL_MS, Math.max(1, deadline - Date.now()))));
    }
  }

  /** Deletes expired results, and job documents past their retention. */
  async sweep(): Promise<{ expired: number; deleted: number }> {
    const now = this.now().getTime();
    let expired = 0;
    let deleted = 0;
    for (const record of await this.deps.store.all()) {
      const { job } = record;
      if (!isFinal(job.status)) continue;
      const expiresAt = job.expires_at ? Date.parse(job.expires_at) : null;
      if (record.resultKey && expiresAt !== null && expiresAt <= now) {
        await this.deps.storage.delete(record.resultKey);
        await this.deleteCapture(record);
        record.resultKey = null;
        await this.deps.store.save(record);
        expired++;
      }
      const endedAt = expiresAt ?? (job.completed_at ? Date.parse(job.completed_at) : now);
      if (endedAt + this.deps.config.jobRetentionMs <= now && job.webhook_status !== 'pending') {
        if (record.resultKey) await this.deps.storage.delete(record.resultKey);
        await this.deleteCapture(record);
        await this.deps.store.delete(job.id);
        deleted++;
      }
    }
    return { expired, deleted };
  }

  /** The runner's (and cancel's) hook: a job reached its final status. */
  jobFinished(record: JobRecord): void {
    void this.deps.deliveries.deliverIfDue(record);
  }

  /** Webhook deliveries still in flight. */
  pendingDeliveries(): Promise<unknown> {
    return this.deps.deliveries.settled();
  }

  /** The Job document as the API and webhooks show it (see publicJob). */
  publicJob(record: JobView, origin: string | null = record.origin ?? null): Job {
    return publicJob(record, this.deps.config.publicUrl, origin);
  }

  beginClose(): void {
    this.closing = true;
  }
}

/** Another key's job is reported exactly like a missing one. */
function ownedBy<T extends { owner: string }>(owner: string, id: string, found: T | null): T {
  if (!found || found.owner !== owner) throw notFound(`no job ${id} for this API key`);
  return found;
}

function shuttingDown(): ApiError {
  return new ApiError(503, 'shutting_down', 'the server is shutting down: retry in a moment', null, { 'retry-after': '5' });
}

function gone(record: JobRecord): ApiError {
  const when = record.job.expires_at ? ` at ${record.job.expires_at}` : '';
  return new ApiError(410, 'gone', `the results of job ${record.job.id} expired${when} and were deleted: submit the job again`);
}

let deviceIds: Promise<Set<string>> | null = null;

async function checkDevice(device: string): Promise<void> {
  if (device === 'none') return;
  deviceIds ??= loadCatalog().then((c) => new Set(c.frames.map((f) => f.id)), (err: unknown) => {
    deviceIds = null;
    throw err;
  });
  const ids = await deviceIds;
  if (!ids.has(device)) {
    throw invalid('device', `unknown device "${device}": use one of ${[...ids].sort().join(', ')}, or "none"`);
  }
}
