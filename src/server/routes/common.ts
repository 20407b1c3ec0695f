// Responses several routes share.

import { ERROR_SCHEMA } from '../schemas.ts';
import type { ResponseDoc } from './spec.ts';

const error = (description: string, headers?: Record<string, string>): ResponseDoc => ({ description, schema: ERROR_SCHEMA, ...(headers ? { headers } : {}) });

export const ERRORS = {
  400: error('The request is invalid; error.field names the field to fix.'),
  401: error('Missing or wrong API key.', { 'WWW-Authenticate': 'Bearer realm="framecap"' }),
  404: error('No such job for this API key (another key\'s jobs look missing too).'),
  409: error('The job is not in a state that allows this (e.g. download before it is completed).'),
  410: error('The results expired and were deleted.'),
  416: error('The Range starts past the end of the file.', { 'Content-Range': 'bytes */<size>' }),
  413: error('The request body is larger than the server accepts.'),
  422: error('The Idempotency-Key was used before with a different body.'),
  429: error('The queue is full; retry after Retry-After seconds.', { 'Retry-After': 'Seconds to wait before retrying.' }),
  503: error('The server is shutting down.', { 'Retry-After': 'Seconds to wait before retrying.' }),
} as const;
