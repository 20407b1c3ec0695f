// --composite responsive end to end, in real Chromium: one image per page
// with the page on a laptop, a tablet and a phone, each rendered at its own
// viewport, scale and user agent. The page paints itself by what it sees:
// its background by viewport width, its card by device pixel ratio.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { ResponsiveCompositor } from '../src/core/composite/compose.ts';
import { defaultCaptureOptions } from '../src/index.ts';
import { runCapture } from '../src/core/run.ts';
import type { Manifest } from '../src/core/manifest.ts';
import type { Shot } from '../src/core/types.ts';
import { compareWithGolden } from './helpers/golden.ts';
import { runCli } from './helpers/run.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';

const PAGE = `<!doctype html><meta name="viewport" content="width=device-width,initial-scale=1">
<style>
  html,body{margin:0;height:100%;background:#2563eb}
  @media (max-width:1199px){html,body{background:#16a34a}}
  @media (max-width:599px){html,body{background:#ea580c}}
  .bar{position:absolute;left:0;right:0;top:0;height:60px;background:#111827}
  .card{position:absolute;left:10%;top:20%;width:30%;height:25%;border-radius:16px;background:#fde68a}
  @media (resolution:2dppx){.card{background:#f472b6}}
  @media (resolution:3dppx){.card{background:#22d3ee}}
</style><div class="bar"></div><div class="card"></div>`;

/** What each device's screen shows: the page's background for its width, and its card for its pixel ratio. */
const SCREENS = [
  { device: 'laptop', page: [0x25, 0x63, 0xeb], card: [0xfd, 0xe6, 0x8a] },
  { device: 'tablet', page: [0x16, 0xa3, 0x4a], card: [0xf4, 0x72, 0xb6] },
  { device: 'phone-ios', page: [0xea, 0x58, 0x0c], card: [0x22, 0xd3, 0xee] },
] as const;

const FRAME = { padding: 40, background: 'paper' };

/** Where the bodies land, from the same compositor with flat shots of each device's size: the layout does not depend on pixels. */
async function expectedBodies() {
  const { frame } = defaultCaptureOptions({ frame: FRAME });
  const composite = await ResponsiveCompositor.create(SCREENS.map((s) => s.device), frame, 'device');
  const shots = await Promise.all(composite.devices.map(async ({ compositor: c }): Promise<Shot> => {
    const width = Math.round(c.viewport!.width * c.scale);
    const height = Math.round(c.viewport!.height * c.scale);
    const png = await sharp({ create: { width, height, channels: 3, background: '#808080' } }).png().toBuffer();
    return { png, width, height, finalUrl: 'http://127.0.0.1/', httpStatus: 200, title: '' };
  }));
  return (await composite.compose(shots, 'http://127.0.0.1/')).placement;
}

/** The image is the composite: its size is the layout's, each body shows its device's screen, the corner is the paper background. */
async function assertThreeScreens(png: Buffer): Promise<void> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const placement = await expectedBodies();
  assert.deepEqual({ width: info.width, height: info.height }, placement.canvas);
  const at = (x: number, y: number): number[] => {
    const i = (Math.round(y) * info.width + Math.round(x)) * info.channels;
    return [data[i]!, data[i + 1]!, data[i + 2]!];
  };
  const near = (a: number[], b: readonly number[]): boolean => a.every((v, i) => Math.abs(v - b[i]!) <= 3);
  SCREENS.forEach((screen, i) => {
    const body = placement.bodies[i]!;
    // The middle of each body is its screen, showing the page at that device's width.
    assert.ok(near(at(body.x + body.width / 2, body.y + body.height / 2), screen.page), `${screen.device}: ${at(body.x + body.width / 2, body.y + body.height / 2)}`);
    // The card is drawn in the colour of that device's pixel ratio (laptop 1, tablet 2, phone 3), inside that body.
    let card = 0;
    for (let y = Math.ceil(body.y); y < body.y + body.height; y += 2) {
      for (let x = Math.ceil(body.x); x < body.x + body.width; x += 2) if (near(at(x, y), screen.card)) card++;
    }
    assert.ok(card > 100, `${screen.device}: ${card} pixels of its card colour`);
  });
  // Outside the bodies: the background.
  assert.ok(near(at(2, 2), [0xf4, 0xf2, 0xee]), `corner ${at(2, 2)}`);
}

/** The example site with PAGE at `path`, and the user agents that loaded it. */
async function responsiveSite(path: string): Promise<{ site: ExampleSite; agents: string[] }> {
  const agents: string[] = [];
  const site = await startExampleSite({
    [path]: (req, res) => {
      agents.push(req.headers['user-agent'] ?? '');
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    },
  });
  return { site, agents };
}

/** The example site with PAGE at `path` and a scratch folder, both gone when `fn` ends. */
async function onResponsiveSite(path: string, fn: (site: ExampleSite, agents: readonly string[], dir: string) => Promise<void>): Promise<void> {
  const { site, agents } = await responsiveSite(path);
  const dir = mkdtempSync(join(tmpdir(), 'framecap-composite-'));
  try {
    await fn(site, agents, dir);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page was loaded once per device, as that device. */
function loadedAsEachDevice(site: ExampleSite, path: string, agents: readonly string[]): void {
  assert.equal(site.hits(path), 3);
  assert.equal(agents.filter((a) => /iPad/.test(a)).length, 1, agents.join('\n'));
  assert.equal(agents.filter((a) => /iPhone/.test(a)).length, 1, agents.join('\n'));
}

/** `framecap capture --config` with these framecap.yml lines after plain shots at 800x600 on the composite test's frame settings. */
async function captureWith(dir: string, lines: string[]): Promise<{ out: string; manifest: Manifest }> {
  const out = join(dir, 'shots');
  const config = join(dir, 'framecap.yml');
  writeFileSync(config, ['device: none', 'viewport: 800x600', 'padding: 40', 'background: paper', ...lines, ''].join('\n'));
  const r = await runCli(['capture', '--config', config, '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  return { out, manifest: JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest };
}

test('--composite responsive: one image, three device screens each at its own width and scale, matching its golden', async () => {
  await onResponsiveSite('/responsive', async (site, agents, dir) => {
    const out = join(dir, 'shots');
    const r = await runCli(['capture', `${site.origin}/responsive`, '--composite', 'responsive', '--padding', '40', '--background', 'paper', '-o', out]);
    assert.equal(r.code, 0, r.stderr);

    loadedAsEachDevice(site, '/responsive', agents);

    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    assert.deepEqual(manifest.settings.composite, ['laptop', 'tablet', 'phone-ios']);
    const row = manifest.captures[0]!;
    assert.equal(row.status, 'ok');
    assert.equal(row.file, 'responsive.png');
    const png = readFileSync(join(out, row.file!));
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    assert.deepEqual([row.width, row.height], [info.width, info.height]);

    await assertThreeScreens(png);
    assert.equal(await compareWithGolden('composite-chromium', png), null);
  });
});

test('composite: responsive in a page rule: the landing page as the composite, the docs full-page, the rest one framed shot each', async () => {
  await onResponsiveSite('/', async (site, agents, dir) => {
    const { out, manifest } = await captureWith(dir, [
      'urls:',
      `  - ${site.origin}/`,
      `  - ${site.origin}/docs/install.html`,
      `  - ${site.origin}/pricing.html`,
      'pages:',
      '  - name: landing',
      '    match: "/"',
      '    composite: responsive',
      '  - match: "/docs/**"',
      '    full-page: true',
    ]);
    assert.equal(manifest.settings.composite, undefined, 'the run itself has no composite');
    const rows = manifest.captures;
    assert.deepEqual(rows.map((row) => [new URL(row.url).pathname, row.status, row.file, row.rules, row.composite]), [
      ['/', 'ok', 'index.png', ['landing'], ['laptop', 'tablet', 'phone-ios']],
      ['/docs/install.html', 'ok', 'docs/install.png', ['pages[1]'], undefined],
      ['/pricing.html', 'ok', 'pricing.png', undefined, undefined],
    ], rows.map((row) => row.error).join('; '));

    // The landing page is the same picture a run-wide composite makes.
    loadedAsEachDevice(site, '/', agents);
    const landing = readFileSync(join(out, 'index.png'));
    const landingMeta = await sharp(landing).metadata();
    assert.deepEqual([rows[0]!.width, rows[0]!.height], [landingMeta.width, landingMeta.height]);
    await assertThreeScreens(landing);

    // The others are plain shots (device: none) at the run's viewport: the docs page whole, pricing its viewport.
    const docs = await sharp(readFileSync(join(out, 'docs/install.png'))).metadata();
    assert.equal(docs.width, 800);
    assert.ok(docs.height! > 600 * 1.2, `docs/install is the whole page (${docs.height} px), not the viewport`);
    const pricing = await sharp(readFileSync(join(out, 'pricing.png'))).metadata();
    assert.deepEqual([pricing.width, pricing.height], [800, 600]);
  });
});

test('composite: responsive as a variant: each page once framed and once as the composite, named <page>@<variant>', async () => {
  await onResponsiveSite('/', async (site, agents, dir) => {
    const { out, manifest } = await captureWith(dir, [`urls: ["${site.origin}/"]`, 'variants:', '  plain: {}', '  devices: {composite: responsive}']);
    const rows = manifest.captures;
    assert.deepEqual(rows.map((row) => [row.status, row.file, row.variant, row.composite]), [
      ['ok', 'index@plain.png', 'plain', undefined],
      ['ok', 'index@devices.png', 'devices', ['laptop', 'tablet', 'phone-ios']],
    ], rows.map((row) => row.error).join('; '));
    assert.equal(site.hits('/'), 1 + 3, 'once plain, once per device');
    const plain = await sharp(readFileSync(join(out, 'index@plain.png'))).metadata();
    assert.deepEqual([plain.width, plain.height], [800, 600]);
    await assertThreeScreens(readFileSync(join(out, 'index@devices.png')));
  });
});

test('a composite run keeps a context per device in its one slot: three contexts for four pages, each page still right', async () => {
  await onResponsiveSite('/r/*', async (site, agents, dir) => {
    const output = join(dir, 'shots');
    const options = defaultCaptureOptions({
      sources: [{ kind: 'urls', urls: ['a', 'b', 'c', 'd'].map((p) => `${site.origin}/r/${p}`) }],
      frame: { ...FRAME, device: 'none', composite: { layout: 'responsive', devices: SCREENS.map((s) => s.device) } },
      render: { concurrency: 1, retries: 0 },
      output: { path: output },
    });
    const { manifest, contextsOpened } = await runCapture(options, {}, { env: process.env });
    assert.deepEqual(manifest.captures.map((r) => [r.status, r.file]), [['ok', 'r/a.png'], ['ok', 'r/b.png'], ['ok', 'r/c.png'], ['ok', 'r/d.png']],
      manifest.captures.map((r) => r.error).join('; '));
    assert.equal(agents.length, 12, 'each page once per device');
    // Laptop, tablet, phone, laptop, …: one slot switching devices at every capture, yet one context per device.
    assert.equal(contextsOpened, 3);
    // A context taken back after the other devices' turns renders as a fresh one did.
    await assertThreeScreens(readFileSync(join(output, 'r/d.png')));
  });
});
