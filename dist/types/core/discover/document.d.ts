import type { DiscoveryWarn } from '../types.js';
export interface RawEntry {
    /** <loc>, <link> or a text line, entity-decoded, trimmed; '' when missing. */
    loc: string;
    lastmod: string | null;
    /** Why the entry cannot be used even if loc looks fine (e.g. an unexpanded entity). */
    problem: string | null;
}
export type SitemapDoc = {
    kind: 'pages';
    entries: RawEntry[];
} | {
    kind: 'index';
    entries: RawEntry[];
}
/** `looksLike` completes "<where> is not a sitemap (…)". */
 | {
    kind: 'not-sitemap';
    looksLike: string;
};
/**
 * @param cutShort the text is a prefix of the file (byte cap or damaged gzip):
 *   only complete entries are kept.
 */
export declare function parseDocument(text: string, where: string, warn: DiscoveryWarn, cutShort: boolean): SitemapDoc;
