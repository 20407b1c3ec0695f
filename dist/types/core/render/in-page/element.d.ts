export interface DocumentBox {
    x: number;
    y: number;
    width: number;
    height: number;
}
/**
 * Into view first (lazy content in and around it loads, sticky headers
 * settle where they would be), then its box in document CSS px; null when it
 * is not displayed.
 */
export declare function elementBox(el: Element): DocumentBox | null;
/** To the top of the viewport, not just "into view": a viewport shot then shows the same part on every run. */
export declare function scrollToElementTop(el: Element): void;
/** The document's scroll size, CSS px. */
export declare function scrollSize(): {
    width: number;
    height: number;
};
export type StyleStepKind = 'remove' | 'hide';
/**
 * A stylesheet rule, so elements the page adds later (a banner that comes
 * after a second) are removed too. Returns why the selector is unusable, or null.
 */
export declare function addStyleRule({ selector, kind }: {
    selector: string;
    kind: StyleStepKind;
}): string | null;
