// One server per data folder: the embedded store and queue live in this
// process, so a second server on the same folder would run every job twice.
//
// dataDir/server.lock names its holder (host and process id) and is touched
// every HEARTBEAT_MS. A lock is stale when, on this host, its process is gone
// (or is this very process from before a restart: containers reuse pid 1),
// and, from another host (a shared volume), when it has not been touched for
// STALE_AFTER_MS.

import { hostname } from 'node:os';
import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../core/types.ts';

const HEARTBEAT_MS = 10_000;
const STALE_AFTER_MS = 3 * HEARTBEAT_MS;

/** Folders this process holds: the same pid in the file is then a live server, not a previous life. */
const heldHere = new Set<string>();

interface Holder {
  host: string;
  pid: number;
}

/** Takes dataDir/server.lock; resolves to its release. */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, 'server.lock');
  const me: Holder = { host: hostname(), pid: process.pid };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, `${JSON.stringify(me)}\n`, { flag: 'wx', mode: 0o600 });
      return held(path, dataDir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = await readHolder(path);
    if (holder && (await isHeld(path, holder, me, dataDir))) {
      const where = holder.host === me.host ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.host}`;
      throw new UserError(
        `another framecap server (${where}) uses the data folder ${dataDir}: stop it, or give this one its own data folder`,
      );
    }
    await rm(path, { force: true });
  }
  throw new UserError(`cannot lock the data folder ${dataDir}: another server keeps taking it`);
}

function held(path: string, dataDir: string): () => Promise<void> {
  heldHere.add(dataDir);
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    heldHere.delete(dataDir);
    await rm(path, { force: true });
  };
}

async function readHolder(path: string): Promise<Holder | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<Holder>;
    if (typeof parsed.host === 'string' && typeof parsed.pid === 'number') return { host: parsed.host, pid: parsed.pid };
  } catch {
    // Unreadable or half-written: treated as stale.
  }
  return null;
}

async function isHeld(path: string, holder: Holder, me: Holder, dataDir: string): Promise<boolean> {
  if (holder.host === me.host) {
    if (holder.pid === me.pid) return heldHere.has(dataDir);
    return isAlive(holder.pid);
  }
  const touched = await stat(path).then((s) => s.mtimeMs, () => 0);
  return Date.now() - touched < STALE_AFTER_MS;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
