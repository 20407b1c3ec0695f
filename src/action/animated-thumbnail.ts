// A video's PR-comment thumbnail: an animated GIF, since GitHub shows GIFs in
// comments and plays no <video> there. A few frames a second, sampled over the
// whole video, THUMB_WIDTH wide and cut at THUMB_MAX_HEIGHT like a still's.
// Animated WebP and GIF are decoded by sharp; MP4 and WebM by ffmpeg (the
// same one that encoded them), so no binary of ours is added.

import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharp } from '../util/sharp.ts';
import { frameDelay } from '../core/video/encode.ts';
import { findFfmpeg } from '../core/video/ffmpeg.ts';
import type { ManifestRow } from '../core/types.ts';

/** Enough to read as a scroll; a 60 s video is shown at 1 frame a second instead of growing. */
export const THUMB_FPS = 8;
export const THUMB_MAX_FRAMES = 48;

interface Frames {
  width: number;
  height: number;
  /** RGB, width × height × 3 each, in order. */
  frames: Buffer[];
  fps: number;
}

/** The thumbnail's size for a video of width × height: THUMB_WIDTH wide at most, cut at maxHeight. */
export function thumbSize(width: number, height: number, thumbWidth: number, maxHeight: number): { width: number; height: number; scaledHeight: number } {
  const w = Math.min(thumbWidth, width);
  const scaledHeight = Math.max(1, Math.round((height * w) / width));
  return { width: w, height: Math.min(scaledHeight, maxHeight), scaledHeight };
}

/** How many frames, at what rate, cover `durationMs`. */
export function thumbTiming(durationMs: number): { frames: number; fps: number } {
  const seconds = Math.max(durationMs, 1) / 1000;
  const frames = Math.max(1, Math.min(THUMB_MAX_FRAMES, Math.round(seconds * THUMB_FPS)));
  return { frames, fps: frames / seconds };
}

/**
 * The GIF of a video row's file; null when it cannot be made here (no ffmpeg
 * for an MP4), and the caller shows the poster instead.
 */
export async function animatedThumbnail(row: ManifestRow, video: Buffer, thumbWidth: number, maxHeight: number): Promise<Buffer | null> {
  if (row.kind !== 'video' || !row.width || !row.height || !row.video_duration_ms) return null;
  const size = thumbSize(row.width, row.height, thumbWidth, maxHeight);
  const timing = thumbTiming(row.video_duration_ms);
  const decoded = row.format === 'webp' || row.format === 'gif'
    ? await animatedImageFrames(video, size, timing)
    : await ffmpegFrames(video, row.format ?? 'mp4', size, timing);
  if (!decoded || decoded.frames.length === 0) return null;
  const stack = Buffer.concat(decoded.frames);
  const delay = decoded.frames.map((_, i) => frameDelay(i, decoded.fps, 'gif'));
  return sharp(stack, { raw: { width: decoded.width, height: decoded.height * decoded.frames.length, channels: 3, pageHeight: decoded.height }, limitInputPixels: false })
    .gif({ loop: 0, delay, effort: 7, dither: 0.5 })
    .toBuffer();
}

type Size = ReturnType<typeof thumbSize>;
type Timing = ReturnType<typeof thumbTiming>;

/** Every frame at thumbnail size (sharp resizes each page), then the ones showing each sample time. */
async function animatedImageFrames(data: Buffer, size: Size, timing: Timing): Promise<Frames> {
  const meta = await sharp(data, { pages: -1 }).metadata();
  const pages = meta.pages ?? 1;
  const { data: raw, info } = await sharp(data, { pages: -1, limitInputPixels: false })
    // sharp resizes an animation page by page: the height is a page's.
    .resize({ width: size.width, height: size.scaledHeight, fit: 'fill' })
    .removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const pageBytes = info.width * size.scaledHeight * 3;
  const cutBytes = info.width * size.height * 3;
  // Merged identical frames last longer: pick by time, not by index.
  const delays = meta.delay ?? Array.from({ length: pages }, () => 100);
  const ends: number[] = [];
  delays.reduce((at, d, i) => (ends[i] = at + d), 0);
  const frames: Buffer[] = [];
  for (let k = 0; k < timing.frames; k++) {
    const t = (k * 1000) / timing.fps;
    const page = Math.min(pages - 1, Math.max(0, ends.findIndex((end) => end > t)));
    frames.push(raw.subarray(page * pageBytes, page * pageBytes + cutBytes));
  }
  return { width: info.width, height: size.height, frames, fps: timing.fps };
}

/** ffmpeg decodes at the sample rate and size straight to RGB; null when there is no ffmpeg here. */
async function ffmpegFrames(data: Buffer, format: string, size: Size, timing: Timing): Promise<Frames | null> {
  const ffmpeg = findFfmpeg();
  if (!ffmpeg) return null;
  const dir = await mkdtemp(join(tmpdir(), 'framecap-thumb-'));
  try {
    const file = join(dir, `video.${format === 'webm' ? 'webm' : 'mp4'}`);
    await writeFile(file, data);
    const rgb = await run(ffmpeg, [
      '-hide_banner', '-loglevel', 'error', '-nostdin', '-i', file,
      '-vf', `fps=${timing.fps.toFixed(4)},scale=${size.width}:${size.scaledHeight}:flags=area,crop=${size.width}:${size.height}:0:0`,
      '-frames:v', String(timing.frames), '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1',
    ]);
    const frameBytes = size.width * size.height * 3;
    const frames: Buffer[] = [];
    for (let o = 0; o + frameBytes <= rgb.length; o += frameBytes) frames.push(rgb.subarray(o, o + frameBytes));
    return { width: size.width, height: size.height, frames, fps: timing.fps };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-1_000); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`ffmpeg could not decode the video for its thumbnail: ${stderr.trim() || `exit ${code}`}`))));
  });
}
