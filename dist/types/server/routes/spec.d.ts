import type { FastifyReply, FastifyRequest, RouteGenericInterface } from 'fastify';
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
/** `G` types the handler's request (Params, Querystring, Body) as the route's schemas shape it. */
export interface RouteSpec<G extends RouteGenericInterface = RouteGenericInterface> {
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
    handler(request: FastifyRequest<G>, reply: FastifyReply): Promise<unknown>;
}
/** A route whose handler reads typed params, query or body; listed beside the others as a plain RouteSpec. */
export declare function typedRoute<G extends RouteGenericInterface>(spec: RouteSpec<G>): RouteSpec;
export interface RouteContext {
    config: ResolvedServerConfig;
    service: JobService;
    queue: JobQueue;
    /** The OpenAPI document, built once all routes are known. */
    openapi(): object;
}
