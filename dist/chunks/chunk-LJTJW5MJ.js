import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-2DT44WLF.js";

// src/server/redis/url.ts
function checkRedisUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`--redis must be a URL such as redis://127.0.0.1:6379 (got "${describeRedisUrl(url)}")`);
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") {
    throw new UserError(`--redis must start with redis:// or rediss:// (got ${parsed.protocol}//\u2026)`);
  }
  return url;
}
function describeRedisUrl(url) {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}:${u.port || "6379"}${u.pathname && u.pathname !== "/" ? u.pathname : ""}`;
  } catch {
    return "(unparseable URL)";
  }
}

export {
  checkRedisUrl,
  describeRedisUrl
};
