import type { EgressGuard } from './guard.js';
export interface GuardedInit {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    signal?: AbortSignal;
    redirect?: 'follow' | 'manual';
}
export type GuardedFetch = (url: string, init?: GuardedInit) => Promise<Response>;
export declare function guardedFetch(guard: EgressGuard): GuardedFetch;
