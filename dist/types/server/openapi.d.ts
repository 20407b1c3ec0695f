import type { RouteSpec } from './routes/spec.js';
type Json = Record<string, unknown>;
export declare function buildOpenApi(routes: RouteSpec[]): Json;
export {};
