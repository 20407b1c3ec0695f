// A forwarding HTTP proxy on 127.0.0.1 that Chromium is launched behind when
// the egress guard is on. Every request the page makes (navigations,
// redirects, images, fetch/XHR, iframes, WebSockets) reaches the network only
// through here: CONNECT tunnels for https and wss, plain forwarding for http.
// Each one is resolved and checked by the guard, and the socket goes to the
// address that was checked.

import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { EgressGuard, EgressRefused, portOf } from './guard.ts';

/** Response header on a refused plain-http request; the renderer turns it into a `blocked` row. */
export const REFUSED_HEADER = 'x-framecap-refused';
const MAX_REMEMBERED = 1_000;
const HOP_BY_HOP = new Set(['proxy-connection', 'proxy-authorization', 'connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

export interface EgressProxy {
  /** e.g. http://127.0.0.1:41234, for Chromium's --proxy-server. */
  readonly url: string;
  /** Why the last request to this `host:port` was refused, if it was. */
  refusalFor(hostPort: string): string | null;
  /** How many requests were refused so far. */
  readonly refused: number;
  close(): Promise<void>;
}

export async function startEgressProxy(guard: EgressGuard): Promise<EgressProxy> {
  const refusals = new Map<string, string>();
  let refused = 0;
  const sockets = new Set<Duplex>();
  const remember = (hostPort: string, reason: string): void => {
    refused++;
    refusals.delete(hostPort);
    refusals.set(hostPort, reason);
    if (refusals.size > MAX_REMEMBERED) refusals.delete(refusals.keys().next().value!);
  };
  const track = (s: Duplex): void => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };

  /** The checked address for host:port, or null once `refuse` has answered why not (403: the guard's rule, 502: no address). */
  const checked = async (host: string, port: number, refuse: (status: 403 | 502, reason: string) => void): Promise<string | null> => {
    try {
      return (await guard.resolve(host, port)).address;
    } catch (err) {
      const reason = (err as Error).message;
      const byGuard = err instanceof EgressRefused;
      if (byGuard) remember(`${host}:${port}`, reason);
      refuse(byGuard ? 403 : 502, reason);
      return null;
    }
  };

  const server = http.createServer((req, res) => void forward(req, res));
  server.on('connection', track);

  async function forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
      if (target.protocol !== 'http:') throw new Error('not http');
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('framecap egress proxy: expected an absolute http:// URL\n');
      return;
    }
    const port = portOf(target);
    const address = await checked(target.hostname, port, (status, reason) => {
      res.writeHead(status, { 'content-type': 'text/plain', [REFUSED_HEADER]: encodeURIComponent(reason) }).end(`${reason}\n`);
    });
    if (address === null) return;
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = v;
    const upstream = http.request({
      host: address, port, method: req.method, path: `${target.pathname}${target.search}`, headers, setHost: false,
    });
    upstream.on('response', (answer) => {
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(answer.headers)) {
        // A site cannot make its own page look refused by us.
        if (v !== undefined && !HOP_BY_HOP.has(k) && k !== REFUSED_HEADER) out[k] = v;
      }
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, out);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('framecap egress proxy: upstream connection failed\n');
      else res.destroy();
    });
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  }

  /** CONNECT host:port (https, wss) and Upgrade (ws over plain http): a checked raw tunnel. */
  async function tunnel(req: IncomingMessage, client: Duplex, head: Buffer, connect: boolean): Promise<void> {
    track(client);
    // CONNECT names host:port; an Upgrade names an absolute URL, whose path is sent on.
    let host: string;
    let port: number;
    let upgrade: URL | null = null;
    try {
      if (connect) {
        ({ host, port } = connectAuthority(req.url ?? ''));
      } else {
        upgrade = new URL(req.url ?? '');
        host = upgrade.hostname;
        port = portOf(upgrade);
      }
    } catch {
      client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    const address = await checked(host, port, (status, reason) => {
      const line = status === 403 ? '403 Forbidden' : '502 Bad Gateway';
      client.end(`HTTP/1.1 ${line}\r\n${REFUSED_HEADER}: ${encodeURIComponent(reason)}\r\ncontent-length: 0\r\n\r\n`);
    });
    if (address === null) return;
    const upstream: Socket = net.connect({ host: address, port });
    track(upstream);
    upstream.once('connect', () => {
      if (!upgrade) {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      } else {
        const lines = [`${req.method ?? 'GET'} ${upgrade.pathname}${upgrade.search} HTTP/1.1`];
        for (let i = 0; i < req.rawHeaders.length; i += 2) {
          if (!/^proxy-/i.test(req.rawHeaders[i]!)) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
        }
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      }
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => {
      if (connect && !client.destroyed) client.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
      else client.destroy();
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  server.on('connect', (req: IncomingMessage, client: Duplex, head: Buffer) => void tunnel(req, client, head, true));
  server.on('upgrade', (req: IncomingMessage, client: Duplex, head: Buffer) => void tunnel(req, client, head, false));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    refusalFor: (hostPort) => refusals.get(hostPort) ?? null,
    get refused() { return refused; },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * CONNECT's host:port. Read as it is, not through a URL: the URL parser
 * drops a port that is its scheme's default, so `CONNECT host:80` (a ws://
 * page through the proxy) would have been tunnelled to 443.
 */
export function connectAuthority(authority: string): { host: string; port: number } {
  const m = /^(\[[0-9a-f:.]+\]|[^\s:/?#@[\]]+)(?::(\d{1,5}))?$/i.exec(authority);
  const port = m?.[2] === undefined ? 443 : Number(m[2]);
  if (!m || port < 1 || port > 65535) throw new Error(`not a host:port: ${authority}`);
  // The URL parser canonicalises the host (case, IDN, IPv4 spellings) the way the guard expects it.
  return { host: new URL(`http://${m[1]}`).hostname, port };
}
