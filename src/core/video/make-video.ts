// A recorded scroll → framed video + poster. Each unique browser frame is
// decoded once and painted into the video canvas (the frame drawn once for the
// whole video); pause frames repeat the painted buffer, not the work.

import { sharp } from '../../util/sharp.ts';
import type { Compositor } from '../frame/compositor.ts';
import { encode } from '../frame/encode.ts';
import type { OutputFormat } from '../frame/encode.ts';
import type { RawPixels } from '../types.ts';
import { encodedSize, videoEncoder } from './encode.ts';
import type { VideoOptions } from './options.ts';
import type { RecordedScroll } from './record.ts';

export interface FramedVideo {
  data: Buffer;
  width: number;
  height: number;
  frames: number;
  fps: number;
  durationMs: number;
  /** The first frame, framed, in the run's still format: what players show before playing, and what runs compare. */
  poster: { data: Buffer; format: OutputFormat['format'] };
}

export interface MakeVideoInput {
  recorded: RecordedScroll;
  compositor: Compositor;
  video: VideoOptions;
  /** The address bar's page and the title frames that show one. */
  page: { url: string; title: string };
  /** The still format of the poster, and WebP's quality. */
  output: OutputFormat;
  ffmpeg?: string | null;
}

async function decodeFrame(png: Buffer): Promise<RawPixels> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 };
}

export async function makeVideo(input: MakeVideoInput): Promise<FramedVideo> {
  const { recorded, compositor, video, output } = input;
  const first = await decodeFrame(recorded.frames[0]!);
  const canvas = await compositor.videoCanvas(first.width, first.height, input.page);
  const { plan } = recorded;
  const encoder = videoEncoder({
    format: video.format, width: canvas.width, height: canvas.height, fps: plan.fps,
    frames: recorded.sequence.length, quality: output.quality, ffmpeg: input.ffmpeg ?? null,
  });
  let posterFrame: Buffer | null = null;
  try {
    let paintedIndex = -1;
    let painted: Buffer | null = null;
    for (const index of recorded.sequence) {
      if (painted === null || paintedIndex !== index) {
        const shot: RawPixels = index === 0 ? first : await decodeFrame(recorded.frames[index]!);
        painted = canvas.paint(shot);
        paintedIndex = index;
        posterFrame ??= painted;
      }
      await encoder.add(painted);
    }
    const data = await encoder.finish();
    const size = encodedSize(video.format, canvas.width, canvas.height);
    let posterImage = sharp(posterFrame!, { raw: { width: canvas.width, height: canvas.height, channels: 3 } });
    // The poster is the size of the video it stands in for, its added edge copied the same way.
    if (size.width !== canvas.width || size.height !== canvas.height) {
      posterImage = posterImage.extend({ right: size.width - canvas.width, bottom: size.height - canvas.height, extendWith: 'copy' });
    }
    const poster = await encode(posterImage, output).toBuffer();
    return {
      data, width: size.width, height: size.height, frames: recorded.sequence.length, fps: plan.fps, durationMs: plan.durationMs,
      poster: { data: poster, format: output.format },
    };
  } catch (err) {
    await encoder.abort();
    throw err;
  }
}
