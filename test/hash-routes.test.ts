// A hash-routed app (docsify, older Vue/Angular apps, dashboards): its pages
// differ only in the fragment. framecap used to drop every fragment, so all
// routes folded into "/" and one screenshot. Real Chromium, a real server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { childEnv, runCli } from './helpers/run.ts';
import { testBrowser } from './helpers/system.ts';
import { readZip } from './helpers/zip.ts';

// The router paints the page in the route's colour and writes its name (a flat page would count as blank); #section is an anchor, not a route.
const APP = `<!doctype html><html><head><style>html,body{margin:0;height:100%;font:40px sans-serif}</style></head><body><h1 id="name"></h1><script>
const colours = { '': '#ffffff', '/red': '#ff0000', '/blue': '#0000ff' };
function route() { const r = location.hash.replace(/^#!?\\/?/, '/').replace(/^\\/$/, ''); document.body.style.background = colours[r] ?? '#00ff00'; document.getElementById('name').textContent = 'route ' + (r || 'home'); }
addEventListener('hashchange', route); route();
</script></body></html>`;

let server: Server;
let origin = '';
let work = '';
let requests = 0;
before(async () => {
  server = createServer((req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'text/html' }).end(APP);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  work = await mkdtemp(join(tmpdir(), 'framecap-hash-'));
});
after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(work, { recursive: true, force: true });
});

test('each hash route is its own page: its own file, its own pixels; anchors and the empty route are the home page', async () => {
  const out = join(work, 'routes.zip');
  const urls = [`${origin}/`, `${origin}/#/red`, `${origin}/#!/blue`, `${origin}/#section`, `${origin}/#/`].join('\n');
  const run = await runCli(['capture', '--urls', '-', '--device', 'none', '--concurrency', '1', '--output', out, '--quiet'],
    { input: urls, env: childEnv({ CHROME_PATH: testBrowser('shell') }) });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const entries = await readZip(out);
  const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
  const rows = (manifest.captures as Array<{ url: string; file: string; status: string }>).map((c) => [c.url, c.file, c.status]);
  assert.deepEqual(rows, [
    [`${origin}/`, 'index.png', 'ok'],
    [`${origin}/#/red`, 'red.png', 'ok'],
    [`${origin}/#!/blue`, 'blue.png', 'ok'],
  ]);
  const centre = async (name: string): Promise<number[]> => {
    const { data } = await sharp(entries.find((e) => e.name === name)!.data).extract({ left: 640, top: 400, width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    return [...data];
  };
  assert.deepEqual(await centre('index.png'), [255, 255, 255]);
  assert.deepEqual(await centre('red.png'), [255, 0, 0]);
  assert.deepEqual(await centre('blue.png'), [0, 0, 255]);
  // Each route was loaded fresh (a same-document hash change would have given no response).
  assert.ok(requests >= 3, `${requests} requests`);
});
