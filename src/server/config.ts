// The queue server's settings: what `framecap serve` (or a program embedding
// the server) passes to createServer, checked once into a complete config.

import { resolve } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import { egressPolicy } from '../core/net/guard.ts';
import type { EgressPolicy, LookupFn } from '../core/net/guard.ts';
import { UserError } from '../core/types.ts';
import type { JobQueue } from './queue.ts';
import { checkRedisUrl } from './redis/url.ts';
import type { ResultStorage } from './storage.ts';
import type { S3StorageOptions } from './storage-s3.ts';
import type { JobStore } from './store.ts';

/** What happens to running jobs when the server closes. */
export type ShutdownMode =
  /** Stop the pages in flight and put the job back in the queue; the next start renders it again. */
  | 'requeue'
  /** Let running jobs finish (up to shutdownTimeoutMs, then requeue). */
  | 'finish';

/** Where the embedded queue renders a job. */
export type RenderIn =
  /** A child process per job: the API's event loop only answers requests (p99 of a status poll stays low while a batch renders). */
  | 'child'
  /** This process: no process start per job (about 0.3 s), but status polls wait behind rendering. */
  | 'inline';

/** How GET /v1/jobs/:id/download and /v1/captures/… hand out results. */
export type DownloadMode =
  /** The server streams the bytes from storage. */
  | 'proxy'
  /** The server answers 302 to a presigned URL of the object (object storage only); the bytes never pass through it. */
  | 'presign';

export interface ServerConfig {
  /** Folder for job documents, results and work files; created when missing. */
  dataDir: string;
  /** Bearer keys. Each key sees only the jobs it submitted. */
  apiKeys?: string[];
  /** Run without keys (local testing only): the server then binds to 127.0.0.1. */
  allowNoAuth?: boolean;
  /** Default 127.0.0.1; use 0.0.0.0 in a container. */
  host?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Public origin (e.g. https://shots.example.com) of image URLs (result.url) and download URLs; without it image URLs use the request's origin and download URLs are paths. */
  publicUrl?: string;
  /** Jobs rendered at once. Default 1: each job already renders several pages at a time. */
  workers?: number;
  /** Pages rendered at once inside one job; default from cores and free memory. */
  pageConcurrency?: number;
  /** Jobs waiting in the queue before POSTs get 429. Default 100. */
  maxQueued?: number;
  /** Most URLs one batch or sitemap job may capture. Default 10,000. */
  maxUrlsPerJob?: number;
  /** How long results stay downloadable. Default 24 h. */
  resultTtlMs?: number;
  /** How long a job document is kept after its results expire (or it ended without results). Default 7 days. */
  jobRetentionMs?: number;
  /** How often expired results are deleted. Default 10 min. */
  sweepIntervalMs?: number;
  /** Largest accepted request body. Default 1 MiB. */
  bodyLimitBytes?: number;
  /** Longest a client may take to send one request (headers and body): slow clients are cut off. Default 30 s. */
  requestTimeoutMs?: number;
  /** How long `async: false` waits before answering 202 instead. Default 120 s. */
  syncTimeoutMs?: number;
  onShutdown?: ShutdownMode;
  /** Embedded queue: render each job in a child process (default) or in this one. A job whose options hold a function (a test's dnsLookup) renders here. */
  renderIn?: RenderIn;
  /** With onShutdown 'finish': how long close() waits for running jobs. Default 60 s. */
  shutdownTimeoutMs?: number;
  /** Retry-After sent with 429. Default 30 s. */
  retryAfterSeconds?: number;
  /** A job that was interrupted this many times (crashes, restarts) fails instead of starting again. Default 3. */
  maxAttempts?: number;
  /** Chrome/Chromium executable; else discovered (CHROME_PATH is not read by the server). */
  browserPath?: string;
  /** Secret that signs webhook deliveries (Standard Webhooks); without it deliveries are unsigned. */
  webhookSecret?: string;
  /** Fastify's logger option. Default off. */
  logger?: FastifyServerOptions['logger'];
  /**
   * What jobs may reach that the egress guard would refuse (loopback, private,
   * link-local, metadata … addresses). Entries: a host name
   * (`intranet.example.com`, `*.corp.example.com`), an address (`10.0.0.5`,
   * `[fd00::5]`), a network (`10.0.0.0/8`), each optionally with `:port`
   * (`127.0.0.1:3000`). Default: none, every public address only.
   */
  allowHosts?: string[];
  /** The egress guard's DNS lookup (tests give names fixed answers). Default: the system resolver. */
  dnsLookup?: LookupFn;
  /**
   * redis://host:port: keep jobs in Redis and queue them with BullMQ for render
   * workers (`framecap worker`, startWorker) in other processes or machines;
   * this server then renders nothing itself. Default: the embedded queue.
   */
  redis?: string;
  /** Replace the embedded implementations (a Redis-backed queue and store). */
  queue?: JobQueue;
  store?: JobStore;
  /**
   * Where results go: `s3://bucket/prefix` for an S3-compatible bucket (set
   * `s3` for path-style addressing or client settings), or a ResultStorage of
   * your own. Default: the folder dataDir/results.
   */
  storage?: ResultStorage | string;
  /** With `storage: 's3://…'`: path-style addressing, part size, S3Client settings. */
  s3?: S3StorageOptions;
  /** 'proxy' (default): downloads stream through the server; 'presign': 302 to a presigned URL (object storage only). */
  download?: DownloadMode;
}

export interface ResolvedServerConfig {
  dataDir: string;
  apiKeys: string[];
  allowNoAuth: boolean;
  host: string;
  port: number;
  publicUrl: string | null;
  workers: number;
  pageConcurrency: number | null;
  maxQueued: number;
  maxUrlsPerJob: number;
  resultTtlMs: number;
  jobRetentionMs: number;
  sweepIntervalMs: number;
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  syncTimeoutMs: number;
  onShutdown: ShutdownMode;
  renderIn: RenderIn;
  shutdownTimeoutMs: number;
  retryAfterSeconds: number;
  maxAttempts: number;
  browserPath: string | null;
  webhookSecret: string | null;
  logger: FastifyServerOptions['logger'];
  redis: string | null;
  download: DownloadMode;
  /** The egress guard every job runs with: the browser, sitemap fetches and webhooks. */
  egress: EgressPolicy;
}

const HOUR = 60 * 60 * 1000;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function resolveServerConfig(config: ServerConfig): ResolvedServerConfig {
  if (!config.dataDir) throw new UserError('the server needs a data folder: set dataDir (framecap serve --data-dir)');
  const apiKeys = (config.apiKeys ?? []).map((k) => k.trim()).filter((k) => k !== '');
  for (const key of apiKeys) {
    if (key.length < 16) {
      throw new UserError('API keys must be at least 16 characters; generate one with: openssl rand -hex 32');
    }
  }
  const allowNoAuth = config.allowNoAuth === true;
  if (apiKeys.length === 0 && !allowNoAuth) {
    throw new UserError(
      'no API keys configured: set FRAMECAP_API_KEYS (comma-separated) or --api-keys; '
      + 'for a local trial only, --allow-no-auth runs without keys on 127.0.0.1',
    );
  }
  let host = config.host ?? '127.0.0.1';
  if (apiKeys.length === 0) {
    if (config.host !== undefined && !LOOPBACK.has(config.host)) {
      throw new UserError(`without API keys the server only listens on 127.0.0.1 (got host ${config.host}); configure API keys to listen elsewhere`);
    }
    host = '127.0.0.1';
  }
  let publicUrl: string | null = null;
  if (config.publicUrl) {
    let url: URL;
    try {
      url = new URL(config.publicUrl);
    } catch {
      throw new UserError(`publicUrl must be an http(s) origin such as https://shots.example.com (got "${config.publicUrl}")`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError('publicUrl must start with http:// or https://');
    publicUrl = url.href.replace(/\/+$/, '');
  }
  return {
    dataDir: resolve(config.dataDir),
    apiKeys,
    allowNoAuth,
    host,
    port: int('port', config.port, 8080, 0, 65_535),
    publicUrl,
    workers: int('workers', config.workers, 1, 1, 64),
    pageConcurrency: config.pageConcurrency === undefined ? null : int('pageConcurrency', config.pageConcurrency, 1, 1, 32),
    maxQueued: int('maxQueued', config.maxQueued, 100, 1, 1_000_000),
    maxUrlsPerJob: int('maxUrlsPerJob', config.maxUrlsPerJob, 10_000, 1, 10_000_000),
    resultTtlMs: int('resultTtlMs', config.resultTtlMs, 24 * HOUR, 1, 365 * 24 * HOUR),
    jobRetentionMs: int('jobRetentionMs', config.jobRetentionMs, 7 * 24 * HOUR, 0, 365 * 24 * HOUR),
    sweepIntervalMs: int('sweepIntervalMs', config.sweepIntervalMs, 10 * 60 * 1000, 10, 24 * HOUR),
    bodyLimitBytes: int('bodyLimitBytes', config.bodyLimitBytes, 1024 * 1024, 1024, 100 * 1024 * 1024),
    requestTimeoutMs: int('requestTimeoutMs', config.requestTimeoutMs, 30_000, 1_000, 10 * 60_000),
    syncTimeoutMs: int('syncTimeoutMs', config.syncTimeoutMs, 120_000, 1, HOUR),
    onShutdown: config.onShutdown ?? 'requeue',
    renderIn: config.renderIn === 'inline' ? 'inline' : 'child',
    shutdownTimeoutMs: int('shutdownTimeoutMs', config.shutdownTimeoutMs, 60_000, 0, HOUR),
    retryAfterSeconds: int('retryAfterSeconds', config.retryAfterSeconds, 30, 1, 3600),
    maxAttempts: int('maxAttempts', config.maxAttempts, 3, 1, 100),
    browserPath: config.browserPath ?? null,
    webhookSecret: config.webhookSecret || null,
    logger: config.logger ?? false,
    redis: config.redis ? checkRedisUrl(config.redis) : null,
    download: downloadMode(config.download),
    egress: egressPolicy((config.allowHosts ?? []).map((h) => h.trim()).filter((h) => h !== ''), config.dnsLookup),
  };
}

function downloadMode(value: string | undefined): DownloadMode {
  if (value === undefined || value === 'proxy' || value === 'presign') return value ?? 'proxy';
  throw new UserError(`--download must be proxy (the server streams results) or presign (302 to a presigned URL of the bucket); got "${value}"`);
}

function int(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`server setting ${name} must be a whole number from ${min} to ${max} (got ${value})`);
  }
  return value;
}
