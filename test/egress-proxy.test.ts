// The egress proxy's CONNECT path (how Chromium reaches https and wss
// sites through it), driven over real sockets on 127.0.0.1: the tunnel goes
// to the port the request names, and a refusal is remembered under it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { EgressGuard, egressPolicy, REFUSED_HEADER, startEgressProxy } from '../src/core/net/index.ts';
import { connectAuthority } from '../src/core/net/proxy.ts';

test('CONNECT authorities are read as written: a default port is kept, hosts are canonical, junk is refused', () => {
  assert.deepEqual(connectAuthority('127.0.0.1:80'), { host: '127.0.0.1', port: 80 });
  assert.deepEqual(connectAuthority('Example.COM:80'), { host: 'example.com', port: 80 });
  assert.deepEqual(connectAuthority('example.com:443'), { host: 'example.com', port: 443 });
  assert.deepEqual(connectAuthority('[::1]:8080'), { host: '[::1]', port: 8080 });
  assert.deepEqual(connectAuthority('0x7f000001:81'), { host: '127.0.0.1', port: 81 });
  assert.deepEqual(connectAuthority('example.com'), { host: 'example.com', port: 443 });
  for (const bad of ['', 'example.com:', 'example.com:0', 'example.com:65536', 'example.com:http', 'user@example.com:443', 'a/b:443', '[::1:443']) {
    assert.throws(() => connectAuthority(bad), Error, bad);
  }
});

/** Send raw bytes to the proxy and read until `until` matches (or the socket ends). */
function exchange(port: number, lines: string, until: RegExp, after?: (socket: net.Socket) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let got = '';
    let sent = false;
    socket.on('data', (chunk) => {
      got += chunk.toString('latin1');
      if (!sent && after && /\r\n\r\n/.test(got)) { sent = true; after(socket); }
      if (until.test(got)) { socket.destroy(); resolve(got); }
    });
    socket.on('end', () => resolve(got));
    socket.on('error', reject);
    socket.write(lines);
  });
}

test('CONNECT tunnels to the named port, and remembers a refusal under the port it names (80 included)', async () => {
  // An echo server stands in for the site: what goes through the tunnel comes back.
  const echo = net.createServer((s) => s.pipe(s));
  await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
  const echoPort = (echo.address() as AddressInfo).port;
  const proxy = await startEgressProxy(new EgressGuard(egressPolicy([`127.0.0.1:${echoPort}`])));
  const proxyPort = Number(new URL(proxy.url).port);
  try {
    const through = await exchange(proxyPort, `CONNECT 127.0.0.1:${echoPort} HTTP/1.1\r\nHost: 127.0.0.1:${echoPort}\r\n\r\n`, /ping-through-the-tunnel/, (s) => s.write('ping-through-the-tunnel'));
    assert.match(through, /^HTTP\/1\.1 200 Connection Established\r\n\r\nping-through-the-tunnel$/);

    // 10.0.0.1 is refused by address (no lookup, no connection): the refusal is kept under :80, not :443.
    const refused = await exchange(proxyPort, 'CONNECT 10.0.0.1:80 HTTP/1.1\r\nHost: 10.0.0.1:80\r\n\r\n', /\r\n\r\n/);
    assert.match(refused, /^HTTP\/1\.1 403 Forbidden\r\n/);
    assert.match(refused, new RegExp(`${REFUSED_HEADER}: [^\\r]*private`, 'i'));
    assert.match(proxy.refusalFor('10.0.0.1:80') ?? '', /private/);
    assert.equal(proxy.refusalFor('10.0.0.1:443'), null);

    const junk = await exchange(proxyPort, 'CONNECT not a host HTTP/1.1\r\n\r\n', /\r\n\r\n/);
    assert.match(junk, /^HTTP\/1\.1 400 Bad Request/);
  } finally {
    await proxy.close();
    await new Promise((r) => echo.close(r));
  }
});
