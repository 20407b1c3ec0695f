// Capture slots. Each slot keeps one BrowserContext + Page and reuses them
// across targets: a new context per URL costs a few hundred ms, a reused one
// nothing, and the HTTP cache (shared CSS, JS, fonts) stays warm. What a page
// leaves behind that could change the next shot (cookies, local storage,
// IndexedDB) is cleared between targets, so a shot does not depend on which
// pages its slot happened to capture before. A slot is rebuilt after any
// failure (its page is in an unknown state), after a crash, when the browser
// was relaunched, and every RECYCLE_AFTER captures so memory stays bounded.
//
// Targets of one run may need different contexts (a phone variant and a
// desktop one: see context-profile.ts). The slots are shared by every
// profile, so `size` bounds the pages and contexts open at once whatever
// the mix; a slot is handed out preferring one whose context already has the
// target's profile, and its context is rebuilt only when the profile differs.
// A composite's devices take turns in one slot (laptop, tablet, phone, then
// the next page's laptop): there a slot keeps up to `profilesPerSlot`
// contexts, one per profile, and switching between them opens none.

import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { cookieForHost } from '../cookie-scope.ts';
import type { NamedStorageState, RenderOptions } from '../options.ts';
import { stateForTarget } from '../auth/storage-state.ts';
import { contextOptions, originHeaders } from './context-options.ts';
import { contextProfile } from './context-profile.ts';
import { bounded } from '../../util/bounded.ts';
import type { Blocker, PageBlocker } from './blocker.ts';
import { ConsentBridge } from './consent.ts';
import { watchIntersectionObservers } from './in-page/observers.ts';
import { AttemptFailure } from './errors.ts';
import type { BrowserHost } from './launch.ts';
import { NetworkTracker } from './readiness.ts';
import { httpOrigin, TargetOnlyHeaders } from './target-headers.ts';

export const RECYCLE_AFTER = 50;
const CLOSE_TIMEOUT_MS = 5_000;

/** Pages at once: two per core keeps Chromium busy while one page waits on the network; ~300 MB each. */
export function defaultConcurrency(cores: number, freeMemBytes: number): number {
  const byMemory = Math.floor(freeMemBytes / (300 * 1024 * 1024));
  return Math.max(1, Math.min(cores * 2, byMemory, 8));
}

interface OpenPage {
  /** ContextProfile.key of the settings the context was made with. */
  profile: string;
  context: BrowserContext;
  page: Page;
  generation: number;
  uses: number;
  /** Origins captured since the last clean-up, whose storage the next target must not see. */
  visited: Set<string>;
  cdp: CDPSession;
  /** The page's requests in flight, for readiness's network-quiet check. */
  network: NetworkTracker;
  /** Rejects when the page crashes or is closed under us; raced against every step of a capture. */
  lost: Promise<never>;
  /** --dismiss-consent's autoconsent bridge for this page; null when off. */
  consent: ConsentBridge | null;
  /** --block-ads/--block-trackers: this page's route and cosmetic passes; null when off. */
  blocking: PageBlocker | null;
  /** Set with `lost`, so an idle slot whose page crashed is rebuilt before its next capture, not during it. */
  dead: boolean;
  /** Sends --header values to the current target's origin only; null without --header. */
  headers: TargetOnlyHeaders | null;
  /** The storage state this context was made with (its local storage is in an init script). */
  storageState: NamedStorageState | null;
}

export class Slot {
  open: OpenPage | null = null;
  /** Contexts of other profiles kept for this slot's next targets, least recently used first. */
  parked: OpenPage[] = [];
  constructor(readonly id: number) {}
}

export class SlotPool {
  private readonly idle: Slot[];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private opened = 0;

  constructor(
    private readonly host: BrowserHost,
    private readonly options: RenderOptions,
    readonly size: number,
    private readonly recycleAfter: number = RECYCLE_AFTER,
    private readonly blocker: Blocker | null = null,
    /** The storage state each target starts with (--storage-state, or the login's latest); read per target, as a login may renew it. */
    private readonly storageState: () => NamedStorageState | null = () => options.storageState ?? null,
    /** Contexts a slot may keep, each for another profile (1: one, rebuilt when the profile changes). */
    private readonly profilesPerSlot: number = 1,
  ) {
    this.idle = Array.from({ length: size }, (_, i) => new Slot(i));
  }

  /** Contexts created so far (a reused one is not counted again): how well targets were ordered for reuse. */
  get contextsOpened(): number {
    return this.opened;
  }

  /** An idle slot, preferring one whose context has this profile, then one without a context. */
  acquire(profile?: string): Promise<Slot> {
    const at = this.pick(profile);
    if (at >= 0) return Promise.resolve(this.idle.splice(at, 1)[0]!);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private pick(profile: string | undefined): number {
    if (this.idle.length === 0) return -1;
    const same = profile === undefined ? -1 : this.idle.findLastIndex((s) => s.open?.profile === profile || s.parked.some((p) => p.profile === profile));
    if (same >= 0) return same;
    const empty = this.idle.findLastIndex((s) => s.open === null);
    return empty >= 0 ? empty : this.idle.length - 1;
  }

  release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  /**
   * A ready page for `url` in this slot, rendering with `render` (the target's
   * settings); the context is rebuilt when it is stale or made for another profile.
   */
  async pageFor(slot: Slot, url: URL, render: RenderOptions = this.options): Promise<OpenPage> {
    const profile = contextProfile(render).key;
    if (slot.open && slot.open.profile !== profile && this.profilesPerSlot > 1) await this.switchProfile(slot, profile);
    const current = slot.open;
    // A context made before a new login still holds the old state's local storage in its init script.
    const stale = current && current.storageState !== this.storageState();
    if (current && (stale || current.dead || !this.host.isCurrent(current.generation) || current.uses >= this.recycleAfter || current.profile !== profile)) {
      await this.discard(slot);
    }
    if (!slot.open) {
      const fresh = await this.openPage(render, profile);
      // A capture that gave up waiting for an earlier open may have left one behind: keep one, close the other.
      if (slot.open) await bounded(fresh.context.close(), CLOSE_TIMEOUT_MS);
      else slot.open = fresh;
    }
    let open: OpenPage = slot.open;
    if (open.visited.size > 0) {
      try {
        await this.forget(open);
      } catch {
        await this.discard(slot);
        open = slot.open = await this.openPage(render, profile);
      }
    }
    // Timeouts are per target, not per context.
    open.page.setDefaultTimeout(render.timeoutMs);
    open.page.setDefaultNavigationTimeout(render.timeoutMs);
    // The context has no cookies here (fresh, or just forgotten): this target's go in.
    open.visited.add(url.origin);
    await open.headers?.sendTo(url.origin);
    if (open.storageState) await open.context.addCookies(stateForTarget(open.storageState.state, url).cookies);
    await this.addCookies(open.context, url);
    return open;
  }

  /** Parks the slot's context and takes back one made for `profile`, if the slot kept one; closes the least recently used beyond the limit. */
  private async switchProfile(slot: Slot, profile: string): Promise<void> {
    const leaving = slot.open!;
    slot.open = null;
    // A parked page lets its document go (the context keeps its HTTP cache), so a kept context costs little memory.
    if (await letDocumentGo(leaving.page)) slot.parked.push(leaving);
    else await bounded(leaving.context.close(), CLOSE_TIMEOUT_MS);
    const kept = slot.parked.findIndex((p) => p.profile === profile);
    if (kept >= 0) slot.open = slot.parked.splice(kept, 1)[0]!;
    while (slot.parked.length > this.profilesPerSlot - 1) await bounded(slot.parked.shift()!.context.close(), CLOSE_TIMEOUT_MS);
  }

  /** Host-only for the target's host (see cookie-scope.ts): no other host ever gets them. */
  private async addCookies(context: BrowserContext, url: URL): Promise<void> {
    const cookies = this.options.cookies
      .filter((c) => cookieForHost(c, url.hostname))
      // A domain without a leading dot is a host-only cookie to Playwright (and CDP).
      .map((c) => ({ name: c.name, value: c.value, domain: url.hostname, path: c.path ?? '/', secure: url.protocol === 'https:' }));
    if (cookies.length > 0) await context.addCookies(cookies);
  }

  /** Drop the cookies and storage the previous targets left, keeping the HTTP cache. */
  private async forget(open: OpenPage): Promise<void> {
    const shown = httpOrigin(open.page.url());
    if (shown) open.visited.add(shown);
    await open.context.clearCookies();
    for (const origin of open.visited) {
      await open.cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    }
    open.visited.clear();
  }

  /** After a capture whose page is still usable (a success, or a clean HTTP error): count the use. */
  reused(slot: Slot): void {
    if (slot.open) slot.open.uses++;
  }

  /**
   * After a full-page shot: the slot's page goes to about:blank, so its renderer lets the long document go while the
   * shot is framed and the slot waits for its next target, instead of holding it until the next navigation. Four
   * slots on 24 long pages (bench/full-page-memory.ts, 3 rounds against the same code without it, load 17–25): the
   * renderers at the tree's peak 856–947 MB against 987–1,156, the peak 2,562 MB against 2,768 (median); a navigation
   * to about:blank costs ~10–30 ms a page, inside the rounds' noise in CPU a page.
   */
  async releaseDocument(slot: Slot): Promise<void> {
    if (slot.open) await letDocumentGo(slot.open.page);
  }

  /** Throw the slot's context away; the next capture builds a fresh one. */
  async discard(slot: Slot): Promise<void> {
    const open = slot.open;
    slot.open = null;
    if (!open) return;
    await bounded(open.context.close(), CLOSE_TIMEOUT_MS);
  }

  async close(): Promise<void> {
    const all = [...this.idle];
    this.idle.length = 0;
    await Promise.all(all.flatMap((s) => [this.discard(s), ...s.parked.splice(0).map((p) => bounded(p.context.close(), CLOSE_TIMEOUT_MS))]));
  }

  /** `render` gives the context's profile (emulation included); headers, credentials, cookies, consent and blocking are the run's (this.options). */
  private async openPage(render: RenderOptions, profile: string): Promise<OpenPage> {
    const { browser, generation } = await this.host.get();
    const o = this.options;
    this.opened++;
    const context = await browser.newContext(contextOptions(render));
    const storageState = this.storageState();
    try {
      // Not context.setStorageState per target: it clears the HTTP cache and opens a page per origin.
      if (storageState) await context.addInitScript(restoreLocalStorage, localStorageByOrigin(storageState));
      // So a full page that nothing lazy-loads on is not scrolled through (in-page/observers.ts). Only where a
      // whole page is shot: a viewport shot never reads the mark, and its page keeps its own observe(). A context
      // made for a viewport target and reused for a full page has no mark, so that page is scrolled through.
      if (render.fullPage || render.video) await context.addInitScript(watchIntersectionObservers);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const network = new NetworkTracker(page);
      const headers = TargetOnlyHeaders.attach(cdp, originHeaders(o));
      // beforeunload is accepted (leave the page); alert/confirm/prompt are dismissed so nothing waits on a click.
      page.on('dialog', (d) => void (d.type() === 'beforeunload' ? d.accept() : d.dismiss()).catch(() => undefined));
      page.on('popup', (p) => void p.close().catch(() => undefined));
      let markLost: (failure: AttemptFailure) => void = () => undefined;
      const lost = new Promise<never>((_, reject) => { markLost = reject; });
      lost.catch(() => undefined);
      const consent = o.dismissConsent ? await ConsentBridge.attach(page) : null;
      // Routed last on purpose: Playwright asks the newest handler first, so the blocker decides before
      // any other page route, and passes what it does not block on with route.fallback().
      const blocking = this.blocker ? await this.blocker.attach(page) : null;
      const open: OpenPage = {
        profile, context, page, generation, uses: 0, visited: new Set(), cdp, network, lost, consent, blocking, dead: false, headers, storageState,
      };
      const die = (message: string) => (): void => {
        open.dead = true;
        markLost(new AttemptFailure(message, true, { category: 'crash' }));
      };
      page.once('crash', die('the page crashed'));
      page.once('close', die('the browser closed the page (crashed or restarted)'));
      return open;
    } catch (err) {
      await bounded(context.close(), CLOSE_TIMEOUT_MS);
      throw err;
    }
  }
}

/** A storage state's local storage, origin → [name, value] pairs, as the init script takes it. */
function localStorageByOrigin(state: NamedStorageState): Record<string, Array<[string, string]>> {
  return Object.fromEntries(state.state.origins.map((o) => [o.origin, o.localStorage.map((i): [string, string] => [i.name, i.value])]));
}

/**
 * Runs in the page before its own scripts, on every document: the state's
 * items for this document's origin only, where the page has not set them
 * itself (the slot clears storage between targets, so that is once per target).
 */
function restoreLocalStorage(byOrigin: Record<string, Array<[string, string]>>): void {
  // The page's globals, typed here: this file is compiled without the DOM library.
  const page = globalThis as unknown as { location: { origin: string }; localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void } };
  try {
    for (const [name, value] of byOrigin[page.location.origin] ?? []) {
      if (page.localStorage.getItem(name) === null) page.localStorage.setItem(name, value);
    }
  } catch {
    // Opaque origins and sandboxed frames have no local storage.
  }
}

/** The page shows about:blank (its document let go); false when it could not get there in time. */
async function letDocumentGo(page: Page): Promise<boolean> {
  return await bounded(page.goto('about:blank').then(() => true), CLOSE_TIMEOUT_MS) === true;
}
