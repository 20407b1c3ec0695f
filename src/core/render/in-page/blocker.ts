// The ad blocker's cosmetic pass in a frame: what the document holds (for
// the filter engine's DOM-keyed rules), then the rules and collapsed sources
// applied. `mark` is the attribute that tags framecap's own styles and the
// elements it collapsed.

export interface PageFeatures {
  classes: string[];
  ids: string[];
  hrefs: string[];
  sources: Array<{ tag: 'img' | 'iframe'; url: string }>;
  /** This document already has the base and hostname rules. */
  based: boolean;
}

export function pageFeatures(mark: string): PageFeatures {
  const classes = new Set<string>();
  const ids = new Set<string>();
  const hrefs = new Set<string>();
  for (const el of document.querySelectorAll('[id]:not(html):not(body),[class]:not(html):not(body),[href]:not(html):not(body)')) {
    const tag = el.nodeName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'link' || tag === 'meta' || tag === 'head') continue;
    if (el.id) ids.add(el.id);
    for (const c of el.classList) classes.add(c);
    const href = el.getAttribute('href');
    if (href) hrefs.add(href);
  }
  const sources: PageFeatures['sources'] = [];
  for (const el of document.querySelectorAll<HTMLImageElement | HTMLIFrameElement>('img[src], iframe[src]')) {
    if (el.hasAttribute(mark)) continue;
    const url = el instanceof HTMLImageElement ? el.currentSrc || el.src : el.src;
    if (/^https?:/i.test(url)) sources.push({ tag: el instanceof HTMLImageElement ? 'img' : 'iframe', url });
  }
  return { classes: [...classes], ids: [...ids], hrefs: [...hrefs], sources, based: document.querySelector(`style[${mark}="base"]`) !== null };
}

export interface Cosmetics {
  mark: string;
  /** The engine's CSS for this document, '' for none. */
  styles: string;
  /** The first pass in this document: the base rules are in `styles`. */
  base: boolean;
  /** Image and frame URLs the network filter blocks: their boxes are collapsed. */
  collapse: string[];
}

/** Applies the rules; returns how many elements framecap's rules hide in this document. */
export function applyCosmetics({ mark, styles, base, collapse }: Cosmetics): number {
  if (styles || base) {
    // A base pass that produced no rules still leaves its mark, so the document is not given the base rules again.
    const style = document.createElement('style');
    style.setAttribute(mark, base ? 'base' : 'dom');
    style.textContent = styles;
    (document.head || document.documentElement).appendChild(style);
  }
  const blocked = new Set(collapse);
  for (const el of document.querySelectorAll<HTMLImageElement | HTMLIFrameElement>('img[src], iframe[src]')) {
    const url = el instanceof HTMLImageElement ? el.currentSrc || el.src : el.src;
    if (!blocked.has(url)) continue;
    el.style.setProperty('display', 'none', 'important');
    el.setAttribute(mark, 'collapsed');
  }
  const hidden = new Set(document.querySelectorAll(`[${mark}="collapsed"]`));
  for (const sheet of document.styleSheets) {
    const owner = sheet.ownerNode;
    if (!(owner instanceof Element) || !owner.hasAttribute(mark)) continue;
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSStyleRule)) continue;
      try {
        for (const el of document.querySelectorAll(rule.selectorText)) hidden.add(el);
      } catch {
        // A selector this browser cannot parse hides nothing.
      }
    }
  }
  return hidden.size;
}
