// Golden images: every frame in every theme, and every kind of background,
// composed from a fixed synthetic page (test/golden/sample-page.ts; no browser)
// and compared with the committed PNG in test/golden/ by pixelmatch.
//
//   node scripts/goldens.mjs            compare (same as this file under npm test)
//   node scripts/goldens.mjs --update   re-draw the goldens on purpose, then look at them
//
// The comparison and its tolerance are test/helpers/golden.ts's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createCompositor, loadCatalog } from '../src/core/frame/index.ts';
import { defaultCaptureOptions } from '../src/config/settings.ts';
import type { FrameOptions, FrameTheme, ScaleChoice } from '../src/core/options.ts';
import { samplePage } from './golden/sample-page.ts';
import { compareWithGolden } from './helpers/golden.ts';
import { ResponsiveCompositor } from '../src/core/composite/compose.ts';
import { makeVideo } from '../src/core/video/make-video.ts';
import { scrollPlan } from '../src/core/video/plan.ts';
import type { RecordedScroll } from '../src/core/video/record.ts';

const URL = 'https://docs.example.com/guide/getting-started';

interface Case {
  name: string;
  frame: Partial<FrameOptions> & { device: string; theme: FrameTheme };
  /** scale 'device': no --scale given, so the frame's own (the sample page is drawn at the scale the compositor decided). */
  page: { width: number; height: number; scale: ScaleChoice; dark?: boolean };
}

async function compose(c: Case): Promise<Buffer> {
  const { frame } = defaultCaptureOptions({ frame: { background: 'midnight', padding: 40, radius: 10, shadow: true, ...c.frame } });
  const compositor = await createCompositor(frame, { format: 'png', quality: 90 }, c.page.scale);
  const out = await compositor.compose(await samplePage({ ...c.page, scale: compositor.scale }), URL);
  return out.data;
}

/** Compare one case with its golden; a failure is returned (and its images written), so every case is checked. */
async function compare(c: Case): Promise<string | null> {
  return compareWithGolden(c.name, await compose(c));
}

async function checkAll(cases: Case[]): Promise<void> {
  const failures: string[] = [];
  for (const c of cases) {
    const failure = await compare(c);
    if (failure) failures.push(failure);
  }
  assert.deepEqual(failures, []);
}

const BROWSER_PAGE = { width: 640, height: 400, scale: 1 };

test('every frame in every theme matches its golden', async () => {
  const catalog = await loadCatalog();
  const frames = catalog.frames.filter((f) => f.kind !== 'none');
  assert.ok(frames.length >= 7, `expected the shipped frames, got ${frames.map((f) => f.id).join(', ')}`);
  await checkAll(frames.flatMap((f) => f.themes.map((theme): Case => {
    const vp = f.viewport ?? BROWSER_PAGE;
    return {
      name: `frame-${f.id}-${theme}`,
      frame: { device: f.id, theme, background: theme === 'dark' ? 'slate' : 'midnight' },
      page: { width: vp.width, height: vp.height, scale: 1, dark: theme === 'dark' },
    };
  })));
});

test('every kind of background matches its golden', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-bg-'));
  try {
    // An image background drawn on the spot, the same on every machine.
    const image = join(dir, 'photo.png');
    await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">
      <rect width="400" height="300" fill="#0f766e"/><circle cx="300" cy="70" r="60" fill="#fde68a"/>
      <path d="M0 300 L130 140 L230 240 L300 170 L400 300 Z" fill="#134e4a"/></svg>`)).png().toFile(image);
    const backgrounds: Array<[string, string]> = [
      ['preset-gradient', 'sunset'],
      ['preset-solid', 'paper'],
      ['css-colour', 'rebeccapurple'],
      ['gradient-short', '#ff0080,#7928ca@135'],
      ['gradient-css', 'linear-gradient(to right, #0ea5e9 0%, #22c55e 100%)'],
      ['transparent', 'transparent'],
      ['image', image],
    ];
    const page = { width: 480, height: 300, scale: 1 };
    await checkAll([
      ...backgrounds.map(([name, background]): Case => ({ name: `background-${name}`, frame: { device: 'browser-minimal', theme: 'light', background }, page })),
      { name: 'background-no-shadow', frame: { device: 'browser-macos', theme: 'light', background: 'ocean', shadow: false }, page },
      { name: 'background-strong-shadow', frame: { device: 'browser-macos', theme: 'light', background: 'white', shadowStrength: 2 }, page },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('full pages keep the nine-sliced shadow of a short one: 2,000 and 20,000 px', async () => {
  await checkAll([
    { name: 'fullpage-shadow-2000', frame: { device: 'browser-macos', theme: 'light', background: 'midnight' }, page: { width: 480, height: 2_000, scale: 1 } },
    { name: 'fullpage-shadow-20000', frame: { device: 'browser-minimal', theme: 'dark', background: 'sunset' }, page: { width: 320, height: 20_000, scale: 1, dark: true } },
  ]);
});

test('scale 2 and a full page cut at --max-height match their goldens', async () => {
  await checkAll([
    { name: 'scale2-browser-macos', frame: { device: 'browser-macos', theme: 'dark', background: 'aurora' }, page: { width: 400, height: 260, scale: 2, dark: true } },
    { name: 'fullpage-maxheight', frame: { device: 'browser-windows', theme: 'light', maxHeight: 700 }, page: { width: 480, height: 1600, scale: 1 } },
  ]);
});

test('phones and tablets without --scale: framed at their own scale (3, 2.625, 2), matching their goldens', async () => {
  const catalog = await loadCatalog();
  const own = catalog.frames.filter((f) => f.emulation?.deviceScaleFactor);
  assert.deepEqual(own.map((f) => [f.id, f.emulation?.deviceScaleFactor]), [['phone-android', 2.625], ['phone-ios', 3], ['tablet', 2]]);
  await checkAll(own.map((f): Case => ({
    name: `device-scale-${f.id}`,
    frame: { device: f.id, theme: 'light', background: 'peach' },
    page: { width: f.viewport!.width, height: f.viewport!.height, scale: 'device' },
  })));
});

test('the responsive composite of the sample page (laptop, tablet, phone-ios, each at its own scale) matches its golden', async () => {
  const { frame } = defaultCaptureOptions({ frame: { background: 'aurora', padding: 40 } });
  const composite = await ResponsiveCompositor.create(['laptop', 'tablet', 'phone-ios'], frame, 'device');
  assert.deepEqual(composite.devices.map((d) => d.compositor.scale), [1, 2, 3]);
  const shots = await Promise.all(composite.devices.map(({ compositor: c }) => samplePage({ ...c.viewport!, scale: c.scale })));
  const { png } = await composite.compose(shots, URL);
  assert.equal(await compareWithGolden('composite-responsive', png), null);
});

test('a scroll video\'s poster (the first frame, framed on the once-drawn video canvas) matches its golden; later frames are the page scrolled in the same frame', async () => {
  const { frame } = defaultCaptureOptions({ frame: { device: 'browser-macos', theme: 'light', background: 'ocean', padding: 40, radius: 10, shadow: true } });
  const compositor = await createCompositor(frame, { format: 'png', quality: 90 }, 1);
  // Two screens of the sample page: the top (the poster) and a second, darker one further down.
  const [top, below] = await Promise.all([samplePage({ width: 640, height: 400, scale: 1 }), samplePage({ width: 640, height: 400, scale: 1, dark: true })]);
  const plan = scrollPlan({ distance: 400, fps: 4, durationMs: 1_500, pauseMs: 250 });
  const recorded: RecordedScroll = {
    plan, frames: [top.png, below.png], sequence: plan.offsets.map((o) => (o < 200 ? 0 : 1)), scrolled: [0, 400], pageHeight: 800, cut: null,
  };
  const video = await makeVideo({
    recorded, compositor, output: { format: 'png', quality: 90 }, page: { url: URL, title: top.title },
    video: { mode: 'scroll', format: 'webp', durationMs: 1_500, fps: 4, pauseMs: 250, scrollTo: null },
  });
  assert.equal(video.poster.format, 'png');
  assert.equal(await compareWithGolden('video-poster-browser-macos', video.poster.data), null);
  // The poster is the still's composite of the same screen: the stills' goldens and this one agree.
  const still = await compositor.compose(top, URL);
  const [poster, framed] = await Promise.all([sharp(video.poster.data).metadata(), sharp(still.data).metadata()]);
  assert.deepEqual([poster.width, poster.height], [framed.width, framed.height]);
});
