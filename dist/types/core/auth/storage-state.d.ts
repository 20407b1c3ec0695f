import type { StorageState } from '../options.js';
/** More than any real login leaves, small enough that a wrong file (a HAR, a dump) is refused rather than loaded. */
export declare const STORAGE_STATE_LIMITS: {
    readonly bytes: number;
    readonly cookies: 1000;
    readonly origins: 200;
    readonly itemsPerOrigin: 1000;
};
/** Parses and checks a storage-state document; `where` names it in errors (a file path, "storage_state"). */
export declare function parseStorageState(text: string, where: string): StorageState;
/** The same checks on a document already parsed (a request body's JSON object). */
export declare function checkStorageState(doc: unknown, where: string): StorageState;
/** What a target on `url` starts with: the cookies whose domain covers its host, and its own origin's local storage. */
export declare function stateForTarget(state: StorageState, url: URL): StorageState;
/** Whether a cookie set for `domain` (a leading dot: and subdomains) is sent to `hostname`. */
export declare function domainCovers(domain: string, hostname: string): boolean;
/** The values a door must mask: the cookies' (local storage holds settings like "dark" as often as tokens: masking those would blank ordinary words). */
export declare function storageSecrets(state: StorageState): string[];
