import type { SPEC } from '../config/spec.js';
import type { JobStatus } from '../core/job.js';
type Spec = typeof SPEC;
/** A generated field's JSON value, by its setting's kind (the cases optionSchema handles). */
type JsonOf<S> = S extends {
    kind: 'string';
} ? string : S extends {
    kind: 'int' | 'number';
} ? number : S extends {
    kind: 'bool';
} ? boolean : S extends {
    kind: 'enum';
    values: readonly (infer V)[];
} ? V : S extends {
    kind: 'list';
} ? string | string[] : never;
/** Settings whose HTTP field is generated from the spec (not "own shape", not "none"). */
type GeneratedField<S> = S extends {
    http: {
        field: infer F extends string;
    };
} ? (S['http'] extends {
    shape: 'own';
} ? never : F) : never;
type SpecOptions = {
    -readonly [K in keyof Spec as GeneratedField<Spec[K]>]?: JsonOf<Spec[K]>;
};
export interface CookieBody {
    name: string;
    value: string;
    domain?: string;
    path?: string;
}
/** Fields with a schema of their own (src/server/schemas.ts). */
interface OwnShapeOptions {
    background?: string;
    background_preset?: string;
    viewport?: string | {
        width: number;
        height: number;
    };
    headers?: Record<string, string> | string[];
    cookies?: Array<string | CookieBody>;
    webhook_url?: string;
    /** One-key step objects; values may be secrets. */
    steps?: Array<Record<string, string | number | boolean>>;
    /** Per-page rules and variants, read like framecap.yml's (src/config/page-rules.ts). */
    pages?: unknown[] | string;
    variants?: unknown[] | Record<string, unknown> | string;
    /** The state itself; a string (a path) is refused. */
    storage_state?: Record<string, unknown> | string;
    login?: Record<string, unknown>;
}
/** Options every POST takes. */
export type OptionsBody = SpecOptions & OwnShapeOptions;
export type CaptureBody = OptionsBody & {
    url: string;
    async?: boolean;
};
interface Selection {
    include?: string | string[];
    exclude?: string | string[];
    limit?: number;
    callback_url?: string;
}
export type BatchBody = OptionsBody & Selection & {
    urls: string[];
};
export type SitemapBody = OptionsBody & Selection & {
    sitemap_url: string;
    max_pages?: number;
    include_pattern?: string;
    exclude_pattern?: string;
};
export type AnyBody = CaptureBody | BatchBody | SitemapBody;
export interface JobIdParams {
    id: string;
}
export interface CaptureFileParams {
    id: string;
    ext: string;
}
/** GET /v1/captures/{id}/parts/{k}.{ext}: the schema makes k an integer from 1. */
export interface CapturePartParams {
    id: string;
    k: number;
    ext: string;
}
/** GET /v1/jobs (the schema fills in limit and offset). */
export interface JobListQuery {
    status?: JobStatus;
    limit: number;
    offset: number;
}
export {};
