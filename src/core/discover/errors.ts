// Why reading one sitemap/robots/list location failed. Not a UserError on its
// own: whether it stops the run depends on who asked for the location (an
// explicit --sitemap fails the run, a child of an index or a guessed
// /sitemap.xml only warns), so callers turn it into a message with `explain`.

export type SourceFailure =
  /** Local file missing or unreadable. */
  | 'missing'
  /** The server answered with a non-2xx status. */
  | 'http'
  /** DNS, connection, TLS, timeout. */
  | 'network'
  /** Read fine, but the content is not a sitemap, feed or URL list. */
  | 'not-sitemap'
  /** The queue server's egress guard refused the address (loopback, private, link-local …). */
  | 'refused';

export class SourceError extends Error {
  override name = 'SourceError';
  constructor(
    message: string,
    readonly failure: SourceFailure,
  ) {
    super(message);
  }
}

/** A short reason from a fetch/stream error: the errno code when there is one. */
export function networkReason(err: unknown, timeoutMs: number): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
    // undici wraps the socket error: TypeError('fetch failed', { cause }).
    // errno and TLS codes (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED) say it
    // best; undici's own codes (UND_ERR_SOCKET) say less than their message.
    const cause = (err as { cause?: unknown }).cause;
    const code = errorCode(cause) ?? errorCode(err);
    if (code && !code.startsWith('UND_ERR')) return code;
    if (cause instanceof Error && cause.message) return cause.message;
    return err.message;
  }
  return String(err);
}

function errorCode(err: unknown): string | null {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return null;
}

/** The message for a location the user named explicitly (it fails the run). */
export function explain(where: string, err: SourceError): string {
  switch (err.failure) {
    case 'missing':
      return `${err.message}: ${where}`;
    case 'http':
      return `could not fetch sitemap ${where}: ${err.message}. Check the URL, or pass the page URLs directly.`;
    case 'network':
      return `could not fetch ${where}: ${err.message}; is the site up?`;
    case 'refused':
      return `could not fetch ${where}: ${err.message}`;
    case 'not-sitemap':
      return `${where} ${err.message}. Point --sitemap at the sitemap (XML, text, RSS or Atom), or pass a list of page URLs instead.`;
  }
}
