import type { FastifyError, FastifyInstance } from 'fastify';
export type ErrorCode = 'invalid_request' | 'unauthorized' | 'not_found' | 'conflict' | 'gone' | 'range_not_satisfiable' | 'idempotency_key_reused' | 'payload_too_large' | 'unsupported_media_type' | 'queue_full' | 'shutting_down' | 'internal_error';
export interface ErrorBody {
    error: {
        code: ErrorCode;
        message: string;
        field: string | null;
    };
}
export declare class ApiError extends Error {
    readonly status: number;
    readonly code: ErrorCode;
    readonly field: string | null;
    readonly headers: Record<string, string>;
    constructor(status: number, code: ErrorCode, message: string, field?: string | null, headers?: Record<string, string>);
    body(): ErrorBody;
}
export declare const invalid: (field: string | null, message: string) => ApiError;
export declare const notFound: (message: string) => ApiError;
/** `/urls/0` → `urls[0]`, `/viewport/width` → `viewport.width`. */
export declare function fieldPath(instancePath: string, extra?: string): string | null;
export declare function toApiError(err: FastifyError | ApiError | Error): ApiError;
export declare function installErrorHandlers(app: FastifyInstance): void;
