// --header values are often credentials for the site under test: they go to
// the target's own origin (scheme, host and port) and nowhere else: not to
// the CDN, analytics or ad hosts the page loads, not to where a redirect
// leads. The rule curl applies to Authorization, for every --header.
//
// Chromium's Fetch interception on our CDP session does it, not a Playwright
// route: Playwright applies a route's header overrides to every hop of a
// redirect chain and never shows the hops to route handlers, so with a route
// a 302 from the target to another origin carried the headers there (seen
// with playwright-core 1.65.1). Chromium pauses each hop as a request of its
// own and an override ends with its hop, so every hop is judged by its own
// origin: A → B → A sends them to A twice and never to B.
//
// Only requests to the target origin are paused (the URL pattern), so other
// requests cost nothing, and without --header nothing is intercepted at all.
// Unlike a Playwright route this keeps the HTTP cache on.
//
// The page's session also sees its dedicated workers' requests. What it does
// not see carries none of the headers, even to the target origin: pop-ups
// (closed anyway) and frames Chromium runs in another process (those are on
// other sites). Service workers are blocked by the context.

import type { CDPSession } from 'playwright-core';

type Paused = { requestId: string; request: { url: string; headers: Record<string, string> } };

export class TargetOnlyHeaders {
  private origin: string | null = null;

  private constructor(
    private readonly cdp: CDPSession,
    private readonly headers: ReadonlyArray<readonly [string, string]>,
  ) {}

  /** null when there are no headers to send: then nothing is intercepted. */
  static attach(cdp: CDPSession, headers: Readonly<Record<string, string>>): TargetOnlyHeaders | null {
    const entries = Object.entries(headers);
    if (entries.length === 0) return null;
    const scoped = new TargetOnlyHeaders(cdp, entries);
    cdp.on('Fetch.requestPaused', (event) => scoped.continue(event));
    return scoped;
  }

  /** From now on the headers go to `origin` (an http(s) URL's origin) and to nothing else. */
  async sendTo(origin: string): Promise<void> {
    if (origin === this.origin) return;
    // Set first: a request of the previous origin paused meanwhile goes on without the headers.
    this.origin = origin;
    await this.cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${wildcardEscape(origin)}/*`, requestStage: 'Request' }] });
  }

  private continue({ requestId, request }: Paused): void {
    // The pattern already matched; the exact origin check is what the guarantee rests on.
    const params = this.origin !== null && httpOrigin(request.url) === this.origin
      ? { requestId, headers: withHeaders(request.headers, this.headers) }
      : { requestId };
    // Fails only when the request is gone (page closed, navigation cancelled it).
    this.cdp.send('Fetch.continueRequest', params).catch(() => undefined);
  }
}

/** The request's own headers with ours set over any of the same name (header names are case-insensitive). */
function withHeaders(own: Record<string, string>, ours: ReadonlyArray<readonly [string, string]>): Array<{ name: string; value: string }> {
  const names = new Set(ours.map(([name]) => name.toLowerCase()));
  return [
    ...Object.entries(own).filter(([name]) => !names.has(name.toLowerCase())).map(([name, value]) => ({ name, value })),
    ...ours.map(([name, value]) => ({ name, value })),
  ];
}

/** Fetch URL patterns treat * and ? as wildcards and \ as their escape; an origin has none of them, but a pattern must not depend on that. */
function wildcardEscape(text: string): string {
  return text.replace(/[\\*?]/g, (c) => `\\${c}`);
}

/** The origin of an http(s) URL; null for anything else (data:, blob:, about:, a URL that does not parse). */
export function httpOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}
