// Merging shard outputs: real shards captured by runCapture from the example
// site, and hand-made outputs for the edge cases (collisions, corrupt inputs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { resolveSettings } from '../src/config/settings.ts';
import { newJob, progressOf } from '../src/core/job.ts';
import { normalizeUrl, shardOf } from '../src/core/plan.ts';
import type { Job, JobStatus } from '../src/core/job.ts';
import { buildManifest, settingsSummary } from '../src/core/manifest.ts';
import type { Manifest, ManifestSettings } from '../src/core/manifest.ts';
import { findMergeInputs, mergeOutputs } from '../src/core/merge.ts';
import { runCapture } from '../src/core/run.ts';
import { openSink } from '../src/core/sink/index.ts';
import { UserError } from '../src/core/types.ts';
import type { ManifestRow } from '../src/core/types.ts';
import { runMain } from './helpers/main.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import { tempDir } from './helpers/temp-dir.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';

// The shard runs are about merging, not the launch: they share one browser.
shareOneBrowser();

const dir = tempDir('framecap-merge-');

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');

const SETTINGS: ManifestSettings = {
  viewport: '1280x800', scale: 1, full_page: false, wait_until: 'load', color_scheme: 'light', device: 'none', theme: 'light',
  background: 'midnight', format: 'png', quality: 90, concurrency: 2, header_names: [], cookie_names: [], browser: 'Chromium 1',
};

interface FakeRow { url: string; file?: string; error?: string; data?: Buffer }

let pngCounter = 0;
/** A small real PNG, different each call. */
async function png(): Promise<Buffer> {
  pngCounter++;
  return sharp({ create: { width: 8, height: 8, channels: 3, background: { r: pngCounter * 20 % 256, g: 10, b: 10 } } }).png().toBuffer();
}

/** Writes a framecap output (ZIP or folder) the way runCapture does: captures, then manifest.json. */
async function writeOutput(path: string, rows: FakeRow[], extra: {
  status?: JobStatus; error?: string; warnings?: string[]; settings?: Partial<ManifestSettings>;
  files?: Record<string, Buffer>; mutate?: (m: Manifest) => void; job?: Partial<Job>;
} = {}): Promise<Manifest> {
  const sink = await openSink(path);
  const manifestRows: ManifestRow[] = [];
  for (const r of rows) {
    if (r.file) {
      const data = r.data ?? await png();
      await sink.add(r.file, data);
      manifestRows.push({ url: r.url, final_url: r.url, http_status: 200, status: 'ok', file: r.file, width: 8, height: 8, format: 'png',
        bytes: data.length, sha256: sha256(data), duration_ms: 10, attempts: 1, error: null });
    } else {
      manifestRows.push({ url: r.url, final_url: r.url, http_status: 404, status: 'failed', file: null, width: null, height: null, format: null,
        bytes: null, sha256: null, duration_ms: 5, attempts: 1, error: r.error ?? 'HTTP 404 Not Found' });
    }
  }
  for (const [name, data] of Object.entries(extra.files ?? {})) await sink.add(name, data);
  const ok = manifestRows.filter((r) => r.status === 'ok').length;
  const job: Job = { ...newJob('batch'), ...extra.job };
  job.progress = progressOf(rows.length, ok, rows.length - ok);
  job.status = extra.status ?? (ok === 0 ? 'failed' : ok === rows.length ? 'completed' : 'partial');
  job.error = extra.error ?? null;
  job.started_at = job.started_at ?? new Date().toISOString();
  job.completed_at = job.completed_at ?? new Date().toISOString();
  const manifest = buildManifest(job, { ...SETTINGS, ...extra.settings }, extra.warnings ?? [], manifestRows);
  extra.mutate?.(manifest);
  await sink.add('manifest.json', Buffer.from(JSON.stringify(manifest)));
  await sink.close();
  return manifest;
}

/** Five pages of the example site, split over two shards with pages in each. */
function shardedUrls(site: ExampleSite): string[] {
  const urls = ['/', '/about.html', '/pricing.html', '/docs/install.html', '/blog/lumen-2-0.html'].map((p) => `${site.origin}${p}`);
  // Shards go by a hash of the URL, port included: 1 run in 16 would put all five in one shard
  // (an empty shard is an error). A query on the last one moves it until both shards have pages.
  const shardOfUrl = (u: string): number => shardOf(normalizeUrl(u)!, 2);
  for (let k = 1; urls.every((u) => shardOfUrl(u) === shardOfUrl(urls[0]!)); k++) urls[4] = `${site.origin}/blog/lumen-2-0.html?v=${k}`;
  return urls;
}

test('shards captured from the example site merge into the whole run', async () => {
  const site = await startExampleSite();
  try {
    const urls = shardedUrls(site);
    const shard = async (k: number): Promise<string> => {
      const output = join(dir, `real-${k}.zip`);
      const { options } = resolveSettings({ urls, shard: `${k}/2`, device: 'none', viewport: '480x320', concurrency: '2', retries: '0', output },
        { cores: 2, freeMemBytes: 4 * 1024 ** 3 });
      const r = await runCapture(options, {}, { env: process.env });
      assert.equal(r.job.status, 'completed', r.job.error ?? '');
      return output;
    };
    const inputs = [await shard(1), await shard(2)];
    const shardManifests = await Promise.all(inputs.map(async (p) => JSON.parse((await readZip(p)).find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest));
    const out = join(dir, 'real-all.zip');
    const merged = await mergeOutputs(inputs, out);

    assert.equal(merged.job.status, 'completed');
    assert.deepEqual(merged.job.progress, { total: 5, completed: 5, failed: 0, percentage: 100 });
    assert.equal(merged.job.type, 'batch');
    assert.deepEqual(merged.renamed, [], 'shards of one run never collide: the planner names files across shards');
    assert.notEqual(merged.job.id, shardManifests[0]!.job.id);
    assert.equal(merged.job.started_at, [shardManifests[0]!.job.started_at!, shardManifests[1]!.job.started_at!].sort()[0]);
    // Rows: shard 1's, then shard 2's; every URL once.
    const expectedRows = shardManifests.flatMap((m) => m.captures);
    assert.deepEqual(merged.manifest.captures, expectedRows);
    assert.deepEqual(merged.manifest.captures.map((r) => r.url).sort(), [...urls].sort());

    const entries = await readZip(out);
    assert.deepEqual(entries.map((e) => e.name).sort(), [...expectedRows.map((r) => r.file!), 'manifest.json', 'index.html'].sort());
    for (const row of merged.manifest.captures) {
      const entry = entries.find((e) => e.name === row.file)!;
      assert.equal(sha256(entry.data), row.sha256, `${row.file} copied byte for byte`);
      assert.equal(entry.compressionMethod, 0, 'stored, like every framecap ZIP');
    }
    const written = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
    assert.deepEqual(written.job, merged.job);
  } finally {
    await site.close();
  }
});

test('shards with variants merge with their variants recorded; inputs made with other variants, or none, are named as different', async () => {
  const site = await startExampleSite();
  try {
    const urls = shardedUrls(site);
    const capture = async (name: string, extra: Record<string, string>): Promise<string> => {
      const output = join(dir, `${name}.zip`);
      const { options } = resolveSettings({ urls, device: 'none', viewport: '320x240', concurrency: '2', retries: '0', output, ...extra },
        { cores: 2, freeMemBytes: 4 * 1024 ** 3 });
      const r = await runCapture(options, {}, { env: process.env });
      assert.equal(r.job.status, 'completed', r.job.error ?? '');
      return output;
    };
    const variants = 'one: {}\ntwo: {scale: 2, hide: [".banner"]}';
    const inputs = [await capture('variants-1', { shard: '1/2', variants }), await capture('variants-2', { shard: '2/2', variants })];
    const merged = await mergeOutputs(inputs, join(dir, 'variants-all.zip'));
    assert.deepEqual(merged.manifest.settings.variants, [{ name: 'one', set: {} }, { name: 'two', set: { render: { scale: 2, hide: ['.banner'] } } }]);
    assert.equal(merged.manifest.captures.length, 10, 'five pages, two variants each');
    assert.deepEqual(merged.renamed, []);
    assert.ok(!merged.manifest.warnings.some((w) => /different settings/.test(w)), merged.manifest.warnings.join('\n'));

    // Shard 2 of the same pages with the second variant at another scale: the merge says which setting differs.
    const other = await capture('variants-other', { shard: '2/2', variants: 'one: {}\ntwo: {scale: 3, hide: [".banner"]}' });
    const mixed = await mergeOutputs([inputs[0]!, other], join(dir, 'variants-mixed.zip'));
    assert.ok(mixed.manifest.warnings.some((w) => /different settings \(variants\)/.test(w)), mixed.manifest.warnings.join('\n'));
    // A shard without variants first, one with them second: the first input's settings lack the key, and it still counts.
    const plain = await capture('variants-none', { shard: '2/2' });
    const none = await mergeOutputs([plain, inputs[0]!], join(dir, 'variants-none-first.zip'));
    assert.ok(none.manifest.warnings.some((w) => /different settings \(variants\)/.test(w)), none.manifest.warnings.join('\n'));
  } finally {
    await site.close();
  }
});

test('a variant\'s settings in the manifest never carry what its steps type', () => {
  const { options } = resolveSettings({
    urls: ['https://example.com/'],
    variants: 'signed-in:\n  steps:\n    - fill: "#password"\n      value: hunter2-never-written\n    - click: "#go"\n  device: phone-ios',
  }, { cores: 2, freeMemBytes: 4 * 1024 ** 3 });
  const summary = settingsSummary({ ...options, render: { ...options.render, scale: 1 } }, 'Chromium 1');
  assert.deepEqual(summary.variants, [{
    name: 'signed-in',
    set: { render: { steps: [{ kind: 'fill', selector: '#password' }, { kind: 'click', selector: '#go' }] }, frame: { device: 'phone-ios' } },
  }]);
  assert.ok(!JSON.stringify(summary).includes('hunter2'));
});

test('colliding names get a hash of their URL, the same on every merge; statuses are recomputed', async () => {
  const a = join(dir, 'collide-a.zip');
  const b = join(dir, 'collide-b');
  await writeOutput(a, [{ url: 'https://one.example/', file: 'index.png' }, { url: 'https://one.example/docs', file: 'docs.png' }],
    { files: { 'docs.thumb.png': await png() }, warnings: ['sitemap had 2 bad <loc>'] });
  await writeOutput(b, [{ url: 'https://two.example/', file: 'index.png' }, { url: 'https://two.example/docs', file: 'docs.png' }, { url: 'https://two.example/gone' }],
    { files: { 'docs.thumb.png': await png() }, settings: { viewport: '1440x900' } });

  const run = async (out: string) => mergeOutputs([a, b], out);
  const first = await run(join(dir, 'collide-1.zip'));
  const second = await run(join(dir, 'collide-2'));
  const renamedIndex = `index-${sha1('https://two.example/').slice(0, 8)}.png`;
  const renamedDocs = `docs-${sha1('https://two.example/docs').slice(0, 8)}.png`;
  assert.deepEqual(first.manifest.captures.map((r) => r.file), ['index.png', 'docs.png', renamedIndex, renamedDocs, null]);
  assert.deepEqual(second.manifest.captures.map((r) => r.file), first.manifest.captures.map((r) => r.file));
  assert.equal(first.renamed.length, 2);

  assert.equal(first.job.status, 'partial');
  assert.deepEqual(first.job.progress, { total: 5, completed: 4, failed: 1, percentage: 100 });
  assert.equal(first.job.error, null);

  const names = (await readZip(join(dir, 'collide-1.zip'))).map((e) => e.name).sort();
  // The thumbnail beside a renamed capture follows it.
  assert.deepEqual(names, ['docs.png', 'docs.thumb.png', renamedDocs, renamedDocs.replace('.png', '.thumb.png'), 'index.png', renamedIndex, 'manifest.json', 'index.html'].sort());
  assert.ok(existsSync(join(dir, 'collide-2', renamedIndex)), 'a folder output works the same');

  assert.ok(first.manifest.warnings.includes('collide-a.zip: sitemap had 2 bad <loc>'));
  assert.ok(first.manifest.warnings.some((w) => /different settings \(viewport\)/.test(w)));
  assert.ok(first.manifest.warnings.some((w) => /2 file name\(s\) were taken/.test(w)));
});

test('a renamed video takes its poster along, and its row names the poster where it went', async () => {
  const videoRow = (url: string): { row: (m: Manifest) => void } => ({
    row: (m) => {
      const r = m.captures.find((c) => c.url === url)!;
      Object.assign(r, { kind: 'video', format: 'webp', poster: 'tall.poster.png', video_duration_ms: 1000, frames: 12, fps: 12 });
    },
  });
  const a = join(dir, 'video-a.zip');
  const b = join(dir, 'video-b.zip');
  const [posterA, posterB] = [await png(), await png()];
  await writeOutput(a, [{ url: 'https://one.example/tall', file: 'tall.webp' }], { files: { 'tall.poster.png': posterA }, mutate: videoRow('https://one.example/tall').row });
  await writeOutput(b, [{ url: 'https://two.example/tall', file: 'tall.webp' }], { files: { 'tall.poster.png': posterB }, mutate: videoRow('https://two.example/tall').row });

  const merged = await mergeOutputs([a, b], join(dir, 'video-merged.zip'));
  const renamed = `tall-${sha1('https://two.example/tall').slice(0, 8)}`;
  assert.deepEqual(merged.manifest.captures.map((r) => [r.file, r.poster]), [['tall.webp', 'tall.poster.png'], [`${renamed}.webp`, `${renamed}.poster.png`]]);
  const entries = new Map((await readZip(join(dir, 'video-merged.zip'))).map((e) => [e.name, e.data]));
  // Each row's poster is its own shard's, not the other's.
  assert.deepEqual(entries.get('tall.poster.png'), posterA);
  assert.deepEqual(entries.get(`${renamed}.poster.png`), posterB);
  assert.equal([...entries.keys()].filter((n) => n.includes('poster')).length, 2, 'no poster is copied twice');

  // A poster the manifest names but the input lacks is a corrupt input, named.
  const broken = join(dir, 'video-broken.zip');
  await writeOutput(broken, [{ url: 'https://three.example/tall', file: 'tall.webp' }], { mutate: videoRow('https://three.example/tall').row });
  await assert.rejects(mergeOutputs([a, broken], join(dir, 'video-broken-out.zip')), /tall\.poster\.png is listed in manifest\.json but missing from the ZIP/);
});

test('a poster whose bytes do not match its digest is refused as a part is', async () => {
  const [poster, part2, other] = [await png(), await png(), await png()];
  /** A video row whose poster the manifest digests; `posterDigest` overrides what it says. */
  const video = async (name: string, posterDigest?: string): Promise<string> => {
    const path = join(dir, `${name}.zip`);
    await writeOutput(path, [{ url: `https://${name}.example/v`, file: 'v.webp' }], {
      files: { 'v.poster.png': poster },
      mutate: (m) => Object.assign(m.captures[0]!, { kind: 'video', format: 'webp', poster: 'v.poster.png', poster_sha256: posterDigest ?? sha256(poster), video_duration_ms: 1000, frames: 12, fps: 12 }),
    });
    return path;
  };
  /** A --split row in two parts; `partDigest` overrides what the manifest says of the second. */
  const split = async (name: string, partDigest?: string): Promise<string> => {
    const path = join(dir, `${name}.zip`);
    const first = await png();
    await writeOutput(path, [{ url: `https://${name}.example/s`, file: 's.part-1.png', data: first }], {
      files: { 's.part-2.png': part2 },
      mutate: (m) => {
        const part = (file: string, data: Buffer, y: number) => ({ file, y, page_height: 8, width: 8, height: 8, format: 'png' as const, bytes: data.length, sha256: sha256(data) });
        m.captures[0]!.parts = [part('s.part-1.png', first, 0), { ...part('s.part-2.png', part2, 8), sha256: partDigest ?? sha256(part2) }];
      },
    });
    return path;
  };

  // Digests that match: both copied, the poster's digest kept with it.
  const good = await mergeOutputs([await video('digest-video'), await split('digest-split')], join(dir, 'digest-good.zip'));
  assert.equal(good.manifest.captures[0]!.poster_sha256, sha256(poster));
  const entries = new Map((await readZip(join(dir, 'digest-good.zip'))).map((e) => [e.name, e.data]));
  assert.deepEqual(entries.get('v.poster.png'), poster);
  assert.deepEqual(entries.get('s.part-2.png'), part2);

  // A digest of other bytes: the same refusal for a poster as for a part, naming the file, and no output left behind.
  const refusal = (input: string, file: string): string => `${input}: ${file} does not match the sha256 in its manifest.json: the input is corrupt`;
  const badPoster = await video('digest-bad-poster', sha256(other));
  const badPart = await split('digest-bad-part', sha256(other));
  for (const [input, file] of [[badPoster, 'v.poster.png'], [badPart, 's.part-2.png']] as const) {
    const out = join(dir, `digest-out-${file}.zip`);
    await assert.rejects(mergeOutputs([input], out), (err: Error) => err instanceof UserError && err.message === refusal(input, file));
    assert.ok(!existsSync(out), `no merged output is left when ${file} is refused`);
  }
});

test('all pages failed → failed; a shard that stopped early → partial with its reason', async () => {
  const x = join(dir, 'fail-x.zip');
  const y = join(dir, 'fail-y.zip');
  await writeOutput(x, [{ url: 'https://e.example/a', error: 'timeout after 30000 ms' }]);
  await writeOutput(y, [{ url: 'https://e.example/b' }]);
  const failed = await mergeOutputs([x, y], join(dir, 'fail-all.zip'));
  assert.equal(failed.job.status, 'failed');
  assert.equal(failed.job.error, 'all 2 pages failed; first error: timeout after 30000 ms');

  const ok = join(dir, 'stop-ok.zip');
  const stopped = join(dir, 'stop-early.zip');
  await writeOutput(ok, [{ url: 'https://e.example/c', file: 'c.png' }]);
  // Every row fine, yet the run says partial: it was interrupted before the rest.
  await writeOutput(stopped, [{ url: 'https://e.example/d', file: 'd.png' }], { status: 'partial', error: 'interrupted: the run was stopped before every page was captured' });
  const partial = await mergeOutputs([ok, stopped], join(dir, 'stop-all.zip'));
  assert.equal(partial.job.status, 'partial');
  assert.match(partial.job.error!, /stop-early\.zip: interrupted/);

  const empty = join(dir, 'empty.zip');
  await writeOutput(empty, [], { status: 'failed', error: 'no URLs to capture: 5 found, 0 excluded by include/exclude, 5 in other shards' });
  const withEmpty = await mergeOutputs([ok, empty], join(dir, 'with-empty.zip'));
  assert.equal(withEmpty.job.status, 'completed', 'a shard that got no URLs is not a failure of the whole');
  assert.ok(withEmpty.manifest.warnings.some((w) => /empty\.zip has no pages \(no URLs to capture/.test(w)));
});

test('bad inputs are refused with a message that says which and why', async () => {
  const good = join(dir, 'bad-good.zip');
  await writeOutput(good, [{ url: 'https://e.example/a', file: 'a.png' }]);
  const out = join(dir, 'bad-out.zip');
  const refuse = async (inputs: string[], re: RegExp, output = out): Promise<void> => {
    await assert.rejects(mergeOutputs(inputs, output), (e: Error) => e instanceof UserError && re.test(e.message), re.source);
    assert.ok(!existsSync(output) || output === good, 'no merged output is left behind');
    assert.ok(!existsSync(`${output}.partial`));
  };

  await refuse([good, good], /bad-good\.zip is the same run as .*bad-good\.zip/);
  await refuse([good], /the output .* is also an input/, good);
  await refuse([], /nothing to merge/);
  await refuse([join(dir, 'nope.zip')], /cannot read .*nope\.zip: no such file/);

  const notZip = join(dir, 'bad-notzip.zip');
  writeFileSync(notZip, 'this is text');
  await refuse([notZip], /bad-notzip\.zip is not a readable ZIP/);

  const noManifest = join(dir, 'bad-nomanifest.zip');
  const sink = await openSink(noManifest);
  await sink.add('a.png', await png());
  await sink.close();
  await refuse([noManifest], /has no manifest\.json: it is not a framecap ZIP/);

  const tampered = join(dir, 'bad-tampered.zip');
  await writeOutput(tampered, [{ url: 'https://e.example/t', file: 't.png' }], { mutate: (m) => { m.captures[0]!.sha256 = '0'.repeat(64); } });
  await refuse([good, tampered], /t\.png does not match the sha256 in its manifest\.json/);

  const missing = join(dir, 'bad-missing.zip');
  await writeOutput(missing, [{ url: 'https://e.example/m', file: 'm.png' }], { mutate: (m) => { m.captures[0]!.file = 'other.png'; } });
  await refuse([missing], /other\.png is listed in manifest\.json but missing from the ZIP/);

  const escaping = join(dir, 'bad-escape.zip');
  await writeOutput(escaping, [{ url: 'https://e.example/e', file: 'e.png' }], { mutate: (m) => { m.captures[0]!.file = '../../etc/passwd'; } });
  await refuse([escaping], /unsafe output file name "\.\.\/\.\.\/etc\/passwd"/);

  const notOurs = join(dir, 'bad-notours.zip');
  await writeOutput(notOurs, [], { mutate: (m) => { (m as unknown as Record<string, unknown>).captures = 'nope'; } });
  await refuse([notOurs], /manifest\.json is not a framecap manifest \(no "captures" list\)/);
});

test('a folder of downloaded shards is found and taken in numeric order', async () => {
  const root = join(dir, 'downloads');
  for (const k of [10, 2, 1]) {
    mkdirSync(join(root, `shots-${k}-of-10`), { recursive: true });
    await writeOutput(join(root, `shots-${k}-of-10`, `shots-${k}-of-10.zip`), [{ url: `https://e.example/${k}`, file: `p${k}.png` }]);
  }
  // An artifact that download-artifact unpacked: a folder output.
  await writeOutput(join(root, 'unpacked'), [{ url: 'https://e.example/u', file: 'u.png' }]);
  writeFileSync(join(root, 'notes.txt'), 'not an output');
  const found = await findMergeInputs([root]);
  assert.deepEqual(found, [
    join(root, 'shots-1-of-10', 'shots-1-of-10.zip'),
    join(root, 'shots-2-of-10', 'shots-2-of-10.zip'),
    join(root, 'shots-10-of-10', 'shots-10-of-10.zip'),
    join(root, 'unpacked'),
  ]);
  await assert.rejects(findMergeInputs([join(dir, 'nothing-here')]), /cannot read .*nothing-here/);
  mkdirSync(join(dir, 'empty-folder'));
  await assert.rejects(findMergeInputs([join(dir, 'empty-folder')]), /holds no framecap output/);
});

/** The CLI in-process: the real command tree, output collected. */
const cli = (args: string[]) => runMain(args, { cwd: dir, env: {} });

test('framecap merge: the CLI command, its exit codes and --json', async () => {
  const a = join(dir, 'cli-a.zip');
  const b = join(dir, 'cli-b.zip');
  await writeOutput(a, [{ url: 'https://e.example/1', file: '1.png' }]);
  await writeOutput(b, [{ url: 'https://e.example/2', file: '2.png' }, { url: 'https://e.example/3' }]);
  const out = join(dir, 'cli-all.zip');

  const json = await cli(['merge', a, b, '-o', out, '--json']);
  assert.equal(json.code, 0, json.stderr);
  const job = JSON.parse(json.stdout) as Job;
  assert.equal(job.status, 'partial');
  assert.deepEqual(job.progress, { total: 3, completed: 2, failed: 1, percentage: 100 });
  assert.deepEqual((await readZip(out)).map((e) => e.name).sort(), ['1.png', '2.png', 'index.html', 'manifest.json']);

  const strict = await cli(['merge', a, b, '-o', join(dir, 'cli-strict.zip'), '--fail-on', 'partial']);
  assert.equal(strict.code, 1, strict.stderr);
  assert.match(strict.stdout, /^partial: 2\/3 captured, 1 failed from 2 input\(s\) → /);

  const usage = await cli(['merge', a, '--fail-on', 'sometimes']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /sometimes/);
  assert.equal((await cli(['merge'])).code, 2, 'no inputs is a usage error');

  // The same file named twice is taken once; a copy of it is a mistake worth stopping for.
  const once = await cli(['merge', a, a, '-o', join(dir, 'cli-once.zip'), '--json']);
  assert.equal(once.code, 0, once.stderr);
  assert.equal((JSON.parse(once.stdout) as Job).progress.total, 1);
  const copy = join(dir, 'cli-a-copy.zip');
  writeFileSync(copy, readFileSync(a));
  const broken = await cli(['merge', a, copy, '-o', join(dir, 'cli-dup.zip')]);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /^framecap: .*is the same run as/);
  assert.doesNotMatch(broken.stderr, /at .*merge\.ts/, 'a user error, not a stack trace');
});
