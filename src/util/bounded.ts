// The one timer-and-race helper. `within` rejects when time runs out (a step
// that must finish in its budget); `bounded` gives undefined instead, for
// best-effort steps (a page title, a cosmetic pass, closing a context,
// reading a response body) that must never hold a capture up or fail it.

/**
 * `what`'s value, or the error `onTimeout` makes once `ms` have passed; the
 * timer is always cleared. `what` losing the race never rejects unhandled.
 */
export async function within<T>(what: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  what.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(onTimeout()), Math.max(0, ms)); });
  try {
    return await Promise.race([what, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const TIMED_OUT = new Error('timed out');

/** The value, or undefined when `what` takes longer than `ms` or fails. */
export async function bounded<T>(what: Promise<T>, ms: number): Promise<T | undefined> {
  try {
    return await within(what, ms, () => TIMED_OUT);
  } catch {
    return undefined;
  }
}
