// Bearer API keys. A job remembers the SHA-256 of the key that submitted it
// (never the key), and each key only ever sees its own jobs.

import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';
import { sha256Hex } from '../util/sha256.ts';

/** Owner of the jobs submitted when the server runs without keys (--allow-no-auth). */
export const ANONYMOUS_OWNER = 'anonymous';

export const hashKey = (key: string): string => sha256Hex(key);

export type Authenticate = (request: FastifyRequest) => string;

/**
 * Returns the owner (key hash) of a request, or throws 401. Keys are compared
 * by their hashes in a Set: the lookup time does not depend on how much of a
 * guessed key is right.
 */
export function createAuthenticator(apiKeys: string[]): Authenticate {
  if (apiKeys.length === 0) return () => ANONYMOUS_OWNER;
  const known = new Set(apiKeys.map(hashKey));
  return (request) => {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) {
      throw new ApiError(401, 'unauthorized', 'missing API key: send the header "Authorization: Bearer <key>"', null,
        { 'www-authenticate': 'Bearer realm="framecap"' });
    }
    const owner = hashKey(match[1]!);
    if (!known.has(owner)) {
      throw new ApiError(401, 'unauthorized', 'invalid API key: check the key you were given by the server operator', null,
        { 'www-authenticate': 'Bearer realm="framecap", error="invalid_token"' });
    }
    return owner;
  };
}
