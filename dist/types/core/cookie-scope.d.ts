import type { Cookie } from './options.js';
/** Whether a target on `hostname` gets `cookie`. */
export declare function cookieForHost(cookie: Cookie, hostname: string): boolean;
