import type { Page } from 'playwright-core';
import type { ReadinessCondition } from '../types.js';
/** Upper bounds per condition, ms. The page timeout bounds them all together. */
export declare const READINESS_LIMITS: {
    /** Scrolling a long page through once. */
    readonly lazyMs: 8000;
    /** Pages taller than this are not scrolled further (infinite scroll would never end). */
    readonly lazyMaxHeightPx: 30000;
    readonly imagesMs: 5000;
    readonly fontsMs: 3000;
    readonly busyMs: 5000;
    readonly networkMs: 3000;
    /** No request in flight for this long counts as quiet. */
    readonly networkQuietMs: 300;
    /**
     * The same, for a page that has started no request since navigation
     * returned (its load event, by default): its resources all came with the
     * document, so there is no chain of script-driven requests to wait out.
     */
    readonly networkQuietStaticMs: 100;
    readonly stableMs: 5000;
    readonly stableMaxShots: 20;
    readonly stableIntervalMs: 150;
};
/** Lazy images and iframes the shot can show start loading now. */
export declare function forceEagerJs(viewportOnly: boolean): string;
/**
 * Scroll down in steps of ~one viewport so scroll- and IntersectionObserver-driven
 * loaders run, then back to the top. Resolves { complete } = reached the end.
 */
export declare function scrollThroughJs(maxMs: number, maxHeight: number): string;
/** Every <img> the shot can show has loaded (or failed) and is decoded, so the shot never catches half an image. */
export declare function imagesDecodedJs(viewportOnly: boolean): string;
export declare const FONTS_READY_JS = "document.fonts ? document.fonts.ready.then(() => true) : true";
/** Stops CSS animations, transitions and the text caret for the shot. */
export declare const FREEZE_CSS = "*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}";
export interface InPageSettle {
    /** --hide CSS, added as a <style> (the context bypasses CSP); FREEZE_CSS joins it when the page needs it. */
    css: string;
    /** Force lazy images and iframes to load now. */
    lazy: boolean;
    /** Scroll through the page first (full-page shots with lazy content); false = a viewport shot, which waits only for what it shows. */
    scroll: boolean;
}
/** What the in-page settle reports: true = the condition was met within its own limit. */
export interface InPageSettled {
    lazy: boolean;
    images: boolean;
    fonts: boolean;
    busy: boolean;
}
/**
 * Everything the page does on its own before the network check, in one round
 * trip: freeze/hide CSS, lazy content forced (and scrolled through), then
 * decoded images, fonts and no aria-busy, each bounded by its own limit in the
 * page. Each step used to be one evaluate; on a loaded machine every round
 * trip costs several ms, and the first one after a style change pays for it.
 */
export declare function settleJs(s: InPageSettle): string;
/** Upper bound for settleJs as a whole, ms. */
export declare function settleJsLimitMs(s: InPageSettle): number;
/**
 * Before the shot: whatever arrived while the network settled (late images,
 * a swapped-in font) is decoded, and animations still running (Web
 * Animations, which the freeze CSS does not reach, and CSS ones on a page that
 * was not frozen) are finished or, when endless, cancelled, as Playwright's
 * screenshot({ animations: 'disabled' }) does. A caret that appeared since
 * is hidden.
 */
export declare function beforeShotJs(viewportOnly: boolean): string;
/** Resolves once no rendered element says aria-busy="true" (loading regions, spinners). */
export declare const NOT_BUSY_JS = "(async () => {\n  const busy = () => Array.from(document.querySelectorAll('[aria-busy=\"true\"]')).some((el) => el.getClientRects().length > 0);\n  while (busy()) await new Promise((r) => setTimeout(r, 100));\n  return true;\n})()";
/** Counts the page's requests in flight from the start of an attempt. */
export declare class NetworkTracker {
    private readonly page;
    private readonly inFlight;
    private lastChange;
    private navigatedAt;
    private startedSinceNavigation;
    private readonly onStart;
    private readonly onEnd;
    constructor(page: Page);
    /** Navigation returned: requests from now on are the page's own doing (scripts, lazy content). */
    navigated(): void;
    /**
     * True once nothing has been in flight for `quietMs` (or for `staticQuietMs`
     * while the page has started no request since navigated()); false when
     * `maxMs` ran out first.
     */
    quiet(quietMs: number, maxMs: number, staticQuietMs?: number): Promise<boolean>;
    stop(): void;
}
/** Readiness conditions that ran out of time, in the order they were checked. */
export declare class ReadinessLog {
    readonly timedOut: ReadinessCondition[];
    record(condition: ReadinessCondition, met: boolean): void;
}
