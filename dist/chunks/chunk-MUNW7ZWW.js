import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);

// src/server/store.ts
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
var capturePathOf = (capture) => `/v1/captures/${capture.id}.${capture.ext}`;
var capturePartPathOf = (capture, k) => `/v1/captures/${capture.id}/parts/${k}.${capture.ext}`;
var captureKeysOf = (capture) => capture.partKeys ?? [capture.key];
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
  async view(id) {
    const r = this.records.get(id);
    return r ? viewOf(r) : null;
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
      records: matching.slice(filter.offset, filter.offset + filter.limit).map(viewOf),
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
function viewOf(r) {
  return {
    job: structuredClone(r.job),
    owner: r.owner,
    capture: r.capture ? { ...r.capture } : null,
    ...r.origin !== void 0 ? { origin: r.origin } : {}
  };
}
function idemKey(owner, key) {
  return `${owner}\0${key}`;
}

export {
  capturePathOf,
  capturePartPathOf,
  captureKeysOf,
  FileJobStore,
  viewOf
};
