import type { FastifyRequest } from 'fastify';
/** Owner of the jobs submitted when the server runs without keys (--allow-no-auth). */
export declare const ANONYMOUS_OWNER = "anonymous";
export declare const hashKey: (key: string) => string;
export type Authenticate = (request: FastifyRequest) => string;
/**
 * Returns the owner (key hash) of a request, or throws 401. Keys are compared
 * by their hashes in a Set: the lookup time does not depend on how much of a
 * guessed key is right.
 */
export declare function createAuthenticator(apiKeys: string[]): Authenticate;
