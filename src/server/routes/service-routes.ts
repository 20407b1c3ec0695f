// Health, readiness and the API description: no key needed.

import { HEALTH_SCHEMA } from '../schemas.ts';
import type { RouteContext, RouteSpec } from './spec.ts';

export function serviceRoutes(ctx: RouteContext): RouteSpec[] {
  return [
    {
      method: 'GET', url: '/healthz', operationId: 'health', tag: 'Service', auth: false,
      summary: 'Liveness',
      description: 'Always 200 while the process runs.',
      responses: { 200: { description: 'Alive.', schema: HEALTH_SCHEMA } },
      handler: async () => ({ status: 'ok' }),
    },
    {
      method: 'GET', url: '/readyz', operationId: 'ready', tag: 'Service', auth: false,
      summary: 'Readiness',
      description: '200 when the job store is open and the queue takes jobs; 503 before start and while shutting down.',
      responses: {
        200: { description: 'Ready.', schema: HEALTH_SCHEMA },
        503: { description: 'Not ready.', schema: HEALTH_SCHEMA },
      },
      handler: async (_request, reply) => {
        const ready = ctx.queue.ready && !ctx.service.isClosing;
        if (!ready) return reply.code(503).send({ status: 'unavailable' });
        return { status: 'ok', queued: await ctx.queue.waiting() };
      },
    },
    {
      method: 'GET', url: '/openapi.json', operationId: 'openapi', tag: 'Service', auth: false,
      summary: 'This API, as OpenAPI 3.1',
      responses: { 200: { description: 'The OpenAPI document.', schema: { type: 'object', additionalProperties: true } } },
      handler: async () => ctx.openapi(),
    },
  ];
}
