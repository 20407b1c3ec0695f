import type { Page } from 'playwright-core';
/** How long a page gets to show a banner autoconsent recognises, counted from the start of navigation. */
export declare const CONSENT_DETECT_MS = 2500;
/** How long an opt-out (clicks through a CMP's dialogs) may take once a banner was found. */
export declare const CONSENT_OPT_OUT_MS = 5000;
interface Assets {
    script: string;
    /** `autoconsentReceiveMessage({type:'initResp', …})`, built once: the rules are ~700 kB of JSON. */
    initResponse: string;
}
/** The content script and rules from the installed package, read once per process. */
export declare function loadConsentAssets(): Promise<Assets>;
export declare class ConsentBridge {
    private readonly assets;
    private startedAt;
    private found;
    private dismissed;
    private finished;
    private inits;
    private constructor();
    static attach(page: Page): Promise<ConsentBridge>;
    /** Before each navigation. */
    reset(): void;
    /**
     * Wait (bounded) until autoconsent has found no banner, or has opted out of
     * the one it found. Returns the consent platform's name when it dismissed one.
     */
    settle(maxMs: number): Promise<string | null>;
    private receive;
}
export {};
