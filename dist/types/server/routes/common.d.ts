import type { ResponseDoc } from './spec.js';
export declare const ERRORS: {
    readonly 400: ResponseDoc;
    readonly 401: ResponseDoc;
    readonly 404: ResponseDoc;
    readonly 409: ResponseDoc;
    readonly 410: ResponseDoc;
    readonly 416: ResponseDoc;
    readonly 413: ResponseDoc;
    readonly 422: ResponseDoc;
    readonly 429: ResponseDoc;
    readonly 503: ResponseDoc;
};
