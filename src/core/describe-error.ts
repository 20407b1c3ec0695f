// The one place that turns an error into the line a door prints. Every door
// (CLI, Action, server start-up) asks describeFailure; the sinks and the
// server ask systemProblem for the "what happened: what to do" part of a
// system error (errno code + path or address), so a full disk reads the same
// whichever door met it.

import { UserError } from './types.ts';

/** An error from the OS as Node reports it: a code such as ENOSPC, and what it was about. */
export interface SystemError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  address?: string;
  port?: number;
}

export function isSystemError(err: unknown): err is SystemError {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'string' && /^E[A-Z0-9]+$/.test((err as SystemError).code);
}

const LISTEN_CALLS = new Set(['listen', 'bind']);

/**
 * What happened and what to do, for a system error: "the disk is full
 * (ENOSPC): free some space or write the output elsewhere". The caller says
 * what it was doing to what ("cannot write the ZIP /x/out.zip: …"). Unknown
 * codes keep Node's own words.
 */
export function systemProblem(err: SystemError): string {
  if (err.syscall && LISTEN_CALLS.has(err.syscall)) return listenProblem(err);
  const code = err.code;
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full (ENOSPC): free some space or write the output elsewhere';
    case 'EDQUOT':
      return 'the disk quota is used up (EDQUOT): free some space or write the output elsewhere';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code}): choose a path you may write to`;
    case 'EROFS':
      return 'the file system is read-only (EROFS): choose a writable path';
    case 'EISDIR':
      return 'a folder has that name (EISDIR): choose another output path, or remove the folder';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder (ENOTDIR): choose another output path';
    case 'EEXIST':
      return 'something that is not a folder stands where a folder is needed (EEXIST): choose another output path';
    case 'ENOENT':
      // A folder is made only once its parent is there: the file system refuses it (a path under /proc does this).
      return err.syscall === 'mkdir'
        ? 'this file system does not let folders be created there (ENOENT): choose another output path'
        : 'no such file or folder (ENOENT): check the path';
    case 'ENAMETOOLONG':
      return 'the path is too long (ENAMETOOLONG): choose a shorter one';
    case 'EMFILE':
    case 'ENFILE':
      return `too many open files (${code}): raise the limit (ulimit -n) or lower --concurrency`;
    case 'EIO':
      return 'the disk reported an input/output error (EIO): check the disk, or write the output elsewhere';
    default:
      return withoutCodePrefix(err);
  }
}

function listenProblem(err: SystemError): string {
  const where = err.port !== undefined ? `port ${err.port} on ${err.address ?? 'this machine'}` : (err.address ?? 'the address');
  switch (err.code) {
    case 'EADDRINUSE':
      return `${where} is already in use (EADDRINUSE): stop the program listening there, or choose another port (--port)`;
    case 'EACCES':
    case 'EPERM':
      return `not allowed to listen on ${where} (${err.code}): ports below 1024 need privileges; choose a higher port (--port)`;
    case 'EADDRNOTAVAIL':
      return `${err.address ?? 'the address'} is not an address of this machine (EADDRNOTAVAIL): choose another --host, e.g. 127.0.0.1 or 0.0.0.0`;
    default:
      return withoutCodePrefix(err);
  }
}

/** Node's message without its leading "ENOSPC: " (the code goes in brackets instead). */
function withoutCodePrefix(err: SystemError): string {
  const words = err.message.startsWith(`${err.code}: `) ? err.message.slice(err.code.length + 2) : err.message;
  return words.includes(err.code) ? words : `${words} (${err.code})`;
}

/** "cannot write /x: the disk is full (ENOSPC): …", from a system error alone (no caller said what it was doing). */
export function describeSystemError(err: SystemError): string {
  if (err.syscall && LISTEN_CALLS.has(err.syscall)) return `cannot listen: ${systemProblem(err)}`;
  const verb = err.syscall ? SYSCALL_VERBS[err.syscall] ?? `cannot ${err.syscall}` : 'cannot use';
  return err.path ? `${verb} ${err.path}: ${systemProblem(err)}` : `${verb.replace(/ (to|from)$/, '')}: ${systemProblem(err)}`;
}

const SYSCALL_VERBS: Record<string, string> = {
  open: 'cannot open',
  write: 'cannot write',
  read: 'cannot read',
  mkdir: 'cannot create the folder',
  rename: 'cannot rename',
  unlink: 'cannot remove',
  rmdir: 'cannot remove',
  scandir: 'cannot list',
  stat: 'cannot read',
  lstat: 'cannot read',
  copyfile: 'cannot copy',
};

export interface Failure {
  /** The one line to show. */
  message: string;
  /** False for a bug (nothing the user did or met explains it): the door asks for a report. */
  expected: boolean;
  /** The stack (and its causes'), for the debug switch. */
  stack: string;
}

/** What a door prints when a command fails: one line a user can act on; the stack only for debugging. */
export function describeFailure(err: unknown): Failure {
  const stack = stackOf(err);
  if (err instanceof UserError) return { message: err.message, expected: true, stack };
  if (isSystemError(err)) return { message: describeSystemError(err), expected: true, stack };
  const message = err instanceof Error ? err.message : String(err);
  return { message: `unexpected error: ${message}`, expected: false, stack };
}

function stackOf(err: unknown): string {
  const parts: string[] = [];
  let at: unknown = err;
  for (let depth = 0; at !== undefined && at !== null && depth < 5; depth++) {
    parts.push(depth === 0 ? stackText(at) : `caused by: ${stackText(at)}`);
    at = at instanceof Error ? at.cause : undefined;
  }
  return parts.join('\n');
}

const stackText = (err: unknown): string => (err instanceof Error ? err.stack ?? `${err.name}: ${err.message}` : String(err));

/** FRAMECAP_DEBUG=1 (or true/yes): show stacks. */
export function debugFromEnv(env: Record<string, string | undefined>): boolean {
  return /^(1|true|yes|on)$/i.test(env.FRAMECAP_DEBUG?.trim() ?? '');
}
