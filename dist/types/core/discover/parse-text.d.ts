import type { SitemapDoc } from './document.js';
export declare function parseText(text: string, cutShort: boolean): SitemapDoc;
