// Redis URLs: checked once at the door; shown only as host and port (the
// URL may carry a password). No client here, so checking a setting loads no
// Redis library.

import { UserError } from '../../core/types.ts';

/** Checks a redis:// or rediss:// URL; throws a UserError that says what a good one looks like. */
export function checkRedisUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`--redis must be a URL such as redis://127.0.0.1:6379 (got "${describeRedisUrl(url)}")`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new UserError(`--redis must start with redis:// or rediss:// (got ${parsed.protocol}//…)`);
  }
  return url;
}

/** host:port of a Redis URL, without user or password. */
export function describeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}:${u.port || '6379'}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
  } catch {
    return '(unparseable URL)';
  }
}
