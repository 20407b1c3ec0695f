// Reading, listing, cancelling and downloading jobs, and single captures.

import type { FastifyReply } from 'fastify';
import type { JobStatus } from '../../core/job.ts';
import type { Download } from '../service.ts';
import { CAPTURE_FILE_PARAMS, JOB_ID_PARAMS, JOB_LIST_SCHEMA, JOB_SCHEMA, LIST_QUERY } from '../schemas.ts';
import { requestOrigin } from '../origin.ts';
import { ERRORS } from './common.ts';
import type { RouteContext, RouteSpec } from './spec.ts';

interface IdParams { id: string }
interface CaptureParams { id: string; ext: string }
interface ListQuery { status?: JobStatus; limit: number; offset: number }

export function jobRoutes(ctx: RouteContext): RouteSpec[] {
  const { service } = ctx;
  return [
    {
      method: 'GET', url: '/v1/jobs', operationId: 'listJobs', tag: 'Jobs', auth: true,
      summary: 'List your jobs',
      description: 'Jobs submitted with this API key, newest first.',
      querystring: LIST_QUERY,
      responses: { 200: { description: 'A page of jobs.', schema: JOB_LIST_SCHEMA }, 400: ERRORS[400], 401: ERRORS[401] },
      handler: async (request) => {
        const q = request.query as ListQuery;
        const { records, total } = await service.list(request.owner, q);
        const origin = requestOrigin(request);
        return { jobs: records.map((r) => service.publicJob(r, origin)), total, limit: q.limit, offset: q.offset };
      },
    },
    {
      method: 'GET', url: '/v1/jobs/:id', operationId: 'getJob', tag: 'Jobs', auth: true,
      summary: 'Get a job',
      description: 'The Job document: status, progress, and once it ended, error, download_url and expires_at; a completed capture job\'s result.url is the absolute URL of its image.',
      params: JOB_ID_PARAMS,
      responses: { 200: { description: 'The Job document.', schema: JOB_SCHEMA }, 401: ERRORS[401], 404: ERRORS[404] },
      handler: async (request) => service.publicJob(await service.get(request.owner, (request.params as IdParams).id), requestOrigin(request)),
    },
    {
      method: 'DELETE', url: '/v1/jobs/:id', operationId: 'cancelJob', tag: 'Jobs', auth: true,
      summary: 'Cancel a job',
      description: 'A pending job ends at once (status failed, error "cancelled"): 200. A processing job is stopped: 202, and it reaches failed/"cancelled" once the pages in flight are done.',
      params: JOB_ID_PARAMS,
      responses: {
        200: { description: 'Cancelled.', schema: JOB_SCHEMA },
        202: { description: 'Stopping; poll the job.', schema: JOB_SCHEMA },
        401: ERRORS[401], 404: ERRORS[404], 409: ERRORS[409],
      },
      handler: async (request, reply) => {
        const { record, stopping } = await service.cancel(request.owner, (request.params as IdParams).id);
        return reply.code(stopping ? 202 : 200).send(service.publicJob(record, requestOrigin(request)));
      },
    },
    {
      method: 'GET', url: '/v1/jobs/:id/download', operationId: 'downloadJob', tag: 'Jobs', auth: true,
      summary: 'Download the results (ZIP)',
      description: 'The ZIP of a completed or partial job: one image per captured page and manifest.json (one row per URL, failed ones with their error).',
      params: JOB_ID_PARAMS,
      responses: {
        200: { description: 'The ZIP.', binary: ['application/zip'] },
        401: ERRORS[401], 404: ERRORS[404], 409: ERRORS[409], 410: ERRORS[410],
      },
      handler: async (request, reply) => sendFile(reply, await service.download(request.owner, (request.params as IdParams).id), 'attachment'),
    },
    {
      method: 'GET', url: '/v1/captures/:id.:ext', operationId: 'getCapture', tag: 'Captures', auth: true,
      summary: 'Get the image of a capture job',
      description: 'The framed image of a capture job (what its result.url points at), by its result.id (or the job id) and the format\'s extension. Needs the same API key as the job.',
      params: CAPTURE_FILE_PARAMS,
      responses: {
        200: { description: 'The image.', binary: ['image/png', 'image/jpeg', 'image/webp', 'image/avif'] },
        401: ERRORS[401], 404: ERRORS[404], 409: ERRORS[409], 410: ERRORS[410],
      },
      handler: async (request, reply) => {
        const { id, ext } = request.params as CaptureParams;
        return sendFile(reply, await service.captureFile(request.owner, id, ext), 'inline');
      },
    },
  ];
}

async function sendFile(reply: FastifyReply, file: Download, disposition: 'attachment' | 'inline'): Promise<FastifyReply> {
  return reply
    .header('content-type', file.contentType)
    .header('content-length', String(file.size))
    .header('content-disposition', `${disposition}; filename="${file.filename}"`)
    .header('cache-control', 'private, no-store')
    .send(file.stream);
}

