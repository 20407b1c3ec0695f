import type { DiscoveredUrl } from '../types.js';
import type { WalkContext } from './sitemap.js';
export declare function discoverSite(root: string, ctx: WalkContext): AsyncGenerator<DiscoveredUrl>;
