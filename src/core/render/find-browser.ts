// Which Chrome/Chromium to drive. The environment and the file checks are
// injected: the core never reads process.env, and tests can describe any
// machine without owning one.

import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { UserError } from '../types.ts';

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
export const BROWSER_CHOICES: readonly BrowserChoice[] = ['auto', 'chrome', 'headless-shell'];

/** The install command for the shell; the Action's `browser: headless-shell` runs it for you. */
export const SHELL_INSTALL_HINT =
  'install it (`npx playwright-core install chromium-headless-shell`, or on Debian `sudo apt-get install chromium-headless-shell`), ' +
  'or use --browser auto';
export type Env = Record<string, string | undefined>;

/**
 * Names tried on PATH, in order. The headless shell first: framecap always
 * runs headless, and the shell (no browser UI, profile services or window
 * compositor) renders the same pixels for a little over half the CPU per
 * page (docs/benchmarks.md). Then branded Chrome (what GitHub runners ship), then
 * distro Chromium.
 */
export const PATH_NAMES = [
  'chromium-headless-shell', 'chrome-headless-shell', 'google-chrome', 'google-chrome-stable', 'chromium', 'chromium-browser',
] as const;
const SHELL_NAMES: ReadonlySet<string> = new Set(['chromium-headless-shell', 'chrome-headless-shell']);

/** Searched when PATH is unset (a door that passes no environment still finds a distro browser). */
const DEFAULT_PATH = ['/usr/local/bin', '/usr/bin', '/bin', '/snap/bin'];

export const INSTALL_HINT =
  'install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
  'or point CHROME_PATH or --browser-path at a Chrome/Chromium executable';

/** An executable regular file (symlinks followed). */
export async function isExecutableFile(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Order: explicit path, CHROME_PATH, Playwright's browser cache, then
 * PATH_NAMES on PATH; `choice` keeps only shells or only full builds from the
 * last two. A path the user named is taken as it is (they chose the build),
 * and one that does not exist is an error, never a silent fall-through to
 * some other browser.
 */
export async function findBrowser(
  explicit: string | null, env: Env, exists: Exists = isExecutableFile, choice: BrowserChoice = 'auto',
): Promise<BrowserCandidate> {
  if (explicit) {
    if (await exists(explicit)) return { path: explicit, source: 'explicit' };
    throw new UserError(`browser path ${explicit} does not exist or is not executable: fix --browser-path, or leave it out to look for a browser`);
  }
  const chromePath = env.CHROME_PATH;
  if (chromePath) {
    if (await exists(chromePath)) return { path: chromePath, source: 'CHROME_PATH' };
    throw new UserError(`CHROME_PATH is ${chromePath}, which does not exist or is not executable: fix it or unset it`);
  }
  const wanted = (shell: boolean): boolean => choice === 'auto' || (choice === 'headless-shell') === shell;
  for (const { path, shell } of await playwrightCacheCandidates(env)) {
    if (wanted(shell) && await exists(path)) return { path, source: 'playwright-cache' };
  }
  const dirs = env.PATH ? env.PATH.split(delimiter).filter(Boolean) : DEFAULT_PATH;
  const names = PATH_NAMES.filter((name) => wanted(SHELL_NAMES.has(name)));
  for (const name of names) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (await exists(path)) return { path, source: 'PATH' };
    }
  }
  if (choice === 'headless-shell') {
    throw new UserError(
      `--browser headless-shell: no headless shell found (looked at the Playwright browser cache, and ${names.join(', ')} on PATH): ${SHELL_INSTALL_HINT}`,
    );
  }
  throw new UserError(
    'no Chrome or Chromium found (looked at CHROME_PATH, the Playwright browser cache, ' +
    `and ${names.join(', ')} on PATH): ${INSTALL_HINT}`,
  );
}

/** Headless shells first (newest revision first; Playwright itself runs headless on them), then full Chromium builds. */
async function playwrightCacheCandidates(env: Env): Promise<Array<{ path: string; shell: boolean }>> {
  const root = playwrightCacheRoot(env);
  if (!root) return [];
  const entries = await listDir(root);
  const newestFirst = (prefix: string): string[] =>
    entries
      .filter((e) => e.startsWith(prefix) && /^\d+$/.test(e.slice(prefix.length)))
      .sort((a, b) => Number(b.slice(prefix.length)) - Number(a.slice(prefix.length)));

  const out: Array<{ path: string; shell: boolean }> = [];
  for (const dir of newestFirst('chromium_headless_shell-')) {
    out.push({ path: join(root, dir, 'chrome-linux', 'headless_shell'), shell: true });
    out.push({ path: join(root, dir, 'chrome-headless-shell-linux64', 'chrome-headless-shell'), shell: true });
  }
  for (const dir of newestFirst('chromium-')) {
    // Older revisions unpack to chrome-linux/, newer ones to chrome-linux64/.
    for (const sub of ['chrome-linux64', 'chrome-linux']) out.push({ path: join(root, dir, sub, 'chrome'), shell: false });
  }
  return out;
}

/** Where Playwright's installer puts browsers (and framecap looks for them); null: inside node_modules, which a bundle has not. */
export function playwrightCacheRoot(env: Env): string | null {
  const configured = env.PLAYWRIGHT_BROWSERS_PATH;
  // '0' means "inside node_modules/playwright-core", which a bundled CLI does not have.
  if (configured === '0') return null;
  if (configured) return configured;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'ms-playwright');
  return env.HOME ? join(env.HOME, '.cache', 'ms-playwright') : null;
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}
