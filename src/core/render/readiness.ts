// "Is the page ready to be photographed?" Every condition here is bounded:
// a page that never goes quiet (analytics beacons, long polling, a spinner
// that never stops) still gets its shot, and the condition that ran out of
// time is recorded in the manifest instead of failing the URL.
//
// The page's own part of it runs as in-page/settle.ts (one evaluate); this
// module holds the limits, the arguments it is given and the checks made
// from outside the page (network quiet, scroll listeners).

import type { CDPSession, Page, Request } from 'playwright-core';
import type { ReadinessCondition } from '../types.ts';
import type { BeforeShotArgs, SettleArgs, Settled } from './in-page/settle.ts';

/** Upper bounds per condition, ms. The page timeout bounds them all together. */
export const READINESS_LIMITS = {
  /** Scrolling a long page through once. */
  lazyMs: 8_000,
  /** Pages taller than this are not scrolled further (infinite scroll would never end). */
  lazyMaxHeightPx: 30_000,
  imagesMs: 5_000,
  fontsMs: 3_000,
  busyMs: 5_000,
  networkMs: 3_000,
  /** No request in flight for this long counts as quiet. */
  networkQuietMs: 300,
  /**
   * The same, for a page that has started no request since navigation
   * returned (its load event, by default): its resources all came with the
   * document, so there is no chain of script-driven requests to wait out.
   */
  networkQuietStaticMs: 100,
  stableMs: 5_000,
  stableMaxShots: 20,
  stableIntervalMs: 150,
} as const;

/** How long a scroll step rests on a page that reacts to scrolling, for loaders on a timer. */
const SCROLL_REST_MS = 60;

/**
 * Whether the window or the document has a scroll listener (addEventListener
 * or onscroll), which a loader on a timer may be: the listeners are read
 * through CDP, which sees them where page script cannot. Any failure counts
 * as yes, so the scroll rests at every step.
 */
export async function listensToScroll(cdp: CDPSession): Promise<boolean> {
  const objectGroup = 'framecap-scroll-listeners';
  try {
    for (const expression of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup });
      if (!result.objectId) return true;
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      if (listeners.some((l) => l.type === 'scroll')) return true;
    }
    return false;
  } catch {
    return true;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

/** Stops CSS animations, transitions and the text caret for the shot. */
export const FREEZE_CSS = '*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}';

export interface InPageSettle {
  /** --hide CSS, added as a <style> (the context bypasses CSP); FREEZE_CSS joins it when the page needs it. */
  css: string;
  /** Force lazy images and iframes to load now. */
  lazy: boolean;
  /** Scroll through the page first (full-page shots with lazy content); false = a viewport shot, which waits only for what it shows. */
  scroll: boolean;
  /** The page listens for scroll events (listensToScroll): the scroll rests at every step. Unset = it may. */
  scrollListeners?: boolean;
}

/** What the in-page settle reports: true = the condition was met within its own limit. */
export type InPageSettled = Settled;

/**
 * The in-page settle's argument. On a page that listens for scroll events
 * (see listensToScroll), each scroll step rests 60 ms, for loaders throttled
 * or debounced by a timer. On any other page each step waits one frame, in
 * which intersection observers see the new position; if the page still
 * reacts (a DOM mutation during the pass or while it rests at the bottom),
 * it is passed through again from the top with the rests. Resting at every
 * step took 1.1 s of a 12,000 px page that does nothing on scroll
 * (bench/profile.ts --full-page). A page that neither listens for scroll nor
 * observes intersections (in-page/observers.ts) and has no frames is not
 * scrolled at all: the one-frame pass still cost 130 ms of Chromium's CPU.
 */
export function settleArgs(s: InPageSettle): SettleArgs {
  const L = READINESS_LIMITS;
  return {
    kind: 'settle', css: s.css, freezeCss: FREEZE_CSS, lazy: s.lazy, scroll: s.scroll,
    restEachStep: s.scrollListeners !== false, restMs: SCROLL_REST_MS,
    limits: { lazyMs: L.lazyMs, lazyMaxHeightPx: L.lazyMaxHeightPx, imagesMs: L.imagesMs, fontsMs: L.fontsMs, busyMs: L.busyMs },
  };
}

/** Upper bound for the in-page settle as a whole, ms. */
export function settleLimitMs(s: InPageSettle): number {
  const L = READINESS_LIMITS;
  return (s.lazy && s.scroll ? L.lazyMs + 1_000 : 0) + L.imagesMs + L.fontsMs + L.busyMs;
}

/** The in-page work just before the shot (see in-page/settle.ts). */
export const beforeShotArgs = (viewportOnly: boolean): BeforeShotArgs => ({ kind: 'before-shot', viewportOnly });

/**
 * Requests that never change what the page shows: the browser's favicon
 * fetch (type "other"; it starts after the load event on most sites and would
 * hold the quiet window open on every page), beacons, reports, prefetches.
 */
const INVISIBLE_TYPES = new Set(['other', 'ping', 'beacon', 'cspviolationreport', 'manifest', 'prefetch', 'preflight', 'signedexchange']);

/**
 * Counts the page's requests in flight from the start of an attempt. One
 * lives as long as its page (restart() per attempt): adding and removing its
 * three listeners per capture were six Playwright calls a page, each a
 * subscription round trip to the driver.
 */
export class NetworkTracker {
  private readonly inFlight = new Set<Request>();
  private lastChange = Date.now();
  private navigatedAt: number | null = null;
  private startedSinceNavigation = 0;
  private readonly onStart = (r: Request): void => {
    if (INVISIBLE_TYPES.has(r.resourceType())) return;
    this.inFlight.add(r);
    this.lastChange = Date.now();
    if (this.navigatedAt !== null) this.startedSinceNavigation++;
  };
  private readonly onEnd = (r: Request): void => {
    if (this.inFlight.delete(r)) this.lastChange = Date.now();
  };

  constructor(private readonly page: Page) {
    page.on('request', this.onStart);
    page.on('requestfinished', this.onEnd);
    page.on('requestfailed', this.onEnd);
  }

  /** A new attempt: what the page's earlier targets had in flight is forgotten. */
  restart(): void {
    this.inFlight.clear();
    this.lastChange = Date.now();
    this.navigatedAt = null;
    this.startedSinceNavigation = 0;
  }

  /** Navigation returned: requests from now on are the page's own doing (scripts, lazy content). */
  navigated(): void {
    this.navigatedAt ??= Date.now();
  }

  /**
   * True once nothing has been in flight for `quietMs` (or for `staticQuietMs`
   * while the page has started no request since navigated()); false when
   * `maxMs` ran out first.
   */
  async quiet(quietMs: number, maxMs: number, staticQuietMs: number = quietMs): Promise<boolean> {
    const until = Date.now() + maxMs;
    for (;;) {
      // A redirected request is answered by its successor, which is tracked on its own.
      for (const r of this.inFlight) if (r.redirectedTo()) this.inFlight.delete(r);
      const now = Date.now();
      const window = this.navigatedAt !== null && this.startedSinceNavigation === 0 ? Math.min(staticQuietMs, quietMs) : quietMs;
      if (this.inFlight.size === 0 && now - this.lastChange >= window) return true;
      if (now >= until) return false;
      await new Promise((r) => setTimeout(r, Math.min(50, Math.max(1, until - now))));
    }
  }

  stop(): void {
    this.page.off('request', this.onStart);
    this.page.off('requestfinished', this.onEnd);
    this.page.off('requestfailed', this.onEnd);
  }
}

/** Readiness conditions that ran out of time, in the order they were checked. */
export class ReadinessLog {
  readonly timedOut: ReadinessCondition[] = [];
  record(condition: ReadinessCondition, met: boolean): void {
    if (!met && !this.timedOut.includes(condition)) this.timedOut.push(condition);
  }
}
