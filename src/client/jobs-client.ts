// A client for the Jobs API (framecap serve): submit, poll, download, cancel.
// Used by the CLI's async mode and `framecap jobs`, and by any Node program.
//
//   const client = new JobsClient({ apiUrl: 'https://shots.example.com', apiKey });
//   const { job_id } = await client.submitBatch({ urls: ['https://example.com/'] });
//   const job = await client.waitFor(job_id, { onProgress: (j) => console.log(j.progress.percentage) });
//   if (job.status !== 'failed') await client.download(job_id, 'shots.zip');

import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { Job, JobStatus } from '../core/job.ts';
import { UserError } from '../core/types.ts';
import type { BatchBody, CaptureBody, SitemapBody } from '../api/contract.ts';
import { parseRetryAfter } from '../util/retry-after.ts';
import { startsLikeZip } from '../util/zip-magic.ts';

export { parseRetryAfter };

export type { BatchBody, CaptureBody, SitemapBody };

export interface JobsClientOptions {
  /** The server's origin (and path prefix, if it sits behind one), e.g. https://shots.example.com. */
  apiUrl: string;
  apiKey?: string;
  fetch?: typeof fetch;
  /** First wait between polls; doubles (with jitter) up to maxPollIntervalMs. Default 1000. */
  pollIntervalMs?: number;
  /** Default 10000. */
  maxPollIntervalMs?: number;
  /** Time limit for one HTTP request (not for a download's body). Default 30 s. */
  requestTimeoutMs?: number;
  /** Extra attempts for a submit or read that hit a transient error (network, 5xx, 429). Default 2. */
  retries?: number;
  /** Longest wait the client honours from a Retry-After header. Default 30 s. */
  maxRetryAfterMs?: number;
}

export interface SubmitOptions {
  /** Makes a retried submit return the same job. Default: a fresh UUID, so the client's own retries are safe. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface Submitted {
  job_id: string;
  status: JobStatus;
  /** The Job document, when the server answered with one (`async: false`, or a replayed Idempotency-Key). */
  job: Job | null;
}

export interface JobList {
  jobs: Job[];
  total: number;
  limit: number;
  offset: number;
}

export interface WaitOptions {
  /** Give up waiting (the job keeps running) after this long. Default 1 h. */
  pollTimeoutMs?: number;
  /** Called with every Job document polled. */
  onProgress?: (job: Job) => void;
  signal?: AbortSignal;
}

/** An error answer (or no answer) from the Jobs API; the message says what to do. */
export class JobsApiError extends UserError {
  override name = 'JobsApiError';
  constructor(
    message: string,
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string | null = null,
    readonly field: string | null = null,
    /** From Retry-After, when the server sent one. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }

  /** Worth trying again: the network, a server error, a full queue, a restart. */
  get transient(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

const FINAL: ReadonlySet<JobStatus> = new Set(['completed', 'partial', 'failed', 'canceled']);

interface RequestInit2 {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** The body is read by the caller (downloads): no request timeout on it. */
  stream?: boolean;
}

export class JobsClient {
  private readonly base: string;
  private readonly fetchImpl: typeof fetch;
  private readonly apiKey: string | undefined;
  private readonly pollIntervalMs: number;
  private readonly maxPollIntervalMs: number;
  private readonly requestTimeoutMs: number;
  private readonly retries: number;
  private readonly maxRetryAfterMs: number;

  constructor(options: JobsClientOptions) {
    let url: URL;
    try {
      url = new URL(options.apiUrl);
    } catch {
      throw new UserError(`the Jobs API URL "${options.apiUrl}" is not a URL: give one such as https://shots.example.com (--api-url / FRAMECAP_API_URL)`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new UserError(`the Jobs API URL must start with https:// or http:// (got ${url.protocol})`);
    }
    this.base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    this.apiKey = options.apiKey || undefined;
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.maxPollIntervalMs = Math.max(this.pollIntervalMs, options.maxPollIntervalMs ?? 10_000);
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.retries = options.retries ?? 2;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  }

  submitCapture(body: CaptureBody, options: SubmitOptions = {}): Promise<Submitted> {
    return this.submit('/v1/capture', body, options);
  }

  submitBatch(body: BatchBody, options: SubmitOptions = {}): Promise<Submitted> {
    return this.submit('/v1/batch', body, options);
  }

  submitSitemap(body: SitemapBody, options: SubmitOptions = {}): Promise<Submitted> {
    return this.submit('/v1/sitemap', body, options);
  }

  async get(id: string, options: { signal?: AbortSignal } = {}): Promise<Job> {
    return this.withRetries(options.signal, async () => {
      const res = await this.request('GET', `/v1/jobs/${encodeURIComponent(id)}`, { signal: options.signal });
      return (await res.json()) as Job;
    });
  }

  async list(filter: { status?: JobStatus; limit?: number; offset?: number } = {}, options: { signal?: AbortSignal } = {}): Promise<JobList> {
    const query = new URLSearchParams();
    if (filter.status) query.set('status', filter.status);
    if (filter.limit !== undefined) query.set('limit', String(filter.limit));
    if (filter.offset !== undefined) query.set('offset', String(filter.offset));
    const qs = query.toString() ? `?${query}` : '';
    return this.withRetries(options.signal, async () => {
      const res = await this.request('GET', `/v1/jobs${qs}`, { signal: options.signal });
      return (await res.json()) as JobList;
    });
  }

  /** Cancels a job; a running one may still show `processing` for a moment while its pages in flight finish. */
  async cancel(id: string, options: { signal?: AbortSignal } = {}): Promise<Job> {
    const res = await this.request('DELETE', `/v1/jobs/${encodeURIComponent(id)}`, { signal: options.signal });
    return (await res.json()) as Job;
  }

  /**
   * Streams the job's ZIP to `path` (through a temporary file, renamed when
   * complete) and checks it is a ZIP. Resolves to the bytes written.
   */
  async download(id: string, path: string, options: { signal?: AbortSignal } = {}): Promise<{ path: string; bytes: number }> {
    const target = resolve(path);
    const res = await this.withRetries(options.signal, () =>
      this.request('GET', `/v1/jobs/${encodeURIComponent(id)}/download`, { signal: options.signal, stream: true }));
    if (!res.body) throw new JobsApiError(`the Jobs API sent no body for the ZIP of job ${id}: try again`, res.status);
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(4).toString('hex')}.partial`;
    try {
      await pipeline(Readable.fromWeb(res.body as NodeReadableStream), createWriteStream(tmp), { signal: options.signal });
      const bytes = (await stat(tmp)).size;
      const expected = Number(res.headers.get('content-length'));
      if (Number.isFinite(expected) && expected > 0 && bytes !== expected) {
        throw new UserError(`the download of job ${id} was cut short (${bytes} of ${expected} bytes): try again`);
      }
      if (!(await startsLikeZip(tmp))) {
        throw new UserError(`the server sent something that is not a ZIP for job ${id} (${res.headers.get('content-type') ?? 'no content type'}): check --api-url points at a framecap server`);
      }
      await rename(tmp, target);
      return { path: target, bytes };
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  /**
   * Polls until the job is completed, partial or failed, with jittered
   * backoff (pollIntervalMs doubling to maxPollIntervalMs), honouring
   * Retry-After and riding out transient errors until pollTimeoutMs.
   */
  async waitFor(id: string, options: WaitOptions = {}): Promise<Job> {
    const timeoutMs = options.pollTimeoutMs ?? 60 * 60 * 1000;
    const deadline = Date.now() + timeoutMs;
    let interval = this.pollIntervalMs;
    let last: Job | null = null;
    let lastError: JobsApiError | null = null;
    for (;;) {
      let wait: number;
      try {
        const res = await this.request('GET', `/v1/jobs/${encodeURIComponent(id)}`, { signal: options.signal });
        last = (await res.json()) as Job;
        lastError = null;
        options.onProgress?.(last);
        if (FINAL.has(last.status)) return last;
        wait = jitter(interval);
      } catch (err) {
        if (!(err instanceof JobsApiError) || !err.transient) throw err;
        lastError = err;
        wait = err.retryAfterMs !== null ? Math.min(err.retryAfterMs, this.maxRetryAfterMs) : jitter(interval);
      }
      interval = Math.min(interval * 2, this.maxPollIntervalMs);
      const left = deadline - Date.now();
      if (left <= 0) {
        const state = last ? `still ${last.status} (${last.progress.percentage}%)` : 'not reachable';
        const why = lastError ? `; last error: ${lastError.message}` : '';
        throw new UserError(
          `job ${id} is ${state} after ${Math.round(timeoutMs / 1000)} s of waiting${why}. It keeps running on the server: check it later with \`framecap jobs get ${id}\``,
        );
      }
      await sleep(Math.min(wait, left), options.signal);
    }
  }

  private async submit(path: string, body: unknown, options: SubmitOptions): Promise<Submitted> {
    const idempotencyKey = options.idempotencyKey ?? randomUUID();
    return this.withRetries(options.signal, async () => {
      const res = await this.request('POST', path, { body, headers: { 'idempotency-key': idempotencyKey }, signal: options.signal });
      const data = (await res.json()) as Partial<Job> & { job_id: string; status: JobStatus };
      const job = typeof data.id === 'string' ? (stripJobId(data) as unknown as Job) : null;
      return { job_id: data.job_id, status: data.status, job };
    });
  }

  /** Runs fn again after transient errors (network, 5xx, 429), honouring Retry-After. */
  private async withRetries<T>(signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (!(err instanceof JobsApiError) || !err.transient || attempt >= this.retries) throw err;
        const wait = err.retryAfterMs !== null
          ? Math.min(err.retryAfterMs, this.maxRetryAfterMs)
          : jitter(Math.min(this.pollIntervalMs * 2 ** attempt, this.maxPollIntervalMs));
        await sleep(wait, signal);
      }
    }
  }

  private async request(method: string, path: string, init: RequestInit2 = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (this.apiKey) headers.authorization = `Bearer ${this.apiKey}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    const timeout = AbortSignal.timeout(this.requestTimeoutMs);
    const signals = [init.signal, init.stream ? undefined : timeout].filter((s): s is AbortSignal => s !== undefined);
    const url = `${this.base}${path}`;
    let res: Response;
    try {
      res = await this.fetchImpl(url, { method, headers, body, signal: signals.length > 0 ? AbortSignal.any(signals) : undefined });
    } catch (err) {
      if (init.signal?.aborted) throw init.signal.reason;
      const cause = timeout.aborted ? `no answer within ${this.requestTimeoutMs} ms` : describeNetworkError(err);
      throw new JobsApiError(
        `cannot reach the Jobs API at ${this.base} (${cause}): check --api-url / FRAMECAP_API_URL and that the server is running`, 0,
      );
    }
    if (res.ok) return res;
    throw await apiError(res, method, path);
  }
}

async function apiError(res: Response, method: string, path: string): Promise<JobsApiError> {
  let code: string | null = null;
  let field: string | null = null;
  let message: string | null = null;
  const text = await res.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as { error?: { code?: string; message?: string; field?: string | null } };
    code = parsed.error?.code ?? null;
    message = parsed.error?.message ?? null;
    field = parsed.error?.field ?? null;
  } catch {
    // Not our JSON: a proxy's error page, most likely.
  }
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
  const status = res.status;
  const said = message ?? `HTTP ${status} for ${method} ${path}`;
  let text2: string;
  if (status === 401) text2 = `the Jobs API rejected the API key (401: ${said}): check --api-key / FRAMECAP_API_KEY`;
  else if (status === 400) text2 = `the Jobs API rejected the request: ${said}`;
  else if (status === 404 && code === 'not_found') text2 = `${said} (jobs are only visible to the API key that submitted them)`;
  else if (status === 404) text2 = `the Jobs API has no ${method} ${path} (HTTP 404): check --api-url / FRAMECAP_API_URL points at a framecap server`;
  else if (status === 429) text2 = `the Jobs API is busy (429: ${said})`;
  else if (status >= 500) text2 = `the Jobs API failed (HTTP ${status}: ${said}); try again in a moment`;
  else text2 = said;
  return new JobsApiError(text2, status, code, field, retryAfterMs);
}

function jitter(ms: number): number {
  // Equal jitter: at least half the interval, so a crowd of clients spreads out without hammering.
  return Math.round(ms / 2 + Math.random() * (ms / 2));
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolvePromise();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function describeNetworkError(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message ?? String(err);
}

function stripJobId(data: Record<string, unknown>): Record<string, unknown> {
  const { job_id: _omit, ...job } = data;
  return job;
}

