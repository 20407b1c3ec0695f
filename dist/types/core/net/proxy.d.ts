import { EgressGuard } from './guard.js';
/** Response header on a refused plain-http request; the renderer turns it into a `blocked` row. */
export declare const REFUSED_HEADER = "x-framecap-refused";
export interface EgressProxy {
    /** e.g. http://127.0.0.1:41234, for Chromium's --proxy-server. */
    readonly url: string;
    /** Why the last request to this `host:port` was refused, if it was. */
    refusalFor(hostPort: string): string | null;
    /** How many requests were refused so far. */
    readonly refused: number;
    close(): Promise<void>;
}
export declare function startEgressProxy(guard: EgressGuard): Promise<EgressProxy>;
/**
 * CONNECT's host:port. Read as it is, not through a URL: the URL parser
 * drops a port that is its scheme's default, so `CONNECT host:80` (a ws://
 * page through the proxy) would have been tunnelled to 443.
 */
export declare function connectAuthority(authority: string): {
    host: string;
    port: number;
};
