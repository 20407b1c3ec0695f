import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  parseRetryAfter,
  startsLikeZip
} from "./chunk-46ZZMMYQ.js";
import {
  UserError
} from "./chunk-2DT44WLF.js";

// src/client/jobs-client.ts
import { randomBytes, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
var JobsApiError = class extends UserError {
  constructor(message, status, code = null, field = null, retryAfterMs = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfterMs = retryAfterMs;
  }
  status;
  code;
  field;
  retryAfterMs;
  name = "JobsApiError";
  /** Worth trying again: the network, a server error, a full queue, a restart. */
  get transient() {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
};
var FINAL = /* @__PURE__ */ new Set(["completed", "partial", "failed", "canceled"]);
var JobsClient = class {
  base;
  fetchImpl;
  apiKey;
  pollIntervalMs;
  maxPollIntervalMs;
  requestTimeoutMs;
  retries;
  maxRetryAfterMs;
  constructor(options) {
    let url;
    try {
      url = new URL(options.apiUrl);
    } catch {
      throw new UserError(`the Jobs API URL "${options.apiUrl}" is not a URL: give one such as https://shots.example.com (--api-url / FRAMECAP_API_URL)`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new UserError(`the Jobs API URL must start with https:// or http:// (got ${url.protocol})`);
    }
    this.base = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
    this.apiKey = options.apiKey || void 0;
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    this.pollIntervalMs = options.pollIntervalMs ?? 1e3;
    this.maxPollIntervalMs = Math.max(this.pollIntervalMs, options.maxPollIntervalMs ?? 1e4);
    this.requestTimeoutMs = options.requestTimeoutMs ?? 3e4;
    this.retries = options.retries ?? 2;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 3e4;
  }
  submitCapture(body, options = {}) {
    return this.submit("/v1/capture", body, options);
  }
  submitBatch(body, options = {}) {
    return this.submit("/v1/batch", body, options);
  }
  submitSitemap(body, options = {}) {
    return this.submit("/v1/sitemap", body, options);
  }
  async get(id, options = {}) {
    return this.withRetries(options.signal, async () => {
      const res = await this.request("GET", `/v1/jobs/${encodeURIComponent(id)}`, { signal: options.signal });
      return await res.json();
    });
  }
  async list(filter = {}, options = {}) {
    const query = new URLSearchParams();
    if (filter.status) query.set("status", filter.status);
    if (filter.limit !== void 0) query.set("limit", String(filter.limit));
    if (filter.offset !== void 0) query.set("offset", String(filter.offset));
    const qs = query.toString() ? `?${query}` : "";
    return this.withRetries(options.signal, async () => {
      const res = await this.request("GET", `/v1/jobs${qs}`, { signal: options.signal });
      return await res.json();
    });
  }
  /** Cancels a job; a running one may still show `processing` for a moment while its pages in flight finish. */
  async cancel(id, options = {}) {
    const res = await this.request("DELETE", `/v1/jobs/${encodeURIComponent(id)}`, { signal: options.signal });
    return await res.json();
  }
  /**
   * Streams the job's ZIP to `path` (through a temporary file, renamed when
   * complete) and checks it is a ZIP. Resolves to the bytes written.
   */
  async download(id, path, options = {}) {
    const target = resolve(path);
    const res = await this.withRetries(options.signal, () => this.request("GET", `/v1/jobs/${encodeURIComponent(id)}/download`, { signal: options.signal, stream: true }));
    if (!res.body) throw new JobsApiError(`the Jobs API sent no body for the ZIP of job ${id}: try again`, res.status);
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(4).toString("hex")}.partial`;
    try {
      await pipeline(Readable.fromWeb(res.body), createWriteStream(tmp), { signal: options.signal });
      const bytes = (await stat(tmp)).size;
      const expected = Number(res.headers.get("content-length"));
      if (Number.isFinite(expected) && expected > 0 && bytes !== expected) {
        throw new UserError(`the download of job ${id} was cut short (${bytes} of ${expected} bytes): try again`);
      }
      if (!await startsLikeZip(tmp)) {
        throw new UserError(`the server sent something that is not a ZIP for job ${id} (${res.headers.get("content-type") ?? "no content type"}): check --api-url points at a framecap server`);
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
  async waitFor(id, options = {}) {
    const timeoutMs = options.pollTimeoutMs ?? 60 * 60 * 1e3;
    const deadline = Date.now() + timeoutMs;
    let interval = this.pollIntervalMs;
    let last = null;
    let lastError = null;
    for (; ; ) {
      let wait;
      try {
        const res = await this.request("GET", `/v1/jobs/${encodeURIComponent(id)}`, { signal: options.signal });
        last = await res.json();
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
        const state = last ? `still ${last.status} (${last.progress.percentage}%)` : "not reachable";
        const why = lastError ? `; last error: ${lastError.message}` : "";
        throw new UserError(
          `job ${id} is ${state} after ${Math.round(timeoutMs / 1e3)} s of waiting${why}. It keeps running on the server: check it later with \`framecap jobs get ${id}\``
        );
      }
      await sleep(Math.min(wait, left), options.signal);
    }
  }
  async submit(path, body, options) {
    const idempotencyKey = options.idempotencyKey ?? randomUUID();
    return this.withRetries(options.signal, async () => {
      const res = await this.request("POST", path, { body, headers: { "idempotency-key": idempotencyKey }, signal: options.signal });
      const data = await res.json();
      const job = typeof data.id === "string" ? stripJobId(data) : null;
      return { job_id: data.job_id, status: data.status, job };
    });
  }
  /** Runs fn again after transient errors (network, 5xx, 429), honouring Retry-After. */
  async withRetries(signal, fn) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (!(err instanceof JobsApiError) || !err.transient || attempt >= this.retries) throw err;
        const wait = err.retryAfterMs !== null ? Math.min(err.retryAfterMs, this.maxRetryAfterMs) : jitter(Math.min(this.pollIntervalMs * 2 ** attempt, this.maxPollIntervalMs));
        await sleep(wait, signal);
      }
    }
  }
  async request(method, path, init = {}) {
    const headers = { accept: "application/json", ...init.headers };
    if (this.apiKey) headers.authorization = `Bearer ${this.apiKey}`;
    let body;
    if (init.body !== void 0) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.body);
    }
    const timeout = AbortSignal.timeout(this.requestTimeoutMs);
    const signals = [init.signal, init.stream ? void 0 : timeout].filter((s) => s !== void 0);
    const url = `${this.base}${path}`;
    let res;
    try {
      res = await this.fetchImpl(url, { method, headers, body, signal: signals.length > 0 ? AbortSignal.any(signals) : void 0 });
    } catch (err) {
      if (init.signal?.aborted) throw init.signal.reason;
      const cause = timeout.aborted ? `no answer within ${this.requestTimeoutMs} ms` : describeNetworkError(err);
      throw new JobsApiError(
        `cannot reach the Jobs API at ${this.base} (${cause}): check --api-url / FRAMECAP_API_URL and that the server is running`,
        0
      );
    }
    if (res.ok) return res;
    throw await apiError(res, method, path);
  }
};
async function apiError(res, method, path) {
  let code = null;
  let field = null;
  let message = null;
  const text = await res.text().catch(() => "");
  try {
    const parsed = JSON.parse(text);
    code = parsed.error?.code ?? null;
    message = parsed.error?.message ?? null;
    field = parsed.error?.field ?? null;
  } catch {
  }
  const retryAfterMs = parseRetryAfter(res.headers.get("retry-after"));
  const status = res.status;
  const said = message ?? `HTTP ${status} for ${method} ${path}`;
  let text2;
  if (status === 401) text2 = `the Jobs API rejected the API key (401: ${said}): check --api-key / FRAMECAP_API_KEY`;
  else if (status === 400) text2 = `the Jobs API rejected the request: ${said}`;
  else if (status === 404 && code === "not_found") text2 = `${said} (jobs are only visible to the API key that submitted them)`;
  else if (status === 404) text2 = `the Jobs API has no ${method} ${path} (HTTP 404): check --api-url / FRAMECAP_API_URL points at a framecap server`;
  else if (status === 429) text2 = `the Jobs API is busy (429: ${said})`;
  else if (status >= 500) text2 = `the Jobs API failed (HTTP ${status}: ${said}); try again in a moment`;
  else text2 = said;
  return new JobsApiError(text2, status, code, field, retryAfterMs);
}
function jitter(ms) {
  return Math.round(ms / 2 + Math.random() * (ms / 2));
}
function sleep(ms, signal) {
  return new Promise((resolvePromise, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolvePromise();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function describeNetworkError(err) {
  const cause = err.cause;
  return cause?.code ?? cause?.message ?? err.message ?? String(err);
}
function stripJobId(data) {
  const { job_id: _omit, ...job } = data;
  return job;
}

export {
  JobsApiError,
  JobsClient
};
