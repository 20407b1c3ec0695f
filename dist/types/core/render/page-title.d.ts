import type { Page } from 'playwright-core';
export declare function pageTitle(page: Page): Promise<string>;
