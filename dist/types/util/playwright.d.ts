import type { errors as errorsType } from 'playwright-core';
export declare const chromium: import("playwright-core").BrowserType<{}>, errors: typeof errorsType;
