import type { DiscoveryWarn } from '../types.js';
import type { SitemapDoc } from './document.js';
export declare function parseXml(input: string, where: string, warn: DiscoveryWarn, cutShort: boolean): SitemapDoc;
