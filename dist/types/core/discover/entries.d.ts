import type { Warn } from '../types.js';
/** A usable page URL (normalized href) or why not. */
export declare function checkPageUrl(raw: string): {
    url: string;
} | {
    reason: string;
};
export declare function isW3cDatetime(value: string): boolean;
/** Collects skipped entries and bad lastmods for one file; `flush` writes the summary. */
export declare class SkipLog {
    private readonly where;
    private readonly warn;
    private skipped;
    private badLastmod;
    private firstBadLastmod;
    constructor(where: string, warn: Warn);
    skip(value: string, reason: string): void;
    /** A usable lastmod, or undefined (counted once per file when junk). */
    lastmod(value: string | null): string | undefined;
    flush(): void;
}
