// Reading, listing, cancelling and downloading jobs, and single captures.

import type { FastifyReply } from 'fastify';
import type { CaptureFileParams, CapturePartParams, JobIdParams, JobListQuery } from '../../api/contract.ts';
import type { Delivery } from '../service.ts';
import type { ByteRange } from '../storage.ts';
import { CAPTURE_FILE_PARAMS, CAPTURE_PART_PARAMS, JOB_ID_PARAMS, JOB_LIST_SCHEMA, JOB_SCHEMA, LIST_QUERY } from '../schemas.ts';
import { requestOrigin } from '../origin.ts';
import { ERRORS } from './common.ts';
import { typedRoute } from './spec.ts';
import type { RouteContext, RouteSpec } from './spec.ts';


export function jobRoutes(ctx: RouteContext): RouteSpec[] {
  const { service } = ctx;
  return [
    typedRoute<{ Querystring: JobListQuery }>({
      method: 'GET', url: '/v1/jobs', operationId: 'listJobs', tag: 'Jobs', auth: true,
      summary: 'List your jobs',
      description: 'Jobs submitted with this API key, newest first.',
      querystring: LIST_QUERY,
      responses: { 200: { description: 'A page of jobs.', schema: JOB_LIST_SCHEMA }, 400: ERRORS[400], 401: ERRORS[401] },
      handler: async (request) => {
        const q = request.query;
        const { records, total } = await service.list(request.owner, q);
        const origin = requestOrigin(request);
        return { jobs: records.map((r) => service.publicJob(r, origin)), total, limit: q.limit, offset: q.offset };
      },
    }),
    typedRoute<{ Params: JobIdParams }>({
      method: 'GET', url: '/v1/jobs/:id', operationId: 'getJob', tag: 'Jobs', auth: true,
      summary: 'Get a job',
      description: 'The Job document: status, progress, and once it ended, error, download_url and expires_at; a completed capture job\'s result.url is the absolute URL of its image.',
      params: JOB_ID_PARAMS,
      responses: { 200: { description: 'The Job document.', schema: JOB_SCHEMA }, 401: ERRORS[401], 404: ERRORS[404] },
      handler: async (request) => service.publicJob(await service.view(request.owner, request.params.id), requestOrigin(request)),
    }),
    typedRoute<{ Params: JobIdParams }>({
      method: 'DELETE', url: '/v1/jobs/:id', operationId: 'cancelJob', tag: 'Jobs', auth: true,
      summary: 'Cancel a job',
      description: 'A pending job ends at once (status canceled): 200. A processing job is stopped: 202, and it ends canceled once the pages in flight are done; the pages captured before the cancel stay downloadable.',
      params: JOB_ID_PARAMS,
      responses: {
        200: { description: 'Cancelled.', schema: JOB_SCHEMA },
        202: { description: 'Stopping; poll the job.', schema: JOB_SCHEMA },
        401: ERRORS[401], 404: ERRORS[404], 409: ERRORS[409],
      },
      handler: async (request, reply) => {
        const { record, stopping } = await service.cancel(request.owner, request.params.id);
        return reply.code(stopping ? 202 : 200).send(service.publicJob(record, requestOrigin(request)));
      },
    }),
    typedRoute<{ Params: JobIdParams }>({
      method: 'GET', url: '/v1/jobs/:id/download', operationId: 'downloadJob', tag: 'Jobs', auth: true,
      summary: 'Download the results (ZIP)',
      description: 'The ZIP of a completed or partial job: one image per captured page and manifest.json (one row per URL, failed ones with their error).',
      params: JOB_ID_PARAMS,
      responses: {
        200: { description: 'The ZIP.', binary: ['application/zip'] },
        206: partial(['application/zip']),
        302: REDIRECT,
        401: ERRORS[401], 404: ERRORS[404], 409: ERRORS[409], 410: ERRORS[410], 416: ERRORS[416],
      },
      handler: async (request, reply) => send(reply, await service.download(request.owner, request.params.id, rangeOf(request.headers.range))),
    }),
    typedRoute<{ Params: CaptureFileParams }>({
      method: 'GET', url: '/v1/captures/:id.:ext', operationId: 'getCapture', tag: 'Captures', auth: true,
      summary: 'Get the image of a capture job',
      description: 'The framed image of a capture job (what its result.url points at), by its result.id (or the job id) and the format\'s extension. Needs the same API key as the job.',
      params: CAPTURE_FILE_PARAMS,
      responses: imageResponses('The image.'),
      handler: async (request, reply) => {
        const { id, ext } = request.params;
        return send(reply, await service.captureFile(request.owner, id, ext, rangeOf(request.headers.range)));
      },
    }),
    typedRoute<{ Params: CapturePartParams }>({
      method: 'GET', url: '/v1/captures/:id/parts/:k.:ext', operationId: 'getCapturePart', tag: 'Captures', auth: true,
      summary: 'Get one part of a split capture',
      description: 'With `split`, a page taller than a part is several images: part k (from 1) of a capture job, as listed in result.parts. Needs the same API key as the job.',
      params: CAPTURE_PART_PARAMS,
      responses: imageResponses('The image of the part.'),
      handler: async (request, reply) => {
        const { id, k, ext } = request.params;
        return send(reply, await service.capturePart(request.owner, id, k, ext, rangeOf(request.headers.range)));
      },
    }),
  ];
}

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/avif'];
const partial = (types: string[]) => ({
  description: 'The part asked for with a Range header (bytes=start-end, start- or -length), e.g. to resume a cut-off download.',
  binary: types,
  headers: { 'Content-Range': 'bytes start-end/size' },
});
const REDIRECT = {
  description: 'With `--download presign`: a presigned URL of the object in the bucket, valid for at most an hour and never past expires_at.',
  headers: { Location: 'The presigned URL; fetch it without the Authorization header.' },
};
/** What an image route answers: the image (or a range of it), a presigned redirect, or an error. */
const imageResponses = (description: string) => ({
  200: { description, binary: IMAGE_TYPES },
  206: partial(IMAGE_TYPES),
  302: REDIRECT,
  401: ERRORS[401], 404: ERRORS[404], 409: ERRORS[409], 410: ERRORS[410], 416: ERRORS[416],
});

/** One range of bytes=…; anything else (several ranges, other units, nonsense) is ignored and the whole file sent, as HTTP allows. */
export function rangeOf(header: string | undefined): ByteRange | undefined {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') return { suffix: Number(m[2]) };
  const start = Number(m[1]);
  if (m[2] === '') return { start };
  const end = Number(m[2]);
  return end >= start ? { start, end } : undefined;
}

async function send(reply: FastifyReply, file: Delivery): Promise<FastifyReply> {
  reply.header('cache-control', 'private, no-store');
  if ('redirect' in file) return reply.code(302).header('location', file.redirect).send();
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', `${file.disposition}; filename="${file.filename}"`)
    .header('accept-ranges', 'bytes');
  if (file.range) {
    reply.code(206)
      .header('content-range', `bytes ${file.range.start}-${file.range.end}/${file.size}`)
      .header('content-length', String(file.range.end - file.range.start + 1));
  } else {
    reply.header('content-length', String(file.size));
  }
  return reply.send(file.stream);
}
