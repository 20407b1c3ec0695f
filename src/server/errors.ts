// Every error the API answers has one shape: { error: { code, message, field } }.
// `field` names the request field to fix (dotted path, `urls[2]`), or null.

import type { FastifyError, FastifyInstance } from 'fastify';

export type ErrorCode =
  | 'invalid_request'
  | 'unauthorized'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'range_not_satisfiable'
  | 'idempotency_key_reused'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'queue_full'
  | 'shutting_down'
  | 'internal_error';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field: string | null };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message, field: this.field } };
  }
}

export const invalid = (field: string | null, message: string): ApiError => new ApiError(400, 'invalid_request', message, field);
export const notFound = (message: string): ApiError => new ApiError(404, 'not_found', message);

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** `/urls/0` → `urls[0]`, `/viewport/width` → `viewport.width`. */
export function fieldPath(instancePath: string, extra?: string): string | null {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra) parts.push(extra);
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || null;
}

function validationError(err: FastifyError): ApiError {
  const first = (err.validation as AjvError[] | undefined)?.[0];
  const where = err.validationContext ?? 'body';
  if (!first) return invalid(null, err.message);
  const missing = typeof first.params.missingProperty === 'string' ? first.params.missingProperty : undefined;
  const unknown = typeof first.params.additionalProperty === 'string' ? first.params.additionalProperty : undefined;
  const field = fieldPath(first.instancePath, missing ?? unknown);
  const name = field ?? where;
  let message: string;
  if (missing) message = `${name} is required`;
  else if (unknown) message = `${name} is not a known field (see /openapi.json for the ${where} fields)`;
  else if (first.keyword === 'enum' && Array.isArray(first.params.allowedValues)) {
    message = `${name} must be one of ${(first.params.allowedValues as unknown[]).join(', ')}`;
  } else message = `${name} ${first.message ?? 'is invalid'}`;
  return invalid(field, message);
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'invalid_request',
  401: 'unauthorized',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

export function toApiError(err: FastifyError | ApiError | Error): ApiError {
  if (err instanceof ApiError) return err;
  const fe = err as FastifyError;
  if (fe.validation) return validationError(fe);
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new ApiError(413, 'payload_too_large', 'request body too large: send fewer URLs per job, or split the batch');
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new ApiError(415, 'unsupported_media_type', 'send the body as JSON with Content-Type: application/json');
  }
  const status = fe.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return new ApiError(status, STATUS_CODES[status] ?? 'invalid_request', fe.message);
  }
  return new ApiError(500, 'internal_error', 'internal error: the server log has the details');
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const apiError = toApiError(err);
    if (apiError.status >= 500) request.log.error({ err }, 'request failed');
    return reply.code(apiError.status).headers(apiError.headers).send(apiError.body());
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    return reply.code(404).send(
      notFound(`no route ${request.method} ${path}: see /openapi.json for the API`).body(),
    );
  });
}
