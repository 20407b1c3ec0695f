import type { CDPSession, Page } from 'playwright-core';
import type { Shot } from '../types.js';
import type { VideoOptions } from './options.js';
export declare function recordVideoShot(page: Page, cdp: CDPSession | undefined, video: VideoOptions, finalUrl: string): Promise<Omit<Shot, 'httpStatus'>>;
