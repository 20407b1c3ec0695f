import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);

// src/util/bounded.ts
async function within(what, ms, onTimeout) {
  what.catch(() => void 0);
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), Math.max(0, ms));
  });
  try {
    return await Promise.race([what, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
var TIMED_OUT = new Error("timed out");
async function bounded(what, ms) {
  try {
    return await within(what, ms, () => TIMED_OUT);
  } catch {
    return void 0;
  }
}

// src/util/sha256.ts
import { createHash } from "node:crypto";
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}

export {
  within,
  bounded,
  sha256Hex
};
