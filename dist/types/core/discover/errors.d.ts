export type SourceFailure = 
/** Local file missing or unreadable. */
'missing'
/** The server answered with a non-2xx status. */
 | 'http'
/** DNS, connection, TLS, timeout. */
 | 'network'
/** Read fine, but the content is not a sitemap, feed or URL list. */
 | 'not-sitemap'
/** The queue server's egress guard refused the address (loopback, private, link-local …). */
 | 'refused';
export declare class SourceError extends Error {
    readonly failure: SourceFailure;
    name: string;
    constructor(message: string, failure: SourceFailure);
}
/** A short reason from a fetch/stream error: the errno code when there is one. */
export declare function networkReason(err: unknown, timeoutMs: number): string;
/** The message for a location the user named explicitly (it fails the run). */
export declare function explain(where: string, err: SourceError): string;
