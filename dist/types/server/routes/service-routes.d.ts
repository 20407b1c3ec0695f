import type { RouteContext, RouteSpec } from './spec.js';
export declare function serviceRoutes(ctx: RouteContext): RouteSpec[];
