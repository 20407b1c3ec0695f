// Whether the page watches elements come into view. Lazy content appears on
// scroll in two ways: a scroll listener (which readiness.ts asks CDP about) or
// an IntersectionObserver, which no cheap CDP call can see (Runtime.queryObjects
// walks the heap: 58–756 ms a page on the Python docs). So an init script
// marks each window once the page observes an element, and a full page whose
// main document neither listens for scroll nor observes anything is not
// scrolled through (settle.ts): on the Python docs that pass cost 130 ms of
// Chromium's CPU a page (bench/profile.ts --full-page) for pixels that come
// out the same.
//
// The mark is a registered symbol on the window, so it is in no enumeration a
// page's own code does; it is false once the script ran (so a window without
// the script, where the mark is absent, is still scrolled through).

/** Runs in every document before its own scripts (context.addInitScript). */
export function watchIntersectionObservers(): void {
  const mark = Symbol.for('framecap.observes-intersections');
  const w = window as unknown as Record<symbol, boolean>;
  w[mark] = false;
  const proto = typeof IntersectionObserver === 'function' ? IntersectionObserver.prototype : null;
  if (!proto) return;
  const observe = proto.observe;
  proto.observe = function (this: IntersectionObserver, target: Element): void {
    w[mark] = true;
    observe.call(this, target);
  };
}
