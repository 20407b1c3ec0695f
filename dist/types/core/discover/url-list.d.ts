import type { DiscoveredUrl, Warn } from '../types.js';
export declare function urlsFromList(urls: string[], warn: Warn): Generator<DiscoveredUrl>;
/** `path` '-' reads `stdin`. */
export declare function urlsFromFile(path: string, stdin: () => NodeJS.ReadableStream, warn: Warn): AsyncGenerator<DiscoveredUrl>;
