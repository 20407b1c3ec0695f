export interface BrowserCandidate {
    path: string;
    source: 'explicit' | 'CHROME_PATH' | 'playwright-cache' | 'PATH';
}
export type Exists = (path: string) => Promise<boolean>;
export type Env = Record<string, string | undefined>;
/**
 * Names tried on PATH, in order. The headless shell first: framecap always
 * runs headless, and the shell (no browser UI, profile services or window
 * compositor) renders the same pixels for a little over half the CPU per
 * page (docs/benchmarks.md). Then branded Chrome (what GitHub runners ship), then
 * distro Chromium.
 */
export declare const PATH_NAMES: readonly ["chromium-headless-shell", "chrome-headless-shell", "google-chrome", "google-chrome-stable", "chromium", "chromium-browser"];
export declare const INSTALL_HINT: string;
/** An executable regular file (symlinks followed). */
export declare function isExecutableFile(path: string): Promise<boolean>;
/**
 * Order: explicit path, CHROME_PATH, Playwright's browser cache, then
 * PATH_NAMES on PATH.
 * A path the user named that does not exist is an error, never a silent
 * fall-through to some other browser.
 */
export declare function findBrowser(explicit: string | null, env: Env, exists?: Exists): Promise<BrowserCandidate>;
