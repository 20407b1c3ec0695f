// POST /v1/capture, /v1/batch, /v1/sitemap: validate, queue, answer 202
// (or 200 with the finished job for `async: false`, and for a replayed
// Idempotency-Key).

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JobType } from '../../core/job.ts';
import { invalid } from '../errors.ts';
import type { AnyBody, BatchBody, CaptureBody, SitemapBody } from '../../api/contract.ts';
import { ACCEPTED_SCHEMA, BATCH_BODY, CAPTURE_BODY, JOB_SCHEMA, SITEMAP_BODY } from '../schemas.ts';
import { isFinal } from '../job-lifecycle.ts';
import type { JobRecord } from '../store.ts';
import { requestOrigin } from '../origin.ts';
import { ERRORS } from './common.ts';
import { typedRoute } from './spec.ts';
import type { RouteContext, RouteSpec } from './spec.ts';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The Job document plus the short `job_id` field, as a POST's 200 answer. */
const JOB_WITH_ID_SCHEMA = {
  ...JOB_SCHEMA,
  required: ['job_id', ...JOB_SCHEMA.required],
  properties: { job_id: { type: 'string' }, ...JOB_SCHEMA.properties },
} as const;

export function submitRoutes(ctx: RouteContext): RouteSpec[] {
  const submit = (type: JobType) => async (request: FastifyRequest<{ Body: AnyBody }>, reply: FastifyReply): Promise<unknown> => {
    const origin = requestOrigin(request);
    const { record, replay } = await ctx.service.submit(request.owner, type, request.body, idempotencyKeyOf(request), origin);
    const location = `/v1/jobs/${record.job.id}`;
    if (record.request.sync) {
      const latest = await ctx.service.waitForEnd(record.job.id, ctx.config.syncTimeoutMs);
      if (isFinal(latest.job.status)) return reply.code(200).header('location', location).send(withId(ctx, latest, origin));
      return reply.code(202).header('location', location).send({ job_id: latest.job.id, status: latest.job.status });
    }
    if (replay) return reply.code(200).header('location', location).send(withId(ctx, record, origin));
    return reply.code(202).header('location', location).send({ job_id: record.job.id, status: record.job.status });
  };

  const responses = (what: string) => ({
    202: { description: `Queued: poll GET /v1/jobs/{job_id}. ${what}`, schema: ACCEPTED_SCHEMA, headers: { Location: 'The job\'s URL.' } },
    200: { description: 'An earlier request with the same Idempotency-Key made this job (or, for `async: false`, the finished job): the Job document plus job_id.', schema: JOB_WITH_ID_SCHEMA },
    400: ERRORS[400], 401: ERRORS[401], 413: ERRORS[413], 422: ERRORS[422], 429: ERRORS[429], 503: ERRORS[503],
  });

  return [
    typedRoute<{ Body: CaptureBody }>({
      method: 'POST', url: '/v1/capture', operationId: 'createCapture', tag: 'Jobs', auth: true, idempotent: true,
      summary: 'Capture one page',
      description: 'Queues a capture job for one URL. With `async: false` the request waits and answers 200 with the finished Job document; result.url is then the absolute URL of the image (/v1/captures/{result.id}.{ext}), result.page_url the captured page.',
      body: CAPTURE_BODY,
      responses: responses('With async: false this is only the answer when the job takes longer than the server waits.'),
      handler: submit('capture'),
    }),
    typedRoute<{ Body: BatchBody }>({
      method: 'POST', url: '/v1/batch', operationId: 'createBatch', tag: 'Jobs', auth: true, idempotent: true,
      summary: 'Capture a list of pages',
      description: 'Queues a batch job; the finished job\'s ZIP holds one image per URL and manifest.json.',
      body: BATCH_BODY,
      responses: responses(''),
      handler: submit('batch'),
    }),
    typedRoute<{ Body: SitemapBody }>({
      method: 'POST', url: '/v1/sitemap', operationId: 'createSitemapJob', tag: 'Jobs', auth: true, idempotent: true,
      summary: 'Capture the pages of a sitemap',
      description: 'Queues a sitemap job: the sitemap (and nested indexes) is read, filtered (include/exclude globs on the path, include_pattern/exclude_pattern regular expressions on the full URL), limited, and every page captured.',
      body: SITEMAP_BODY,
      responses: responses(''),
      handler: submit('sitemap'),
    }),
  ];
}

function withId(ctx: RouteContext, record: JobRecord, origin: string | null): object {
  return { job_id: record.job.id, ...ctx.service.publicJob(record, origin) };
}

function idempotencyKeyOf(request: FastifyRequest): string | null {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined) return null;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (key === undefined || !IDEMPOTENCY_KEY.test(key)) {
    throw invalid('Idempotency-Key', 'the Idempotency-Key header must be 1-255 printable ASCII characters without spaces (a UUID works)');
  }
  return key;
}
