import type { FastifyInstance } from 'fastify';
import type { ResolvedServerConfig } from './config.js';
import type { JobQueue } from './queue.js';
import type { RouteSpec } from './routes/spec.js';
import type { JobService } from './service.js';
declare module 'fastify' {
    interface FastifyRequest {
        /** Hash of the request's API key (ANONYMOUS_OWNER without auth); '' on routes without auth. */
        owner: string;
    }
}
/** The fastify instance with the server's options and error handling, before routes. */
export declare function createApp(config: ResolvedServerConfig): FastifyInstance;
export interface AppContext {
    config: ResolvedServerConfig;
    service: JobService;
    queue: JobQueue;
}
/** Every route of the API, as data (also what /openapi.json describes). */
export declare function apiRoutes(ctx: AppContext): RouteSpec[];
export declare function registerRoutes(app: FastifyInstance, ctx: AppContext): RouteSpec[];
