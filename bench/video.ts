// Scroll videos: what a video costs, and which capture path to use.
//
// 1. Capture path, the same 1280x800 tall page, the same scroll plan:
//    - stepped: scroll to each planned offset, one CDP screenshot (PNG) each (src/core/video/record.ts);
//    - screencast: Page.startScreencast (JPEG q90, every frame) while the page scrolls itself through
//      the same eased path on requestAnimationFrame.
//    Reported: wall seconds, browser + node CPU seconds, frames delivered, and for the screencast how
//    far its frames' timestamps stray from an even 1/fps (the plan's frames land exactly, by construction).
// 2. Encode: the recorded frames framed (browser-macos, midnight) and encoded as MP4 and WebP:
//    seconds of encode (and CPU, ffmpeg included) per second of video.
// 3. CPU per video frame against a still: one viewport still shot and framed as a PNG, the way a
//    still capture does it (CDP screenshot + compositor.compose), against (record + frame + encode) / frames.
//
//   node --import tsx bench/video.ts [--seconds 6] [--browser PATH] [--json]

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import sharp from 'sharp';
import { createCompositor } from '../src/core/frame/index.ts';
import { defaultCaptureOptions } from '../src/index.ts';
import { makeVideo } from '../src/core/video/make-video.ts';
import type { VideoFormat, VideoOptions } from '../src/core/video/options.ts';
import { easeInOutCubic } from '../src/core/video/plan.ts';
import { recordScroll } from '../src/core/video/record.ts';
import type { RecordedScroll } from '../src/core/video/record.ts';
import { benchBrowser, launch, VIEWPORT } from './baselines.ts';
import { descendants, processCpuMs } from './process-tree.ts';
import { tuneSharpForCaptures } from '../src/core/frame/sharp-tuning.ts';

// As the framecap processes do (src/cli/index.ts): measure what they run.
tuneSharpForCaptures();

const { values: args } = parseArgs({
  options: { seconds: { type: 'string', default: '6' }, browser: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const SECONDS = Number(args.seconds);
const FPS = 30;
const PAUSE_MS = 500;

// A page like a changelog: headings, paragraphs, coloured blocks, 6,000 px high.
const PAGE = `<!doctype html><html><head><title>Changelog</title><style>
body{margin:0 auto;max-width:900px;font:17px/1.5 sans-serif;color:#222;padding:24px}h2{margin-top:48px}
.c{height:180px;border-radius:12px;margin:16px 0}</style></head><body><h1>Changelog</h1>
${Array.from({ length: 24 }, (_, i) => `<h2>v1.${24 - i}.0</h2><p>${'Fixed a thing and made another faster. '.repeat(8)}</p>
<div class="c" style="background:hsl(${i * 37 % 360} 70% 55%)"></div>`).join('')}</body></html>`;

/** utime + stime of this process's reaped children (ffmpeg, once it exited), ms; /proc/self/stat fields 16 and 17. */
function reapedChildrenMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** CPU ms of this process and every process below it (the browser, ffmpeg while it runs). */
function treeCpuMs(): number {
  const own = process.cpuUsage();
  let ms = (own.user + own.system) / 1000;
  for (const pid of descendants(process.pid)) ms += processCpuMs(pid) ?? 0;
  return ms;
}

async function measure<T>(fn: () => Promise<T>): Promise<{ value: T; wallS: number; cpuS: number }> {
  const cpu0 = treeCpuMs();
  const t0 = performance.now();
  const value = await fn();
  // ffmpeg has exited by now: its CPU is in our cutime, read from /proc/self/stat.
  return { value, wallS: (performance.now() - t0) / 1000, cpuS: (treeCpuMs() - cpu0 + reapedChildrenMs() - reaped0) / 1000 };
}

let reaped0 = 0;

async function screencast(page: Page, cdp: CDPSession, plan: { distance: number; scrollMs: number }, format: 'png' | 'jpeg'): Promise<{ frames: number; jitterMs: number; bytes: number }> {
  const stamps: number[] = [];
  let bytes = 0;
  const onFrame = (f: { data: string; sessionId: number; metadata: { timestamp?: number } }): void => {
    stamps.push((f.metadata.timestamp ?? 0) * 1000);
    bytes += f.data.length;
    void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
  };
  cdp.on('Page.screencastFrame', onFrame);
  await cdp.send('Page.startScreencast', { format, quality: 90, everyNthFrame: 1 });
  await page.evaluate(`new Promise((resolve) => {
    const ease = ${easeInOutCubic.toString()};
    const start = performance.now() + ${PAUSE_MS};
    const step = (now) => {
      const t = Math.min(1, Math.max(0, (now - start) / ${plan.scrollMs}));
      window.scrollTo(0, Math.round(${plan.distance} * ease(t)));
      if (now < start + ${plan.scrollMs + PAUSE_MS}) requestAnimationFrame(step); else resolve();
    };
    requestAnimationFrame(step);
  })`);
  await cdp.send('Page.stopScreencast');
  cdp.off('Page.screencastFrame', onFrame);
  const gaps = stamps.slice(1).map((s, i) => s - stamps[i]!);
  const jitterMs = gaps.length ? Math.max(...gaps.map((g) => Math.abs(g - 1000 / FPS))) : 0;
  return { frames: stamps.length, jitterMs: Math.round(jitterMs), bytes };
}

async function main(): Promise<void> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launch(await benchBrowser(args.browser ?? null));
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  reaped0 = reapedChildrenMs();
  const video: VideoOptions = { mode: 'scroll', format: 'mp4', durationMs: SECONDS * 1000, fps: FPS, pauseMs: PAUSE_MS, scrollTo: null };

  const stepped = await measure(() => recordScroll(page, cdp, video));
  const recorded: RecordedScroll = stepped.value;
  const distance = recorded.plan.offsets.at(-1)!;
  await page.evaluate('window.scrollTo(0, 0)');
  const scrollMs = SECONDS * 1000 - 2 * PAUSE_MS;
  const cast = await measure(() => screencast(page, cdp, { distance, scrollMs }, 'jpeg'));
  await page.evaluate('window.scrollTo(0, 0)');
  const castPng = await measure(() => screencast(page, cdp, { distance, scrollMs }, 'png'));

  const output = { format: 'png' as const, quality: 90 };
  const { frame } = defaultCaptureOptions({ frame: { device: 'browser-macos', background: 'midnight' } });
  const compositor = await createCompositor(frame, output, 1);
  const encodes: Record<string, { wallS: number; cpuS: number; bytes: number }> = {};
  for (const format of ['mp4', 'webp'] as VideoFormat[]) {
    const made = await measure(() => makeVideo({ recorded, compositor, video: { ...video, format }, output: { format: 'png', quality: 80 }, page: { url, title: 'Changelog' } }));
    encodes[format] = { wallS: made.wallS, cpuS: made.cpuS, bytes: made.value.data.length };
  }

  // A still, as a still capture makes one: CDP viewport shot, framed and encoded as PNG; ten of them.
  await page.evaluate('window.scrollTo(0, 0)');
  const shootStill = async (): Promise<void> => {
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true });
    const png = Buffer.from(data, "base64");
      const { data: raw, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    await compositor.compose({ png, pixels: { data: raw, width: info.width, height: info.height, channels: 3 }, width: info.width, height: info.height, finalUrl: url, httpStatus: 200, title: 'Changelog' }, url);
  };
  // Two first, so the compositor has its prebuilt frame (as every still of a run after the first does).
  await shootStill();
  await shootStill();
  const still = await measure(async () => {
    for (let i = 0; i < 10; i++) await shootStill();
  });
  await browser.close();
  server.close();

  const frames = recorded.sequence.length;
  const result = {
    video: { seconds: SECONDS, fps: FPS, frames, unique_frames: recorded.frames.length, canvas: 'browser-macos 1280x800 → 1408x974' },
    capture: {
      stepped: { wall_s: +stepped.wallS.toFixed(2), cpu_s: +stepped.cpuS.toFixed(2), frames: recorded.frames.length, on_plan: true },
      screencast_jpeg: { wall_s: +cast.wallS.toFixed(2), cpu_s: +cast.cpuS.toFixed(2), frames: cast.value.frames, worst_gap_off_1_30s_ms: cast.value.jitterMs },
      screencast_png: { wall_s: +castPng.wallS.toFixed(2), cpu_s: +castPng.cpuS.toFixed(2), frames: castPng.value.frames, worst_gap_off_1_30s_ms: castPng.value.jitterMs },
    },
    encode_per_video_second: Object.fromEntries(Object.entries(encodes).map(([f, e]) => [f, { wall_s: +(e.wallS / SECONDS).toFixed(2), cpu_s: +(e.cpuS / SECONDS).toFixed(2), bytes: e.bytes }])),
    cpu_ms_per_frame: {
      still_capture: +((still.cpuS * 1000) / 10).toFixed(1),
      video_mp4: +(((stepped.cpuS + encodes.mp4!.cpuS) * 1000) / frames).toFixed(1),
      video_webp: +(((stepped.cpuS + encodes.webp!.cpuS) * 1000) / frames).toFixed(1),
    },
  };
  if (args.json) console.log(JSON.stringify(result));
  else console.log(JSON.stringify(result, null, 2));
}

await main();
