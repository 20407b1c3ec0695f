// "Is the page ready to be photographed?", the part the page answers itself:
// freeze/hide CSS (in the document and in every open shadow root), lazy
// content forced and scrolled through, then decoded images, fonts and no
// aria-busy, each bounded by its own limit. One evaluate for all of it: on a
// loaded machine every round trip costs several ms. Then, just before the
// shot, what arrived since is decoded and running animations are settled.
//
// Helpers are parameter defaults, never named inner functions (see README.md).

export interface SettleArgs {
  kind: 'settle';
  /** --hide CSS; `freezeCss` joins it when the page animates or shows a caret. */
  css: string;
  freezeCss: string;
  /** Force lazy images and iframes to load now. */
  lazy: boolean;
  /** Scroll through the page first (full-page shots), where anything on it may react; false = a viewport shot, which waits only for what it shows. */
  scroll: boolean;
  /** Rest `restMs` at every scroll step (the page listens for scroll); else one frame, and a second pass with rests only if the page reacted. */
  restEachStep: boolean;
  restMs: number;
  limits: { lazyMs: number; lazyMaxHeightPx: number; imagesMs: number; fontsMs: number; busyMs: number };
}

/**
 * Just before the shot: whatever arrived while the network settled (late
 * images, a swapped-in font) is decoded, and animations still running (Web
 * Animations, which the freeze CSS does not reach, and CSS ones on a page
 * that was not frozen) are finished or, when endless, cancelled, as
 * Playwright's screenshot({ animations: 'disabled' }) does. A caret that
 * appeared since is hidden. Resolves once the images are decoded, with the
 * document's title: the capture's tab shows it, and reading it here saves a
 * round trip of its own (page.title()) a page.
 */
export interface BeforeShotArgs {
  kind: 'before-shot';
  viewportOnly: boolean;
}

export type ReadinessWork = SettleArgs | BeforeShotArgs;

/** What each kind of work resolves with. */
export interface ReadinessResults {
  settle: Settled;
  'before-shot': ShotReady;
}

/** What the page says just before its shot. */
export interface ShotReady {
  title: string;
}

/** true = the condition was met within its own limit. */
export interface Settled {
  lazy: boolean;
  images: boolean;
  fonts: boolean;
  busy: boolean;
}

/** Both in one function, so the helpers they share are written once (an in-page function cannot call another). */
export async function readiness<K extends ReadinessWork['kind']>(
  w: Extract<ReadinessWork, { kind: K }>,
  // An element a viewport shot can show: the first screen plus half a screen, for content a late image pushes down.
  shown = (el: Element): boolean => {
    const work = w as ReadinessWork;
    if (work.kind === 'settle' ? work.scroll : !work.viewportOnly) return true;
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight * 1.5 && r.right > 0 && r.left < innerWidth;
  },
  // Every <img> the shot can show has loaded (or failed) and is decoded, so the shot never catches half an image.
  imagesDecoded = async (): Promise<boolean> => {
    const images = Array.from(document.images).filter(shown);
    await Promise.all(images.map((img) => (img.complete ? null : new Promise((r) => {
      img.addEventListener('load', r, { once: true });
      img.addEventListener('error', r, { once: true });
    }))));
    await Promise.all(images.map((img) => (img.naturalWidth > 0 && img.decode ? img.decode().catch(() => null) : null)));
    return true;
  },
  deepActive = (): Element | null => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  },
  within = (work: () => unknown, ms: number): Promise<boolean> => Promise.race([
    Promise.resolve().then(work).then(() => true, () => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), ms)),
  ]),
  openShadowRoots = (): ShadowRoot[] => {
    const found: ShadowRoot[] = [];
    const queue: Array<Document | ShadowRoot> = [document];
    for (let root = queue.pop(); root; root = queue.pop()) {
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { found.push(el.shadowRoot); queue.push(el.shadowRoot); }
    }
    return found;
  },
  editing = (a = deepActive()): a is HTMLElement => !!a && ((a as HTMLElement).isContentEditable || a.tagName === 'TEXTAREA' || a.tagName === 'INPUT'),
  frame = (rest: number): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, rest))),
  height = (): number => Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0),
  pass = async (s: SettleArgs, rest: number, start: number): Promise<boolean> => {
    const step = Math.max(200, Math.floor(innerHeight * 0.85));
    let y = 0;
    while (y + innerHeight < height()) {
      if (performance.now() - start > s.limits.lazyMs || y + innerHeight >= s.limits.lazyMaxHeightPx) return false;
      y += step;
      window.scrollTo({ top: y, left: 0, behavior: 'instant' });
      await frame(rest);
    }
    return true;
  },
): Promise<ReadinessResults[K]> {
  if (w.kind === 'before-shot') {
    await imagesDecoded();
    const active = deepActive();
    try {
      if (editing(active)) active.style.setProperty('caret-color', 'transparent', 'important');
    } catch {
      // A caret that cannot be hidden is a caret in the shot, not a failed shot.
    }
    for (const a of document.getAnimations ? document.getAnimations() : []) {
      try {
        const timing = a.effect ? a.effect.getComputedTiming() : null;
        if (timing && Number.isFinite(Number(timing.endTime))) a.finish(); else a.cancel();
      } catch {
        // An animation that cannot be settled stays as it is.
      }
    }
    return { title: document.title } as ReadinessResults[K];
  }
  const s: SettleArgs = w as SettleArgs;
  // The freeze rule matches every element, so adding it restyles the whole document: 20-50 ms of
  // renderer CPU on a long page. Only a page that is animating or has a caret needs it; animations
  // that start later are finished or cancelled just before the shot (beforeShot).
  const freeze = (document.getAnimations ? document.getAnimations().length > 0 : true) || editing();
  const css = (freeze ? `${s.freezeCss}\n` : '') + s.css;
  if (css) {
    // Document styles do not reach into shadow trees: each open shadow root gets its own copy.
    for (const root of [document.head || document.documentElement, ...openShadowRoots()]) {
      const style = document.createElement('style');
      style.textContent = css;
      root.appendChild(style);
    }
  }
  let lazy = true;
  if (s.lazy) {
    for (const el of document.querySelectorAll<HTMLImageElement | HTMLIFrameElement>('img[loading="lazy"], iframe[loading="lazy"]')) {
      if (shown(el)) el.loading = 'eager';
    }
    // A page with nothing that reacts to scrolling is not scrolled through: no scroll listener (restEachStep false),
    // no IntersectionObserver in use (marked by the init script in observers.ts, false when it ran and saw none),
    // and no frames of its own, whose observers and listeners neither check sees.
    const still = !s.restEachStep && (window as unknown as Record<symbol, unknown>)[Symbol.for('framecap.observes-intersections')] === false
      && window.frames.length === 0;
    if (s.scroll && !still) {
      const start = performance.now();
      const scrolled = await Promise.race([
        (async () => {
          let reacted = false;
          const seen = new MutationObserver(() => { reacted = true; });
          seen.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
          let complete = await pass(s, s.restEachStep ? s.restMs : 0, start);
          if (!s.restEachStep) {
            if (complete) await frame(s.restMs);
            if (reacted) complete = await pass(s, s.restMs, start);
          }
          seen.disconnect();
          window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
          await frame(s.restMs);
          return complete;
        })(),
        new Promise<null>((r) => setTimeout(() => r(null), s.limits.lazyMs + 1_000)),
      ]);
      lazy = scrolled === true;
    }
  }
  const images = await within(imagesDecoded, s.limits.imagesMs);
  const fonts = await within(() => (document.fonts ? document.fonts.ready : null), s.limits.fontsMs);
  const busy = await within(async () => {
    while (Array.from(document.querySelectorAll('[aria-busy="true"]')).some((el) => el.getClientRects().length > 0)) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }, s.limits.busyMs);
  return { lazy, images, fonts, busy } as ReadinessResults[K];
}

/** readiness() typed for each kind (evaluate cannot pick a generic function's instance). */
export const settlePage = readiness as (w: SettleArgs) => Promise<Settled>;
export const beforeShot = readiness as (w: BeforeShotArgs) => Promise<ShotReady>;
