export interface BrowserCandidate {
    path: string;
    source: 'explicit' | 'CHROME_PATH' | 'playwright-cache' | 'PATH';
}
export type Exists = (path: string) => Promise<boolean>;
/**
 * Which build to drive. `headless-shell`: only Chromium's headless shell (the
 * same pixels for about half the CPU per page); `chrome`: only a full
 * Chrome/Chromium build; `auto`: the shell when one is installed, else a full build.
 */
export type BrowserChoice = 'auto' | 'chrome' | 'headless-shell';
export declare const BROWSER_CHOICES: readonly BrowserChoice[];
/** The install command for the shell; the Action's `browser: headless-shell` runs it for you. */
export declare const SHELL_INSTALL_HINT: string;
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
 * PATH_NAMES on PATH; `choice` keeps only shells or only full builds from the
 * last two. A path the user named is taken as it is (they chose the build),
 * and one that does not exist is an error, never a silent fall-through to
 * some other browser.
 */
export declare function findBrowser(explicit: string | null, env: Env, exists?: Exists, choice?: BrowserChoice): Promise<BrowserCandidate>;
/** Where Playwright's installer puts browsers (and framecap looks for them); null: inside node_modules, which a bundle has not. */
export declare function playwrightCacheRoot(env: Env): string | null;
