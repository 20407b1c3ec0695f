// The fastify app: built by a function, routes from their own files, schemas
// on every route, one error shape. No port: tests drive it with inject().

import Fastify from 'fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createAuthenticator } from './auth.ts';
import type { ResolvedServerConfig } from './config.ts';
import { installErrorHandlers } from './errors.ts';
import { buildOpenApi } from './openapi.ts';
import type { JobQueue } from './queue.ts';
import { jobRoutes } from './routes/jobs.ts';
import { serviceRoutes } from './routes/service-routes.ts';
import type { RouteContext, RouteSpec } from './routes/spec.ts';
import { submitRoutes } from './routes/submit.ts';
import type { JobService } from './service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Hash of the request's API key (ANONYMOUS_OWNER without auth); '' on routes without auth. */
    owner: string;
  }
}

/** The fastify instance with the server's options and error handling, before routes. */
export function createApp(config: ResolvedServerConfig): FastifyInstance {
  const app = Fastify({
    logger: config.logger,
    bodyLimit: config.bodyLimitBytes,
    // Fastify's default is no limit: a client dribbling its headers or body (slowloris) would hold its socket forever.
    requestTimeout: config.requestTimeoutMs,
    // Jobs can take minutes; a request never should: close idle keep-alive sockets on shutdown.
    forceCloseConnections: 'idle',
    ajv: {
      customOptions: {
        // Unknown fields are errors, not silently dropped: a typo like "full_pages" gets a 400.
        removeAdditional: false,
        allowUnionTypes: true,
      },
    },
  });
  // JSON only: a text/plain body gets a 415 that says so, rather than a confusing schema error.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('owner', '');
  installErrorHandlers(app);
  return app;
}

export interface AppContext {
  config: ResolvedServerConfig;
  service: JobService;
  queue: JobQueue;
}

/** Every route of the API, as data (also what /openapi.json describes). */
export function apiRoutes(ctx: AppContext): RouteSpec[] {
  let doc: object | null = null;
  const routeCtx: RouteContext = { ...ctx, openapi: () => (doc ??= buildOpenApi(routes)) };
  const routes = [...serviceRoutes(routeCtx), ...submitRoutes(routeCtx), ...jobRoutes(routeCtx)];
  return routes;
}

export function registerRoutes(app: FastifyInstance, ctx: AppContext): RouteSpec[] {
  const authenticate = createAuthenticator(ctx.config.apiKeys);
  const routes = apiRoutes(ctx);
  for (const route of routes) {
    const response: Record<string, object> = {};
    for (const [code, doc] of Object.entries(route.responses)) if (doc.schema) response[code] = doc.schema;
    app.route({
      method: route.method,
      url: route.url,
      schema: {
        ...(route.body ? { body: route.body } : {}),
        ...(route.querystring ? { querystring: route.querystring } : {}),
        ...(route.params ? { params: route.params } : {}),
        response,
      },
      // Before the body is read: a request without a valid key costs no parsing.
      ...(route.auth
        ? {
          onRequest: async (request: FastifyRequest) => {
            request.owner = authenticate(request);
          },
        }
        : {}),
      handler: route.handler,
    });
  }
  return routes;
}
