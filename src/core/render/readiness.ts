// "Is the page ready to be photographed?" Every condition here is bounded:
// a page that never goes quiet (analytics beacons, long polling, a spinner
// that never stops) still gets its shot, and the condition that ran out of
// time is recorded in the manifest instead of failing the URL.
//
// In-page code is passed as strings: this package compiles without DOM types.

import type { CDPSession, Page, Request } from 'playwright-core';
import type { ReadinessCondition } from '../types.ts';

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
 * Which elements a shot can show. A full-page shot shows them all; a viewport
 * shot only what is in the first screen (plus half a screen, for content a
 * late image pushes down). Loading and decoding the rest of an image-heavy
 * page would cost requests and CPU for pixels that are never in the shot.
 */
function shownJs(viewportOnly: boolean): string {
  return viewportOnly
    ? '((el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight * 1.5 && r.right > 0 && r.left < innerWidth; })'
    : '((el) => true)';
}

/** Lazy images and iframes the shot can show start loading now. */
export function forceEagerJs(viewportOnly: boolean): string {
  return `(() => {
  const shown = ${shownJs(viewportOnly)};
  for (const el of document.querySelectorAll('img[loading="lazy"], iframe[loading="lazy"]')) if (shown(el)) el.loading = 'eager';
  return true;
})()`;
}

/**
 * Scroll down in steps of ~one viewport so scroll- and IntersectionObserver-driven
 * loaders run, then back to the top. Resolves { complete } = reached the end.
 *
 * On a page that listens for scroll events (see listensToScroll), each
 * step rests 60 ms, for loaders throttled or debounced by a timer. On any
 * other page each step waits one frame, in which intersection observers see
 * the new position; if the page still reacts (a DOM mutation during the pass
 * or while it rests at the bottom), it is passed through again from the top
 * with the rests. Resting at every step took 1.1 s of a 12,000 px page that
 * does nothing on scroll (bench/profile.ts --full-page).
 */
export function scrollThroughJs(maxMs: number, maxHeight: number, restEachStep: boolean): string {
  return `(async () => {
  const start = performance.now();
  let reacted = false;
  const seen = new MutationObserver(() => { reacted = true; });
  seen.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  const frame = (rest) => new Promise((r) => requestAnimationFrame(() => setTimeout(r, rest)));
  const height = () => Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0);
  const step = Math.max(200, Math.floor(innerHeight * 0.85));
  const pass = async (rest) => {
    let y = 0;
    while (y + innerHeight < height()) {
      if (performance.now() - start > ${maxMs} || y + innerHeight >= ${maxHeight}) return false;
      y += step;
      window.scrollTo({ top: y, left: 0, behavior: 'instant' });
      await frame(rest);
    }
    return true;
  };
  let complete = await pass(${restEachStep ? SCROLL_REST_MS : 0});
  if (${!restEachStep}) {
    if (complete) await frame(${SCROLL_REST_MS});
    if (reacted) complete = await pass(${SCROLL_REST_MS});
  }
  seen.disconnect();
  window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  await frame(${SCROLL_REST_MS});
  return { complete };
})()`;
}

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

/** Every <img> the shot can show has loaded (or failed) and is decoded, so the shot never catches half an image. */
export function imagesDecodedJs(viewportOnly: boolean): string {
  return `(async () => {
  const shown = ${shownJs(viewportOnly)};
  const images = Array.from(document.images).filter(shown);
  await Promise.all(images.map((img) => img.complete ? null : new Promise((r) => {
    img.addEventListener('load', r, { once: true });
    img.addEventListener('error', r, { once: true });
  })));
  await Promise.all(images.map((img) => img.naturalWidth > 0 && img.decode ? img.decode().catch(() => null) : null));
  return true;
})()`;
}

export const FONTS_READY_JS = 'document.fonts ? document.fonts.ready.then(() => true) : true';

/** Stops CSS animations, transitions and the text caret for the shot. */
export const FREEZE_CSS = '*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}';

/** A focused text field shows a blinking caret. In-page expression. */
const EDITING_JS = `((a) => !!a && (a.isContentEditable || a.tagName === 'TEXTAREA' || a.tagName === 'INPUT'))(document.activeElement)`;

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
export interface InPageSettled {
  lazy: boolean;
  images: boolean;
  fonts: boolean;
  busy: boolean;
}

/**
 * Everything the page does on its own before the network check, in one round
 * trip: freeze/hide CSS, lazy content forced (and scrolled through), then
 * decoded images, fonts and no aria-busy, each bounded by its own limit in the
 * page. Each step used to be one evaluate; on a loaded machine every round
 * trip costs several ms, and the first one after a style change pays for it.
 */
export function settleJs(s: InPageSettle): string {
  const L = READINESS_LIMITS;
  return `(async () => {
  const within = (work, ms) => Promise.race([
    Promise.resolve().then(work).then(() => true, () => true),
    new Promise((r) => setTimeout(() => r(false), ms)),
  ]);
  // The freeze rule matches every element, so adding it restyles the whole document: 20-50 ms of
  // renderer CPU on a long page. Only a page that is animating or has a caret needs it; animations
  // that start later are finished or cancelled just before the shot (BEFORE_SHOT_JS).
  const freeze = (document.getAnimations ? document.getAnimations().length > 0 : true) || ${EDITING_JS};
  const css = (freeze ? ${JSON.stringify(FREEZE_CSS + '\n')} : '') + ${JSON.stringify(s.css)};
  if (css) {
    const style = document.createElement('style');
    style.textContent = css;
    (document.head || document.documentElement).appendChild(style);
  }
  let lazy = true;
  if (${s.lazy}) {
    ${forceEagerJs(!s.scroll)};
    if (${s.scroll}) {
      const scrolled = await Promise.race([${scrollThroughJs(L.lazyMs, L.lazyMaxHeightPx, s.scrollListeners !== false)}, new Promise((r) => setTimeout(() => r(null), ${L.lazyMs + 1_000}))]);
      lazy = scrolled !== null && scrolled.complete === true;
    }
  }
  const images = await within(() => ${imagesDecodedJs(!s.scroll)}, ${L.imagesMs});
  const fonts = await within(() => ${FONTS_READY_JS}, ${L.fontsMs});
  const busy = await within(() => ${NOT_BUSY_JS}, ${L.busyMs});
  return { lazy, images, fonts, busy };
})()`;
}

/** Upper bound for settleJs as a whole, ms. */
export function settleJsLimitMs(s: InPageSettle): number {
  const L = READINESS_LIMITS;
  return (s.lazy && s.scroll ? L.lazyMs + 1_000 : 0) + L.imagesMs + L.fontsMs + L.busyMs;
}

/**
 * Before the shot: whatever arrived while the network settled (late images,
 * a swapped-in font) is decoded, and animations still running (Web
 * Animations, which the freeze CSS does not reach, and CSS ones on a page that
 * was not frozen) are finished or, when endless, cancelled, as Playwright's
 * screenshot({ animations: 'disabled' }) does. A caret that appeared since
 * is hidden.
 */
export function beforeShotJs(viewportOnly: boolean): string {
  return `(async () => {
  const done = await ${imagesDecodedJs(viewportOnly)};
  try {
    if (${EDITING_JS}) document.activeElement.style.setProperty('caret-color', 'transparent', 'important');
  } catch {}
  if (document.getAnimations) {
    for (const a of document.getAnimations()) {
      try {
        const timing = a.effect && a.effect.getComputedTiming ? a.effect.getComputedTiming() : null;
        if (timing && Number.isFinite(timing.endTime)) a.finish(); else a.cancel();
      } catch {}
    }
  }
  return done;
})()`;
}

/** Resolves once no rendered element says aria-busy="true" (loading regions, spinners). */
export const NOT_BUSY_JS = `(async () => {
  const busy = () => Array.from(document.querySelectorAll('[aria-busy="true"]')).some((el) => el.getClientRects().length > 0);
  while (busy()) await new Promise((r) => setTimeout(r, 100));
  return true;
})()`;

/**
 * Requests that never change what the page shows: the browser's favicon
 * fetch (type "other"; it starts after the load event on most sites and would
 * hold the quiet window open on every page), beacons, reports, prefetches.
 */
const INVISIBLE_TYPES = new Set(['other', 'ping', 'beacon', 'cspviolationreport', 'manifest', 'prefetch', 'preflight', 'signedexchange']);

/** Counts the page's requests in flight from the start of an attempt. */
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
