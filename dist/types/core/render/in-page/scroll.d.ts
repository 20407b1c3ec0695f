export interface ScrollMeasure {
    height: number;
    viewport: number;
}
/** The page's scroll height and the viewport's height, CSS px. */
export declare function scrollMeasure(): ScrollMeasure;
/** Scrolled instantly (a page's scroll-behavior: smooth would otherwise animate), then one frame painted; resolves with scrollY. */
export declare function scrollToPainted(y: number): Promise<number>;
/** The document offset that puts the first match's top at the viewport's top; null when nothing matches. Throws on a bad selector. */
export declare function elementTop(selector: string): number | null;
/** Back to the top, instantly. */
export declare function scrollToTop(): void;
