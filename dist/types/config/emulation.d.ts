import type { HttpAuth, ProxySettings } from '../core/options.js';
/** An IANA zone as the ICU tables know it (Node's and Chromium's). */
export declare function checkTimezone(text: string): string;
/** A well-formed BCP 47 tag, in its canonical case (de-de → de-DE). */
export declare function checkLocale(text: string): string;
export declare function parseGeolocation(text: string): {
    latitude: number;
    longitude: number;
};
/** user:password; the password may hold colons (the first one splits, as curl does). */
export declare function parseHttpAuth(text: string): HttpAuth;
/** The basic-auth header value for these credentials. */
export declare function basicAuthorization(auth: HttpAuth): string;
/** A proxy URL; credentials in it are taken out of the server string (Playwright sends them itself). */
export declare function parseProxy(text: string, bypass: string | null): ProxySettings;
