// A video's entries and row fields: <name>.<mp4|webm|webp|gif>, its poster
// <name>.poster.<format>, and what the manifest says about them.

import { sha256Hex } from '../../util/sha256.ts';
import type { Compositor } from '../frame/compositor.ts';
import type { OutputFormat } from '../frame/encode.ts';
import { FORMAT_FILES } from '../options.ts';
import type { ManifestRow, Shot } from '../types.ts';
import { makeVideo } from './make-video.ts';
import { VIDEO_FILES } from './options.ts';
import type { VideoOptions } from './options.ts';
import type { RecordedScroll } from './record.ts';

export interface WriteVideoInput {
  /** The target's file stem. */
  name: string;
  shot: Shot & { video: RecordedScroll };
  compositor: Compositor;
  video: VideoOptions;
  output: OutputFormat;
  write(file: string, data: Buffer): Promise<void>;
}

export type VideoRowFields = Pick<ManifestRow, 'file' | 'width' | 'height' | 'format' | 'bytes' | 'sha256' | 'kind' | 'poster' | 'poster_sha256' | 'video_duration_ms' | 'frames' | 'fps' | 'video_cut'>;

/** A video's two entries: the video and its poster (in the run's still format). */
export function videoFiles(name: string, video: Pick<VideoOptions, 'format'>, still: OutputFormat['format']): { file: string; poster: string } {
  return { file: `${name}.${VIDEO_FILES[video.format].ext}`, poster: `${name}.poster.${FORMAT_FILES[still].ext}` };
}

/** Writes the video and its poster; the poster's bytes come back too, for comparing with a baseline's. */
export async function writeVideo(input: WriteVideoInput): Promise<{ fields: VideoRowFields; poster: Buffer }> {
  const { shot, video } = input;
  const made = await makeVideo({
    recorded: shot.video, compositor: input.compositor, video, output: input.output,
    page: { url: shot.finalUrl, title: shot.title },
  });
  const { file, poster } = videoFiles(input.name, video, made.poster.format);
  await input.write(file, made.data);
  await input.write(poster, made.poster.data);
  const fields: VideoRowFields = {
    file, width: made.width, height: made.height, format: video.format, bytes: made.data.length,
    sha256: sha256Hex(made.data),
    kind: 'video', poster, poster_sha256: sha256Hex(made.poster.data), video_duration_ms: made.durationMs, frames: made.frames, fps: made.fps,
    ...(shot.video.cut ? { video_cut: shot.video.cut } : {}),
  };
  return { fields, poster: made.poster.data };
}
