import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  RangeNotSatisfiable
} from "./chunk-Z2AFGHJI.js";
import {
  checkRedisUrl
} from "./chunk-F5ENM5YX.js";
import {
  cacheDirFrom
} from "./chunk-QPZRNOIP.js";
import {
  EgressGuard,
  EgressRefused,
  FORMAT_FILES,
  SettingError,
  buildPayload,
  deliverWebhook,
  describeWebhookUrl,
  discover,
  egressPolicy,
  guardedFetch,
  httpOptionFields,
  loadCatalog,
  newJob,
  newWebhookId,
  openSink,
  progressOf,
  resolveSettings,
  runCapture,
  sha256Hex,
  webhookConfig
} from "./chunk-2TDEIW7F.js";
import {
  UserError
} from "./chunk-LKA667FY.js";

// src/server/store.ts
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
var capturePathOf = (capture) => `/v1/captures/${capture.id}.${capture.ext}`;
var JOB_FILE = /^job_[0-9A-Z]{26}\.json$/;
var FileJobStore = class {
  constructor(dataDir, onCorrupt = () => {
  }) {
    this.onCorrupt = onCorrupt;
    this.dir = join(dataDir, "jobs");
  }
  onCorrupt;
  records = /* @__PURE__ */ new Map();
  idempotency = /* @__PURE__ */ new Map();
  captures = /* @__PURE__ */ new Map();
  /** One write chain per job, so an older snapshot never renames over a newer one. */
  writes = /* @__PURE__ */ new Map();
  dir;
  async open() {
    await mkdir(this.dir, { recursive: true, mode: 448 });
    for (const name of await readdir(this.dir)) {
      const path = join(this.dir, name);
      if (name.endsWith(".tmp")) {
        await rm(path, { force: true });
        continue;
      }
      if (!JOB_FILE.test(name)) continue;
      try {
        const record = JSON.parse(await readFile(path, "utf8"));
        this.index(record);
      } catch (err) {
        this.onCorrupt(path, err);
      }
    }
  }
  async get(id) {
    const r = this.records.get(id);
    return r ? structuredClone(r) : null;
  }
  async save(record) {
    const copy = structuredClone(record);
    this.index(copy);
    await this.enqueueWrite(copy.job.id, async () => {
      const path = join(this.dir, `${copy.job.id}.json`);
      const tmp = `${path}.${randomBytes(4).toString("hex")}.tmp`;
      await writeFile(tmp, JSON.stringify(copy), { mode: 384 });
      await rename(tmp, path);
    });
  }
  async delete(id) {
    const r = this.records.get(id);
    if (!r) return;
    this.records.delete(id);
    if (r.idempotency) this.idempotency.delete(idemKey(r.owner, r.idempotency.key));
    if (r.capture) this.captures.delete(r.capture.id);
    await this.enqueueWrite(id, () => rm(join(this.dir, `${id}.json`), { force: true }));
  }
  async list(filter) {
    const matching = [...this.records.values()].filter((r) => r.owner === filter.owner && (!filter.status || r.job.status === filter.status)).sort((a, b) => a.job.id < b.job.id ? 1 : -1);
    return {
      records: matching.slice(filter.offset, filter.offset + filter.limit).map((r) => structuredClone(r)),
      total: matching.length
    };
  }
  async findByIdempotencyKey(owner, key) {
    const id = this.idempotency.get(idemKey(owner, key));
    return id ? this.get(id) : null;
  }
  async findByCaptureId(captureId) {
    const id = this.captures.get(captureId);
    return id ? this.get(id) : null;
  }
  async all() {
    return [...this.records.values()].sort((a, b) => a.job.id < b.job.id ? -1 : 1).map((r) => structuredClone(r));
  }
  async close() {
    await Promise.all([...this.writes.values()]);
  }
  index(record) {
    this.records.set(record.job.id, record);
    if (record.idempotency) this.idempotency.set(idemKey(record.owner, record.idempotency.key), record.job.id);
    if (record.capture) this.captures.set(record.capture.id, record.job.id);
  }
  enqueueWrite(id, write) {
    const previous = this.writes.get(id) ?? Promise.resolve();
    const next = previous.catch(() => {
    }).then(write);
    this.writes.set(id, next);
    const cleanup = () => {
      if (this.writes.get(id) === next) this.writes.delete(id);
    };
    next.then(cleanup, cleanup);
    return next;
  }
};
function idemKey(owner, key) {
  return `${owner}\0${key}`;
}

// src/server/errors.ts
var ApiError = class extends Error {
  constructor(status, code, message, field = null, headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
    this.headers = headers;
  }
  status;
  code;
  field;
  headers;
  body() {
    return { error: { code: this.code, message: this.message, field: this.field } };
  }
};
var invalid = (field, message) => new ApiError(400, "invalid_request", message, field);
var notFound = (message) => new ApiError(404, "not_found", message);
function fieldPath(instancePath, extra) {
  const parts = instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (extra) parts.push(extra);
  let out = "";
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || null;
}
function validationError(err) {
  const first = err.validation?.[0];
  const where = err.validationContext ?? "body";
  if (!first) return invalid(null, err.message);
  const missing = typeof first.params.missingProperty === "string" ? first.params.missingProperty : void 0;
  const unknown = typeof first.params.additionalProperty === "string" ? first.params.additionalProperty : void 0;
  const field = fieldPath(first.instancePath, missing ?? unknown);
  const name = field ?? where;
  let message;
  if (missing) message = `${name} is required`;
  else if (unknown) message = `${name} is not a known field (see /openapi.json for the ${where} fields)`;
  else if (first.keyword === "enum" && Array.isArray(first.params.allowedValues)) {
    message = `${name} must be one of ${first.params.allowedValues.join(", ")}`;
  } else message = `${name} ${first.message ?? "is invalid"}`;
  return invalid(field, message);
}
var STATUS_CODES = {
  400: "invalid_request",
  401: "unauthorized",
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type"
};
function toApiError(err) {
  if (err instanceof ApiError) return err;
  const fe = err;
  if (fe.validation) return validationError(fe);
  if (fe.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return new ApiError(413, "payload_too_large", "request body too large: send fewer URLs per job, or split the batch");
  }
  if (fe.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return new ApiError(415, "unsupported_media_type", "send the body as JSON with Content-Type: application/json");
  }
  const status = fe.statusCode;
  if (status !== void 0 && status >= 400 && status < 500) {
    return new ApiError(status, STATUS_CODES[status] ?? "invalid_request", fe.message);
  }
  return new ApiError(500, "internal_error", "internal error: the server log has the details");
}
function installErrorHandlers(app) {
  app.setErrorHandler((err, request, reply) => {
    const apiError = toApiError(err);
    if (apiError.status >= 500) request.log.error({ err }, "request failed");
    return reply.code(apiError.status).headers(apiError.headers).send(apiError.body());
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0];
    return reply.code(404).send(
      notFound(`no route ${request.method} ${path}: see /openapi.json for the API`).body()
    );
  });
}

// src/server/request.ts
import os from "node:os";
var MAX_PATTERN_LENGTH = 1e3;
var OPTION_FIELDS = httpOptionFields().map(({ field, setting }) => [field, setting]);
function parseJobRequest(type, body, limits) {
  const settings = {};
  for (const [field, name] of OPTION_FIELDS) {
    const v = body[field];
    if (v !== void 0) settings[name] = v;
  }
  if (body.background !== void 0 && body.background_preset !== void 0) {
    throw invalid("background_preset", "give background or background_preset, not both");
  }
  const background = body.background ?? body.background_preset;
  if (background !== void 0) settings.background = background;
  if (body.viewport !== void 0) {
    settings.viewport = typeof body.viewport === "string" ? body.viewport : `${body.viewport.width}x${body.viewport.height}`;
  }
  if (body.headers !== void 0) {
    settings.header = Array.isArray(body.headers) ? body.headers : Object.entries(body.headers).map(([k, v]) => `${k}: ${v}`);
  }
  if (body.cookies !== void 0) settings.cookie = body.cookies.map(cookieLine);
  let includePattern = null;
  let excludePattern = null;
  if (type === "capture") {
    const b = body;
    settings.urls = [httpUrl("url", b.url)];
  } else {
    const b = body;
    if (b.include !== void 0) settings.include = b.include;
    if (b.exclude !== void 0) settings.exclude = b.exclude;
    const s = b;
    if (b.limit !== void 0 && s.max_pages !== void 0 && b.limit !== s.max_pages) {
      throw invalid("max_pages", "max_pages is another name for limit: give one of them");
    }
    const limit = b.limit ?? s.max_pages;
    const limitField = b.limit !== void 0 ? "limit" : "max_pages";
    if (limit !== void 0 && limit > limits.maxUrlsPerJob) {
      throw invalid(limitField, `${limitField} may be at most ${limits.maxUrlsPerJob} on this server`);
    }
    settings.limit = limit ?? limits.maxUrlsPerJob;
    if (type === "batch") {
      const urls = b.urls;
      if (urls.length > limits.maxUrlsPerJob) {
        throw invalid("urls", `a batch may hold at most ${limits.maxUrlsPerJob} URLs on this server (got ${urls.length}); split it into several jobs`);
      }
      settings.urls = urls.map((u, i) => httpUrl(`urls[${i}]`, u));
    } else {
      settings.sitemap = [httpUrl("sitemap_url", s.sitemap_url)];
      includePattern = pattern("include_pattern", s.include_pattern);
      excludePattern = pattern("exclude_pattern", s.exclude_pattern);
    }
  }
  const webhook = webhookUrl(body);
  return {
    type,
    settings,
    includePattern,
    excludePattern,
    webhookUrl: webhook,
    sync: type === "capture" && body.async === false
  };
}
function resolveRequest(request, owned) {
  const raw = {
    ...request.settings,
    output: owned.output,
    concurrency: owned.pageConcurrency === null ? "auto" : owned.pageConcurrency
  };
  if (owned.browserPath) raw["browser-path"] = owned.browserPath;
  const label = (name) => fieldOf(name, request);
  try {
    return resolveSettings(raw, { cores: os.availableParallelism(), freeMemBytes: os.freemem() }, label);
  } catch (err) {
    if (err instanceof SettingError) throw invalid(label(err.setting), err.message);
    if (err instanceof UserError) throw invalid(null, err.message);
    throw err;
  }
}
function fieldOf(name, request) {
  switch (name) {
    case "urls":
      return request.type === "capture" ? "url" : "urls";
    case "sitemap":
      return "sitemap_url";
    case "header":
      return "headers";
    case "cookie":
      return "cookies";
    default: {
      const field = OPTION_FIELDS.find(([, n]) => n === name)?.[0];
      return field ?? name.replace(/-/g, "_");
    }
  }
}
function endedRequest(request) {
  const { urls: _urls, header: _header, cookie: _cookie, ...settings } = request.settings;
  return { ...request, settings };
}
function fingerprint(type, body) {
  return sha256Hex(`${type}
${stableJson(body)}`);
}
function stableJson(v) {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  if (v && typeof v === "object") {
    const entries = Object.entries(v).filter(([, x]) => x !== void 0).sort(([a], [b]) => a < b ? -1 : 1);
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
function cookieLine(c) {
  if (typeof c === "string") return c;
  let line = `${c.name}=${c.value}`;
  if (c.domain) line += `; domain=${c.domain}`;
  if (c.path) line += `; path=${c.path}`;
  return line;
}
function httpUrl(field, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw invalid(field, `${field} must be an absolute http(s) URL such as https://example.com/ (got "${truncate(value)}")`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw invalid(field, `${field} must be an http(s) URL (got ${url.protocol})`);
  }
  return value;
}
function webhookField(body) {
  return body.webhook_url === void 0 && body.callback_url !== void 0 ? "callback_url" : "webhook_url";
}
function webhookUrl(body) {
  const direct = body.webhook_url;
  const callback = body.callback_url;
  if (direct !== void 0 && callback !== void 0 && direct !== callback) {
    throw invalid("callback_url", "callback_url is another name for webhook_url: give one of them");
  }
  const value = direct ?? callback;
  if (value === void 0) return null;
  const field = webhookField(body);
  httpUrl(field, value);
  try {
    webhookConfig({ url: value });
  } catch (err) {
    if (err instanceof UserError) throw invalid(field, err.message);
    throw err;
  }
  return value;
}
function pattern(field, value) {
  if (value === void 0) return null;
  if (value.length > MAX_PATTERN_LENGTH) throw invalid(field, `${field} may be at most ${MAX_PATTERN_LENGTH} characters`);
  try {
    new RegExp(value);
  } catch (err) {
    throw invalid(field, `${field} is not a valid regular expression: ${err.message}`);
  }
  return value;
}
function truncate(s) {
  return s.length > 80 ? `${s.slice(0, 77)}\u2026` : s;
}

// src/server/webhook-target.ts
var SUBMIT_LOOKUP_TIMEOUT_MS = 3e3;
async function checkWebhookTarget(field, url, egress, timeoutMs = SUBMIT_LOOKUP_TIMEOUT_MS) {
  const target = new URL(url);
  let timer;
  const late = new Promise((resolve2) => {
    timer = setTimeout(() => resolve2("late"), timeoutMs);
    timer.unref();
  });
  try {
    await Promise.race([new EgressGuard(egress).resolveUrl(target), late]);
  } catch (err) {
    if (err instanceof EgressRefused) {
      throw invalid(field, `${field}: ${err.reason}; framecap serve refuses loopback, private and link-local webhook targets unless --allow-host allows them`);
    }
    const code = err.code;
    if (code === "ENOTFOUND") throw invalid(field, `${field}: the host ${target.hostname} does not exist (no DNS record): check the URL`);
  } finally {
    clearTimeout(timer);
  }
}

// src/server/service.ts
var PRESIGN_MAX_SECONDS = 3600;
var FINAL = /* @__PURE__ */ new Set(["completed", "partial", "failed"]);
var isFinal = (status) => FINAL.has(status);
var WAIT_POLL_MS = 200;
var JobService = class {
  constructor(deps) {
    this.deps = deps;
    this.now = deps.now ?? (() => /* @__PURE__ */ new Date());
  }
  deps;
  closing = false;
  lastCreatedMs = 0;
  inflightSubmits = /* @__PURE__ */ new Map();
  deliveries = /* @__PURE__ */ new Set();
  delivering = /* @__PURE__ */ new Set();
  now;
  get isClosing() {
    return this.closing;
  }
  /**
   * After a restart: jobs that were processing start again from the beginning,
   * pending ones are queued in submission order, and webhooks that had not
   * been delivered are sent.
   */
  async recover() {
    for (const record of await this.deps.store.all()) {
      if (record.job.status === "processing") {
        record.job.status = "pending";
        record.job.started_at = null;
        record.job.progress = progressOf(0, 0, 0);
        await this.deps.store.save(record);
      }
      if (record.job.status === "pending") await this.deps.queue.enqueue(record.job.id);
      else if (record.job.webhook_status === "pending") this.deliver(record);
    }
  }
  /** `origin`: where the request was sent (requestOrigin), kept for the job's webhook. */
  async submit(owner, type, body, idempotencyKey, origin = null) {
    if (this.closing) throw shuttingDown();
    if (idempotencyKey === null) return this.create(owner, type, body, null, origin);
    const print = fingerprint(type, body);
    const slot = `${owner}\0${idempotencyKey}`;
    const racing = this.inflightSubmits.get(slot);
    if (racing) return this.replayOf(await racing, print);
    const attempt = (async () => {
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
  replayOf(earlier, print) {
    if (earlier.record.idempotency?.fingerprint !== print) {
      throw new ApiError(
        422,
        "idempotency_key_reused",
        "this Idempotency-Key was already used with a different request body: use a new key for a new job"
      );
    }
    return { record: earlier.record, replay: true };
  }
  async create(owner, type, body, idempotency, origin) {
    const request = parseJobRequest(type, body, { maxUrlsPerJob: this.deps.config.maxUrlsPerJob });
    const { options } = resolveRequest(request, {
      output: "validate.zip",
      browserPath: this.deps.config.browserPath,
      pageConcurrency: this.deps.config.pageConcurrency
    });
    await checkDevice(options.frame.device);
    if (request.webhookUrl) await checkWebhookTarget(webhookField(body), request.webhookUrl, this.deps.config.egress);
    if (await this.deps.queue.waiting() >= this.deps.config.maxQueued) {
      const retryAfter = String(this.deps.config.retryAfterSeconds);
      throw new ApiError(
        429,
        "queue_full",
        `the queue is full (${this.deps.config.maxQueued} jobs waiting): retry after ${retryAfter} s`,
        null,
        { "retry-after": retryAfter }
      );
    }
    const createdMs = Math.max(this.now().getTime(), this.lastCreatedMs + 1);
    this.lastCreatedMs = createdMs;
    const job = newJob(type, new Date(createdMs));
    if (request.webhookUrl) {
      job.webhook_url = request.webhookUrl;
      job.webhook_status = "pending";
    }
    const record = {
      job,
      owner,
      request,
      idempotency,
      attempts: 0,
      resultKey: null,
      capture: null,
      failures: [],
      webhookId: null,
      origin
    };
    await this.deps.store.save(record);
    await this.deps.queue.enqueue(job.id);
    return { record, replay: false };
  }
  async get(owner, id) {
    const record = await this.deps.store.get(id);
    if (!record || record.owner !== owner) throw notFound(`no job ${id} for this API key`);
    return record;
  }
  async list(owner, filter) {
    return this.deps.store.list({ owner, ...filter });
  }
  /** Pending jobs end at once (failed, "cancelled"); running ones are stopped and end shortly after. */
  async cancel(owner, id) {
    const record = await this.get(owner, id);
    if (isFinal(record.job.status)) {
      throw new ApiError(409, "conflict", `job ${id} already ended (${record.job.status}): there is nothing to cancel`);
    }
    const outcome = await this.deps.queue.cancel(id);
    if (outcome === "aborted" || record.job.status === "processing") return { record, stopping: true };
    record.job.status = "failed";
    record.job.error = "cancelled";
    record.job.completed_at = this.now().toISOString();
    record.request = endedRequest(record.request);
    await this.deps.store.save(record);
    this.jobFinished(record);
    return { record, stopping: false };
  }
  async download(owner, id, range) {
    const record = await this.get(owner, id);
    this.assertDownloadable(record);
    if (!record.resultKey) throw gone(record);
    return this.serve(record, record.resultKey, range, { filename: `${record.job.id}.zip`, contentType: "application/zip", disposition: "attachment" });
  }
  /** A capture job's image by capture id (or job id). */
  async captureFile(owner, id, ext, range) {
    const record = id.startsWith("job_") ? await this.deps.store.get(id) : await this.deps.store.findByCaptureId(id);
    if (!record || record.owner !== owner) throw notFound(`no capture ${id} for this API key`);
    if (record.job.type !== "capture") {
      throw notFound(`job ${record.job.id} is a ${record.job.type} job: its captures are in the ZIP at ${record.job.download_url ?? `/v1/jobs/${record.job.id}/download`}`);
    }
    this.assertDownloadable(record);
    const capture = record.capture;
    if (!capture) throw notFound(`job ${record.job.id} has no capture`);
    const wanted = ext === "jpeg" ? "jpg" : ext;
    if (wanted !== capture.ext) {
      throw notFound(`capture ${capture.id} is ${capture.ext}: use ${capturePathOf(capture)}`);
    }
    return this.serve(record, capture.key, range, { filename: `${capture.id}.${capture.ext}`, contentType: capture.contentType, disposition: "inline" });
  }
  /** The stored object, streamed or (with --download presign) as a presigned URL that lives no longer than the result. */
  async serve(record, key, range, file) {
    const { storage } = this.deps;
    if (this.deps.config.download === "presign" && storage.presign) {
      const expiresAt = record.job.expires_at ? Date.parse(record.job.expires_at) : Number.POSITIVE_INFINITY;
      const left = Math.min(PRESIGN_MAX_SECONDS, Math.floor((expiresAt - this.now().getTime()) / 1e3));
      if (left >= 1) return { redirect: await storage.presign(key, { ...file, expiresInSeconds: left }) };
    }
    let stored;
    try {
      stored = await storage.get(key, range);
    } catch (err) {
      if (!(err instanceof RangeNotSatisfiable)) throw err;
      throw new ApiError(
        416,
        "range_not_satisfiable",
        `the Range starts past the end of ${file.filename} (${err.size} bytes): ask for bytes=0-${Math.max(0, err.size - 1)} or less`,
        null,
        { "content-range": `bytes */${err.size}` }
      );
    }
    if (!stored) throw gone(record);
    return { ...stored, ...file };
  }
  assertDownloadable(record) {
    const { job } = record;
    if (job.status === "pending" || job.status === "processing") {
      throw new ApiError(
        409,
        "conflict",
        `job ${job.id} is ${job.status} (${job.progress.percentage}%): results can be downloaded once its status is completed or partial; poll GET /v1/jobs/${job.id}`
      );
    }
    if (job.status === "failed") {
      throw new ApiError(409, "conflict", `job ${job.id} failed (${job.error ?? "no error recorded"}): it has no results to download`);
    }
    if (job.expires_at && Date.parse(job.expires_at) <= this.now().getTime()) throw gone(record);
  }
  /** Polls until the job ends, the timeout passes or the server closes; returns the latest record. */
  async waitForEnd(id, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (; ; ) {
      const record = await this.deps.store.get(id);
      if (!record) throw notFound(`job ${id} disappeared`);
      if (isFinal(record.job.status) || this.closing || Date.now() >= deadline) return record;
      await new Promise((resolve2) => setTimeout(resolve2, Math.min(WAIT_POLL_MS, Math.max(1, deadline - Date.now()))));
    }
  }
  /** Deletes expired results, and job documents past their retention. */
  async sweep() {
    const now = this.now().getTime();
    let expired = 0;
    let deleted = 0;
    for (const record of await this.deps.store.all()) {
      const { job } = record;
      if (!isFinal(job.status)) continue;
      const expiresAt = job.expires_at ? Date.parse(job.expires_at) : null;
      if (record.resultKey && expiresAt !== null && expiresAt <= now) {
        await this.deps.storage.delete(record.resultKey);
        if (record.capture) await this.deps.storage.delete(record.capture.key);
        record.resultKey = null;
        await this.deps.store.save(record);
        expired++;
      }
      const endedAt = expiresAt ?? (job.completed_at ? Date.parse(job.completed_at) : now);
      if (endedAt + this.deps.config.jobRetentionMs <= now && job.webhook_status !== "pending") {
        if (record.resultKey) await this.deps.storage.delete(record.resultKey);
        if (record.capture) await this.deps.storage.delete(record.capture.key);
        await this.deps.store.delete(job.id);
        deleted++;
      }
    }
    return { expired, deleted };
  }
  /** The runner's (and cancel's) hook: a job reached its final status. */
  jobFinished(record) {
    if (record.job.webhook_url && record.job.webhook_status === "pending") this.deliver(record);
  }
  deliver(record) {
    const id = record.job.id;
    if (this.delivering.has(id)) return;
    this.delivering.add(id);
    const delivery = (async () => {
      let status;
      try {
        if (!record.webhookId) {
          const current = await this.deps.store.get(id);
          if (!current) return;
          record.webhookId = current.webhookId ?? newWebhookId();
          current.webhookId = record.webhookId;
          await this.deps.store.save(current);
        }
        status = await this.deps.notify(this.publicJob(record), record.failures, record.webhookId);
      } catch (err) {
        this.deps.log.error({ err, jobId: id }, "webhook delivery failed unexpectedly");
        status = "failed";
      }
      const latest = await this.deps.store.get(id);
      if (!latest) return;
      latest.job.webhook_status = status;
      await this.deps.store.save(latest);
    })();
    this.deliveries.add(delivery);
    delivery.catch((err) => this.deps.log.error({ err, jobId: id }, "could not record the webhook status")).finally(() => {
      this.deliveries.delete(delivery);
      this.delivering.delete(id);
    });
  }
  /** Webhook deliveries still in flight. */
  pendingDeliveries() {
    return Promise.allSettled([...this.deliveries]);
  }
  /**
   * The Job document as the API and webhooks show it. `result.url`, the
   * capture's image, is always made absolute: with publicUrl, else with
   * `origin` (the request being answered; by default the one the job was
   * submitted to, for webhooks). The ZIP links are absolute only with publicUrl.
   */
  publicJob(record, origin = record.origin ?? null) {
    const job = { ...record.job };
    if (job.result && record.capture && job.result.page_url === void 0) {
      job.result = { ...job.result, page_url: job.result.url, url: capturePathOf(record.capture) };
    }
    const base = this.deps.config.publicUrl;
    if (base) {
      if (job.result_url?.startsWith("/")) job.result_url = base + job.result_url;
      if (job.download_url?.startsWith("/")) job.download_url = base + job.download_url;
    }
    const imageBase = base ?? origin;
    if (job.result && imageBase && job.result.url.startsWith("/")) job.result = { ...job.result, url: imageBase + job.result.url };
    return job;
  }
  beginClose() {
    this.closing = true;
  }
};
function shuttingDown() {
  return new ApiError(503, "shutting_down", "the server is shutting down: retry in a moment", null, { "retry-after": "5" });
}
function gone(record) {
  const when = record.job.expires_at ? ` at ${record.job.expires_at}` : "";
  return new ApiError(410, "gone", `the results of job ${record.job.id} expired${when} and were deleted: submit the job again`);
}
var deviceIds = null;
async function checkDevice(device) {
  if (device === "none") return;
  deviceIds ??= loadCatalog().then((c) => new Set(c.frames.map((f) => f.id)), (err) => {
    deviceIds = null;
    throw err;
  });
  const ids = await deviceIds;
  if (!ids.has(device)) {
    throw invalid("device", `unknown device "${device}": use one of ${[...ids].sort().join(", ")}, or "none"`);
  }
}

// src/server/config.ts
import { resolve } from "node:path";
var HOUR = 60 * 60 * 1e3;
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "::1"]);
function resolveServerConfig(config) {
  if (!config.dataDir) throw new UserError("the server needs a data folder: set dataDir (framecap serve --data-dir)");
  const apiKeys = (config.apiKeys ?? []).map((k) => k.trim()).filter((k) => k !== "");
  for (const key of apiKeys) {
    if (key.length < 16) {
      throw new UserError("API keys must be at least 16 characters; generate one with: openssl rand -hex 32");
    }
  }
  const allowNoAuth = config.allowNoAuth === true;
  if (apiKeys.length === 0 && !allowNoAuth) {
    throw new UserError(
      "no API keys configured: set FRAMECAP_API_KEYS (comma-separated) or --api-keys; for a local trial only, --allow-no-auth runs without keys on 127.0.0.1"
    );
  }
  let host = config.host ?? "127.0.0.1";
  if (apiKeys.length === 0) {
    if (config.host !== void 0 && !LOOPBACK.has(config.host)) {
      throw new UserError(`without API keys the server only listens on 127.0.0.1 (got host ${config.host}); configure API keys to listen elsewhere`);
    }
    host = "127.0.0.1";
  }
  let publicUrl = null;
  if (config.publicUrl) {
    let url;
    try {
      url = new URL(config.publicUrl);
    } catch {
      throw new UserError(`publicUrl must be an http(s) origin such as https://shots.example.com (got "${config.publicUrl}")`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new UserError("publicUrl must start with http:// or https://");
    publicUrl = url.href.replace(/\/+$/, "");
  }
  return {
    dataDir: resolve(config.dataDir),
    apiKeys,
    allowNoAuth,
    host,
    port: int("port", config.port, 8080, 0, 65535),
    publicUrl,
    workers: int("workers", config.workers, 1, 1, 64),
    pageConcurrency: config.pageConcurrency === void 0 ? null : int("pageConcurrency", config.pageConcurrency, 1, 1, 32),
    maxQueued: int("maxQueued", config.maxQueued, 100, 1, 1e6),
    maxUrlsPerJob: int("maxUrlsPerJob", config.maxUrlsPerJob, 1e4, 1, 1e7),
    resultTtlMs: int("resultTtlMs", config.resultTtlMs, 24 * HOUR, 1, 365 * 24 * HOUR),
    jobRetentionMs: int("jobRetentionMs", config.jobRetentionMs, 7 * 24 * HOUR, 0, 365 * 24 * HOUR),
    sweepIntervalMs: int("sweepIntervalMs", config.sweepIntervalMs, 10 * 60 * 1e3, 10, 24 * HOUR),
    bodyLimitBytes: int("bodyLimitBytes", config.bodyLimitBytes, 1024 * 1024, 1024, 100 * 1024 * 1024),
    requestTimeoutMs: int("requestTimeoutMs", config.requestTimeoutMs, 3e4, 1e3, 10 * 6e4),
    syncTimeoutMs: int("syncTimeoutMs", config.syncTimeoutMs, 12e4, 1, HOUR),
    onShutdown: config.onShutdown ?? "requeue",
    shutdownTimeoutMs: int("shutdownTimeoutMs", config.shutdownTimeoutMs, 6e4, 0, HOUR),
    retryAfterSeconds: int("retryAfterSeconds", config.retryAfterSeconds, 30, 1, 3600),
    maxAttempts: int("maxAttempts", config.maxAttempts, 3, 1, 100),
    browserPath: config.browserPath ?? null,
    webhookSecret: config.webhookSecret || null,
    logger: config.logger ?? false,
    redis: config.redis ? checkRedisUrl(config.redis) : null,
    download: downloadMode(config.download),
    egress: egressPolicy((config.allowHosts ?? []).map((h) => h.trim()).filter((h) => h !== ""), config.dnsLookup)
  };
}
function downloadMode(value) {
  if (value === void 0 || value === "proxy" || value === "presign") return value ?? "proxy";
  throw new UserError(`--download must be proxy (the server streams results) or presign (302 to a presigned URL of the bucket); got "${value}"`);
}
function int(name, value, fallback, min, max) {
  if (value === void 0) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`server setting ${name} must be a whole number from ${min} to ${max} (got ${value})`);
  }
  return value;
}

// src/server/runner.ts
import { createReadStream } from "node:fs";
import { mkdir as mkdir2, readFile as readFile2, rm as rm2 } from "node:fs/promises";
import { join as join2 } from "node:path";
var PROGRESS_SAVE_MS = 500;
var MAX_FAILURES_KEPT = 100;
var resultKeyOf = (jobId) => `${jobId}.zip`;
var downloadPathOf = (jobId) => `/v1/jobs/${jobId}/download`;
function createProcessor(deps) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  return async (jobId, signal) => {
    const record = await deps.store.get(jobId);
    if (!record || record.job.status !== "pending") return;
    if (signal.aborted) return settleAborted(record, signal.reason);
    if (record.attempts >= deps.config.maxAttempts) {
      return finish(record, {
        status: "failed",
        error: `stopped after ${record.attempts} interrupted attempts (the server stopped or crashed while rendering it each time)`
      });
    }
    record.attempts++;
    record.job.status = "processing";
    record.job.started_at = now().toISOString();
    record.job.progress = progressOf(0, 0, 0);
    await deps.store.save(record);
    const capture = record.job.type === "capture";
    const output = join2(deps.workDir, capture ? jobId : `${jobId}.zip`);
    const cleanup = () => rm2(output, { recursive: true, force: true });
    await mkdir2(deps.workDir, { recursive: true });
    await cleanup();
    const saver = progressSaver(deps.store, record);
    try {
      const { options } = resolveRequest(record.request, {
        output,
        browserPath: deps.config.browserPath,
        pageConcurrency: deps.config.pageConcurrency
      });
      options.render.egress = deps.config.egress;
      options.discover.egress = deps.config.egress;
      if (record.request.includePattern || record.request.excludePattern) {
        options.sources = [{ kind: "urls", urls: await discoverMatching(options, record, signal) }];
      }
      let completed = 0;
      let failed = 0;
      const result = await runCapture(options, {
        planned: (_target, planned) => saver.update(progressOf(planned, completed, failed)),
        discoveryDone: (total) => saver.update(progressOf(total, completed, failed)),
        result: (_row, progress) => {
          completed = progress.completed;
          failed = progress.failed;
          saver.update(progress);
        }
      }, { signal, env: process.env, cacheDir: cacheDirFrom(process.env), identity: { id: record.job.id, type: record.job.type, created_at: record.job.created_at } });
      await saver.stop();
      if (signal.aborted) return await settleAborted(record, signal.reason);
      await storeResults(record, result, output);
    } catch (err) {
      await saver.stop();
      if (signal.aborted) return await settleAborted(record, signal.reason);
      const known = err instanceof UserError || err instanceof ApiError;
      if (!known) deps.log.error({ err, jobId }, "job failed with an unexpected error");
      await finish(record, { status: "failed", error: known ? err.message : `internal error: ${err.message}` });
    } finally {
      await cleanup();
    }
  };
  async function settleAborted(record, reason) {
    if (reason === "shutdown") {
      record.attempts = Math.max(0, record.attempts - 1);
      record.job.status = "pending";
      record.job.started_at = null;
      record.job.progress = progressOf(0, 0, 0);
      await deps.store.save(record);
      return;
    }
    await finish(record, { status: "failed", error: "cancelled" });
  }
  async function finish(record, end) {
    record.job.status = end.status;
    record.job.error = end.error;
    record.job.completed_at = now().toISOString();
    record.request = endedRequest(record.request);
    record.job.result = null;
    record.job.result_url = null;
    record.job.download_url = null;
    record.job.expires_at = null;
    if (record.capture) {
      await deps.storage.delete(record.capture.key).catch(() => {
      });
      record.capture = null;
    }
    await deps.store.save(record);
    deps.finished(record);
  }
  async function storeResults(record, result, output) {
    const { job } = record;
    job.status = result.job.status;
    job.progress = result.job.progress;
    job.error = result.job.error;
    const completedAt = now();
    job.completed_at = completedAt.toISOString();
    record.failures = failuresOf(result.manifest.captures);
    record.request = endedRequest(record.request);
    if (job.status === "completed" || job.status === "partial") {
      const key = resultKeyOf(job.id);
      job.expires_at = new Date(completedAt.getTime() + deps.config.resultTtlMs).toISOString();
      job.result_url = downloadPathOf(job.id);
      job.download_url = job.result_url;
      if (job.type === "capture") {
        record.capture = await storeCapture(result, output);
        const local = result.job.result;
        job.result = local && record.capture ? { ...local, url: capturePathOf(record.capture) } : null;
        const zip = `${output}.zip`;
        try {
          await zipFolder(output, zip, result.manifest, { ...job, result: local });
          await deps.storage.put(key, createReadStream(zip));
        } finally {
          await rm2(zip, { force: true });
        }
      } else {
        await deps.storage.put(key, createReadStream(result.output.path));
      }
      record.resultKey = key;
    }
    await deps.store.save(record);
    deps.finished(record);
  }
  async function storeCapture(result, folder) {
    const row = result.manifest.captures[0];
    const id = result.job.result?.id;
    if (!row?.file || !row.format || !id) return null;
    const { ext, contentType } = FORMAT_FILES[row.format];
    const key = `captures/${id}.${ext}`;
    await deps.storage.put(key, createReadStream(join2(folder, row.file)));
    return { id, key, ext, contentType };
  }
}
async function zipFolder(folder, zipPath, manifest, job) {
  const sink = await openSink(zipPath);
  try {
    for (const row of manifest.captures) {
      if (row?.file) await sink.add(row.file, await readFile2(join2(folder, row.file)));
    }
    await sink.add("manifest.json", Buffer.from(`${JSON.stringify({ ...manifest, job }, null, 2)}
`));
    await sink.close();
  } catch (err) {
    await sink.abort();
    throw err;
  }
}
async function discoverMatching(options, record, signal) {
  const include = record.request.includePattern ? new RegExp(record.request.includePattern) : null;
  const exclude = record.request.excludePattern ? new RegExp(record.request.excludePattern) : null;
  const urls = [];
  let seen = 0;
  let problem = null;
  try {
    for await (const found of discover(options.sources, options.discover, () => {
    })) {
      if (signal.aborted) break;
      seen++;
      if (include && !include.test(found.url)) continue;
      if (exclude && exclude.test(found.url)) continue;
      urls.push(found.url);
    }
  } catch (err) {
    problem = err;
  }
  if (urls.length === 0 && !signal.aborted) {
    if (problem) throw new UserError(`cannot read the sitemap: ${problem.message}`);
    throw new UserError(`no URLs matched include_pattern/exclude_pattern (${seen} found in the sitemap)`);
  }
  return urls;
}
function failuresOf(rows) {
  const out = [];
  for (const row of rows) {
    if (row?.status !== "failed") continue;
    out.push({ url: row.url, error: row.error, http_status: row.http_status });
    if (out.length >= MAX_FAILURES_KEPT) break;
  }
  return out;
}
function progressSaver(store, record) {
  let timer;
  let writing = Promise.resolve();
  const flush = () => {
    timer = void 0;
    writing = writing.then(() => store.save(record)).catch(() => {
    });
  };
  return {
    update(progress) {
      record.job.progress = progress;
      timer ??= setTimeout(flush, PROGRESS_SAVE_MS);
    },
    async stop() {
      clearTimeout(timer);
      timer = void 0;
      await writing;
    }
  };
}

// src/server/webhooks.ts
function createNotifier(secret, log, egress = null) {
  const fetch = egress ? guardedFetch(new EgressGuard(egress)) : void 0;
  return async (job, failures, webhookId) => {
    if (!job.webhook_url) return null;
    const config = webhookConfig({ url: job.webhook_url, secret });
    const outcome = await deliverWebhook(config, buildPayload(job, { failures }), { webhookId, ...fetch ? { fetch } : {} });
    if (outcome.status === "delivered") return "delivered";
    if (outcome.status === "skipped") return null;
    log.warn({
      jobId: job.id,
      webhook: describeWebhookUrl(job.webhook_url),
      attempts: outcome.attempts,
      responseStatus: outcome.responseStatus,
      error: outcome.error
    }, "webhook not delivered");
    return "failed";
  };
}

export {
  ApiError,
  invalid,
  installErrorHandlers,
  FileJobStore,
  isFinal,
  JobService,
  resolveServerConfig,
  createProcessor,
  createNotifier
};
