import type { FastifyRequest } from 'fastify';
/**
 * `http(s)://host[:port]` from the request's protocol and Host header, or null
 * when the header is missing or is more than a host (a path, user info): then
 * the URL stays relative rather than pointing somewhere odd.
 */
export declare function requestOrigin(request: FastifyRequest): string | null;
