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
