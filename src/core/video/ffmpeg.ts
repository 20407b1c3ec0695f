// MP4 and WebM need ffmpeg; it is looked for once, before any page is shot,
// so a machine without it fails the run with what to install, not every row.

import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UserError } from '../types.ts';
import { NO_FFMPEG } from './encode.ts';
import type { VideoFormat } from './options.ts';

export function findFfmpeg(path: string = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, 'ffmpeg');
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/** Throws, naming the package and the format that needs none, when `format` needs ffmpeg and there is none. */
export function requireVideoEncoder(format: VideoFormat, path?: string): void {
  if ((format === 'mp4' || format === 'webm') && findFfmpeg(path) === null) throw new UserError(NO_FFMPEG(format));
}
