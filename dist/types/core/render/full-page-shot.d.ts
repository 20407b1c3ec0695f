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
