export type Location = {
    kind: 'url';
    url: URL;
} | {
    kind: 'file';
    path: string;
};
export declare const MAX_URL_LENGTH = 2048;
/** A location the user gave (--sitemap value). */
export declare function parseLocation(raw: string): Location;
/** An absolute http(s) URL, or null. */
export declare function httpUrl(value: string): URL | null;
/** A child sitemap named in an index, or why it is skipped. */
export declare function resolveChild(raw: string, parent: Location): Location | {
    reason: string;
};
/** Identity for cycle detection: the same sitemap reached twice has the same key. */
export declare function locationKey(loc: Location): string;
export declare function describe(loc: Location): string;
