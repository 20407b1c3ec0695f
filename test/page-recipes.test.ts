// Per-page rules and variants end to end: a framecap.yml read through the
// file door, real Chromium against the example site on 127.0.0.1, and the
// ZIP read back with an independent reader; every image decoded and measured.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadConfigFile, mergeSettings } from '../src/config/file.ts';
import { resolveSettings } from '../src/config/settings.ts';
import { runCapture } from '../src/core/run.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';
import { testBrowser } from './helpers/system.ts';
import { tempDir } from './helpers/temp-dir.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';

// The runs are about rules and variants, not the launch: they share one browser.
shareOneBrowser();

// The headless shell: the same Blink, about 0.6 s less CPU a launch than the full build.
const CHROMIUM = testBrowser('shell');
const machine = { cores: 2, freeMemBytes: 4e9 };

describe('pages: rules and variants with real Chromium', () => {
  let site: ExampleSite;
  const dir = tempDir('framecap-recipes-');
  before(async () => {
    site = await startExampleSite();
  });
  after(async () => {
    await site?.close();
  });

  test('two rules and two variants: pages × variants rows, full page only where the rule says, sizes and names from the recipe', async () => {
    const config = join(dir, 'framecap.yml');
    const output = join(dir, 'shots.zip');
    await writeFile(config, [
      'urls:',
      `  - ${site.origin}/`,
      `  - ${site.origin}/docs/install.html`,
      `  - ${site.origin}/pricing.html`,
      `  - {url: "${site.origin}/about.html#team", keep-fragment: true, name: team}`,
      `  - ${site.origin}/about.html`,
      'device: none',
      'viewport: 800x600',
      'concurrency: 1',
      'pages:',
      '  - name: docs-full',
      '    match: "/docs/**"',
      '    full-page: true',
      '  - match: "/pricing*"',
      '    viewport: 1000x700',
      'variants:',
      '  one: {}',
      '  two: {scale: 2}',
      '',
    ].join('\n'));
    const raw = mergeSettings(await loadConfigFile(config), { output, 'browser-path': CHROMIUM, retries: '0' });
    const { options } = resolveSettings(raw, machine);
    const { manifest, contextsOpened } = await runCapture(options);

    const rows = manifest.captures;
    assert.equal(rows.length, 5 * 2, 'five pages, two variants each');
    for (const r of rows) assert.equal(r.status, 'ok', `${r.url}@${r.variant}: ${r.error}`);
    const byFile = new Map(rows.map((r) => [r.file!, r]));
    const files = [...byFile.keys()].sort();
    const about = files.filter((f) => f.startsWith('about'));
    // The kept fragment is another page: its own name (a hash of the URL), beside about@… without one.
    assert.deepEqual(about.filter((f) => !/^about-[0-9a-f]{6}@/.test(f)), ['about@one.png', 'about@two.png']);
    assert.equal(about.length, 4, `about.html and about.html#team are two pages: ${about.join(', ')}`);
    assert.deepEqual(files.filter((f) => !f.startsWith('about')), [
      'docs/install@one.png', 'docs/install@two.png', 'index@one.png', 'index@two.png', 'pricing@one.png', 'pricing@two.png',
    ]);
    // A page's variants sit side by side, in the order given.
    assert.deepEqual(rows.slice(0, 4).map((r) => [new URL(r.url).pathname, r.variant]), [['/', 'one'], ['/', 'two'], ['/docs/install.html', 'one'], ['/docs/install.html', 'two']]);

    const entries = new Map((await readZip(output)).map((e) => [e.name, e.data]));
    const size = async (file: string): Promise<[number, number]> => {
      const meta = await sharp(entries.get(file)!).metadata();
      return [meta.width!, meta.height!];
    };
    for (const scale of [1, 2]) {
      const v = scale === 1 ? 'one' : 'two';
      assert.deepEqual(await size(`index@${v}.png`), [800 * scale, 600 * scale], `index@${v}: the run's viewport at the variant's scale`);
      assert.deepEqual(await size(`pricing@${v}.png`), [1000 * scale, 700 * scale], `pricing@${v}: the rule's viewport`);
      const [w, h] = await size(`docs/install@${v}.png`);
      assert.equal(w, 800 * scale);
      assert.ok(h > 600 * scale * 1.2, `docs/install@${v} is the whole page (${h} px), not the viewport`);
      assert.deepEqual(await size(`about@${v}.png`), [800 * scale, 600 * scale]);
    }
    for (const [file, row] of byFile) {
      assert.deepEqual([row.width, row.height], await size(file), `${file}: the row's size is the image's`);
    }

    // Which rules made each recipe, by name or place.
    assert.deepEqual(byFile.get('docs/install@two.png')!.rules, ['docs-full']);
    assert.deepEqual(byFile.get('pricing@one.png')!.rules, ['pages[1]']);
    assert.equal(byFile.get('index@one.png')!.rules, undefined);
    const team = rows.filter((r) => r.url.endsWith('#team'));
    assert.deepEqual(team.map((r) => r.rules), [['team'], ['team']]);
    assert.equal(rows.filter((r) => r.url === `${site.origin}/about.html`).length, 2);

    // Four context profiles (800x600 and 1000x700, each at scale 1 and 2): one context each, not one per capture.
    assert.equal(contextsOpened, 4, `contexts created for ${rows.length} captures`);

    // The gallery shows a page's variants side by side, in one section per page.
    const gallery = entries.get('index.html')!.toString('utf8');
    const sections = [...gallery.matchAll(/<section class="page">([\s\S]*?)<\/section>/g)].map((m) => m[1]!);
    assert.equal(sections.length, 5, 'one section per page');
    const pricing = sections.find((s) => s.includes('pricing%40one.png'))!;
    assert.ok(pricing.includes('pricing%40two.png') && !pricing.includes('index%40'), 'pricing@one and pricing@two together, nothing else');

    // A second run against the first compares each capture with the same page in the same variant.
    const again = join(dir, 'again.zip');
    const second = await runCapture(resolveSettings({ ...raw, output: again, baseline: output }, machine).options);
    const changes = second.manifest.captures.map((r) => [r.file, r.change, r.changed_share]);
    assert.deepEqual(changes.filter(([, change]) => change !== 'unchanged'), [], 'nothing changed, nothing new');
    assert.equal(second.manifest.changes?.counts.unchanged, 10);
  });

  test('--incremental carries a capture over only for the same page, variant and recipe: editing a rule re-renders what it matches', async () => {
    const base = {
      urls: [`${site.origin}/`, `${site.origin}/about.html`], device: 'none', viewport: '640x480', concurrency: '1',
      'browser-path': CHROMIUM, retries: '0', variants: 'one: {}\ntwo: {scale: 2}',
    };
    const first = join(dir, 'incr-first.zip');
    const a = await runCapture(resolveSettings({ ...base, pages: '- {match: /about.html, delay: 0}', output: first }, machine).options);
    assert.equal(a.job.status, 'completed', a.job.error ?? '');
    for (const r of a.manifest.captures) assert.match(r.recipe ?? '', /^[0-9a-f]{16}$/, `${r.file} has its recipe's fingerprint`);
    assert.notEqual(a.manifest.captures[0]!.recipe, a.manifest.captures[1]!.recipe, 'the variants are two recipes');

    const same = await runCapture(resolveSettings({ ...base, pages: '- {match: /about.html, delay: 0}', output: join(dir, 'incr-same.zip'), baseline: first, incremental: true }, machine).options);
    assert.deepEqual([same.rendered, same.reused], [0, 4], 'nothing changed: every capture reused');
    assert.deepEqual(same.manifest.captures.map((r) => [r.file, r.reused]), a.manifest.captures.map((r) => [r.file, true]));

    const edited = await runCapture(resolveSettings({ ...base, pages: '- {match: /about.html, delay: 50}', output: join(dir, 'incr-edited.zip'), baseline: first, incremental: true }, machine).options);
    assert.deepEqual([edited.rendered, edited.reused], [2, 2]);
    assert.deepEqual(
      edited.manifest.captures.map((r) => [r.file, r.reused === true]),
      [['index@one.png', true], ['index@two.png', true], ['about@one.png', false], ['about@two.png', false]],
    );
  });

  test('a rule can change the frame and the format: a device rule on one page, webp on another', async () => {
    const output = join(dir, 'framed.zip');
    const pages = JSON.stringify([
      { match: '/pricing.html', device: 'phone-ios' },
      { match: '/about.html', format: 'webp', device: 'none' },
    ]);
    const { options } = resolveSettings({
      urls: [`${site.origin}/pricing.html`, `${site.origin}/about.html`, `${site.origin}/`],
      device: 'browser-macos', viewport: '800x600', pages, output, 'browser-path': CHROMIUM, retries: '0', concurrency: '1',
    }, machine);
    const { manifest } = await runCapture(options);
    const [pricing, aboutRow, home] = manifest.captures;
    assert.deepEqual(manifest.captures.map((r) => r.status), ['ok', 'ok', 'ok'], manifest.captures.map((r) => r.error).join('; '));
    assert.equal(aboutRow!.file, 'about.webp');
    assert.equal(aboutRow!.format, 'webp');
    const entries = new Map((await readZip(output)).map((e) => [e.name, e.data]));
    const meta = await sharp(entries.get('about.webp')!).metadata();
    assert.equal(meta.format, 'webp');
    assert.deepEqual([meta.width, meta.height], [800, 600], 'no frame: the plain shot');
    // The phone frame is taller than wide; the browser window around an 800x600 page is wider than tall.
    assert.ok(pricing!.height! > pricing!.width!, `phone frame ${pricing!.width}x${pricing!.height}`);
    assert.ok(home!.width! > 800 && home!.width! > home!.height!, `browser frame ${home!.width}x${home!.height}`);
  });
});
