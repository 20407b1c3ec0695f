// Elements: measured for --selector, scrolled to by steps, and the page's
// scroll size for --clip.

export interface DocumentBox { x: number; y: number; width: number; height: number }

/**
 * Into view first (lazy content in and around it loads, sticky headers
 * settle where they would be), then its box in document CSS px; null when it
 * is not displayed.
 */
export function elementBox(el: Element): DocumentBox | null {
  el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height } : null;
}

/** To the top of the viewport, not just "into view": a viewport shot then shows the same part on every run. */
export function scrollToElementTop(el: Element): void {
  el.scrollIntoView({ block: 'start', inline: 'nearest', behavior: 'instant' });
}

/** The document's scroll size, CSS px. */
export function scrollSize(): { width: number; height: number } {
  const d = document.documentElement;
  return { width: d.scrollWidth, height: d.scrollHeight };
}

export type StyleStepKind = 'remove' | 'hide';

/**
 * A stylesheet rule, so elements the page adds later (a banner that comes
 * after a second) are removed too. Returns why the selector is unusable, or null.
 */
export function addStyleRule({ selector, kind }: { selector: string; kind: StyleStepKind }): string | null {
  try {
    document.querySelector(selector);
  } catch {
    return `${JSON.stringify(selector)} is not a valid CSS selector (${kind} takes CSS, not Playwright's text= selectors)`;
  }
  const style = document.createElement('style');
  style.textContent = `${selector}{${kind === 'remove' ? 'display:none' : 'visibility:hidden'}!important}`;
  (document.head ?? document.documentElement).appendChild(style);
  return null;
}
