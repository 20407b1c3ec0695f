// --block-ads / --block-trackers: EasyList and EasyPrivacy through Ghostery's
// filter engine (@ghostery/adblocker), built once per run and shared by every
// page slot.
//
// Where the lists come from, first match wins:
//   1. --filter-list files (the user's own lists replace the defaults);
//   2. the copies Debian/Ubuntu's webext-ublock-origin-* packages install
//      (offline, and versioned by the OS: we never redistribute the lists);
//   3. Ghostery's hosted copies of the same two lists, downloaded (online runners);
//   4. otherwise a UserError naming the package to install.
//
// Ghostery's Playwright wrapper (PlaywrightBlocker.enableBlockingInPage) is not
// used for the page side, for two reasons: its route handler ends every request
// it does not block with route.continue(), which would bypass any other route
// handler; and its cosmetic filters are
// injected on `framenavigated` in the background, racing our screenshot. Here
// a request that is not blocked is passed on with route.fallback(), and the
// cosmetic pass is a step of the capture: after navigation, and again just
// before the shot for whatever the page added meanwhile.

import { applyCosmetics, pageFeatures } from './in-page/blocker.ts';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fromPlaywrightDetails, PlaywrightBlocker, Request as FilterRequest } from '@ghostery/adblocker-playwright';
import { adsAndTrackingLists, ENGINE_VERSION } from '@ghostery/adblocker';
import type { Frame, Page, Route } from 'playwright-core';
import { UserError } from '../types.ts';
import type { Warn } from '../types.ts';
import { bounded } from '../../util/bounded.ts';
import { sha256Hex } from '../../util/sha256.ts';

/** What to block; from RenderOptions. */
export interface BlockerSettings {
  ads: boolean;
  trackers: boolean;
  /** Paths of the user's own lists; when non-empty they replace EasyList/EasyPrivacy. */
  filterLists: readonly string[];
}

export type ListSource = 'file' | 'os-package' | 'download';

/** One list the engine was built from, for the manifest: never its contents. */
export interface FilterListInfo {
  name: string;
  source: ListSource;
  /** Of the text the engine parsed; tells two runs' list versions apart. */
  sha256: string;
}

/** Per capture: what the blocker did on this page. */
export interface BlockingReport {
  /** Requests aborted (or answered with a neutral stand-in) by a network filter. */
  blockedRequests: number;
  /** Elements hidden: matched by a cosmetic filter, or an <img>/<iframe> whose request was blocked. */
  hiddenElements: number;
}

export interface BlockerDeps {
  /** Cache directory for the parsed engine (keyed by the lists' sha256); null = parse every run. */
  cacheDir?: string | null;
  /** Directories searched for easylist.txt / easyprivacy.txt (tests narrow it). */
  packageDirs?: readonly string[];
  /** Download for the last-resort source; null = never download. */
  fetch?: typeof fetch | null;
  warn?: Warn;
}

/** Where Debian/Ubuntu's uBlock Origin packages install EasyList and EasyPrivacy. */
export const OS_LIST_DIRS: readonly string[] = [
  // webext-ublock-origin-chromium (checked with dpkg -L on Debian 12).
  '/usr/share/chromium/extensions/ublock-origin/assets/thirdparties/easylist',
  // webext-ublock-origin-firefox, and the older single webext-ublock-origin package (not checked here).
  '/usr/share/webext/ublock-origin-firefox/assets/thirdparties/easylist',
  '/usr/share/webext/ublock-origin/assets/thirdparties/easylist',
];
export const OS_PACKAGE = 'webext-ublock-origin-chromium';

const DEFAULT_LISTS = { ads: 'easylist.txt', trackers: 'easyprivacy.txt' } as const;
const ENGINE_CONFIG = {
  loadNetworkFilters: true,
  loadCosmeticFilters: true,
  loadGenericCosmeticsFilters: true,
  // Scriptlets and procedural selectors need uBlock's resources and an in-page runtime; CSS hiding does not.
  loadExtendedSelectors: false,
  enableHtmlFiltering: false,
  loadCSPFilters: false,
} as const;
/** One cosmetic pass per frame may take this long; a slow frame is skipped, not waited for. */
const FRAME_PASS_MS = 2_000;
const STYLE_MARK = 'data-framecap-blocker';
/** Engines kept in the cache directory (2.8 MB for EasyList, 5 MB with EasyPrivacy); the least recently used go. */
const CACHE_KEEP = 4;
const CACHE_FILE = /^blocker-[0-9a-f]{32}\.bin$/;

interface ListText {
  info: FilterListInfo;
  text: string;
}

/** The run's filter engine; `attach` gives each page slot its own counters and route. */
export class Blocker {
  private constructor(
    private readonly engine: PlaywrightBlocker,
    readonly lists: readonly FilterListInfo[],
  ) {}

  /** Null when neither ads nor trackers are to be blocked. */
  static async create(settings: BlockerSettings, deps: BlockerDeps = {}): Promise<Blocker | null> {
    if (!settings.ads && !settings.trackers) return null;
    const lists = await loadLists(settings, deps);
    const engine = await buildEngine(lists, deps.cacheDir ?? null, deps.warn);
    return new Blocker(engine, lists.map((l) => l.info));
  }

  async attach(page: Page): Promise<PageBlocker> {
    const pageBlocker = new PageBlocker(this.engine);
    await page.route('**/*', pageBlocker.onRoute);
    return pageBlocker;
  }
}

/** One slot's page: its route handler, its cosmetic passes and what they did since the last reset. */
export class PageBlocker {
  private blocked = 0;
  private hidden = 0;

  constructor(private readonly engine: PlaywrightBlocker) {}

  /** Before each navigation. */
  reset(): void {
    this.blocked = 0;
    this.hidden = 0;
  }

  report(): BlockingReport {
    return { blockedRequests: this.blocked, hiddenElements: this.hidden };
  }

  readonly onRoute = async (route: Route): Promise<void> => {
    const verdict = this.verdict(route);
    try {
      if (verdict.kind === 'pass') return await route.fallback();
      this.blocked++;
      if (verdict.kind === 'redirect') {
        const { body, contentType } = verdict;
        const base64 = contentType.endsWith(';base64');
        await route.fulfill({
          status: 200,
          body: base64 ? Buffer.from(body, 'base64') : body,
          contentType: base64 ? contentType.slice(0, -';base64'.length) : contentType,
        });
        return;
      }
      await route.abort('blockedbyclient');
    } catch {
      // The page navigated away or closed while the request was held: nothing left to answer.
    }
  };

  private verdict(route: Route): { kind: 'pass' } | { kind: 'block' } | { kind: 'redirect'; body: string; contentType: string } {
    try {
      const raw = route.request();
      // The page being captured is never blocked, whatever its URL looks like.
      if (raw.isNavigationRequest() && raw.frame().parentFrame() === null) return { kind: 'pass' };
      // The wrapper's conversion takes the `playwright` package's Request; playwright-core's is the same object.
      const request = fromPlaywrightDetails(raw as unknown as Parameters<typeof fromPlaywrightDetails>[0]);
      const { match, redirect } = this.engine.match(request);
      if (redirect) return { kind: 'redirect', body: redirect.body, contentType: redirect.contentType };
      return match ? { kind: 'block' } : { kind: 'pass' };
    } catch {
      // No frame (a worker's request) or a URL the engine cannot parse: not ours to judge.
      return { kind: 'pass' };
    }
  }

  /**
   * Hide what the cosmetic filters select in every frame, and collapse images
   * and frames whose request was blocked (Chromium would draw a broken-image
   * icon or an error page in their place). Runs after navigation and again
   * just before the shot; each pass only adds rules, and the count is of the
   * elements hidden at the last pass.
   */
  async hide(page: Page, budgetMs: number): Promise<void> {
    const until = Date.now() + budgetMs;
    let hidden = 0;
    for (const frame of page.frames()) {
      const left = until - Date.now();
      if (left <= 0) break;
      const n = await bounded(this.hideInFrame(frame), Math.min(FRAME_PASS_MS, left));
      hidden += n ?? 0;
    }
    this.hidden = hidden;
  }

  private async hideInFrame(frame: Frame): Promise<number> {
    const url = frame.url();
    if (!/^https?:/i.test(url)) return 0;
    const found = await frame.evaluate(pageFeatures, STYLE_MARK);
    const { hostname, domain } = FilterRequest.fromRawDetails({ url, type: 'document' });
    const { styles } = this.engine.getCosmeticsFilters({
      url, hostname, domain,
      classes: found.classes, ids: found.ids, hrefs: found.hrefs,
      // Generic and site rules once per document; the DOM-keyed rules for whatever it holds now.
      getBaseRules: !found.based,
      getRulesFromHostname: !found.based,
      getRulesFromDOM: true,
      getInjectionRules: false,
      getExtendedRules: false,
    });
    const top = frame.page().mainFrame().url() || url;
    const collapse = found.sources.filter((s) => this.engine.match(FilterRequest.fromRawDetails({
      url: s.url, sourceUrl: top, type: s.tag === 'iframe' ? 'sub_frame' : 'image',
    })).match).map((s) => s.url);
    return await frame.evaluate(applyCosmetics, { mark: STYLE_MARK, styles, base: !found.based, collapse });
  }
}

async function loadLists(settings: BlockerSettings, deps: BlockerDeps): Promise<ListText[]> {
  if (settings.filterLists.length > 0) {
    return Promise.all(settings.filterLists.map(async (path) => {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (err) {
        throw new UserError(`cannot read filter list ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      return { info: { name: basename(path), source: 'file' as const, sha256: sha256Hex(text) }, text };
    }));
  }
  const wanted = [...(settings.ads ? [DEFAULT_LISTS.ads] : []), ...(settings.trackers ? [DEFAULT_LISTS.trackers] : [])];
  for (const dir of deps.packageDirs ?? OS_LIST_DIRS) {
    const texts = await Promise.all(wanted.map((name) => readFile(join(dir, name), 'utf8').catch(() => null)));
    if (texts.every((t): t is string => t !== null)) {
      return texts.map((text, i) => ({ info: { name: wanted[i]!, source: 'os-package', sha256: sha256Hex(text) }, text }));
    }
  }
  const download = deps.fetch === undefined ? globalThis.fetch : deps.fetch;
  const flags = [settings.ads ? '--block-ads' : '', settings.trackers ? '--block-trackers' : ''].filter(Boolean).join(' and ');
  const advice = `install the ${OS_PACKAGE} package (e.g. sudo apt-get install ${OS_PACKAGE}), or pass your own lists with --filter-list`;
  if (!download) throw new UserError(`${flags} need EasyList/EasyPrivacy and none was found: ${advice}`);
  deps.warn?.(`${flags}: no local copy of ${wanted.join(', ')} (the ${OS_PACKAGE} package); downloading Ghostery's hosted copy`);
  return Promise.all(wanted.map(async (name) => {
    const url = adsAndTrackingLists.find((u) => u.endsWith(`/easylist/${name}`));
    try {
      if (!url) throw new Error('no hosted copy is known');
      const response = await download(url, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      return { info: { name, source: 'download' as const, sha256: sha256Hex(text) }, text };
    } catch (err) {
      throw new UserError(`${flags}: cannot download ${name} (${(err as Error).message}); ${advice}`);
    }
  }));
}

/**
 * Parsing EasyList takes about a second (EasyList + EasyPrivacy ~1 s, measured
 * on this project's 2-core CI machine); loading the serialized engine ~15 ms.
 * So the engine is cached, keyed by the engine version and the lists' hashes:
 * a changed list or a new adblocker release builds a new one.
 */
async function buildEngine(lists: ListText[], cacheDir: string | null, warn?: Warn): Promise<PlaywrightBlocker> {
  const key = sha256Hex([`engine ${ENGINE_VERSION}`, JSON.stringify(ENGINE_CONFIG), ...lists.map((l) => l.info.sha256)].join('\n'));
  const file = cacheDir ? join(cacheDir, `blocker-${key.slice(0, 32)}.bin`) : null;
  if (file) {
    const cached = await readFile(file).catch(() => null);
    if (cached) {
      try {
        const engine = PlaywrightBlocker.deserialize(new Uint8Array(cached.buffer, cached.byteOffset, cached.byteLength));
        const now = new Date();
        await utimes(file, now, now).catch(() => undefined);
        return engine;
      } catch {
        // A truncated or foreign file: build afresh and overwrite it.
      }
    }
  }
  const engine = PlaywrightBlocker.parse(lists.map((l) => l.text).join('\n'), ENGINE_CONFIG);
  if (file && cacheDir) {
    try {
      await mkdir(cacheDir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, engine.serialize());
      await rename(tmp, file);
      await pruneCache(cacheDir);
    } catch (err) {
      warn?.(`cannot cache the ad blocker's filter engine in ${cacheDir}: ${(err as Error).message}`);
    }
  }
  return engine;
}

/** Keep the CACHE_KEEP most recently used engines: every new list version writes a new one. */
async function pruneCache(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => CACHE_FILE.test(n));
  if (names.length <= CACHE_KEEP) return;
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(dir, n)).catch(() => null))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(CACHE_KEEP).map(({ n }) => unlink(join(dir, n)).catch(() => undefined)));
}

