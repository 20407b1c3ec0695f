import type { RouteContext, RouteSpec } from './spec.js';
export declare function submitRoutes(ctx: RouteContext): RouteSpec[];
