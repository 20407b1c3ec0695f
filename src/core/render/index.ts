// The render stage: one browser, `concurrency` reusable page slots, and
// retries for failures that a second try can fix.
//
// Retried (transient): network errors, timeouts, HTTP 408/429/502/503/504,
// page crashes, browser crashes (after a relaunch). Not retried: other HTTP
// statuses ≥ 400 (500 included: see isTransientStatus), non-http(s) URLs and
// redirects to them, TLS errors, downloads, invalid selectors.

import { realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { makeRedactor } from '../../util/redact.ts';
import { EgressGuard, EgressRefused, portOf } from '../net/guard.ts';
import { startEgressProxy } from '../net/proxy.ts';
import type { EgressProxy } from '../net/proxy.ts';
import type { NamedStorageState, RenderOptions } from '../options.ts';
import type { PlannedPage, Shot, Warn } from '../types.ts';
import type { Blocker, FilterListInfo } from './blocker.ts';
import { capturePage } from './capture-page.ts';
import { contextProfile } from './context-profile.ts';
import { CaptureError, classifyError, timeoutFailure } from './errors.ts';
import { within } from '../../util/bounded.ts';
import { UserError } from '../types.ts';
import { LoginFailed } from './login.ts';
import { findBrowser } from './find-browser.ts';
import { fontWarning, missingFontScripts } from './font-check.ts';
import type { BrowserCandidate, Env } from './find-browser.ts';
import { BrowserHost } from './launch.ts';
import { logIn, LoginSession } from './login.ts';
import { SlotPool } from './pool.ts';
import { WeightedSemaphore } from '../../util/semaphore.ts';
import { FULL_PAGE_PIXELS_AT_ONCE } from './full-page-shot.ts';
import { backoffDelay, DEFAULT_BACKOFF, sleep } from './retry.ts';
import type { BackoffPolicy } from './retry.ts';

export { BROWSER_CHOICES, findBrowser, isExecutableFile, PATH_NAMES, playwrightCacheRoot } from './find-browser.ts';
export type { BrowserCandidate, BrowserChoice, Env, Exists } from './find-browser.ts';
export { CaptureError, isTransientStatus } from './errors.ts';
export type { FailureCategory } from './errors.ts';
export { blankVerdict, BLANK_TOLERANCE } from './blank.ts';
export { READINESS_LIMITS } from './readiness.ts';
export { defaultConcurrency, RECYCLE_AFTER } from './pool.ts';
export { CHROMIUM_ARGS } from './launch.ts';
export { backoffDelay, parseRetryAfter, DEFAULT_BACKOFF } from './retry.ts';
export type { BackoffPolicy } from './retry.ts';
export { pngSize } from './blank.ts';
export { FONT_SCRIPTS, fontWarning, missingFontScripts } from './font-check.ts';
export type { FontScript } from './font-check.ts';
export { LoginFailed, MAX_RENEWALS } from './login.ts';
export type { BlockerDeps, BlockerSettings, BlockingReport, FilterListInfo, ListSource } from './blocker.ts';

export interface Renderer {
  /**
   * Navigate and screenshot one target, retrying transient failures up to
   * options.retries times with exponential backoff and jitter. Throws
   * CaptureError when it finally fails. `render` is the target's own settings
   * (its recipe on top of the run's, see run.ts); without it, the renderer's.
   * Headers, cookies, blocking, consent, retries and the browser are always the renderer's.
   */
  capture(target: PlannedPage, render?: RenderOptions): Promise<{ shot: Shot; attempts: number }>;
  /** BrowserContexts created so far: a run that orders its targets well creates few. */
  readonly contextsOpened: number;
  /** How many captures may run at once (= options.concurrency). */
  readonly concurrency: number;
  /** e.g. "Chromium 156.0.8078.79". */
  readonly browserVersion: string;
  /**
   * Scripts (emoji, CJK, …) the font pre-flight found no font for, once it has run (it starts with the
   * second capture, or when asked); a warning named the packages. close() waits for it, so the
   * warning is never lost.
   */
  readonly missingFonts: Promise<readonly string[]>;
  /** The lists --block-ads/--block-trackers filter with; null when blocking is off. */
  readonly filterLists: readonly FilterListInfo[] | null;
  /** With a login block: how many times the run has logged in (1, plus one per lost session); else 0. */
  readonly logins: number;
  close(): Promise<void>;
}

export interface RendererHooks {
  /** Use this executable and skip discovery. */
  executablePath?: string;
  /**
   * Environment for browser discovery (CHROME_PATH, PLAYWRIGHT_BROWSERS_PATH,
   * HOME, PATH). The core never reads process.env: a door passes it here.
   * Without it only --browser-path, the Playwright cache under the user's
   * home and the standard system directories are searched.
   */
  env?: Env;
  /** Appended to Chromium's command line (tests use it to tag the process they kill). */
  extraArgs?: string[];
  backoff?: Partial<BackoffPolicy>;
  /** Captures per slot before its context is rebuilt. */
  recycleAfter?: number;
  /** Contexts each slot may keep, one per profile (default 1): a composite's devices take turns in a slot, so it keeps one for each. */
  profilesPerSlot?: number;
  /** false skips the font pre-flight (tests that launch many renderers). */
  fontCheck?: boolean;
  /** Where the ad blocker keeps its parsed filter engine between runs; absent = no cache. */
  cacheDir?: string | null;
  /** Directories searched for EasyList/EasyPrivacy (default: the OS package's, OS_LIST_DIRS). */
  filterListDirs?: readonly string[];
  /** Told each secret the run learns while it runs (the cookie values a login receives), for the door to mask. */
  onSecret?: (value: string) => void;
}

export async function launchRenderer(options: RenderOptions, warn: Warn, hooks: RendererHooks = {}): Promise<Renderer> {
  // Before the browser starts: a missing list is a setup error, cheaper to report now.
  const blocker = await createBlocker(options, warn, hooks);
  const candidate: BrowserCandidate = hooks.executablePath
    ? { path: hooks.executablePath, source: 'explicit' }
    : await findBrowser(options.browserPath, hooks.env ?? { HOME: homedir() }, undefined, options.browser);
  const guard = options.egress ? new EgressGuard(options.egress) : null;
  const proxy = guard ? await startEgressProxy(guard) : null;
  let host: BrowserHost;
  try {
    // The egress guard's proxy is the only way out where it is on (the queue server, which offers no --proxy).
    host = await BrowserHost.start(candidate, warn, hooks.extraArgs, proxy ? { server: proxy.url } : options.emulation?.proxy ?? null);
  } catch (err) {
    await proxy?.close();
    throw err;
  }
  // After the first capture, not before or beside it (see capture()): the check makes Chromium load its CJK and emoji
  // fallback fonts (~0.5 s of CPU), which on a 2-core runner would delay the first capture by as much.
  let fontCheck: Promise<readonly string[]> | null = null;
  const checkFonts = (): Promise<readonly string[]> => fontCheck ??= hooks.fontCheck === false
    ? Promise.resolve([])
    : host.get().then(({ browser }) => missingFontScripts(browser)).catch(() => []).then((missing) => {
      const problem = fontWarning(missing);
      if (problem) warn(problem);
      return missing;
    });
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  // Playwright errors do not carry header or cookie values, but a site's error page text could echo them.
  const known = [...Object.values(options.headers), ...options.cookies.map((c) => c.value), ...credentialValues(options)];
  let session: LoginSession | null = null;
  const redact = (text: string): string => makeRedactor([...known, ...(session?.secrets() ?? [])])(text);
  if (options.login) {
    // Before the first capture, and the run's setup: a login that fails stops the run here.
    try {
      if (guard) await refuseBlocked(guard, httpUrl(options.login.url));
      session = await LoginSession.start(options.login, options, {
        browser: async () => (await host.get()).browser, redact, ...(hooks.onSecret ? { onSecret: hooks.onSecret } : {}),
      });
    } catch (err) {
      await host.close();
      await proxy?.close();
      if (err instanceof CaptureError) throw new UserError(`login: ${options.login.url}: ${err.message}`);
      throw err;
    }
  }
  const fullPageShots = new WeightedSemaphore(FULL_PAGE_PIXELS_AT_ONCE);
  const pool = new SlotPool(host, options, concurrency, hooks.recycleAfter, blocker, () => session?.state ?? options.storageState ?? null, hooks.profilesPerSlot);
  const backoff: BackoffPolicy = { ...DEFAULT_BACKOFF, ...hooks.backoff };
  // On GitHub runners /usr/bin/chromium is a symlink to Google Chrome: name what actually runs.
  const product = productName(await realpath(candidate.path).catch(() => candidate.path));
  const refusalFor = proxy ? refusalLookup(proxy) : null;
  let closed = false;
  let captures = 0;

  const capture = async (target: PlannedPage, render: RenderOptions = options): Promise<{ shot: Shot; attempts: number }> => {
    if (closed) throw new CaptureError('the renderer is closed', { attempts: 0 });
    // With the second capture: the first one (and its framing, which the renderer does not see) has the machine to itself.
    if (++captures > 1) void checkFonts();
    const url = httpUrl(target.url);
    if (guard) await refuseBlocked(guard, url);
    const slot = await pool.acquire(contextProfile(render).key);
    let renewed = false;
    try {
      for (let attempt = 1; ; attempt++) {
        const deadline = Date.now() + render.timeoutMs;
        try {
          const open = await beforeDeadline(pool.pageFor(slot, url, render), deadline, render.timeoutMs);
          const shot = await capturePage({
            page: open.page, lost: open.lost, url: url.href, options: render, deadline, consent: open.consent, blocking: open.blocking, cdp: open.cdp, network: open.network, fullPageShots,
            ...(refusalFor ? { refusalFor } : {}),
          });
          pool.reused(slot);
          if (render.fullPage) await pool.releaseDocument(slot);
          if (session?.isLoginPage(shot.finalUrl)) {
            // The session ended: never a capture of the login page. Log in again once, then this page once more.
            if (renewed) throw new CaptureError(`the page still lands on the login page after logging in again: check that the login's steps and success-url lead to a session this page accepts`, { attempts: attempt, finalUrl: shot.finalUrl, httpStatus: shot.httpStatus, category: 'login' });
            renewed = true;
            await session.renew(open.storageState);
            attempt--;
            continue;
          }
          return { shot, attempts: attempt };
        } catch (err) {
          // A login that fails mid-run fails this page; the next page to find its session gone tries again (up to MAX_RENEWALS).
          if (err instanceof LoginFailed || err instanceof CaptureError) {
            throw err instanceof CaptureError ? new CaptureError(redact(err.message), { attempts: err.attempts, finalUrl: err.finalUrl, httpStatus: err.httpStatus, category: err.category })
              : new CaptureError(err.message, { attempts: attempt, category: 'login' });
          }
          const failure = classifyError(err);
          if (failure.detail.slotHealthy) pool.reused(slot);
          else await pool.discard(slot);
          if (!failure.transient || attempt > options.retries || closed) {
            const { finalUrl = null, httpStatus = null } = failure.detail;
            throw new CaptureError(redact(failure.message), { attempts: attempt, finalUrl, httpStatus, transient: failure.transient, category: failure.category });
          }
          await sleep(backoffDelay(attempt, backoff, failure.detail.retryAfterMs ?? null));
        }
      }
    } finally {
      pool.release(slot);
    }
  };

  return {
    capture,
    concurrency,
    get contextsOpened() {
      return pool.contextsOpened;
    },
    browserVersion: `${product} ${host.version}`,
    get missingFonts() {
      return checkFonts();
    },
    filterLists: blocker ? blocker.lists : null,
    get logins() {
      return session?.logins ?? 0;
    },
    async close() {
      if (closed) return;
      closed = true;
      await checkFonts();
      await pool.close();
      await host.close();
      await proxy?.close();
    },
  };
}

/**
 * The ad and tracker blocker, when the run asks for one. Its filter engine
 * (@ghostery/adblocker and tldts, ~490 KB of the 1.4 MB bundle) is loaded
 * only then, in a chunk of its own: a run without --block-ads or
 * --block-trackers loads in 30 ± 12 ms less CPU (of ~640 ms; 20 interleaved
 * pairs of the benchmark's start-up bundle, see docs/benchmarks.md).
 */
async function createBlocker(options: RenderOptions, warn: Warn, hooks: RendererHooks): Promise<Blocker | null> {
  const settings = { ads: options.blockAds === true, trackers: options.blockTrackers === true, filterLists: options.filterLists ?? [] };
  if (!settings.ads && !settings.trackers) return null;
  const { Blocker } = await import('./blocker.ts');
  return Blocker.create(settings, { cacheDir: hooks.cacheDir ?? null, warn, ...(hooks.filterListDirs ? { packageDirs: hooks.filterListDirs } : {}) });
}

/**
 * `framecap login`: the login block alone, in a browser of its own; the
 * storage state it ends with (written to the block's save-state when set).
 */
export async function logInOnce(options: RenderOptions, warn: Warn, hooks: Pick<RendererHooks, 'env' | 'executablePath'> = {}): Promise<NamedStorageState> {
  const login = options.login;
  if (!login) throw new UserError('nothing to log in with: add a login: block (url, steps) to framecap.yml');
  const candidate: BrowserCandidate = hooks.executablePath
    ? { path: hooks.executablePath, source: 'explicit' }
    : await findBrowser(options.browserPath, hooks.env ?? { HOME: homedir() });
  const host = await BrowserHost.start(candidate, warn, [], options.emulation?.proxy ?? null);
  try {
    const redact = makeRedactor(credentialValues(options));
    return await logIn(login, options, { browser: async () => (await host.get()).browser, redact });
  } finally {
    await host.close();
  }
}

/** --http-auth's password, the login's typed values, --storage-state's cookie values, a proxy's password. */
function credentialValues(options: RenderOptions): string[] {
  return [
    ...(options.httpAuth ? [options.httpAuth.password] : []),
    ...(options.login?.steps.flatMap((s) => (s.kind === 'fill' ? [s.value] : [])) ?? []),
    ...(options.storageState?.state.cookies.map((c) => c.value) ?? []),
    ...(options.emulation?.proxy?.password ? [options.emulation.proxy.password] : []),
  ];
}

/** Only http(s) is captured: file:, data:, chrome: … would let a URL list read the machine. */
function httpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CaptureError('invalid URL', { attempts: 0, category: 'other' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CaptureError(`refused: only http(s) URLs are captured, not ${url.protocol}`, { attempts: 0, category: 'blocked' });
  }
  return url;
}

/** A target the egress guard refuses is a `blocked` row before any browser work; DNS trouble is left to the navigation. */
async function refuseBlocked(guard: EgressGuard, url: URL): Promise<void> {
  try {
    await guard.resolveUrl(url);
  } catch (err) {
    if (err instanceof EgressRefused) throw new CaptureError(err.message, { attempts: 0, category: 'blocked' });
  }
}

function refusalLookup(proxy: EgressProxy): (url: string) => string | null {
  return (raw) => {
    try {
      const url = new URL(raw);
      return proxy.refusalFor(`${url.hostname}:${portOf(url)}`);
    } catch {
      return null;
    }
  };
}

/** Getting a page ready (possibly relaunching the browser) counts against the page's timeout too. */
function beforeDeadline<T>(what: Promise<T>, deadline: number, budget: number): Promise<T> {
  return within(what, deadline - Date.now(), () => timeoutFailure(`the browser did not open a page within the ${budget} ms page timeout`));
}

function productName(path: string): string {
  if (/headless[_-]shell/i.test(path)) return 'Chromium Headless Shell';
  if (/google-chrome|Google Chrome|\/opt\/google\/chrome/.test(path)) return 'Chrome';
  return 'Chromium';
}
