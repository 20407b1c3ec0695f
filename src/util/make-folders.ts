// `mkdir -p` that always ends. Node's recursive mkdir spins forever on a path
// under /proc (whose mkdir answers ENOENT for every child, so Node keeps
// "creating the parent" that exists): measured on Node 20, a run with
// `-o /proc/shots` used a full core for minutes and never printed a word.

import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Creates `path` and any missing parents. Resolves to the topmost folder it
 * created (as `mkdir(path, { recursive: true })` does), or undefined when the
 * folder was there. Throws Node's own errors (ENOTDIR, EACCES, ENOENT, ...).
 */
export async function makeFolders(path: string, mode?: number): Promise<string | undefined> {
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    const found = await stat(at).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (found?.isDirectory()) break;
    if (found) throw notAFolder(at);
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    try {
      await mkdir(folder, mode);
    } catch (err) {
      // Another process made it meanwhile: fine. A file (or a dangling link) there: Node's EEXIST says so.
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(folder).catch(() => null))?.isDirectory()) continue;
      throw err;
    }
  }
  return missing[0];
}

function notAFolder(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: 'ENOTDIR', errno: -20, syscall: 'mkdir', path });
}
