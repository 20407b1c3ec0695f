import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);

// src/util/retry-after.ts
function parseRetryAfter(value, nowMs = Date.now()) {
  if (value === null || value === void 0) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  if (!/^[A-Za-z]{3},? /.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

// src/util/zip-magic.ts
import { open } from "node:fs/promises";
async function startsLikeZip(path) {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 80 && head[1] === 75 && (head[2] === 3 && head[3] === 4 || head[2] === 5 && head[3] === 6);
  } finally {
    await handle.close();
  }
}

export {
  parseRetryAfter,
  startsLikeZip
};
