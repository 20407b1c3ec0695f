import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);

// src/config/cache-dir.ts
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
function cacheDirFrom(env) {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "framecap");
  if (env.HOME && isAbsolute(env.HOME)) return join(env.HOME, ".cache", "framecap");
  return join(tmpdir(), "framecap-cache");
}

export {
  cacheDirFrom
};
