// Best-effort steps (a page title, a cosmetic pass, closing a context,
// reading a response body) must never hold a capture up or fail it.

/** The value, or undefined when `what` takes longer than `ms` or fails. */
export async function bounded<T>(what: Promise<T>, ms: number): Promise<T | undefined> {
  what.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), ms); });
  try {
    return await Promise.race([what, timeout]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
