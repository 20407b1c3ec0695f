import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  captureKeysOf,
  capturePartPathOf,
  capturePathOf
} from "./chunk-MUNW7ZWW.js";
import {
  checkRedisUrl
} from "./chunk-LJTJW5MJ.js";
import {
  cacheDirFrom,
  failuresOf
} from "./chunk-NM4JFCLM.js";
import {
  NO_ACCESS,
  SERVER_STEP_LIMITS,
  SettingError,
  buildPayload,
  deliverWebhook,
  describeWebhookUrl,
  httpOptionFields,
  newWebhookId,
  resolveSettings,
  thisMachine,
  webhookConfig
} from "./chunk-BCSQKF4B.js";
import {
  EgressGuard,
  OUTPUT_FILES,
  discover,
  egressPolicy,
  guardedFetch,
  loadsPerPage,
  openSink,
  progressOf,
  runCapture
} from "./chunk-ABTWOHNP.js";
import {
  sha256Hex
} from "./chunk-3FDA5EIA.js";
import {
  UserError
} from "./chunk-2DT44WLF.js";

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
var MAX_PATTERN_LENGTH = 1e3;
var SERVER_ACCESS = { ...NO_ACCESS, limits: SERVER_STEP_LIMITS };
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
  if (body.steps !== void 0) settings.steps = body.steps.map((step) => JSON.stringify(step));
  if (body.pages !== void 0) settings.pages = typeof body.pages === "string" ? body.pages : JSON.stringify(body.pages);
  if (body.variants !== void 0) settings.variants = typeof body.variants === "string" ? body.variants : JSON.stringify(body.variants);
  if (typeof body.storage_state === "string") {
    throw invalid("storage_state", `storage_state must be the storage state itself as a JSON object ({"cookies": [\u2026], "origins": [\u2026]}, what Playwright's storageState() writes), not a path: the server reads no files for a request`);
  }
  if (body.storage_state !== void 0) settings["storage-state"] = JSON.stringify(body.storage_state);
  if (body.login !== void 0) settings.login = JSON.stringify(body.login);
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
function withinCaptureBudget(request, body, options, limits) {
  const loads = loadsPerPage(options);
  if (loads === 1) return request;
  const max = limits.maxUrlsPerJob;
  const pagesAllowed = Math.floor(max / loads);
  const each = `${loads} captures a page (one per variant; a composite counts once per device)`;
  if (request.type === "capture" || pagesAllowed < 1) {
    if (loads > max) throw invalid(options.variants?.length ? "variants" : "composite", `a job may make at most ${max} captures on this server, and this page would take ${each}: give fewer variants`);
    return request;
  }
  const b = body;
  const given = b.limit ?? b.max_pages;
  const limitField = b.limit !== void 0 ? "limit" : "max_pages";
  if (request.type === "batch") {
    const pages = Math.min(b.urls.length, given ?? b.urls.length);
    if (pages > pagesAllowed) {
      throw invalid(
        given !== void 0 && given < b.urls.length ? limitField : "urls",
        `a job may make at most ${max} captures on this server: ${pages} URLs \xD7 ${each} = ${pages * loads}; send at most ${pagesAllowed} URLs a job (split them into several jobs) or give fewer variants`
      );
    }
    return request;
  }
  if (given !== void 0) {
    if (given > pagesAllowed) {
      throw invalid(limitField, `${limitField} may be at most ${pagesAllowed} on this server with ${each}: a job makes at most ${max} captures`);
    }
    return request;
  }
  return { ...request, settings: { ...request.settings, limit: Math.max(1, pagesAllowed) } };
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
    return resolveSettings(raw, thisMachine(), label, SERVER_ACCESS);
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
    case "storage-state":
      return "storage_state";
    default: {
      const field = OPTION_FIELDS.find(([, n]) => n === name)?.[0];
      return field ?? name.replace(/-/g, "_");
    }
  }
}
function endedRequest(request) {
  const { urls: _urls, header: _header, cookie: _cookie, steps: _steps, "storage-state": _state, "http-auth": _auth, login: _login, ...settings } = request.settings;
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

// src/server/job-lifecycle.ts
var FINAL = /* @__PURE__ */ new Set(["completed", "partial", "failed", "canceled"]);
var isFinal = (status) => FINAL.has(status);
function startAttempt(record, now) {
  record.attempts++;
  record.job.status = "processing";
  record.job.started_at = now.toISOString();
  record.job.progress = progressOf(0, 0, 0);
}
function backToPending(record, options) {
  if (options.refundAttempt) record.attempts = Math.max(0, record.attempts - 1);
  record.job.status = "pending";
  record.job.started_at = null;
  record.job.progress = progressOf(0, 0, 0);
}
function endWithoutResults(record, end, now) {
  endJob(record.job, end, now);
  record.request = endedRequest(record.request);
  record.job.result = null;
  record.job.result_url = null;
  record.job.download_url = null;
  record.job.expires_at = null;
  record.resultKey = null;
  record.capture = null;
}
function endWithResults(record, end, now) {
  endJob(record.job, end, now);
  record.job.progress = end.progress;
  record.request = endedRequest(record.request);
}
function endJob(job, end, now) {
  job.status = end.status;
  job.error = end.error;
  job.completed_at = now.toISOString();
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
    renderIn: config.renderIn === "inline" ? "inline" : "child",
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
import { mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";

// src/server/render-off-loop.ts
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var RenderProcessDied = class extends Error {
  constructor(how) {
    super(`the render process stopped (${how}) before the run ended: out of memory, or killed`);
    this.how = how;
  }
  how;
};
function childEntry() {
  const candidates = ["./render-child.ts", "./render-child.js", "../render-child.js"];
  for (const candidate of candidates) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return { path, execArgv: path.endsWith(".ts") ? ["--import", "tsx"] : [] };
  }
  throw new Error(`the render child process (render-child.js) is missing next to ${fileURLToPath(import.meta.url)}: reinstall framecap`);
}
function canRenderOffLoop(options) {
  try {
    structuredClone(options);
    return true;
  } catch {
    return false;
  }
}
var runCaptureInChild = (options, events = {}, deps = {}) => {
  const { path, execArgv } = childEntry();
  const child = fork(path, [], { execArgv, serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve2, reject) => {
    let settled = false;
    const onAbort = () => {
      if (child.connected) child.send({ type: "abort", reason: deps.signal?.reason });
    };
    deps.signal?.addEventListener("abort", onAbort, { once: true });
    const settle = (fn) => {
      if (settled) return;
      settled = true;
      deps.signal?.removeEventListener("abort", onAbort);
      fn();
    };
    child.on("message", (message) => {
      if (message.type === "event") dispatch(events, message.event, message.args);
      else if (message.type === "done") settle(() => resolve2(message.result));
      else settle(() => reject(message.error.user ? new UserError(message.error.message) : new Error(message.error.message)));
    });
    child.once("error", (err) => settle(() => reject(err)));
    child.once("close", (code, signal) => settle(() => reject(new RenderProcessDied(signal ?? `exit code ${code}`))));
    child.send({
      type: "run",
      options,
      deps: { ...deps.identity ? { identity: deps.identity } : {}, ...deps.cacheDir ? { cacheDir: deps.cacheDir } : {} }
    });
    if (deps.signal?.aborted) onAbort();
  });
};
function dispatch(events, event, args) {
  switch (event) {
    case "planned":
      events.planned?.(args[0], args[1]);
      break;
    case "discoveryDone":
      events.discoveryDone?.(args[0], args[1]);
      break;
    case "result":
      events.result?.(args[0], args[1]);
      break;
    case "warning":
      events.warning?.(args[0]);
      break;
  }
}

// src/server/runner.ts
var PROGRESS_SAVE_MS = 500;
var MAX_FAILURES_KEPT = 100;
var resultKeyOf = (jobId) => `${jobId}.zip`;
var downloadPathOf = (jobId) => `/v1/jobs/${jobId}/download`;
function createProcessor(deps) {
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  return async (jobId, signal) => {
    const record = await deps.store.get(jobId);
    if (!record || record.job.status !== "pending") return "settled";
    if (signal.aborted) return settled(settleAborted(record, signal.reason));
    if (record.attempts >= deps.config.maxAttempts) {
      return settled(finish(record, {
        status: "failed",
        error: `stopped after ${record.attempts} interrupted attempts (the server stopped or crashed while rendering it each time)`
      }));
    }
    startAttempt(record, now());
    await deps.store.save(record);
    const capture = record.job.type === "capture";
    const output = join(deps.workDir, capture ? jobId : `${jobId}.zip`);
    const cleanup = () => rm(output, { recursive: true, force: true });
    await mkdir(deps.workDir, { recursive: true });
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
      const render = deps.renderIn === "child" && canRenderOffLoop(options) ? runCaptureInChild : runCapture;
      const result = await render(options, {
        planned: (_target, planned) => saver.update(progressOf(planned, completed, failed)),
        discoveryDone: (total) => saver.update(progressOf(total, completed, failed)),
        result: (_row, progress) => {
          completed = progress.completed;
          failed = progress.failed;
          saver.update(progress);
        }
      }, { signal, env: process.env, cacheDir: cacheDirFrom(process.env), identity: { id: record.job.id, type: record.job.type, created_at: record.job.created_at } });
      await saver.stop();
      const ran = result.job;
      if (signal.aborted && signal.reason === "shutdown") return await settled(handBack(record));
      if (!isFinal(ran.status)) throw new Error(`the run returned a ${ran.status} job`);
      if (ran.status === "canceled" && ran.progress.completed === 0) return await settled(finish(record, { status: ran.status, error: ran.error }));
      await storeResults(record, result, output, { status: ran.status, error: ran.error });
      return "settled";
    } catch (err) {
      await saver.stop();
      if (signal.aborted) return await settled(settleAborted(record, signal.reason));
      if (err instanceof RenderProcessDied) return await rendererDied(record, err);
      const known = err instanceof UserError || err instanceof ApiError;
      if (!known) deps.log.error({ err, jobId }, "job failed with an unexpected error");
      await finish(record, { status: "failed", error: known ? err.message : `internal error: ${err.message}` });
      return "settled";
    } finally {
      await cleanup();
    }
  };
  async function settled(done) {
    await done;
    return "settled";
  }
  async function rendererDied(record, err) {
    const { attempts } = record;
    const max = deps.config.maxAttempts;
    deps.log.warn({ jobId: record.job.id, attempt: attempts, maxAttempts: max, how: err.how }, "the render process died; the job goes back to the queue");
    if (attempts >= max) {
      await finish(record, {
        status: "failed",
        error: `the render process died (${err.how}) on attempt ${attempts} of ${max}: out of memory, or killed; the job is not tried again`
      });
      return "settled";
    }
    backToPending(record, { refundAttempt: false });
    await deps.store.save(record);
    return "requeue";
  }
  async function settleAborted(record, reason) {
    if (reason === "shutdown") return handBack(record);
    return finish(record, { status: "canceled", error: abortedBeforeCapture(record) });
  }
  async function handBack(record) {
    backToPending(record, { refundAttempt: true });
    await deps.store.save(record);
  }
  async function finish(record, end) {
    for (const key of record.capture ? captureKeysOf(record.capture) : []) await deps.storage.delete(key).catch(() => {
    });
    endWithoutResults(record, end, now());
    await deps.store.save(record);
    deps.finished(record);
  }
  async function storeResults(record, result, output, end) {
    const { job } = record;
    const completedAt = now();
    endWithResults(record, { ...end, progress: result.job.progress }, completedAt);
    record.failures = failuresOf(result.manifest.captures, MAX_FAILURES_KEPT);
    if (job.status === "completed" || job.status === "partial" || job.status === "canceled") {
      const key = resultKeyOf(job.id);
      job.expires_at = new Date(completedAt.getTime() + deps.config.resultTtlMs).toISOString();
      job.result_url = downloadPathOf(job.id);
      job.download_url = job.result_url;
      if (job.type === "capture") {
        record.capture = await storeCapture(result, output);
        const local = result.job.result;
        job.result = local && record.capture ? servedResult(local, record.capture) : null;
        const zip = `${output}.zip`;
        try {
          await zipFolder(output, zip, result.manifest, { ...job, result: local });
          await deps.storage.put(key, createReadStream(zip));
        } finally {
          await rm(zip, { force: true });
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
    const { ext, contentType } = OUTPUT_FILES[row.format];
    const key = `captures/${id}.${ext}`;
    const files = [row.file, ...row.parts?.slice(1).map((p) => p.file) ?? []];
    const keys = files.map((_, i) => i === 0 ? key : `captures/${id}-part-${i + 1}.${ext}`);
    try {
      for (const [i, file] of files.entries()) await deps.storage.put(keys[i], createReadStream(join(folder, file)));
    } catch (err) {
      for (const k of keys) await deps.storage.delete(k).catch(() => {
      });
      throw err;
    }
    if (!row.parts) return { id, key, ext, contentType };
    return { id, key, ext, contentType, partKeys: keys };
  }
}
function abortedBeforeCapture(record) {
  if (record.job.started_at !== null) return "canceled before any page was captured";
  if (record.attempts > 0) return "canceled before it started again: its earlier attempt stopped before it finished, and kept no pages";
  return "canceled before it started";
}
function servedResult(local, capture) {
  const result = { ...local, url: capturePathOf(capture) };
  if (local.parts) result.parts = local.parts.map((part, i) => ({ ...part, url: capturePartPathOf(capture, i + 1) }));
  return result;
}
async function zipFolder(folder, zipPath, manifest, job) {
  const sink = await openSink(zipPath);
  try {
    for (const row of manifest.captures) {
      if (row?.file) await sink.add(row.file, await readFile(join(folder, row.file)));
      for (const part of row?.parts?.slice(1) ?? []) await sink.add(part.file, await readFile(join(folder, part.file)));
      if (row?.poster) await sink.add(row.poster, await readFile(join(folder, row.poster)));
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

// src/server/public-job.ts
function publicJob(record, publicUrl, origin = record.origin ?? null) {
  const job = { ...record.job };
  if (job.result && record.capture && job.result.page_url === void 0) {
    job.result = { ...job.result, page_url: job.result.url, url: capturePathOf(record.capture) };
  }
  if (publicUrl) {
    if (job.result_url?.startsWith("/")) job.result_url = publicUrl + job.result_url;
    if (job.download_url?.startsWith("/")) job.download_url = publicUrl + job.download_url;
  }
  const imageBase = publicUrl ?? origin;
  const absolute = (path) => imageBase && path.startsWith("/") ? imageBase + path : path;
  if (job.result) {
    job.result = { ...job.result, url: absolute(job.result.url) };
    if (job.result.parts) job.result.parts = job.result.parts.map((part) => ({ ...part, url: absolute(part.url) }));
  }
  return job;
}

// src/server/webhook-delivery.ts
var WebhookDeliveries = class {
  constructor(deps) {
    this.deps = deps;
  }
  deps;
  inFlight = /* @__PURE__ */ new Set();
  delivering = /* @__PURE__ */ new Set();
  /**
   * Starts the delivery of an ended job's webhook, unless none is due or one
   * is already on its way; resolves once it is recorded. `publicUrl`: the
   * job's own, when it came with the job (Redis workers serve many servers' settings).
   */
  deliverIfDue(record, publicUrl = this.deps.publicUrl) {
    if (!record.job.webhook_url || record.job.webhook_status !== "pending") return Promise.resolve();
    const id = record.job.id;
    if (this.delivering.has(id)) return Promise.resolve();
    this.delivering.add(id);
    const delivery = this.deliver(record, publicUrl);
    this.inFlight.add(delivery);
    delivery.catch((err) => this.deps.log.error({ err, jobId: id }, "could not record the webhook status")).finally(() => {
      this.inFlight.delete(delivery);
      this.delivering.delete(id);
    });
    return delivery.catch(() => {
    });
  }
  /** Deliveries still in flight. */
  settled() {
    return Promise.allSettled([...this.inFlight]);
  }
  async deliver(record, publicUrl) {
    const { store } = this.deps;
    const id = record.job.id;
    let status;
    try {
      if (!record.webhookId) {
        const current = await store.get(id);
        if (!current) return;
        record.webhookId = current.webhookId ?? newWebhookId();
        current.webhookId = record.webhookId;
        await store.save(current);
      }
      status = await this.deps.notify(publicJob(record, publicUrl), record.failures, record.webhookId);
    } catch (err) {
      this.deps.log.error({ err, jobId: id }, "webhook delivery failed unexpectedly");
      status = "failed";
    }
    const latest = await store.get(id);
    if (!latest) return;
    latest.job.webhook_status = status;
    await store.save(latest);
  }
};

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
  notFound,
  installErrorHandlers,
  parseJobRequest,
  withinCaptureBudget,
  resolveRequest,
  fingerprint,
  webhookField,
  isFinal,
  backToPending,
  endWithoutResults,
  resolveServerConfig,
  createProcessor,
  publicJob,
  WebhookDeliveries,
  createNotifier
};
