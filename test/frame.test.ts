// The frame compositor against the real frames/ data and real sharp: exact
// geometry, untouched shot pixels, backgrounds, themes, encodings, and frames
// that exist only as data files written by the test (a device, broken data).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { FrameOptions, ImageFormat } from '../src/core/options.ts';
import type { Shot } from '../src/core/types.ts';
import { UserError } from '../src/core/types.ts';
import { defaultCaptureOptions } from '../src/config/settings.ts';
import { createCompositor, framesDir, loadCatalog, parseBackground } from '../src/core/frame/index.ts';
import { displayUrl, fitText, textWidth } from '../src/core/frame/text.ts';
import { registerFrameFonts } from '../src/core/frame/fonts.ts';
import { PrebuiltFrame } from '../src/core/frame/prebuilt.ts';

const FRAMES = framesDir();

interface MacosData {
  insets: { top: number };
  themes: Record<'light' | 'dark', Record<string, string>>;
}
let macos: MacosData;

before(async () => {
  macos = JSON.parse(await readFile(join(FRAMES, 'browser-macos', 'frame.json'), 'utf8')) as MacosData;
});

// ------------------------------------------------------------------ helpers

function frameOptions(over: Partial<FrameOptions> = {}): FrameOptions {
  return defaultCaptureOptions({ frame: { background: 'white', shadow: false, ...over } }).frame;
}

const PNG = { format: 'png' as ImageFormat, quality: 90 };

async function solidShot(width: number, height: number, colour = '#ff0000'): Promise<Shot> {
  const png = await sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();
  return { png, width, height, finalUrl: 'https://example.com/', httpStatus: 200, title: 'Example' };
}

/** Every pixel different, so any shift, crop or scaling shows up. */
function patternPixel(x: number, y: number): [number, number, number] {
  return [x % 251, y % 241, (x * 7 + y * 13) % 256];
}

async function patternShot(width: number, height: number): Promise<Shot> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(patternPixel(x, y), (y * width + x) * 3);
  }
  const png = await sharp(raw, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 1 }).toBuffer();
  return { png, width, height, finalUrl: 'https://example.com/docs', httpStatus: 200, title: 'Docs' };
}

interface Pixels {
  width: number;
  height: number;
  channels: number;
  format: string;
  at(x: number, y: number): number[];
}

async function pixels(data: Buffer): Promise<Pixels> {
  const meta = await sharp(data).metadata();
  const { data: raw, info } = await sharp(data).raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    channels: info.channels,
    format: meta.format ?? '?',
    at(x, y) {
      const i = (y * info.width + x) * info.channels;
      return [...raw.subarray(i, i + info.channels)];
    },
  };
}

function hex(c: string): number[] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
  assert.ok(m, `expected #rrggbb, got ${c}`);
  return [1, 2, 3].map((i) => Number.parseInt(m[i]!, 16));
}

// ------------------------------------------------------------------ catalog

describe('catalog', () => {
  test('framesDir finds the repository frames/ folder with its catalog', () => {
    assert.ok(existsSync(join(FRAMES, 'catalog.json')));
    assert.ok(existsSync(join(FRAMES, 'browser-macos', 'frame.json')));
  });

  test('lists browser-macos (light, dark), the built-in none, and the background presets', async () => {
    const catalog = await loadCatalog();
    const mac = catalog.frames.find((f) => f.id === 'browser-macos');
    assert.deepEqual(mac, {
      id: 'browser-macos',
      kind: 'browser',
      themes: ['light', 'dark'],
      description: mac?.description,
      viewport: null,
      emulation: null,
    });
    assert.ok(mac.description.length > 10);
    const none = catalog.frames.find((f) => f.id === 'none');
    assert.equal(none?.kind, 'none');
    const names = catalog.backgrounds.map((b) => b.name);
    for (const name of ['midnight', 'ocean', 'sunset', 'forest', 'slate', 'paper', 'white', 'black', 'transparent']) {
      assert.ok(names.includes(name), `preset ${name} missing from ${names.join(', ')}`);
    }
    assert.equal(catalog.backgrounds.find((b) => b.name === 'midnight')?.kind, 'gradient');
    assert.equal(catalog.backgrounds.find((b) => b.name === 'white')?.kind, 'solid');
    assert.equal(catalog.backgrounds.find((b) => b.name === 'transparent')?.kind, 'transparent');
  });

  test('every frame in the catalog composes in every theme it lists (new data files are checked here)', async () => {
    const catalog = await loadCatalog();
    for (const frame of catalog.frames) {
      for (const theme of frame.themes) {
        const c = await createCompositor(frameOptions({ device: frame.id, theme, background: 'midnight', shadow: true }), PNG, 1);
        assert.deepEqual(c.viewport, frame.viewport);
        const vp = frame.viewport ?? { width: 320, height: 200 };
        const shot = await solidShot(vp.width, vp.height);
        const out = await c.compose(shot, 'https://example.com/a/page');
        const img = await pixels(out.data);
        assert.equal(img.format, 'png');
        assert.equal(img.width, out.width, `${frame.id}/${theme}`);
        assert.equal(img.height, out.height, `${frame.id}/${theme}`);
        assert.ok(out.width >= shot.width && out.height >= shot.height);
      }
    }
  });
});

// ------------------------------------------------------------------ backgrounds

describe('parseBackground', () => {
  test('presets resolve to their data', () => {
    const midnight = parseBackground('midnight');
    assert.equal(midnight.kind, 'gradient');
    assert.ok(midnight.kind === 'gradient' && midnight.stops.length >= 2);
    assert.deepEqual(parseBackground('White'), { kind: 'solid', color: { r: 255, g: 255, b: 255, alpha: 1 } });
    assert.deepEqual(parseBackground('transparent'), { kind: 'transparent' });
  });

  test('CSS colours: hex, rgb(), hsl(), names', () => {
    const solid = (r: number, g: number, b: number, alpha = 1) => ({ kind: 'solid', color: { r, g, b, alpha } });
    assert.deepEqual(parseBackground('#fff'), solid(255, 255, 255));
    assert.deepEqual(parseBackground('#1e293b'), solid(30, 41, 59));
    assert.deepEqual(parseBackground('#1e293b80'), solid(30, 41, 59, 0.502));
    assert.deepEqual(parseBackground('#f008'), solid(255, 0, 0, 0.533));
    assert.deepEqual(parseBackground('rgb(10, 20, 30)'), solid(10, 20, 30));
    assert.deepEqual(parseBackground('rgba(10,20,30,0.5)'), solid(10, 20, 30, 0.5));
    assert.deepEqual(parseBackground('rgb(10 20 30 / 25%)'), solid(10, 20, 30, 0.25));
    assert.deepEqual(parseBackground('rgb(100%, 0%, 50%)'), solid(255, 0, 128));
    assert.deepEqual(parseBackground('hsl(120 100% 25%)'), solid(0, 128, 0));
    assert.deepEqual(parseBackground('rebeccapurple'), solid(102, 51, 153));
    assert.deepEqual(parseBackground('  Navy '), solid(0, 0, 128));
    assert.deepEqual(parseBackground('#00000000'), { kind: 'transparent' });
  });

  test('junk is a UserError that lists the presets', () => {
    for (const junk of ['nope', '#12', '#ggg', 'rgb(1,2)', 'rgb(1 2 3 4 5)', 'hsl(1, 2, 3)', 'url(x.png)', '']) {
      assert.throws(() => parseBackground(junk), (err: unknown) => {
        assert.ok(err instanceof UserError, `${junk}: ${String(err)}`);
        assert.match(err.message, /midnight/);
        assert.match(err.message, /ocean/);
        assert.match(err.message, /transparent/);
        return true;
      });
    }
  });
});

// ------------------------------------------------------------------ compositing

describe('browser-macos compositing', () => {
  for (const scale of [1, 2]) {
    test(`scale ${scale}: exact canvas size, shot pixels untouched, background corners, rounded window`, async () => {
      const padding = 40;
      const c = await createCompositor(frameOptions({ padding, radius: 12 }), PNG, scale);
      assert.equal(c.viewport, null);
      const shot = await patternShot(400 * scale, 300 * scale);
      const out = await c.compose(shot, 'https://example.com/docs');
      const bar = macos.insets.top * scale;
      const pad = padding * scale;
      assert.equal(out.format, 'png');
      assert.equal(out.width, shot.width + 2 * pad);
      assert.equal(out.height, shot.height + bar + 2 * pad);

      const img = await pixels(out.data);
      assert.equal(img.width, out.width);
      assert.equal(img.height, out.height);
      assert.equal(img.channels, 3, 'an opaque background needs no alpha channel');

      // The shot sits below the bar, 1:1. Its outermost ring of pixels carries
      // the window's hairline border and the bottom corners are rounded, so
      // compare everything inside those.
      const border = Math.max(1, Math.round(1 * scale));
      const radius = 12 * scale;
      const x0 = pad;
      const y0 = pad + bar;
      let checked = 0;
      for (let y = 0; y < shot.height - radius; y += 3) {
        for (let x = border; x < shot.width - border; x += 5) {
          const got = img.at(x0 + x, y0 + y);
          const want = patternPixel(x, y);
          if (got[0] !== want[0] || got[1] !== want[1] || got[2] !== want[2]) {
            assert.fail(`shot pixel (${x},${y}) became ${got.join(',')}, expected ${want.join(',')}`);
          }
          checked++;
        }
      }
      assert.ok(checked > 5_000);

      // Canvas corners: the white background, exactly.
      for (const [x, y] of [[0, 0], [out.width - 1, 0], [0, out.height - 1], [out.width - 1, out.height - 1]] as const) {
        assert.deepEqual(img.at(x, y), [255, 255, 255], `canvas corner (${x},${y})`);
      }
      // The window's own corner pixels are outside its rounded outline: background too.
      assert.deepEqual(img.at(pad, pad), [255, 255, 255]);
      assert.deepEqual(img.at(out.width - pad - 1, out.height - pad - 1), [255, 255, 255]);
      // …while just inside the curve it is the frame (title bar) and the shot.
      assert.notDeepEqual(img.at(pad + radius, pad + 2 * scale), [255, 255, 255]);
      const inside = img.at(out.width - pad - radius, out.height - pad - radius);
      assert.deepEqual(inside, patternPixel(shot.width - radius, shot.height - radius));
    });
  }

  test('edge settings: no padding, square corners, fractional and 3x scales', async () => {
    const noPad = await createCompositor(frameOptions({ padding: 0, radius: 0, shadow: true }), PNG, 1.5);
    const out = await noPad.compose(await solidShot(600, 450), 'https://example.com/');
    assert.deepEqual([out.width, out.height], [600, 450 + Math.round(macos.insets.top * 1.5)]);
    const img = await pixels(out.data);
    assert.equal(img.channels, 3);
    // Square corners: the very corner pixel is the frame's border over the bar, not background.
    assert.ok(img.at(0, 0).every((v) => v < 250), `corner ${img.at(0, 0).join(',')}`);

    const big = await createCompositor(frameOptions({ padding: 10, radius: 200, background: 'ocean', shadow: true }), PNG, 3);
    const shot = await solidShot(300, 240);
    const framed = await big.compose(shot, 'https://example.com/');
    assert.deepEqual([framed.width, framed.height], [300 + 60, 240 + macos.insets.top * 3 + 60]);
  });

  test('solid red shot at 1280x800: every sampled screen pixel stays pure red', async () => {
    const c = await createCompositor(frameOptions({ background: 'midnight', shadow: true }), PNG, 1);
    const out = await c.compose(await solidShot(1280, 800), 'https://example.com/');
    const img = await pixels(out.data);
    const x0 = 64;
    const y0 = 64 + macos.insets.top;
    for (const [x, y] of [[2, 0], [640, 400], [1277, 3], [100, 780], [1200, 700]] as const) {
      assert.deepEqual(img.at(x0 + x, y0 + y).slice(0, 3), [255, 0, 0], `(${x},${y})`);
    }
    assert.notDeepEqual(img.at(x0 + 1280 + 2, y0 + 400).slice(0, 3), [255, 0, 0], 'the shot ends where the screen ends');
  });

  test('the title bar has the theme colour: light vs dark', async () => {
    const shot = await solidShot(800, 500);
    for (const theme of ['light', 'dark'] as const) {
      const c = await createCompositor(frameOptions({ theme }), PNG, 1);
      const out = await c.compose(shot, 'https://example.com/');
      const img = await pixels(out.data);
      // Right part of the bar, clear of the traffic lights and the address bar.
      const got = img.at(64 + 800 - 30, 64 + Math.round(macos.insets.top / 2));
      const top = hex(macos.themes[theme].barTop!);
      const bottom = hex(macos.themes[theme].barBottom!);
      for (let i = 0; i < 3; i++) {
        const lo = Math.min(top[i]!, bottom[i]!) - 2;
        const hi = Math.max(top[i]!, bottom[i]!) + 2;
        assert.ok(got[i]! >= lo && got[i]! <= hi, `${theme}: bar pixel ${got.join(',')} not between ${top.join(',')} and ${bottom.join(',')}`);
      }
      if (theme === 'light') assert.ok(got.every((v) => v > 200), `light bar is light: ${got.join(',')}`);
      else assert.ok(got.slice(0, 3).every((v) => v < 90), `dark bar is dark: ${got.join(',')}`);
    }
  });

  test('transparent background: alpha 0 around and outside the rounded corners, the window opaque, the shadow translucent', async () => {
    const flat = await createCompositor(frameOptions({ background: 'transparent' }), PNG, 1);
    const out = await flat.compose(await solidShot(600, 400), 'https://example.com/');
    const img = await pixels(out.data);
    assert.equal(img.channels, 4);
    assert.equal(img.at(0, 0)[3], 0);
    assert.equal(img.at(out.width - 1, out.height - 1)[3], 0);
    assert.equal(img.at(64, 64)[3], 0, 'outside the rounded corner');
    assert.equal(img.at(64 + 599, 64 + macos.insets.top + 399)[3], 0, 'outside the rounded corner');
    assert.equal(img.at(64 + 300, 64 + 200)[3], 255);

    const shadowed = await createCompositor(frameOptions({ background: 'transparent', shadow: true }), PNG, 1);
    const s = await pixels((await shadowed.compose(await solidShot(600, 400), 'https://example.com/')).data);
    assert.equal(s.at(0, 0)[3], 0);
    const belowWindow = s.at(64 + 300, out.height - 64 + 10)[3]!;
    assert.ok(belowWindow > 10 && belowWindow < 255, `shadow alpha below the window: ${belowWindow}`);
    assert.ok(s.at(64, 64)[3]! < 128, 'the window corner shows the shadow, not the window');
  });

  test('shadow darkens the background below the window; --no-shadow leaves it flat', async () => {
    const shot = await solidShot(600, 400);
    const x = 64 + 300;
    const y = 64 + macos.insets.top + 400 + 16;
    const withShadow = await pixels((await (await createCompositor(frameOptions({ shadow: true }), PNG, 1)).compose(shot, 'https://e.com/')).data);
    const flat = await pixels((await (await createCompositor(frameOptions({ shadow: false }), PNG, 1)).compose(shot, 'https://e.com/')).data);
    assert.deepEqual(flat.at(x, y), [255, 255, 255]);
    assert.ok(withShadow.at(x, y)[0]! < 235, `shadow pixel ${withShadow.at(x, y).join(',')}`);
  });

  test('jpeg, webp and avif outputs decode with the right size', async () => {
    const shot = await solidShot(640, 400);
    for (const format of ['jpeg', 'webp', 'avif'] as const) {
      for (const background of ['midnight', 'transparent']) {
        const c = await createCompositor(frameOptions({ background, shadow: true }), { format, quality: 80 }, 2);
        const out = await c.compose({ ...shot }, 'https://example.com/');
        const img = await pixels(out.data);
        assert.equal(out.format, format);
        // libvips reports AVIF as its container family, HEIF.
        assert.equal(img.format, format === 'avif' ? 'heif' : format);
        assert.equal(img.width, 640 + 2 * 64 * 2);
        assert.equal(img.height, 400 + (macos.insets.top + 2 * 64) * 2);
        if (format === 'jpeg') assert.equal(img.channels, 3);
      }
    }
  });

  test('XML-hostile URLs and titles render (escaped), and the address text is really drawn', async () => {
    const shot = await solidShot(800, 500);
    const c = await createCompositor(frameOptions(), PNG, 1);
    const barOf = async (url: string, compositor = c) => {
      const out = await compositor.compose(shot, url);
      return sharp(out.data).extract({ left: 64, top: 64, width: 800, height: macos.insets.top }).raw().toBuffer();
    };
    const hostile = await barOf(`https://example.com/?q=<script>&"'</text><rect width="9999"`);
    const plain = await barOf('https://example.com/');
    assert.notDeepEqual(hostile, plain, 'different URLs draw different bars');
    const titled = await createCompositor(frameOptions({ title: '<b>&"\'Release notes' }), PNG, 1);
    const a = await barOf('https://a.example/', titled);
    const b = await barOf('https://b.example/', titled);
    assert.deepEqual(a, b, 'with a title, the URL is not shown');
  });

  test('"none" passes PNG bytes through and re-encodes for jpeg/webp', async () => {
    const shot = await solidShot(300, 200, '#336699');
    const png = await createCompositor(frameOptions({ device: 'none', background: 'sunset', padding: 100 }), PNG, 2);
    assert.equal(png.viewport, null);
    const out = await png.compose(shot, 'https://example.com/');
    assert.equal(out.data, shot.png, 'the very same buffer');
    assert.deepEqual([out.width, out.height, out.format], [300, 200, 'png']);
    for (const format of ['jpeg', 'webp'] as const) {
      const c = await createCompositor(frameOptions({ device: 'none' }), { format, quality: 90 }, 1);
      const enc = await c.compose(shot, 'https://example.com/');
      const img = await pixels(enc.data);
      assert.equal(img.format, format);
      assert.deepEqual([img.width, img.height, enc.width, enc.height], [300, 200, 300, 200]);
    }
  });

  test('unknown frame, missing theme, bad background: UserErrors that say what to use', async () => {
    await assert.rejects(createCompositor(frameOptions({ device: 'browser-netscape' }), PNG, 1), (err: unknown) => {
      assert.ok(err instanceof UserError);
      assert.match(err.message, /browser-netscape/);
      assert.match(err.message, /browser-macos/);
      assert.match(err.message, /none/);
      return true;
    });
    await assert.rejects(createCompositor(frameOptions({ background: 'plaid' }), PNG, 1), (err: unknown) =>
      err instanceof UserError && /midnight/.test(err.message));
  });
});

// ------------------------------------------------------------------ text

describe('address bar text', () => {
  test('URLs are shown like a browser does', () => {
    assert.deepEqual(displayUrl('https://example.com/'), { text: 'example.com', secure: true });
    assert.deepEqual(displayUrl('http://127.0.0.1:8080/docs/?a=1#x'), { text: '127.0.0.1:8080/docs/?a=1#x', secure: false });
    assert.deepEqual(displayUrl('https://user:secret@example.com/p'), { text: 'example.com/p', secure: true });
    assert.deepEqual(displayUrl('https://xn--bcher-kva.example/%C3%BCber'), { text: 'bücher.example/über', secure: true });
    assert.deepEqual(displayUrl('not a url'), { text: 'not a url', secure: false });
  });

  test('long text is cut with an ellipsis to fit, short text is kept', () => {
    assert.equal(fitText('example.com', 500, 13), 'example.com');
    const long = 'example.com/' + 'segment/'.repeat(40);
    const cut = fitText(long, 300, 13);
    assert.ok(cut.endsWith('\u2026'));
    assert.ok(long.startsWith(cut.slice(0, -1)));
    assert.ok(textWidth(cut, 13) <= 300);
    assert.ok(textWidth(cut, 13) > 280, 'uses the room it has');
    assert.equal(fitText(long, 5, 13), '');
  });
});

// ------------------------------------------------------------------ frames as data

describe('frames are data', () => {
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'framecap-frames-'));
    await cp(join(FRAMES, 'catalog.json'), join(dir, 'catalog.json'));
    // A phone that exists only as files: fixed viewport, a body with a screen
    // hole, and a cut-out drawn over the screen. No compositor code knows it.
    await mkdir(join(dir, 'test-phone'));
    await writeFile(join(dir, 'test-phone', 'frame.json'), JSON.stringify({
      id: 'test-phone',
      kind: 'device',
      description: 'a test phone',
      viewport: { width: 100, height: 160 },
      insets: { top: 10, right: 10, bottom: 10, left: 10 },
      window: { radius: 20, clip: false },
      shadow: [{ offsetY: 6, blur: 16, opacity: 0.4 }],
      vars: { hole: '12' },
      layers: [{ svg: 'body.svg', area: 'window' }, { svg: 'island.svg', area: 'screen' }],
      themes: { light: { body: '#224466', island: '#000000' } },
    }));
    await writeFile(join(dir, 'test-phone', 'body.svg'), `<svg xmlns="http://www.w3.org/2000/svg" width="{{pixelWidth}}" height="{{pixelHeight}}" viewBox="0 0 {{width}} {{height}}">
  <path fill-rule="evenodd" fill="{{body}}" d="M {{radius}} 0 H {{width - radius}} A {{radius}} {{radius}} 0 0 1 {{width}} {{radius}} V {{height - radius}} A {{radius}} {{radius}} 0 0 1 {{width - radius}} {{height}} H {{radius}} A {{radius}} {{radius}} 0 0 1 0 {{height - radius}} V {{radius}} A {{radius}} {{radius}} 0 0 1 {{radius}} 0 Z
    M {{screenX + hole}} {{screenY}} H {{screenX + screenWidth - hole}} A {{hole}} {{hole}} 0 0 1 {{screenX + screenWidth}} {{screenY + hole}} V {{screenY + screenHeight - hole}} A {{hole}} {{hole}} 0 0 1 {{screenX + screenWidth - hole}} {{screenY + screenHeight}} H {{screenX + hole}} A {{hole}} {{hole}} 0 0 1 {{screenX}} {{screenY + screenHeight - hole}} V {{screenY + hole}} A {{hole}} {{hole}} 0 0 1 {{screenX + hole}} {{screenY}} Z"/>
</svg>`);
    await writeFile(join(dir, 'test-phone', 'island.svg'), `<svg xmlns="http://www.w3.org/2000/svg" width="{{pixelWidth}}" height="{{pixelHeight}}" viewBox="0 0 {{width}} {{height}}">
  <rect x="{{width / 2 - 20}}" y="6" width="40" height="10" rx="5" fill="{{island}}"/>
</svg>`);
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const phone = (over: Partial<FrameOptions> = {}) => frameOptions({ device: 'test-phone', padding: 20, ...over });

  test('a device folder shows up in the catalog with its viewport', async () => {
    const catalog = await loadCatalog(dir);
    assert.deepEqual(catalog.frames.map((f) => f.id), ['test-phone', 'none']);
    assert.deepEqual(catalog.frames[0], {
      id: 'test-phone', kind: 'device', themes: ['light'], description: 'a test phone', viewport: { width: 100, height: 160 },
      emulation: { deviceScaleFactor: null, isMobile: false, hasTouch: false, userAgent: null },
    });
  });

  test('the device composes from data: bezel, screen, cut-out, backdrop around its own outline', async () => {
    const scale = 2;
    const c = await createCompositor(phone(), PNG, scale, dir);
    assert.deepEqual(c.viewport, { width: 100, height: 160 });
    const out = await c.compose(await solidShot(200, 320), 'https://example.com/');
    assert.equal(out.width, (100 + 20 + 40) * scale);
    assert.equal(out.height, (160 + 20 + 40) * scale);
    const img = await pixels(out.data);
    const o = 20 * scale; // window origin
    assert.deepEqual(img.at(o + 5 * scale, o + 80 * scale), [0x22, 0x44, 0x66], 'bezel');
    assert.deepEqual(img.at(o + 60 * scale, o + 90 * scale), [255, 0, 0], 'screen');
    assert.deepEqual(img.at(o + 60 * scale, o + 20 * scale), [0, 0, 0], 'cut-out over the screen');
    assert.deepEqual(img.at(o + 10 * scale + 1, o + 10 * scale + 1), [0x22, 0x44, 0x66], 'screen corner under the bezel');
    assert.deepEqual(img.at(o, o), [255, 255, 255], 'outside the body outline: background');

    // On a gradient, the window box's corners outside the body show the gradient, not holes.
    const g = await createCompositor(phone({ background: 'midnight' }), PNG, scale, dir);
    const gi = await pixels((await g.compose(await solidShot(200, 320), 'https://example.com/')).data);
    assert.equal(gi.channels, 3);
    const corner = gi.at(o, o);
    assert.ok(corner[2]! > corner[0]!, `gradient (bluish) at the body's corner, got ${corner.join(',')}`);
  });

  test('a theme the frame lacks is a UserError naming the ones it has', async () => {
    await assert.rejects(createCompositor(phone({ theme: 'dark' }), PNG, 1, dir), (err: unknown) =>
      err instanceof UserError && /test-phone/.test(err.message) && /light/.test(err.message));
  });

  test('mistakes in frame data are UserErrors naming the file', async () => {
    // Frame folders are read once per process, so each case gets a folder of its own.
    const root = '<svg xmlns="http://www.w3.org/2000/svg" width="{{pixelWidth}}" height="{{pixelHeight}}" viewBox="0 0 {{width}} {{height}}">';
    const cases: Array<[string, object, string, RegExp]> = [
      ['b-name', {}, `${root}<rect fill="{{nosuch}}"/></svg>`, /unknown name "nosuch"/],
      ['b-cycle', { vars: { a: 'b + 1', b: 'a * 2' } }, `${root}<rect width="{{a}}"/></svg>`, /depends on itself/],
      ['b-size', {}, '<svg xmlns="http://www.w3.org/2000/svg" width="{{width}}" height="{{height}}"></svg>', /pixelWidth/],
      ['b-syntax', {}, `${root}<rect width="{{ 1 + }}"/></svg>`, /bad expression/],
      ['b-text', {}, `${root}<rect width="{{ c * 2 }}"/></svg>`, /"c" is text/],
    ];
    for (const [id, frame, svg, pattern] of cases) {
      const folder = await mkdtemp(join(tmpdir(), 'framecap-frames-'));
      try {
        await cp(join(FRAMES, 'catalog.json'), join(folder, 'catalog.json'));
        await mkdir(join(folder, id));
        await writeFile(join(folder, id, 'frame.json'), JSON.stringify({
          id, kind: 'browser', description: 'x', insets: { top: 30 }, themes: { light: { c: '#fff' } }, layers: [{ svg: 'a.svg', area: 'top' }], ...frame,
        }));
        await writeFile(join(folder, id, 'a.svg'), svg);
        await assert.rejects(createCompositor(frameOptions({ device: id }), PNG, 2, folder), (err: unknown) => {
          assert.ok(err instanceof UserError, `${id}: ${String(err)}`);
          assert.match(err.message, pattern);
          assert.match(err.message, new RegExp(`${id}.a\\.svg`));
          return true;
        });
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    }
  });
});

// ------------------------------------------------------------------ example

test('writes an example capture to /tmp/frame-example.png', async () => {
  const w = 1280;
  const h = 800;
  const page = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <rect width="${w}" height="${h}" fill="#ffffff"/><rect width="${w}" height="64" fill="#f8fafc"/>
    <rect x="40" y="22" width="120" height="20" rx="4" fill="#6366f1"/>
    <text x="80" y="190" font-family="Liberation Sans" font-size="48" font-weight="bold" fill="#0f172a">Getting started</text>
    ${Array.from({ length: 10 }, (_, i) => `<rect x="80" y="${240 + i * 34}" width="${700 - (i % 3) * 120}" height="14" rx="7" fill="#e2e8f0"/>`).join('')}
    <rect x="860" y="150" width="340" height="420" rx="16" fill="#eef2ff"/></svg>`;
  const png = await sharp(Buffer.from(page)).png().toBuffer();
  const c = await createCompositor(frameOptions({ background: 'midnight', shadow: true }), PNG, 1);
  const out = await c.compose({ png, width: w, height: h, finalUrl: '', httpStatus: 200, title: 'Getting started' }, 'https://docs.example.com/guide/getting-started');
  await writeFile('/tmp/frame-example.png', out.data);
  assert.equal((await sharp('/tmp/frame-example.png').metadata()).width, w + 128);
});

// ------------------------------------------------------------------ shipped frames, backgrounds, extras

describe('shipped frames: geometry', () => {
  interface FrameJson { insets: Partial<Record<'top' | 'right' | 'bottom' | 'left', number>> }

  test('the screen rectangle holds the page exactly, pixel for pixel, at the requested scale (1, 2, 3)', async () => {
    const catalog = await loadCatalog();
    for (const f of catalog.frames.filter((x) => x.kind !== 'none')) {
      const json = JSON.parse(await readFile(join(FRAMES, f.id, 'frame.json'), 'utf8')) as FrameJson;
      const ins = { top: 0, right: 0, bottom: 0, left: 0, ...json.insets };
      // Devices are big (and slow to encode at 3x): scale 1, plus 2 for one phone; browsers try all three.
      for (const scale of f.viewport ? (f.id === 'phone-ios' ? [1, 2] : [1]) : [1, 2, 3]) {
        const vp = f.viewport ?? { width: 300, height: 180 };
        const w = Math.round(vp.width * scale);
        const h = Math.round(vp.height * scale);
        const padding = 24;
        const c = await createCompositor(frameOptions({ device: f.id, theme: f.themes[0]!, padding, background: 'white' }), PNG, scale);
        const out = await c.compose(await patternShot(w, h), 'https://example.com/');
        const px = (css: number): number => Math.round(css * scale);
        assert.equal(out.width, px(padding) * 2 + px(ins.left) + w + px(ins.right), `${f.id}@${scale} width`);
        assert.equal(out.height, px(padding) * 2 + px(ins.top) + h + px(ins.bottom), `${f.id}@${scale} height`);
        const img = await pixels(out.data);
        const x0 = px(padding) + px(ins.left);
        const y0 = px(padding) + px(ins.top);
        // The middle band of rows: clear of rounded display corners and of overlays such as a home indicator.
        for (let y = Math.floor(h * 0.3); y < Math.floor(h * 0.7); y += 7) {
          for (let x = 3; x < w - 3; x += 3) {
            const got = img.at(x0 + x, y0 + y).slice(0, 3);
            if (got.join() !== patternPixel(x, y).join()) assert.fail(`${f.id}@${scale}: page pixel (${x},${y}) is ${got} at (${x0 + x},${y0 + y}), want ${patternPixel(x, y)}`);
          }
        }
      }
    }
  });

  test('devices report what to render as; browsers impose nothing', async () => {
    const catalog = await loadCatalog();
    const byId = new Map(catalog.frames.map((f) => [f.id, f]));
    for (const id of ['browser-macos', 'browser-windows', 'browser-minimal']) {
      assert.deepEqual(byId.get(id)?.themes, ['light', 'dark'], id);
      assert.equal(byId.get(id)?.emulation, null, id);
    }
    for (const id of ['phone-ios', 'phone-android', 'tablet']) {
      const e = byId.get(id)?.emulation;
      assert.ok(e && e.isMobile && e.hasTouch && (e.deviceScaleFactor ?? 0) >= 2, id);
      assert.match(e.userAgent ?? '', /Mobile/, id);
    }
    assert.equal(byId.get('laptop')?.emulation?.isMobile, false);
    // A laptop has no scale of its own: it keeps the run's, as a browser window does.
    assert.equal(byId.get('laptop')?.emulation?.deviceScaleFactor, null);
    const phone = await createCompositor(frameOptions({ device: 'phone-ios' }), PNG, 1);
    assert.deepEqual(phone.viewport, { width: 393, height: 800 });
    assert.match(phone.emulation?.userAgent ?? '', /iPhone/);
  });

  test("a phone's rounded display: page corners outside it show the background, not the page", async () => {
    const c = await createCompositor(frameOptions({ device: 'phone-ios', padding: 20, background: '#00ff00' }), PNG, 1);
    const out = await c.compose(await solidShot(393, 800), 'https://example.com/');
    const img = await pixels(out.data);
    const json = JSON.parse(await readFile(join(FRAMES, 'phone-ios', 'frame.json'), 'utf8')) as FrameJson;
    const left = 20 + json.insets.left!;
    const bottom = 20 + json.insets.top! + 800 - 1;
    assert.notDeepEqual(img.at(left, bottom), [255, 0, 0], 'the page corner is cut away');
    assert.deepEqual(img.at(left + 196, bottom - 40), [255, 0, 0], 'the page inside the display');
    assert.deepEqual(img.at(3, 3), [0, 255, 0], 'background around the phone');
  });
});

describe('backgrounds: gradients and images', () => {
  test('two-colour gradients: short form with angle, and CSS linear-gradient()', () => {
    const short = parseBackground('#ff0080,#7928ca@135');
    assert.deepEqual(short, { kind: 'gradient', angle: 135, stops: [
      { color: { r: 255, g: 0, b: 128, alpha: 1 }, offset: 0 }, { color: { r: 121, g: 40, b: 202, alpha: 1 }, offset: 1 },
    ] });
    assert.deepEqual(parseBackground('linear-gradient(135deg, #ff0080, #7928ca)'), short);
    const css = parseBackground('linear-gradient(to right, rgb(0, 0, 255) 10%, red 90%)');
    assert.equal(css.kind, 'gradient');
    assert.equal(css.kind === 'gradient' && css.angle, 90);
    assert.deepEqual(css.kind === 'gradient' && css.stops.map((s) => s.offset), [0.1, 0.9]);
    assert.equal(parseBackground('navy,white').kind, 'gradient', 'no angle: top to bottom');
    for (const bad of ['#ff0080,nosuch@135', 'linear-gradient(90deg, red)', '#fff,#000@x']) {
      assert.throws(() => parseBackground(bad), UserError, bad);
    }
  });

  test('an image path is a background; a missing one is a UserError saying so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'framecap-bgimg-'));
    try {
      const file = join(dir, 'bg.png');
      await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0000ff' } }).png().toFile(file);
      assert.deepEqual(parseBackground(file), { kind: 'image', path: file });
      const c = await createCompositor(frameOptions({ background: file, padding: 30 }), PNG, 1);
      const img = await pixels((await c.compose(await solidShot(200, 100), 'https://example.com/')).data);
      assert.deepEqual(img.at(2, 2).slice(0, 3), [0, 0, 255]);
      assert.throws(() => parseBackground(join(dir, 'missing.jpg')), (err: unknown) => err instanceof UserError && /does not exist/.test(err.message));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('compose settings: max height, thumbnails, shadow strength', () => {
  test('a full page taller than maxHeight is cut at the bottom and says so; a short one is not', async () => {
    const c = await createCompositor(frameOptions({ padding: 10, maxHeight: 300 }), PNG, 2);
    const tall = await c.compose(await patternShot(400, 1000), 'https://example.com/');
    assert.equal(tall.cropped, true);
    assert.equal(tall.height, 2 * 10 * 2 + macos.insets.top * 2 + 600);
    const img = await pixels(tall.data);
    const y0 = 20 + macos.insets.top * 2;
    assert.deepEqual(img.at(20 + 200, y0 + 597), patternPixel(200, 597), 'the rows above the cut are the page rows');
    const short = await c.compose(await patternShot(400, 500), 'https://example.com/');
    assert.equal(short.cropped, false);
    const plain = await createCompositor(frameOptions({ device: 'none', maxHeight: 120 }), PNG, 1);
    const cut = await plain.compose(await patternShot(50, 400), 'https://example.com/');
    assert.deepEqual([cut.width, cut.height, cut.cropped], [50, 120, true]);
  });

  test('thumbnails: the asked width, same format, aspect kept', async () => {
    const c = await createCompositor(frameOptions({ thumbnail: 200 }), { format: 'webp', quality: 80 }, 1);
    const out = await c.compose(await solidShot(640, 400), 'https://example.com/');
    assert.ok(out.thumbnail);
    const meta = await sharp(out.thumbnail.data).metadata();
    assert.equal(meta.format, 'webp');
    assert.equal(meta.width, 200);
    assert.equal(meta.height, Math.round((out.height * 200) / out.width));
    const none = await (await createCompositor(frameOptions(), PNG, 1)).compose(await solidShot(100, 80), 'https://example.com/');
    assert.equal(none.thumbnail, null);
  });

  test('shadow strength scales the shadow; 0 removes it; out of range is a UserError', async () => {
    const below = async (shadowStrength: number): Promise<number> => {
      const c = await createCompositor(frameOptions({ shadow: true, padding: 80, shadowStrength }), PNG, 1);
      const img = await pixels((await c.compose(await solidShot(300, 200), 'https://example.com/')).data);
      return img.at(80 + 150, 80 + macos.insets.top + 200 + 30)[0]!;
    };
    const [none, normal, strong] = [await below(0), await below(1), await below(2.5)];
    assert.equal(none, 255);
    assert.ok(normal < 255 && strong < normal, `white ${none} > normal ${normal} > strong ${strong}`);
    await assert.rejects(createCompositor(frameOptions({ shadowStrength: 9 }), PNG, 1), UserError);
  });
});

describe('shipped font', () => {
  test('Inter from frames/fonts/ is what SVG text is drawn with, whatever the machine has', async () => {
    const files = await registerFrameFonts(FRAMES);
    assert.deepEqual(files.map((f) => f.slice(FRAMES.length + 1)), ['fonts/Inter-Regular.ttf', 'fonts/Inter-SemiBold.ttf']);
    assert.ok(existsSync(join(FRAMES, 'fonts', 'OFL.txt')), 'the licence ships with the font');
    const draw = async (family: string): Promise<Buffer> => sharp(Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="30"><rect width="240" height="30" fill="#fff"/><text x="4" y="21" font-family="${family}" font-size="16">Getting started 9:41</text></svg>`,
    )).raw().toBuffer();
    const inter = await draw('Inter');
    assert.ok(inter.some((v) => v < 128), 'text is drawn');
    // A family nobody has falls back to fontconfig's default; Inter must differ from it (it was found).
    assert.notDeepEqual(inter, await draw('No Such Font Family'));
  });
});

describe('prebuilt frames', () => {
  /** Pixels the way the renderer hands them on (decoded, 3 channels), with every pixel different. */
  async function decodedPatternShot(width: number, height: number): Promise<Shot> {
    const shot = await patternShot(width, height);
    const { data } = await sharp(shot.png).raw().toBuffer({ resolveWithObject: true });
    return { ...shot, pixels: { data, width, height, channels: 3 } };
  }

  async function rawOf(data: Buffer): Promise<Buffer> {
    return (await sharp(data).raw().toBuffer());
  }

  /** Bytes that differ, and by how much at most. */
  function difference(a: Buffer, b: Buffer): { bytes: number; max: number } {
    assert.equal(a.length, b.length, 'same size');
    let bytes = 0;
    let max = 0;
    for (let i = 0; i < a.length; i++) {
      const d = Math.abs(a[i]! - b[i]!);
      if (d > 0) { bytes++; max = Math.max(max, d); }
    }
    return { bytes, max };
  }

  test('from the second shot of a size, each browser frame draws what the whole composite draws, with the capture\'s own address', async () => {
    const urlA = 'https://docs.example.com/a/very/long/path/that/gets/cut/with/an/ellipsis?query=1';
    const urlB = 'http://short.example/';
    for (const device of ['browser-macos', 'browser-windows', 'browser-minimal']) {
      for (const [theme, background, scale, maxHeight] of [['light', 'midnight', 1, null], ['dark', 'paper', 2, null], ['light', '#123456', 1, 150]] as const) {
        const label = `${device} ${theme} ${background} @${scale}${maxHeight ? ` cut at ${maxHeight}` : ''}`;
        const shot = await decodedPatternShot(Math.round(320 * scale), Math.round(200 * scale));
        const options = frameOptions({ device, theme, background, padding: 24, shadow: true, maxHeight });
        // The whole composite of the shot with address A, from a compositor that sees the size once.
        const reference = await createCompositor(options, PNG, scale);
        const want = await reference.compose(shot, urlA);
        // Another compositor sees the size first with address B, then composes A on its prebuilt frame.
        const c = await createCompositor(options, PNG, scale);
        await c.compose(shot, urlB);
        const got = await c.compose(shot, urlA);
        assert.deepEqual((c as unknown as { composed: unknown }).composed, { prebuilt: 1, full: 1 }, label);
        // Its address bar was drawn from the layer alone, written into the band's own prebuilt frame.
        assert.deepEqual((c as unknown as { bands: unknown }).bands, { painted: 1, composited: 0 }, label);
        assert.deepEqual([got.width, got.height, got.cropped], [want.width, want.height, want.cropped], label);
        // Rounding in the anti-aliased corners may differ by one; everything else is the same pixel.
        const diff = difference(await rawOf(got.data), await rawOf(want.data));
        assert.ok(diff.max <= 1, `${label}: a pixel differs by ${diff.max}`);
        assert.ok(diff.bytes < got.width * got.height * 3 * 0.01, `${label}: ${diff.bytes} bytes differ`);
        // And address B's text is not left behind: A's bar differs from B's.
        const other = await reference.compose(shot, urlB);
        assert.ok(difference(await rawOf(other.data), await rawOf(got.data)).bytes > 100, `${label}: the address bar was redrawn`);
      }
    }
  });

  test('a canvas lent for one capture is painted over by a later one only once released, and draws as a fresh one', () => {
    const [width, height] = [4, 4];
    const screen = { x: 1, y: 1, width: 2, height: 2 };
    const probe = (value: number): Buffer => {
      const canvas = Buffer.alloc(width * height * 3, 10);
      for (let y = screen.y; y < screen.y + screen.height; y++) canvas.fill(value, (y * width + screen.x) * 3, (y * width + screen.x + screen.width) * 3);
      return canvas;
    };
    const frame = PrebuiltFrame.fromProbes(probe(0), probe(255), width, height, screen, [])!;
    const shot = (value: number) => ({ data: Buffer.alloc(screen.width * screen.height * 3, value), width: screen.width, height: screen.height, channels: 3 as const });
    const screenPixel = (canvas: Buffer): number => canvas[(screen.y * width + screen.x) * 3]!;
    const a = frame.paintOnLoan(shot(1), screen.height)!;
    const b = frame.paintOnLoan(shot(2), screen.height)!;
    assert.notEqual(a.data, b.data, 'two captures out at once get two canvases');
    assert.equal(screenPixel(a.data), 1, 'the first is not painted over while it is out');
    a.release();
    a.release();
    const c = frame.paintOnLoan(shot(3), screen.height)!;
    assert.equal(c.data, a.data, 'a released canvas is painted again');
    assert.deepEqual(c.data, frame.paint(shot(3), screen.height), 'and holds what a fresh canvas would');
    b.release();
    assert.equal(frame.paintOnLoan(shot(4), screen.height)!.data, b.data);
    const fresh = frame.paintOnLoan(shot(5), screen.height)!.data;
    assert.ok(fresh !== a.data && fresh !== b.data, 'a canvas released twice was handed back once');
    assert.equal(frame.paintOnLoan(shot(1), 3), null, 'pixels of another size are not painted');
  });

  test('an address bar drawn opaque is written into its prebuilt band; one that is not is composited as before', async () => {
    // Frame folders are read once per process, so each case gets a folder of its own.
    for (const [id, opacity] of [['bar-opaque', 1], ['bar-glass', 0.6]] as const) {
      const folder = await mkdtemp(join(tmpdir(), 'framecap-frames-'));
      try {
        await cp(join(FRAMES, 'catalog.json'), join(folder, 'catalog.json'));
        await mkdir(join(folder, id));
        await writeFile(join(folder, id, 'frame.json'), JSON.stringify({
          id, kind: 'browser', description: 'x', insets: { top: 30 }, window: { radius: 'option', clip: true, border: { width: 1, color: '#00000033' } },
          text: { url: { maxWidth: 'width - 40', fontSize: 12 } }, themes: { light: { bar: '#336699', ink: '#ffffff' } },
          layers: [{ svg: 'bar.svg', area: 'top' }],
        }));
        await writeFile(join(folder, id, 'bar.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="{{pixelWidth}}" height="{{pixelHeight}}" viewBox="0 0 {{width}} {{height}}">'
          + `<rect width="{{width}}" height="{{height}}" fill="{{bar}}" fill-opacity="${opacity}"/>`
          + '<text x="20" y="19" font-family="{{font}}" font-size="{{urlFontSize}}" fill="{{ink}}">{{url}}</text></svg>');
        const options = frameOptions({ device: id, background: 'midnight', padding: 24, shadow: true });
        const shot = await decodedPatternShot(320, 200);
        const want = await (await createCompositor(options, PNG, 1, folder)).compose(shot, 'https://a.example/page');
        const c = await createCompositor(options, PNG, 1, folder);
        await c.compose(shot, 'https://b.example/');
        const got = await c.compose(shot, 'https://a.example/page');
        assert.deepEqual((c as unknown as { composed: unknown }).composed, { prebuilt: 1, full: 1 }, id);
        assert.deepEqual((c as unknown as { bands: unknown }).bands, opacity === 1 ? { painted: 1, composited: 0 } : { painted: 0, composited: 1 }, id);
        // Only the opaque bar is compared: a translucent bar's band composite already differed from the whole
        // composite before the band could be prebuilt (by up to 62 levels where the bar shows text), a fault of its own.
        if (opacity === 1) {
          const diff = difference(await rawOf(got.data), await rawOf(want.data));
          assert.ok(diff.max <= 1, `${id}: a pixel differs by ${diff.max}`);
          assert.ok(diff.bytes < got.width * got.height * 3 * 0.01, `${id}: ${diff.bytes} bytes differ`);
        }
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    }
  });

  test('frames it cannot stand in for keep the whole composite: transparent backgrounds, devices, pixels with alpha', async () => {
    const transparent = await createCompositor(frameOptions({ background: 'transparent' }), PNG, 1);
    const shot = await decodedPatternShot(320, 200);
    for (let i = 0; i < 3; i++) await transparent.compose(shot, 'https://example.com/');
    assert.deepEqual((transparent as unknown as { composed: unknown }).composed, { prebuilt: 0, full: 3 });

    // A device draws its own outline over the page (not clipped): the backdrop goes under everything.
    const phone = await createCompositor(frameOptions({ device: 'phone-android', background: 'white' }), PNG, 1);
    const vp = phone.viewport!;
    const phoneShot = await decodedPatternShot(vp.width, vp.height);
    for (let i = 0; i < 2; i++) await phone.compose(phoneShot, 'https://example.com/');
    assert.deepEqual((phone as unknown as { composed: unknown }).composed, { prebuilt: 0, full: 2 });

    const opaque = await createCompositor(frameOptions({ background: 'white' }), PNG, 1);
    const { data } = await sharp(shot.png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const withAlpha: Shot = { ...shot, pixels: { data, width: 320, height: 200, channels: 4 } };
    for (let i = 0; i < 3; i++) await opaque.compose(withAlpha, 'https://example.com/');
    assert.deepEqual((opaque as unknown as { composed: unknown }).composed, { prebuilt: 0, full: 3 });
    // prepare() builds the frame up front: the very first 3-channel shot of that size uses it.
    await opaque.prepare(320, 200);
    await opaque.compose(shot, 'https://example.com/');
    assert.deepEqual((opaque as unknown as { composed: unknown }).composed, { prebuilt: 1, full: 3 });
  });

  test('pages cut to one tall size (a format\'s limit) get no prebuilt frame: it would hold canvas-sized buffers', async () => {
    const c = await createCompositor(frameOptions({ background: 'white' }), PNG, 1);
    const width = 1280;
    const height = 12_600;
    const shot: Shot = {
      png: Buffer.alloc(0), pixels: { data: Buffer.alloc(width * height * 3, 90), width, height, channels: 3 },
      width, height, finalUrl: 'https://example.com/', httpStatus: 200, title: '',
    };
    for (let i = 0; i < 2; i++) await c.compose(shot, 'https://example.com/');
    await c.prepare(width, height);
    await c.compose(shot, 'https://example.com/');
    assert.deepEqual((c as unknown as { composed: unknown }).composed, { prebuilt: 0, full: 3 });
  });
});

test('making a compositor leaves a library user\'s own sharp settings alone (the framecap processes tune libvips themselves)', async () => {
  const [cache, threads] = [sharp.cache(), sharp.concurrency()];
  await createCompositor(frameOptions({ device: 'browser-macos', theme: 'light', background: 'midnight', shadow: true }), PNG, 1);
  assert.deepEqual([sharp.cache(), sharp.concurrency()], [cache, threads]);
});
