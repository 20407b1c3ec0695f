import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-2DT44WLF.js";

// src/core/describe-error.ts
function isSystemError(err) {
  return err instanceof Error && typeof err.code === "string" && /^E[A-Z0-9]+$/.test(err.code);
}
var LISTEN_CALLS = /* @__PURE__ */ new Set(["listen", "bind"]);
function systemProblem(err) {
  if (err.syscall && LISTEN_CALLS.has(err.syscall)) return listenProblem(err);
  const code = err.code;
  switch (code) {
    case "ENOSPC":
      return "the disk is full (ENOSPC): free some space or write the output elsewhere";
    case "EDQUOT":
      return "the disk quota is used up (EDQUOT): free some space or write the output elsewhere";
    case "EACCES":
    case "EPERM":
      return `permission denied (${code}): choose a path you may write to`;
    case "EROFS":
      return "the file system is read-only (EROFS): choose a writable path";
    case "EISDIR":
      return "a folder has that name (EISDIR): choose another output path, or remove the folder";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder (ENOTDIR): choose another output path";
    case "EEXIST":
      return "something that is not a folder stands where a folder is needed (EEXIST): choose another output path";
    case "ENOENT":
      return err.syscall === "mkdir" ? "this file system does not let folders be created there (ENOENT): choose another output path" : "no such file or folder (ENOENT): check the path";
    case "ENAMETOOLONG":
      return "the path is too long (ENAMETOOLONG): choose a shorter one";
    case "EMFILE":
    case "ENFILE":
      return `too many open files (${code}): raise the limit (ulimit -n) or lower --concurrency`;
    case "EIO":
      return "the disk reported an input/output error (EIO): check the disk, or write the output elsewhere";
    default:
      return withoutCodePrefix(err);
  }
}
function listenProblem(err) {
  const where = err.port !== void 0 ? `port ${err.port} on ${err.address ?? "this machine"}` : err.address ?? "the address";
  switch (err.code) {
    case "EADDRINUSE":
      return `${where} is already in use (EADDRINUSE): stop the program listening there, or choose another port (--port)`;
    case "EACCES":
    case "EPERM":
      return `not allowed to listen on ${where} (${err.code}): ports below 1024 need privileges; choose a higher port (--port)`;
    case "EADDRNOTAVAIL":
      return `${err.address ?? "the address"} is not an address of this machine (EADDRNOTAVAIL): choose another --host, e.g. 127.0.0.1 or 0.0.0.0`;
    default:
      return withoutCodePrefix(err);
  }
}
function withoutCodePrefix(err) {
  const words = err.message.startsWith(`${err.code}: `) ? err.message.slice(err.code.length + 2) : err.message;
  return words.includes(err.code) ? words : `${words} (${err.code})`;
}
function describeSystemError(err) {
  if (err.syscall && LISTEN_CALLS.has(err.syscall)) return `cannot listen: ${systemProblem(err)}`;
  const verb = err.syscall ? SYSCALL_VERBS[err.syscall] ?? `cannot ${err.syscall}` : "cannot use";
  return err.path ? `${verb} ${err.path}: ${systemProblem(err)}` : `${verb.replace(/ (to|from)$/, "")}: ${systemProblem(err)}`;
}
var SYSCALL_VERBS = {
  open: "cannot open",
  write: "cannot write",
  read: "cannot read",
  mkdir: "cannot create the folder",
  rename: "cannot rename",
  unlink: "cannot remove",
  rmdir: "cannot remove",
  scandir: "cannot list",
  stat: "cannot read",
  lstat: "cannot read",
  copyfile: "cannot copy"
};
function describeFailure(err) {
  const stack = stackOf(err);
  if (err instanceof UserError) return { message: err.message, expected: true, stack };
  if (isSystemError(err)) return { message: describeSystemError(err), expected: true, stack };
  const message = err instanceof Error ? err.message : String(err);
  return { message: `unexpected error: ${message}`, expected: false, stack };
}
function stackOf(err) {
  const parts = [];
  let at = err;
  for (let depth = 0; at !== void 0 && at !== null && depth < 5; depth++) {
    parts.push(depth === 0 ? stackText(at) : `caused by: ${stackText(at)}`);
    at = at instanceof Error ? at.cause : void 0;
  }
  return parts.join("\n");
}
var stackText = (err) => err instanceof Error ? err.stack ?? `${err.name}: ${err.message}` : String(err);
function debugFromEnv(env) {
  return /^(1|true|yes|on)$/i.test(env.FRAMECAP_DEBUG?.trim() ?? "");
}

// src/util/sharp.ts
import { createRequire } from "node:module";
var sharp = createRequire(import.meta.url)("sharp");

export {
  sharp,
  isSystemError,
  systemProblem,
  describeFailure,
  debugFromEnv
};
