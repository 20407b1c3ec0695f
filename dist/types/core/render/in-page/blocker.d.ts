export interface PageFeatures {
    classes: string[];
    ids: string[];
    hrefs: string[];
    sources: Array<{
        tag: 'img' | 'iframe';
        url: string;
    }>;
    /** This document already has the base and hostname rules. */
    based: boolean;
}
export declare function pageFeatures(mark: string): PageFeatures;
export interface Cosmetics {
    mark: string;
    /** The engine's CSS for this document, '' for none. */
    styles: string;
    /** The first pass in this document: the base rules are in `styles`. */
    base: boolean;
    /** Image and frame URLs the network filter blocks: their boxes are collapsed. */
    collapse: string[];
}
/** Applies the rules; returns how many elements framecap's rules hide in this document. */
export declare function applyCosmetics({ mark, styles, base, collapse }: Cosmetics): number;
