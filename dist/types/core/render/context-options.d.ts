import type { BrowserContextOptions } from 'playwright-core';
import type { RenderOptions } from '../options.js';
export declare function contextOptions(o: RenderOptions): BrowserContextOptions;
/**
 * --header values plus --http-auth's Authorization: both go to the target's
 * origin only, per hop (TargetOnlyHeaders). Not Playwright's httpCredentials:
 * its origin is fixed when the context is made, and a slot's context serves
 * targets of several origins; the per-hop check is the one credentials-origin
 * tests already hold the headers to.
 */
export declare function originHeaders(o: RenderOptions): Record<string, string>;
