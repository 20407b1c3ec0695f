// Scrolling for scroll videos.

export interface ScrollMeasure { height: number; viewport: number }

/** The page's scroll height and the viewport's height, CSS px. */
export function scrollMeasure(): ScrollMeasure {
  const b = document.body;
  return { height: Math.max(b ? b.scrollHeight : 0, document.documentElement.scrollHeight), viewport: window.innerHeight };
}

/** Scrolled instantly (a page's scroll-behavior: smooth would otherwise animate), then one frame painted; resolves with scrollY. */
export function scrollToPainted(y: number): Promise<number> {
  window.scrollTo({ top: y, left: 0, behavior: 'instant' });
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(Math.round(window.scrollY)))));
}

/** The document offset that puts the first match's top at the viewport's top; null when nothing matches. Throws on a bad selector. */
export function elementTop(selector: string): number | null {
  const el = document.querySelector(selector);
  return el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null;
}

/** Back to the top, instantly. */
export function scrollToTop(): void {
  window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
}
