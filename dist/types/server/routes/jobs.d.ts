import type { ByteRange } from '../storage.js';
import type { RouteContext, RouteSpec } from './spec.js';
export declare function jobRoutes(ctx: RouteContext): RouteSpec[];
/** One range of bytes=…; anything else (several ranges, other units, nonsense) is ignored and the whole file sent, as HTTP allows. */
export declare function rangeOf(header: string | undefined): ByteRange | undefined;
