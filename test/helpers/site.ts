// The bundled example site on 127.0.0.1, plus test-only routes for the ways
// real sites misbehave (hangs, slow answers, error statuses, flaky pages,
// redirects) and a count of requests per path.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveStatic, type RouteHandler } from '../../examples/serve.mjs';
import { escapeHtml } from '../../src/util/escape-html.ts';

export type { RouteHandler };

export const EXAMPLE_SITE_ROOT = fileURLToPath(new URL('../../examples/site/', import.meta.url));

export interface ExampleSite {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  /** Stops the server, drops hanging connections and pending slow answers. */
  close(): Promise<void>;
  /** Requests seen for a path (query ignored), refused ones included. */
  hits(path: string): number;
}

/**
 * Test routes (on top of every file of examples/site):
 * - `/__test/hang` accepts the request and never answers.
 * - `/__test/slow?ms=N` answers a small HTML page after N ms (default 1000).
 * - `/__test/status/<code>` answers an HTML page with that status (200–599).
 * - `/__test/flaky/<key>?fail=N` answers 503 to the first N requests for that
 *   key (default 1), then 200 HTML.
 * - `/__test/redirect?to=<url>[&status=301|302|303|307|308]` redirects (302 by default).
 * `extraRoutes` are added (and win) with serveStatic's rules: exact path, or a
 * key ending in `*` for a prefix.
 */
export async function startExampleSite(extraRoutes: Record<string, RouteHandler> = {}): Promise<ExampleSite> {
  const hitCounts = new Map<string, number>();
  const flakyCounts = new Map<string, number>();
  const slowTimers = new Set<NodeJS.Timeout>();

  const routes: Record<string, RouteHandler> = {
    '/__test/hang': () => {
      // Never answer: the socket stays open until the client gives up or close() runs.
    },
    '/__test/slow': (req, res) => {
      const ms = intParam(req, 'ms', 1000, 0, 120_000);
      if (ms === null) return sendHtml(res, 400, 'Bad request', '`ms` must be a whole number from 0 to 120000.');
      const timer = setTimeout(() => {
        slowTimers.delete(timer);
        sendHtml(res, 200, 'Slow page', `This page answered after ${ms} ms.`);
      }, ms);
      slowTimers.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        slowTimers.delete(timer);
      });
    },
    '/__test/status/*': (req, res) => {
      const code = Number(pathOf(req).slice('/__test/status/'.length));
      if (!Number.isInteger(code) || code < 200 || code > 599) {
        return sendHtml(res, 400, 'Bad request', 'Use /__test/status/<code> with a code from 200 to 599.');
      }
      sendHtml(res, code, `Status ${code}`, `This page answers with HTTP ${code}.`);
    },
    '/__test/flaky/*': (req, res) => {
      const key = pathOf(req).slice('/__test/flaky/'.length);
      const fail = intParam(req, 'fail', 1, 0, 1000);
      if (!key || fail === null) return sendHtml(res, 400, 'Bad request', 'Use /__test/flaky/<key>?fail=N with N from 0 to 1000.');
      const seen = (flakyCounts.get(key) ?? 0) + 1;
      flakyCounts.set(key, seen);
      if (seen <= fail) sendHtml(res, 503, 'Service unavailable', `Request ${seen} of ${fail} that fail for "${key}".`);
      else sendHtml(res, 200, `Flaky page ${key}`, `Answered on request ${seen}, after ${fail} failures.`);
    },
    '/__test/redirect': (req, res) => {
      const params = new URL(req.url ?? '/', 'http://placeholder').searchParams;
      const to = params.get('to');
      const status = Number(params.get('status') ?? 302);
      if (!to || ![301, 302, 303, 307, 308].includes(status)) {
        return sendHtml(res, 400, 'Bad request', 'Use /__test/redirect?to=<url>, optionally &status=301|302|303|307|308.');
      }
      res.writeHead(status, { Location: to, 'Content-Length': 0 });
      res.end();
    },
    ...extraRoutes,
  };

  const server = await serveStatic({
    root: EXAMPLE_SITE_ROOT,
    routes,
    onRequest: (path) => hitCounts.set(path, (hitCounts.get(path) ?? 0) + 1),
  });

  return {
    origin: server.origin,
    hits: (path) => hitCounts.get(path.split('?')[0] ?? path) ?? 0,
    close: async () => {
      for (const timer of slowTimers) clearTimeout(timer);
      slowTimers.clear();
      await server.close();
    },
  };
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://placeholder').pathname;
}

/** The integer query parameter, its default when absent, or null when invalid. */
function intParam(req: IncomingMessage, name: string, fallback: number, min: number, max: number): number | null {
  const raw = new URL(req.url ?? '/', 'http://placeholder').searchParams.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  return raw.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

function sendHtml(res: ServerResponse, status: number, title: string, message: string): void {
  if (res.destroyed) return;
  // 204 and 304 may not carry a body.
  if (status === 204 || status === 304) {
    res.writeHead(status);
    res.end();
    return;
  }
  const body = Buffer.from(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/assets/style.css"></head>
<body><main class="narrow" style="padding: 64px 0"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body>
</html>
`);
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  res.end(body);
}
