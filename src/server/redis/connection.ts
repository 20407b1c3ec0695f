// One place that turns a redis:// URL into clients, so every part (store,
// queue, worker, cancel channel) connects the same way and errors say what
// to fix. The URL may hold a password: only host and port are ever shown.

import { Redis } from 'ioredis';
import { UserError } from '../../core/types.ts';
import { checkRedisUrl, describeRedisUrl } from './url.ts';

export { checkRedisUrl, describeRedisUrl } from './url.ts';

/** Prefix of every key framecap writes, BullMQ's included. */
export const KEY_PREFIX = 'framecap';
/** The BullMQ queue name (BullMQ keys: `framecap:render:*`). */
export const QUEUE_NAME = 'render';

/**
 * A client for our own commands. maxRetriesPerRequest null: a Redis restart
 * makes commands wait for the reconnect instead of failing a job's progress
 * write; BullMQ requires the same of its connections.
 */
export function openRedis(url: string, name: string): Redis {
  const client = new Redis(checkRedisUrl(url), { maxRetriesPerRequest: null, connectionName: `framecap-${name}`, lazyConnect: true });
  // ioredis reconnects by itself; without a listener an 'error' event would crash the process.
  client.on('error', () => {});
  return client;
}

/** BullMQ connection options for a Redis URL (BullMQ opens and closes its own connections; maxRetriesPerRequest null as for openRedis). */
export function bullConnection(url: string) {
  return { url, maxRetriesPerRequest: null };
}

/** Connects, failing fast with an actionable message when Redis is not there. */
export async function connectRedis(client: Redis, url: string): Promise<void> {
  // ioredis retries while we wait (a Redis that starts a moment later is fine) and ends with
  // "Connection is closed.": the last socket error is what says why (ECONNREFUSED, ENOTFOUND).
  let lastError: Error | null = null;
  const remember = (err: Error): void => { lastError = err; };
  client.on('error', remember);
  const why = (err?: Error): string => {
    const cause = lastError ?? err;
    return cause ? ` (${cause.message})` : '';
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UserError(`cannot reach Redis at ${describeRedisUrl(url)}${why()}: is redis-server running, and is the URL right?`)), 10_000);
    timer.unref();
  });
  try {
    await Promise.race([client.connect(), timeout]).catch((err: unknown) => {
      client.disconnect();
      if (err instanceof UserError) throw err;
      throw new UserError(`cannot reach Redis at ${describeRedisUrl(url)}${why(err as Error)}: is redis-server running, and is the URL right?`, { cause: err });
    });
  } finally {
    clearTimeout(timer);
    client.off('error', remember);
  }
}
