// Framed frames in, one video file out. Animated WebP and GIF through sharp
// (no binary of ours: the frames are stacked into one tall image, sharp's
// animated-image layout); MP4 (H.264) and WebM (VP9) through ffmpeg, fed
// raw RGB on stdin as the frames are painted, so those are never all in memory.

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharp } from '../../util/sharp.ts';
import { UserError } from '../types.ts';
import { VIDEO_LIMITS } from './options.ts';
import type { VideoFormat } from './options.ts';

export interface VideoEncoder {
  /** One frame, RGB, width × height × 3 bytes. Awaiting it is the backpressure. */
  add(frame: Buffer): Promise<void>;
  finish(): Promise<Buffer>;
  /** Stop without output (a failed frame): the ffmpeg process and its files go. */
  abort(): Promise<void>;
}

export interface EncodeSpec {
  format: VideoFormat;
  width: number;
  height: number;
  fps: number;
  frames: number;
  /** 1-100, WebP's quality. */
  quality: number;
  /** The ffmpeg executable; null = "ffmpeg" on PATH. */
  ffmpeg?: string | null;
}

export const NO_FFMPEG = (format: VideoFormat): string =>
  `--video-format ${format} needs ffmpeg, which was not found: install the ffmpeg package (apt-get install ffmpeg; GitHub's Ubuntu runners have it), or use --video-format webp`;

export function checkVideoSize(spec: Pick<EncodeSpec, 'format' | 'width' | 'height' | 'frames'>): void {
  const pixels = spec.width * spec.height * spec.frames;
  const cap = VIDEO_LIMITS.maxPixels[spec.format];
  if (pixels > cap) {
    throw new UserError(
      `the video would be ${spec.frames} frames of ${spec.width}x${spec.height} px (${Math.round(pixels / 1e6)} Mpx), over the ${cap / 1e6} Mpx cap for ${spec.format}: ` +
      'lower --video-fps or --video-duration, use a smaller --viewport or --scale' + (spec.format === 'webp' || spec.format === 'gif' ? ', or --video-format mp4' : ''),
    );
  }
}

export function checkVideoBytes(bytes: number): void {
  if (bytes > VIDEO_LIMITS.maxBytes) {
    throw new UserError(`the video is ${Math.round(bytes / 1e6)} MB, over the ${VIDEO_LIMITS.maxBytes / 1e6} MB cap: lower --video-fps or --video-duration, or use --video-format mp4`);
  }
}

export function videoEncoder(spec: EncodeSpec): VideoEncoder {
  checkVideoSize(spec);
  return spec.format === 'webp' || spec.format === 'gif' ? animatedImage(spec) : ffmpegVideo(spec);
}

function animatedImage(spec: EncodeSpec): VideoEncoder {
  const frameBytes = spec.width * spec.height * 3;
  const stack = Buffer.allocUnsafe(frameBytes * spec.frames);
  let count = 0;
  return {
    add(frame) {
      if (count >= spec.frames) throw new Error(`more than the ${spec.frames} frames planned`);
      frame.copy(stack, count * frameBytes);
      count++;
      return Promise.resolve();
    },
    async finish() {
      const image = sharp(stack.subarray(0, count * frameBytes), {
        raw: { width: spec.width, height: spec.height * count, channels: 3, pageHeight: spec.height },
        limitInputPixels: false,
      });
      const delay = Array.from({ length: count }, (_, i) => frameDelay(i, spec.fps, spec.format));
      const out = spec.format === 'webp'
        // Effort 2, as stills (encode.ts): about twice as fast as 4 for a few per cent more bytes.
        ? image.webp({ quality: spec.quality, effort: 2, loop: 0, delay })
        // GIF: one palette per frame, chosen by libimagequant, with dithering: screenshots keep their colours.
        : image.gif({ loop: 0, delay, effort: 7, dither: 0.5, reuse: false });
      const data = await out.toBuffer();
      checkVideoBytes(data.length);
      return data;
    },
    abort: () => Promise.resolve(),
  };
}

/**
 * Frame i's delay, ms, so the frames add up to the planned time: GIF counts in
 * hundredths, so 12 fps is 80 and 90 ms in turn rather than 80 throughout.
 */
export function frameDelay(i: number, fps: number, format: VideoFormat): number {
  const unit = format === 'gif' ? 10 : 1;
  const at = (k: number): number => Math.round((k * 1000) / fps / unit) * unit;
  return at(i + 1) - at(i);
}

/**
 * The size of the encoded video: H.264 and VP9 in yuv420p store colour per
 * 2×2 block, so an odd side gets one more column or row, copied from its
 * neighbour (what the row, the poster and a player see).
 */
export function encodedSize(format: VideoFormat, width: number, height: number): { width: number; height: number } {
  if (format === 'webp' || format === 'gif') return { width, height };
  return { width: width + (width % 2), height: height + (height % 2) };
}

/** ffmpeg's filter for encodedSize: padding in planar RGB, then smeared, so the added edge is the frame's own colour (never black, and no chroma bleed from it). */
function evenSidesFilter(width: number, height: number): string {
  const [right, bottom] = [width % 2, height % 2];
  if (right === 0 && bottom === 0) return 'setsar=1';
  return `format=gbrp,pad=${width + right}:${height + bottom}:0:0,fillborders=right=${right}:bottom=${bottom}:mode=smear,setsar=1`;
}

function ffmpegVideo(spec: EncodeSpec): VideoEncoder {
  const dirPromise = mkdtemp(join(tmpdir(), 'framecap-video-'));
  const ext = spec.format;
  const codec = spec.format === 'mp4'
    ? ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '20', '-pix_fmt', 'yuv420p', '-movflags', '+faststart']
    : ['-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '32', '-deadline', 'realtime', '-cpu-used', '8', '-row-mt', '1', '-pix_fmt', 'yuv420p'];
  const started = dirPromise.then((dir) => {
    const file = join(dir, `video.${ext}`);
    const child = spawn(spec.ffmpeg ?? 'ffmpeg', [
      '-hide_banner', '-loglevel', 'error', '-nostdin', '-y',
      '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${spec.width}x${spec.height}`, '-r', String(spec.fps), '-i', 'pipe:0',
      // Even sides by copying the edge rather than scaling (no blur).
      '-vf', evenSidesFilter(spec.width, spec.height), '-r', String(spec.fps), '-an', ...codec, file,
    ], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-2_000); });
    const exited = new Promise<void>((resolve, reject) => {
      child.on('error', (err: NodeJS.ErrnoException) => reject(err.code === 'ENOENT' ? new UserError(NO_FFMPEG(spec.format)) : err));
      child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`ffmpeg stopped (${signal ?? `exit ${code}`}) encoding ${spec.format}: ${stderr.trim() || 'no message'}`))));
    });
    exited.catch(() => undefined);
    child.stdin.on('error', () => undefined);
    return { dir, file, child, exited };
  });
  return {
    async add(frame) {
      const { child, exited } = await started;
      if (!child.stdin.write(frame)) {
        await Promise.race([new Promise((resolve) => child.stdin.once('drain', resolve)), exited]);
      }
    },
    async finish() {
      const { dir, file, child, exited } = await started;
      child.stdin.end();
      try {
        await exited;
        const data = await readFile(file);
        checkVideoBytes(data.length);
        return data;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async abort() {
      const { dir, child, exited } = await started;
      child.kill('SIGKILL');
      await exited.catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
