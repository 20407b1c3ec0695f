// Page steps and element capture against real Chromium and a local app on
// 127.0.0.1 (test/helpers/page-actions-site.ts): each run goes through the
// whole pipeline (settings → runCapture → folder output), and the tests read
// the images' pixels and sizes, the manifest, and what the app's server saw.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { resolveSettings } from '../src/config/settings.ts';
import type { RawSettings, SettingsAccess } from '../src/config/settings.ts';
import type { Manifest } from '../src/core/manifest.ts';
import { runCapture } from '../src/core/run.ts';
import type { ManifestRow } from '../src/core/types.ts';
import { COLOURS, startPageActionsSite } from './helpers/page-actions-site.ts';
import type { PageActionsSite } from './helpers/page-actions-site.ts';
import { childEnv, runCli } from './helpers/run.ts';
import { runMain } from './helpers/main.ts';
import { readZip } from './helpers/zip.ts';
import { JobsClient } from '../src/client/jobs-client.ts';
import { createServer } from '../src/server/index.ts';
import { testBrowser } from './helpers/system.ts';
import { tempDir } from './helpers/temp-dir.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';

// Its in-process runs are not about the launch: they share one browser (the CLI and the server's render child start their own).
shareOneBrowser();

// The headless shell: the same Blink, about 0.6 s less CPU a launch than the full build (1.36 vs 1.98 s for a
// one-page run at load ~12): the browser its runs share, the CLI's and the render child's.
const CHROMIUM = testBrowser('shell');
const machine = { cores: 2, freeMemBytes: 8 * 1024 ** 3 };
type Rgb = readonly [number, number, number];

let site: PageActionsSite;
const dir = tempDir('framecap-steps-');
before(async () => {
  site = await startPageActionsSite();
});
after(async () => {
  await site.close();
});

let runs = 0;
/** One run through the whole pipeline: bare 400x300 shots into a folder. */
async function capture(paths: string[], extra: RawSettings, access?: SettingsAccess): Promise<{ manifest: Manifest; rows: ManifestRow[]; image(row: ManifestRow): Promise<Buffer> }> {
  const out = join(dir, `run-${++runs}`);
  const resolved = resolveSettings({
    urls: paths.map((p) => site.url(p)), device: 'none', output: out, viewport: '400x300', concurrency: '1',
    'browser-path': CHROMIUM, retries: '0', timeout: '10000', ...extra,
  }, machine, undefined, access);
  const { manifest } = await runCapture(resolved.options, {});
  return { manifest, rows: manifest.captures, image: (row) => readFile(join(out, row.file!)) };
}

function ok(row: ManifestRow | undefined): ManifestRow {
  assert.ok(row, 'the row is there');
  assert.equal(row.status, 'ok', row.error ?? '');
  return row;
}

async function pixels(png: Buffer): Promise<{ width: number; height: number; at(x: number, y: number): Rgb }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    at: (x, y) => {
      const i = (y * info.width + x) * 3;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

function near(actual: Rgb, expected: Rgb, what: string): void {
  assert.ok(actual.every((v, i) => Math.abs(v - expected[i]!) <= 8), `${what}: expected rgb(${expected.join(',')}), got rgb(${actual.join(',')})`);
}

describe('steps change the page before the shot', () => {
  test('a click closes the modal: the shot shows the page behind it (and without the step, the modal)', async () => {
    const closed = await capture(['/modal'], { steps: ['{click: "#close"}'] });
    const behind = await pixels(await closed.image(ok(closed.rows[0])));
    near(behind.at(200, 150), COLOURS.blue, 'the page behind the modal');
    near(behind.at(20, 20), COLOURS.blue, 'where the modal\'s button was');

    const open = await capture(['/modal'], {});
    near((await pixels(await open.image(ok(open.rows[0])))).at(200, 150), COLOURS.red, 'the modal, with no step');
  });

  test('wait-for-function: the page is shot only once the app says it is ready', async () => {
    const ready = await capture(['/ready-late'], { steps: ['{wait-for-function: "window.appReady === true"}'] });
    near((await pixels(await ready.image(ok(ready.rows[0])))).at(200, 150), COLOURS.green, 'the ready app');
    const early = await capture(['/ready-late'], {});
    near((await pixels(await early.image(ok(early.rows[0])))).at(200, 150), COLOURS.grey, 'the app before it is ready');
  });

  test('css (inline and @file), js, remove and hide, in order', async () => {
    const cssFile = join(dir, 'green.css');
    await writeFile(cssFile, 'html, body { background: #00ff00 !important }');
    const access: SettingsAccess = { env: {}, readFile: (path) => readFileSync(path, 'utf8') };
    const removed = await capture(['/boxes'], {
      steps: [
        `{css: "@${cssFile}"}`,
        '{js: "document.querySelector(\'#c\').style.background = \'#ffff00\'"}',
        '{remove: "#a"}',
      ],
    }, access);
    const r = await pixels(await removed.image(ok(removed.rows[0])));
    near(r.at(50, 50), COLOURS.blue, 'remove: #b moved into #a\'s place');
    near(r.at(150, 50), COLOURS.green, 'remove: where #b was, the page (green from the @file css)');
    near(r.at(50, 200), COLOURS.yellow, 'js: #c coloured by the script');
    near(r.at(300, 250), COLOURS.green, 'css from the file');
    assert.deepEqual(removed.manifest.settings.steps, [
      { kind: 'css', file: cssFile }, { kind: 'js' }, { kind: 'remove', selector: '#a' },
    ], 'the manifest names the kinds, the selector and the file, never the code');

    const hidden = await capture(['/boxes'], { steps: ['[{hide: "#a"}, {css: "#b { outline: 0 }"}]'] });
    const h = await pixels(await hidden.image(ok(hidden.rows[0])));
    near(h.at(50, 50), COLOURS.white, 'hide: #a invisible');
    near(h.at(150, 50), COLOURS.blue, 'hide: #b keeps its place');
  });

  test('each step has the page timeout as its budget: two 1.5 s waits on a 2 s timeout, then the shot; a 2.5 s wait is refused, saying what to raise', async () => {
    const { rows, image } = await capture(['/boxes'], { steps: ['[{wait: 1500}, {wait: 1500}, {remove: "#a"}]'], timeout: '2000' });
    near((await pixels(await image(ok(rows[0])))).at(50, 50), COLOURS.blue, 'the last step ran');
    assert.ok(rows[0]!.duration_ms >= 3000, `both waits were waited: took ${rows[0]!.duration_ms} ms`);
    const refused = await capture(['/boxes'], { steps: ['[{remove: "#a"}, {wait: 2500}]'], timeout: '2000' });
    assert.equal(refused.rows[0]!.status, 'failed');
    assert.equal(refused.rows[0]!.category, 'step');
    assert.match(refused.rows[0]!.error ?? '', /^step 2 of 2 \(wait "2500 ms"\): waiting 2500 ms would pass the 2000 ms page timeout \(each step's budget\); raise --timeout$/);
    assert.equal(refused.rows[0]!.file, null);
  });

  test('a step that waits for what never comes fails its page: no later step starts', async () => {
    // Ten times: a step that tells the app it started, then a wait for an element the page never shows: the
    // first wait fails the page, so the slot is held for one step's budget, not ten.
    const steps = Array.from({ length: 10 }, (_, i) => [`{js: "await fetch('/step-started/${i + 1}')"}`, '{wait-for: "#never"}']).flat();
    const { rows } = await capture(['/boxes'], { steps: [`[${steps.join(', ')}]`], timeout: '2000' });
    assert.equal(rows[0]!.status, 'failed');
    assert.equal(rows[0]!.category, 'step');
    assert.match(rows[0]!.error ?? '', /^step 2 of 20 \(wait-for "#never"\): not done within the 2000 ms page timeout \(each step's budget\); raise --timeout$/);
    assert.equal(site.hits('/step-started/1'), 1, 'the first step ran');
    const later = Array.from({ length: 9 }, (_, i) => site.hits(`/step-started/${i + 2}`));
    assert.deepEqual(later, Array(9).fill(0), 'no step after the failed wait started');
  });

  test('a failing step fails its row with category step, naming index, kind and selector; the other rows are captured', async () => {
    const { rows, image } = await capture(['/modal', '/boxes', '/modal?again'], { steps: ['[{css: "i { outline: 0 }"}, {click: "#close"}]'], timeout: '2000' });
    const failed = rows.find((r) => r.url.endsWith('/boxes'))!;
    assert.equal(failed.status, 'failed');
    assert.equal(failed.category, 'step');
    assert.match(failed.error ?? '', /^step 2 of 2 \(click "#close"\): not done within the 2000 ms page timeout \(each step's budget\); raise --timeout$/);
    assert.equal(failed.file, null, 'no half-done shot');
    for (const row of rows.filter((r) => r !== failed)) near((await pixels(await image(ok(row)))).at(200, 150), COLOURS.blue, `${row.url}: modal closed`);
  });
});

describe('element capture', () => {
  test('--selector: the image is the element\'s box plus padding, with the element\'s pixels (below the fold too)', async () => {
    const { rows, image, manifest } = await capture(['/pricing'], { selector: '#pricing', 'selector-padding': '10' });
    const shot = await pixels(await image(ok(rows[0])));
    assert.deepEqual([shot.width, shot.height], [220, 140]);
    assert.deepEqual([rows[0]!.width, rows[0]!.height], [220, 140]);
    near(shot.at(3, 3), COLOURS.white, 'padding: the page around the element');
    near(shot.at(216, 136), COLOURS.white, 'padding, bottom right');
    near(shot.at(12, 12), COLOURS.green, 'the element\'s left half');
    near(shot.at(109, 70), COLOURS.green, 'left half, at its edge');
    near(shot.at(111, 70), COLOURS.magenta, 'right half, from its edge');
    near(shot.at(207, 127), COLOURS.magenta, 'the element\'s bottom right corner');
    assert.equal(manifest.settings.region, 'selector #pricing +10px');
  });

  test('framing still applies: the frame\'s screen holds exactly the element', async () => {
    const { rows, image } = await capture(['/pricing'], { selector: '#pricing', device: 'browser-macos', background: '#000000', padding: '20', radius: '0' });
    const framed = await pixels(await image(ok(rows[0])));
    assert.ok(framed.width > 200 && framed.height > 120, `framed ${framed.width}x${framed.height}`);
    // The element's pixels, as a box: the frame draws its 1 px window edge over the screen's outermost pixels.
    const box = { left: Infinity, top: Infinity, right: -1, bottom: -1 };
    let green = 0;
    let magenta = 0;
    for (let y = 0; y < framed.height; y++) {
      for (let x = 0; x < framed.width; x++) {
        const [r, g, b] = framed.at(x, y);
        const isGreen = r === 0 && g === 255 && b === 0;
        const isMagenta = r === 255 && g === 0 && b === 255;
        if (!isGreen && !isMagenta) continue;
        if (isGreen) green++;
        else magenta++;
        box.left = Math.min(box.left, x);
        box.top = Math.min(box.top, y);
        box.right = Math.max(box.right, x);
        box.bottom = Math.max(box.bottom, y);
      }
    }
    const width = box.right - box.left + 1;
    const height = box.bottom - box.top + 1;
    assert.ok(width >= 198 && width <= 200 && height >= 118 && height <= 120, `the element on the screen: ${width}x${height}`);
    assert.equal(green + magenta, width * height, 'the element whole, nothing of the frame over it');
    for (const [half, count] of [['left', green], ['right', magenta]] as const) {
      assert.ok(count % height === 0 && count / height >= 99 && count / height <= 100, `its ${half} half: ${count / height} columns`);
    }
  });

  test('--clip: that rectangle of the page', async () => {
    const { rows, image } = await capture(['/pricing'], { clip: '40,590,60,40' });
    const shot = await pixels(await image(ok(rows[0])));
    assert.deepEqual([shot.width, shot.height], [60, 40]);
    near(shot.at(5, 5), COLOURS.white, 'outside the element');
    near(shot.at(30, 30), COLOURS.green, 'inside it');
  });

  test('nothing matches: the row fails with category selector, naming it; the other rows are captured', async () => {
    const { rows } = await capture(['/boxes', '/pricing'], { selector: '#pricing' });
    const missing = rows.find((r) => r.url.endsWith('/boxes'))!;
    assert.equal(missing.status, 'failed');
    assert.equal(missing.category, 'selector');
    assert.match(missing.error ?? '', /--selector "#pricing" matches no element/);
    ok(rows.find((r) => r.url.endsWith('/pricing')));
  });
});

describe('a value from env: is typed into the page and appears nowhere in the output', () => {
  test('CLI: the server receives it; the output folder, stdout and stderr never hold it', async () => {
    const secret = 'hunter2-Pa55-' + Math.random().toString(36).slice(2);
    const out = join(dir, 'secret-out');
    site.typed.length = 0;
    const env = childEnv({ FRAMECAP_TEST_PASSWORD: secret });
    const run = await runCli(['capture',
      site.url('/form'), site.url('/boxes'), '-o', out, '--device', 'none', '--viewport', '400x300', '--browser-path', CHROMIUM,
      '--retries', '0', '--timeout', '2000', '--concurrency', '1', '--json',
      // On /boxes there is no #q: the failing step's error must not quote the value either.
      '--steps', '{fill: "#q", value: "env:FRAMECAP_TEST_PASSWORD"}',
    ], { env });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(site.typed.includes(secret), `the page got the value (server saw ${site.typed.length} posts)`);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;
    const boxes = manifest.captures.find((r) => r.url.endsWith('/boxes'))!;
    assert.equal(boxes.category, 'step');
    assert.match(boxes.error ?? '', /^step 1 of 1 \(fill "#q"\): not done within/);
    assert.deepEqual(manifest.settings.steps, [{ kind: 'fill', selector: '#q' }]);
    for (const [what, text] of [['stdout', run.stdout], ['stderr', run.stderr]] as const) {
      assert.ok(!text.includes(secret), `${what} holds the secret`);
    }
    const files = await readdir(out, { recursive: true });
    assert.ok(files.length >= 3, files.join(', '));
    for (const file of files) {
      const bytes = await readFile(join(out, file)).catch(() => null);
      if (bytes) assert.equal(bytes.indexOf(secret), -1, `${file} holds the secret`);
    }
  });

  test('an unset env: variable is a settings error naming the step and the variable, before any browser starts', async () => {
    const run = await runMain(['capture', site.url('/form'), '--steps', '[{click: "#q"}, {fill: "#q", value: "env:FRAMECAP_TEST_UNSET"}]', '--browser-path', '/nonexistent'], { env: childEnv({}, (k) => k === 'FRAMECAP_TEST_UNSET') });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /--steps: step 2 of 2 \(fill "#q"\): value: env:FRAMECAP_TEST_UNSET is not set: export FRAMECAP_TEST_UNSET/);
  });
});

describe('on the queue server', () => {
  test('a batch with steps and a selector: the steps run, the element is shot, the values are not kept once the job ended', async () => {
    const data = await mkdtemp(join(dir, 'server-'));
    const key = 'steps-e2e-key-0123456789abcdef0123';
    // The app lives on 127.0.0.1, which the egress guard refuses unless allowed.
    const server = await createServer({ dataDir: data, apiKeys: [key], port: 0, pageConcurrency: 1, allowHosts: ['127.0.0.1'], browserPath: CHROMIUM });
    try {
      const origin = await server.start();
      const client = new JobsClient({ apiUrl: origin, apiKey: key, pollIntervalMs: 100, maxPollIntervalMs: 300 });
      site.typed.length = 0;
      const submitted = await client.submitBatch({
        urls: [site.url('/form')], device: 'none', viewport: '400x300', retries: 0,
        steps: [{ fill: '#q', value: 'typed-over-http-77' }, { css: '#q { width: 200px !important; height: 24px; box-sizing: border-box }' }],
        selector: '#q', selector_padding: 0,
      } as Parameters<JobsClient['submitBatch']>[0]);
      const job = await client.waitFor(submitted.job_id, { pollTimeoutMs: 60_000 });
      assert.equal(job.status, 'completed', job.error ?? '');
      assert.ok(site.typed.includes('typed-over-http-77'), 'the page got the value');
      const zip = join(data, 'out.zip');
      await client.download(job.id, zip);
      const entries = await readZip(zip);
      const png = entries.find((e) => e.name.endsWith('.png'))!;
      const meta = await sharp(png.data).metadata();
      // The input alone, at the size the css step gave it.
      assert.deepEqual([meta.width, meta.height], [200, 24]);
      const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8')) as Manifest;
      assert.deepEqual(manifest.settings.steps, [{ kind: 'fill', selector: '#q' }, { kind: 'css' }]);
      for (const e of entries) assert.equal(e.data.indexOf('typed-over-http-77'), -1, `${e.name} holds the value`);
      const stored = (await readdir(data, { recursive: true })).map((f) => join(data, f));
      for (const file of stored) {
        const bytes = await readFile(file).catch(() => null);
        if (bytes) assert.equal(bytes.indexOf('typed-over-http-77'), -1, `${file} keeps the value at rest`);
      }
    } finally {
      await server.close();
    }
  });
});

describe('steps and element capture per page: rules and variants', () => {
  test('a rule\'s steps run on its pages, a rule\'s selector shoots the element, a variant\'s steps replace the rule\'s', async () => {
    const { rows, image } = await capture(['/modal', '/modal?other', '/pricing'], {
      pages: JSON.stringify([
        { match: '/modal', steps: [{ click: '#close' }] },
        { match: '/pricing', selector: '#pricing' },
      ]),
      variants: JSON.stringify({ plain: {}, hidden: { steps: [{ css: 'main { background: #00ff00 !important }' }] } }),
    });
    assert.equal(rows.length, 3 * 2, JSON.stringify(rows.map((r) => [r.url, r.variant, r.status, r.error])));
    const row = (path: string, variant: string): ManifestRow => ok(rows.find((r) => new URL(r.url).pathname + new URL(r.url).search === path && r.variant === variant));
    // The rule's glob is on the path, so /modal?other is its page too: its click closes the modal there.
    for (const path of ['/modal', '/modal?other']) {
      near((await pixels(await image(row(path, 'plain')))).at(200, 150), COLOURS.blue, `${path}@plain: the rule's click closed the modal`);
      assert.deepEqual(row(path, 'plain').rules, ['pages[0]']);
    }
    assert.deepEqual(row('/pricing', 'plain').rules, ['pages[1]']);
    // A variant's steps replace the rule's (a later layer sets the whole list): the css runs, the click does not.
    near((await pixels(await image(row('/modal', 'hidden')))).at(200, 150), COLOURS.red, '/modal@hidden: the variant\'s steps, without the rule\'s click');
    // /pricing's rule shoots the element: 200x120, left half green.
    for (const variant of ['plain', 'hidden']) {
      const r = row('/pricing', variant);
      assert.deepEqual([r.width, r.height], [200, 120], `/pricing@${variant} is the element's box`);
      near((await pixels(await image(r))).at(50, 60), COLOURS.green, `/pricing@${variant}: the element's left half`);
    }
  });
});
