import type { Browser } from 'playwright-core';
export interface FontScript {
    name: string;
    sample: string;
    /** Debian/Ubuntu package that provides a font for it. */
    pkg: string;
    colour?: boolean;
}
export declare const FONT_SCRIPTS: readonly FontScript[];
/** Names of the scripts (FONT_SCRIPTS) this browser cannot draw; [] when the check itself could not run. */
export declare function missingFontScripts(browser: Browser, scripts?: readonly FontScript[]): Promise<string[]>;
/** The warning for missing scripts, naming the packages that fix it; null when nothing is missing. */
export declare function fontWarning(missing: readonly string[], scripts?: readonly FontScript[]): string | null;
