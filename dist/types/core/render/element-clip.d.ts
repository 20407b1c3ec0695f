import type { Page } from 'playwright-core';
import type { CaptureRegion, ClipRect } from '../options.js';
/** The region as the manifest records it (and a baseline compares it). */
export declare function regionText(region: CaptureRegion): string;
/** The document rect to shoot: the element's box plus padding, or the clip, in whole CSS px. */
export declare function regionRect(page: Page, region: CaptureRegion, timeoutMs: number): Promise<ClipRect>;
