// Retry-After, as servers send it: delay-seconds or an HTTP-date. One parser
// for the renderer (429/503 pages), the webhook delivery and the Jobs client.

/** Milliseconds to wait, or null when the header is absent or not understood. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only date-shaped values: Date.parse would also read "5.5" or "soon 2030" as dates.
  if (!/^[A-Za-z]{3},? /.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
