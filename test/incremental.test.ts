// Issue #12's check: capture a local site, change two pages and remove one,
// capture again against the first run. The second run reports exactly those,
// carries the rest over without rendering them, and writes the diff images.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync, existsSync, symlinkSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { serveStatic } from '../examples/serve.mjs';
import type { StaticServer } from '../examples/serve.mjs';
import { resolveSettings } from '../src/config/settings.ts';
import type { RawSettings } from '../src/config/settings.ts';
import type { Manifest } from '../src/core/manifest.ts';
import { runCapture } from '../src/core/run.ts';
import { UserError } from '../src/core/types.ts';
import { EXAMPLE_SITE_ROOT } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import { tempDir } from './helpers/temp-dir.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';

// The runs are about baselines, not the launch: they share one browser.
shareOneBrowser();

const MACHINE = { cores: 2, freeMemBytes: 4 * 1024 ** 3 };
const CHANGED = ['/about.html', '/docs/install.html'];
const REMOVED = '/pricing.html';

const work = tempDir('framecap-incr-');
let siteRoot: string;
let server: StaticServer;
const hits = new Map<string, number>();
let firstZip: string;
let firstManifest: Manifest;

function settings(extra: RawSettings): RawSettings {
  return { sitemap: `${server.origin}/sitemap.xml`, viewport: '640x480', concurrency: '2', retries: '0', timeout: '30000', ...extra };
}

async function capture(extra: RawSettings) {
  const { options } = resolveSettings(settings(extra), MACHINE);
  return runCapture(options, {}, { env: process.env });
}

async function manifestOf(zip: string): Promise<Manifest> {
  return JSON.parse((await readZip(zip)).find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
}

before(async () => {
  siteRoot = join(work, 'site');
  cpSync(EXAMPLE_SITE_ROOT, siteRoot, { recursive: true });
  server = await serveStatic({ root: siteRoot, onRequest: (path) => hits.set(path, (hits.get(path) ?? 0) + 1) });
  firstZip = join(work, 'first.zip');
  const first = await capture({ output: firstZip });
  assert.equal(first.job.status, 'completed', first.job.error ?? '');
  firstManifest = first.manifest;
});

after(async () => {
  await server?.close();
});

test('a run without a baseline has no change fields, but records what each page\'s server said', () => {
  assert.equal(firstManifest.changes, undefined);
  assert.equal(firstManifest.captures.length, 13);
  for (const row of firstManifest.captures) {
    assert.equal(row.change, undefined);
    assert.equal(row.reused, undefined);
    assert.equal(row.diff, undefined);
    assert.match(row.validators?.content_hash ?? '', /^[0-9a-f]{64}$/, row.url);
    assert.match(row.validators?.lastmod ?? '', /^2026-/, row.url);
    assert.ok(row.validators?.last_modified, row.url);
  }
});

test('an unchanged site against a folder, a manifest.json and a URL of a ZIP: everything reused, nothing rendered', async () => {
  // The first run's ZIP, unpacked: what downloading an artifact and unzipping it gives.
  const folder = join(work, 'first-dir');
  for (const entry of await readZip(firstZip)) {
    mkdirSync(dirname(join(folder, entry.name)), { recursive: true });
    writeFileSync(join(folder, entry.name), entry.data);
  }

  const zipServer = createServer((req, res) => {
    if (req.url?.split('?')[0] === '/artifacts/first.zip') {
      const body = readFileSync(firstZip);
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': body.length });
      res.end(body);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => zipServer.listen(0, '127.0.0.1', ok));
  const zipUrl = `http://127.0.0.1:${(zipServer.address() as AddressInfo).port}/artifacts/first.zip`;
  try {
    // A rolling "latest.zip" may be its own baseline: the new ZIP replaces it only when complete.
    const latest = join(work, 'latest.zip');
    cpSync(firstZip, latest);
    for (const baseline of [folder, join(folder, 'manifest.json'), `${zipUrl}?token=secret`, latest]) {
      const before = pageHits();
      const out = baseline === latest ? latest : join(work, `again-${Math.random().toString(36).slice(2)}.zip`);
      const r = await capture({ output: out, baseline, incremental: true });
      assert.equal(r.job.status, 'completed', r.job.error ?? '');
      assert.equal(r.rendered, 0, `nothing rendered with ${baseline}`);
      assert.equal(r.reused, 13);
      assert.equal(pageHits(), before, 'no page was even fetched: the sitemap lastmod said unchanged');
      const c = r.manifest.changes!;
      assert.deepEqual(c.counts, { new: 0, changed: 0, unchanged: 13, removed: 0, reused: 13 });
      assert.doesNotMatch(c.baseline, /token|secret/, 'no query in the recorded baseline URL');
      assert.ok(c.baseline_job_id?.startsWith('job_'));
      // The carried-over captures are the baseline's bytes, under this run's names.
      const entries = new Map((await readZip(out)).map((e) => [e.name, e.data]));
      const source = firstManifest;
      for (const row of r.manifest.captures) {
        assert.equal(row.reused, true);
        assert.equal(row.change, 'unchanged');
        assert.equal(row.sha256, source.captures.find((x) => x.url === row.url)!.sha256);
        assert.equal(createHash('sha256').update(entries.get(row.file!)!).digest('hex'), row.sha256);
      }
      assert.ok(![...entries.keys()].some((n) => n.startsWith('changes/')));
    }
    await assert.rejects(capture({ output: join(work, 'x.zip'), baseline: zipUrl.replace('first.zip', 'missing.zip') }),
      (err: Error) => err instanceof UserError && /HTTP 404/.test(err.message));
  } finally {
    await new Promise((ok) => zipServer.close(ok));
  }
});

test('two pages changed and one removed: exactly those reported, the rest reused without rendering', async () => {
  // The site changes the way a deploy changes it: new content, new lastmod, one page gone.
  let sitemap = readFileSync(join(siteRoot, 'sitemap.xml'), 'utf8');
  for (const path of CHANGED) {
    const file = join(siteRoot, path);
    const html = readFileSync(file, 'utf8').replace('<body', '<body style="background:#c2185b"');
    assert.notEqual(html, readFileSync(file, 'utf8'));
    writeFileSync(file, html);
    sitemap = sitemap.replace(new RegExp(`(<loc>__ORIGIN__${path.replace(/\./g, '\\.')}</loc>\\s*<lastmod>)[^<]+`), '$12026-11-23');
  }
  sitemap = sitemap.replace(/\s*<url>\s*<loc>__ORIGIN__\/pricing\.html<\/loc>[\s\S]*?<\/url>/, '');
  assert.doesNotMatch(sitemap, /pricing/);
  writeFileSync(join(siteRoot, 'sitemap.xml'), sitemap);
  rmSync(join(siteRoot, REMOVED.slice(1)));

  const before = new Map(hits);
  const out = join(work, 'second.zip');
  const r = await capture({ output: out, baseline: firstZip, incremental: true });
  assert.equal(r.job.status, 'completed', r.job.error ?? '');

  const c = r.manifest.changes!;
  assert.deepEqual(c.counts, { new: 0, changed: 2, unchanged: 10, removed: 1, reused: 10 });
  assert.deepEqual(c.removed.map((x) => new URL(x.url).pathname), [REMOVED]);
  assert.equal(c.removed[0]!.file, 'pricing.png');
  assert.equal(r.rendered, 2, 'only the two changed pages went to the browser');
  assert.equal(r.reused, 10);
  for (const [path, n] of hits) {
    const was = before.get(path) ?? 0;
    if (path.endsWith('.html') || path.endsWith('/')) {
      assert.equal(n - was, CHANGED.includes(path) ? 1 : 0, `${path} fetched ${n - was} times`);
    }
  }

  const entries = new Map((await readZip(out)).map((e) => [e.name, e.data]));
  for (const row of r.manifest.captures) {
    const path = new URL(row.url).pathname;
    if (CHANGED.includes(path)) {
      assert.equal(row.change, 'changed', path);
      assert.equal(row.reused, undefined);
      assert.ok(row.changed_share! > 0.05 && row.changed_share! <= 1, `${path}: ${row.changed_share}`);
      for (const file of [row.diff!, row.side_by_side!]) {
        assert.match(file, /^changes\/.+\.(diff|side)\.png$/);
        const meta = await sharp(entries.get(file)!).metadata();
        assert.equal(meta.format, 'png');
        assert.ok(meta.width! > 100 && meta.height! > 100);
      }
      const side = await sharp(entries.get(row.side_by_side!)!).metadata();
      assert.ok(side.width! > row.width!, 'side by side is wider than one capture');
    } else {
      assert.equal(row.change, 'unchanged', path);
      assert.equal(row.reused, true, path);
      assert.equal(row.diff, undefined);
    }
  }
  assert.deepEqual([...entries.keys()].filter((n) => n.startsWith('changes/')).sort(),
    ['changes/about.diff.png', 'changes/about.side.png', 'changes/docs/install.diff.png', 'changes/docs/install.side.png']);
  const gallery = entries.get('index.html')!.toString();
  assert.ok(gallery.indexOf('Changed') < gallery.indexOf('Captures'), 'the gallery leads with what changed');
  assert.match(gallery, /changes\/about\.diff\.png/);
  assert.match(gallery, /pricing\.html/);

  // Without --incremental the same baseline means: render everything, compare everything.
  const some = ['/', '/about.html', '/docs/install.html', '/blog/'];
  const full = await capture({ output: join(work, 'third.zip'), baseline: out, include: some });
  assert.equal(full.rendered, 4);
  assert.equal(full.reused, 0);
  // Baseline pages outside --include are not "removed": this plan could not have captured them.
  assert.deepEqual(full.manifest.changes!.counts, { new: 0, changed: 0, unchanged: 4, removed: 0, reused: 0 },
    JSON.stringify(full.manifest.captures.filter((x) => x.change !== 'unchanged').map((x) => [x.url, x.changed_share])));
});

test('a hostile baseline cannot make the run read or write outside it', async () => {
  const evil = join(work, 'evil');
  mkdirSync(evil);
  const outside = join(work, 'outside-secret.png');
  writeFileSync(outside, 'not for you');
  symlinkSync(outside, join(evil, 'about.png'));
  const row = (path: string, file: string) => ({
    url: `${server.origin}${path}`, final_url: null, http_status: 200, status: 'ok', file, width: 10, height: 10, format: 'png',
    bytes: 11, sha256: null, duration_ms: 1, attempts: 1, error: null,
    validators: { lastmod: firstManifest.captures.find((r) => r.url === `${server.origin}${path}`)?.validators?.lastmod },
  });
  writeFileSync(join(evil, 'manifest.json'), JSON.stringify({
    job: { id: '../../x' },
    captures: [row('/', '../../etc/passwd'), row('/features.html', '/etc/passwd.png'), row('/about.html', 'about.png'), row('/docs/', 'a\\..\\b.png'), { url: 'javascript:alert(1)' }],
  }));
  const out = join(work, 'evil-out');
  const warnings: string[] = [];
  const { options } = resolveSettings(settings({ output: out, baseline: evil, incremental: true, include: ['/', '/features.html', '/about.html', '/docs/'] }), MACHINE);
  const r = await runCapture(options, { warning: (m) => warnings.push(m) }, { env: process.env });
  assert.equal(r.job.status, 'completed', r.job.error ?? '');
  assert.equal(r.reused, 0);
  assert.equal(r.rendered, 4);
  assert.equal(r.manifest.changes!.baseline_job_id, null);
  const byPath = new Map(r.manifest.captures.map((x) => [new URL(x.url).pathname, x]));
  for (const path of ['/', '/features.html', '/docs/']) assert.equal(byPath.get(path)!.change, 'new', `${path}: its unsafe row was dropped`);
  // The symlink's row was usable, but reading through the link is refused: rendered, then compared as new.
  assert.equal(byPath.get('/about.html')!.change, 'new');
  assert.ok(warnings.some((w) => /4 manifest rows were unusable/.test(w)), warnings.join('\n'));
  assert.ok(!readFileSync(join(out, 'about.png')).equals(readFileSync(outside)));
  assert.ok(!existsSync(join(work, 'etc')));
});

test('a baseline that cannot be read fails the run before anything is captured', async () => {
  for (const baseline of [join(work, 'nope.zip'), join(work, 'site', 'index.html'), siteRoot]) {
    await assert.rejects(capture({ output: join(work, 'never.zip'), baseline }), (err: Error) => err instanceof UserError && /baseline/.test(err.message), baseline);
  }
  assert.ok(!existsSync(join(work, 'never.zip')));
  const own = join(work, 'own-folder');
  await assert.rejects(capture({ output: own, baseline: join(own, 'manifest.json') }), (err: Error) => err instanceof UserError && /this run's output folder/.test(err.message));
  assert.ok(!existsSync(own));
});

function pageHits(): number {
  let n = 0;
  for (const [path, count] of hits) if (path.endsWith('.html') || path.endsWith('/')) n += count;
  return n;
}
