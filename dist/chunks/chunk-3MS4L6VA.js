import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-2DT44WLF.js";

// src/server/storage.ts
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
var RangeNotSatisfiable = class extends Error {
  constructor(size) {
    super(`the range starts past the end of the object (${size} bytes)`);
    this.size = size;
  }
  size;
};
var SAFE_KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.[a-z0-9]+$/;
function checkKey(key) {
  if (!SAFE_KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
  return key;
}
function resolveRange(range, size) {
  if ("suffix" in range) {
    if (size === 0 || range.suffix === 0) throw new RangeNotSatisfiable(size);
    return { start: Math.max(0, size - range.suffix), end: size - 1 };
  }
  if (range.start >= size) throw new RangeNotSatisfiable(size);
  return { start: range.start, end: Math.min(range.end ?? size - 1, size - 1) };
}
var DiskResultStorage = class {
  root;
  constructor(dataDir) {
    this.root = join(dataDir, "results");
  }
  async put(key, body) {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 448 });
    const tmp = `${path}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await pipeline(body, createWriteStream(tmp, { mode: 384 }));
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return { size: (await stat(path)).size };
  }
  async get(key, range) {
    const path = this.pathOf(key);
    let size;
    try {
      size = (await stat(path)).size;
    } catch {
      return null;
    }
    if (!range) return { stream: createReadStream(path), size };
    const part = resolveRange(range, size);
    return { stream: createReadStream(path, part), size, range: part };
  }
  async delete(key) {
    await rm(this.pathOf(key), { force: true });
  }
  describe() {
    return `folder ${this.root}`;
  }
  pathOf(key) {
    return join(this.root, ...checkKey(key).split("/"));
  }
};
async function openResultStorage(spec, dataDir, s3 = {}) {
  if (spec === void 0 || spec === "") return new DiskResultStorage(dataDir);
  if (typeof spec !== "string") return spec;
  if (!spec.startsWith("s3://")) {
    throw new UserError(`--storage must be an S3 URL such as s3://my-bucket/framecap (got "${spec}"); leave it out to keep results in --data-dir`);
  }
  const { S3ResultStorage } = await import("./storage-s3-Q67KOSFW.js");
  const storage = new S3ResultStorage(spec, s3);
  try {
    await storage.check();
  } catch (err) {
    await storage.close();
    throw new UserError(`the results storage does not work: ${err.message}`);
  }
  return storage;
}

export {
  RangeNotSatisfiable,
  checkKey,
  resolveRange,
  DiskResultStorage,
  openResultStorage
};
