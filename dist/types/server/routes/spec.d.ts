import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ResolvedServerConfig } from '../config.js';
import type { JobService } from '../service.js';
import type { JobQueue } from '../queue.js';
export interface ResponseDoc {
    description: string;
    /** JSON schema of a JSON body; fastify also serializes with it. */
    schema?: object;
    /** Non-JSON bodies (ZIP, images): documented only. */
    binary?: string[];
    headers?: Record<string, string>;
}
export interface RouteSpec {
    method: 'GET' | 'POST' | 'DELETE';
    /** fastify syntax: /v1/jobs/:id */
    url: string;
    operationId: string;
    summary: string;
    description?: string;
    tag: 'Jobs' | 'Captures' | 'Service';
    /** Needs "Authorization: Bearer <key>". */
    auth: boolean;
    /** Takes an Idempotency-Key header. */
    idempotent?: boolean;
    body?: object;
    querystring?: object;
    params?: object;
    responses: Record<string, ResponseDoc>;
    handler(request: FastifyRequest, reply: FastifyReply): Promise<unknown>;
}
export interface RouteContext {
    config: ResolvedServerConfig;
    service: JobService;
    queue: JobQueue;
    /** The OpenAPI document, built once all routes are known. */
    openapi(): object;
}
