import type { CDPSession, Page } from 'playwright-core';
import type { RenderOptions } from '../options.js';
import type { Shot } from '../types.js';
import type { PageBlocker } from './blocker.js';
import type { ConsentBridge } from './consent.js';
export interface AttemptInput {
    page: Page;
    lost: Promise<never>;
    url: string;
    options: RenderOptions;
    /** Epoch ms by which the attempt must be done; page steps move it (each has the page timeout as its budget). */
    deadline: number;
    /** Set with --dismiss-consent: the slot's autoconsent bridge. */
    consent?: ConsentBridge | null;
    /** Set with --block-ads/--block-trackers: the slot's blocker. */
    blocking?: PageBlocker | null;
    /** With the egress guard: why the guard's proxy refused a request to this URL's host, if it did. */
    refusalFor?: (url: string) => string | null;
    /** The page's CDP session: viewport shots are taken through it directly (see shootViewport). */
    cdp?: CDPSession;
}
export declare function isHttpUrl(url: string): boolean;
export declare function hideCss(selectors: readonly string[]): string;
/** Width and height from the PNG's IHDR chunk (no decoding). */
export declare function pngSize(png: Buffer): {
    width: number;
    height: number;
};
export declare function capturePage(input: AttemptInput): Promise<Shot>;
