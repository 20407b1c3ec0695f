import type { CDPSession } from 'playwright-core';
export declare class TargetOnlyHeaders {
    private readonly cdp;
    private readonly headers;
    private origin;
    private constructor();
    /** null when there are no headers to send: then nothing is intercepted. */
    static attach(cdp: CDPSession, headers: Readonly<Record<string, string>>): TargetOnlyHeaders | null;
    /** From now on the headers go to `origin` (an http(s) URL's origin) and to nothing else. */
    sendTo(origin: string): Promise<void>;
    private continue;
}
/** The origin of an http(s) URL; null for anything else (data:, blob:, about:, a URL that does not parse). */
export declare function httpOrigin(url: string): string | null;
