import type { DiscoverOptions, Source } from '../options.js';
import type { DiscoveredUrl, DiscoveryWarn } from '../types.js';
export interface DiscoverIO {
    /** Fetch a URL (http/https only) -> status, headers, and a body stream. Default: global fetch with AbortSignal timeout. */
    fetch(url: string, init: {
        signal: AbortSignal;
        headers: Record<string, string>;
    }): Promise<Response>;
    /** Read stdin as text stream (for url-file '-'). Default: process.stdin. */
    stdin(): NodeJS.ReadableStream;
}
export declare function discover(sources: Source[], options: DiscoverOptions, warn: DiscoveryWarn, io?: Partial<DiscoverIO>): AsyncGenerator<DiscoveredUrl>;
