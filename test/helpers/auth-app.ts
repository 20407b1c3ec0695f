// A small app behind a login, for the authentication tests, on 127.0.0.1 (or
// any loopback host). It counts what it receives and keeps every request, so
// tests assert on what the server saw:
// - GET /login: a form (#user, #password, button) that POSTs to /session;
// - POST /session: right credentials → HttpOnly session cookie, 302 /dashboard;
//   wrong ones → 302 /login?error=1;
// - GET /dashboard, /p/<n>: a green page with a valid session, else 302 /login;
//   a session ends after `pagesPerSession` pages (null: never);
// - GET /basic: a green page with the right basic auth, else 401 (challenge);
//   GET /basic/away?to=<url>: the same check, then 302 to <url>;
// - GET /env[?name]: a page whose script reports its time zone, language and position to /report (with at=name);
// - GET /scripted: red without JavaScript, blue once its script ran;
// - GET /bare: a black square on no background at all;
// - GET /away?to=<url>: 302 to <url>, no questions asked;
// - anything else: 404.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen { method: string; path: string; query: URLSearchParams; headers: IncomingHttpHeaders; body: string }

export interface AuthApp {
  origin: string;
  seen: Seen[];
  /** POSTs to /session, right or wrong. */
  logins(): number;
  /** Session tokens handed out (the values that must never appear in any output). */
  tokens: string[];
  /** Ends every session now. */
  expireAll(): void;
  close(): Promise<void>;
}

export interface AuthAppOptions {
  host?: string;
  user: string;
  password: string;
  basicUser?: string;
  basicPassword?: string;
  pagesPerSession?: number | null;
}

const page = (title: string, body: string, style = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>html,body{margin:0;height:100%}${style}</style></head><body>${body}</body></html>`;
const GREEN = page('Dashboard', '<h1 style="margin:0;font:20px sans-serif">Signed in</h1>', 'body{background:#00c040}');

export async function startAuthApp(o: AuthAppOptions): Promise<AuthApp> {
  const seen: Seen[] = [];
  const sessions = new Map<string, number>();
  const tokens: string[] = [];
  let logins = 0;
  const html = (res: ServerResponse, body: string, status = 200): void => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  };
  const redirect = (res: ServerResponse, to: string, extra: Record<string, string> = {}): void => {
    res.writeHead(302, { location: to, 'content-length': '0', ...extra }).end();
  };
  const session = (headers: IncomingHttpHeaders): string | null => {
    const sid = /(?:^|;\s*)sid=([^;]+)/.exec(headers.cookie ?? '')?.[1];
    return sid !== undefined && sessions.has(sid) ? sid : null;
  };
  const basicOk = (headers: IncomingHttpHeaders): boolean =>
    headers.authorization === `Basic ${Buffer.from(`${o.basicUser}:${o.basicPassword}`).toString('base64')}`;

  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => { body += d; });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const path = url.pathname;
      seen.push({ method: req.method ?? 'GET', path, query: url.searchParams, headers: req.headers, body });
      if (path === '/login') {
        return html(res, page('Sign in', `<form method="post" action="/session" style="padding:20px">
          <input id="user" name="user"> <input id="password" name="password" type="password"> <button type="submit">Sign in</button></form>`));
      }
      if (path === '/session' && req.method === 'POST') {
        logins++;
        const form = new URLSearchParams(body);
        if (form.get('user') !== o.user || form.get('password') !== o.password) return redirect(res, '/login?error=1');
        const sid = `sess-${randomBytes(12).toString('hex')}`;
        sessions.set(sid, 0);
        tokens.push(sid);
        return redirect(res, '/dashboard', { 'set-cookie': `sid=${sid}; HttpOnly; Path=/; SameSite=Lax` });
      }
      if (path === '/dashboard' || path.startsWith('/p/')) {
        const sid = session(req.headers);
        if (sid === null) return redirect(res, '/login');
        const views = (sessions.get(sid) ?? 0) + 1;
        if (o.pagesPerSession != null && views > o.pagesPerSession) {
          sessions.delete(sid);
          return redirect(res, '/login');
        }
        sessions.set(sid, views);
        return html(res, GREEN);
      }
      if (path === '/basic' || path === '/basic/away') {
        if (!basicOk(req.headers)) {
          res.writeHead(401, { 'www-authenticate': 'Basic realm="test"', 'content-type': 'text/html' }).end(page('No', 'no'));
          return;
        }
        if (path === '/basic/away') return redirect(res, url.searchParams.get('to') ?? '/');
        return html(res, GREEN);
      }
      if (path === '/env') {
        return html(res, page('Env', '<p>env</p>', 'body{background:#fff}').replace('</body>', `<script>
          // A page opened with a query says which it was, so a test of several tells their reports apart.
          const report = (q) => fetch('/report?' + new URLSearchParams(location.search ? { ...q, at: location.search.slice(1) } : q));
          report({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, lang: navigator.language,
            motion: String(matchMedia('(prefers-reduced-motion: reduce)').matches) });
          navigator.geolocation.getCurrentPosition((p) => report({ lat: p.coords.latitude, lon: p.coords.longitude }), (e) => report({ geo: e.message }));
        </script></body>`));
      }
      if (path === '/scripted') {
        return html(res, page('Scripted', '<div id="c" style="width:100%;height:100%;background:#e00000"><p style="margin:0;padding:4px;font:16px sans-serif;color:#fff">scripted</p></div><script>document.getElementById("c").style.background = "#0000e0";</script>'));
      }
      if (path === '/bare') {
        return html(res, '<!doctype html><html><body style="margin:0"><div style="width:50px;height:50px;background:#000"></div></body></html>');
      }
      if (path === '/report') return html(res, 'ok');
      if (path === '/away') return redirect(res, url.searchParams.get('to') ?? '/');
      html(res, page('Not found', 'not found'), 404);
    });
  });
  await new Promise<void>((r) => server.listen(0, o.host ?? '127.0.0.1', r));
  return {
    origin: `http://${o.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`,
    seen,
    logins: () => logins,
    tokens,
    expireAll: () => sessions.clear(),
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
