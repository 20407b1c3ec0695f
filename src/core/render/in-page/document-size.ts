// The document's size, for the full-page cap and --split before the shot.

export interface DocumentSize { width: number; height: number }

/** The largest of the body's and the root's scroll, offset and client sizes, CSS px; null before there is a body. */
export function documentSize(): DocumentSize | null {
  const b = document.body;
  const d = document.documentElement;
  if (!b || !d) return null;
  return {
    width: Math.max(b.scrollWidth, d.scrollWidth, b.offsetWidth, d.offsetWidth, b.clientWidth, d.clientWidth),
    height: Math.max(b.scrollHeight, d.scrollHeight, b.offsetHeight, d.offsetHeight, b.clientHeight, d.clientHeight),
  };
}
