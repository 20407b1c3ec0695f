import type { CDPSession } from 'playwright-core';
import type { DocumentSize } from './in-page/document-size.js';
import type { Rect } from './split-shot.js';
export interface CdpShotSettings {
    scale: number;
    omitBackground: boolean;
}
export interface FullPageSettings extends CdpShotSettings {
    hasTouch: boolean;
}
/**
 * How many pixels of full-page shots the run's slots capture at once; a shot bigger than this runs alone. The
 * capture's memory is not the page's: Chromium reads the rect back in its GPU (viz) process, about 15 bytes a pixel
 * of the shot at its peak, and the browser process holds about 5 more while it encodes the PNG
 * (bench/full-page-phases.ts, one 1280×27,135 page: +504 MB and +165 MB for the ~1.5 s of the shot), and every
 * slot shares those two processes. Four slots on long pages (32 pages 3,400–27,135 px tall, bench/full-page-memory.ts,
 * load 11–33) had 0.77–1.2 GB in the GPU process at the tree's peak; with 40 Mpx at once, 0.5–0.75 GB (the largest
 * page's shot alone), and the tree's peak 2.7–2.8 GB against 2.7–3.3, with no more CPU a page. 40 Mpx lets two
 * median long pages (1280×12,000, 15 Mpx) be shot together; 20 or 10 Mpx bought no more.
 */
export declare const FULL_PAGE_PIXELS_AT_ONCE = 40000000;
/**
 * The height (CSS px) of the bands a full-page shot of `rect` at `scale` is taken in, or null when it is shot
 * whole: a shot over the run's budget (`budget` px, FULL_PAGE_PIXELS_AT_ONCE) is taken as bands of at most half
 * of it, one clip each, top to bottom, which the compositor reads back as one image. The budget bounds what the
 * shots in flight hold, but not one shot bigger than it: the 200-page list's 1280×39,199 page (50 Mpx) held
 * ≈750 MB in the GPU process on its own. Bands bound that by the band, at the price of a view resize and relayout
 * of the page per band (bench/full-page-phases.ts: bands of 8,192 px took 1.4× the one shot's time, and were the
 * same image pixel for pixel). Each band's height at the scale is a whole number of device px, so the bands
 * meet row for row (2.625 has one: 8 CSS px are 21 rows); at a scale with none near the band's size, the
 * shot is taken whole.
 */
export declare function bandHeight(rect: Rect, scale: number, budget?: number): number | null;
/** Whether a shot through our CDP session is the one Playwright's would be (viewport or full page); else Playwright takes it. */
export declare function usesCdpShot(settings: CdpShotSettings, cdp: CDPSession | undefined): cdp is CDPSession;
/** Whether a full-page shot can be taken through CDP directly: touch emulation is also Playwright's to restore after it. */
export declare function usesFastFullPage(settings: FullPageSettings, cdp: CDPSession | undefined): cdp is CDPSession;
/**
 * `rect` (CSS px, inside the document) as a PNG at the page's scale. As
 * Playwright does, Chromium captures beyond the viewport only when the
 * document does not fit in it: a capture beyond it resizes the page's view
 * for the shot, which a page that fits does not need.
 */
export declare function shootDocumentRect(cdp: CDPSession, rect: Rect, document: DocumentSize, viewport: {
    width: number;
    height: number;
}): Promise<Buffer>;
