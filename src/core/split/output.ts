// --split: a page shot in parts (Shot.parts) becomes numbered images
// <name>.part-1.<ext>, <name>.part-2.<ext> …, each framed on its own (each
// is a whole picture: window, address bar, shadow), and one manifest row
// whose `file` is the first part and whose `parts` lists every part with
// where it sits on the page. One row per page keeps merge, incremental
// runs, the gallery and PR comments keyed by page as before: they show or
// compare part 1 where they show one image, and copy every part.

import type { Compositor } from '../frame/compositor.ts';
import { FORMAT_FILES } from '../options.ts';
import type { ManifestRow, Shot, ShotPart, SplitPart } from '../types.ts';
import type { PageCut } from '../frame/limits.ts';
import { sha256Hex } from '../../util/sha256.ts';

export interface WritePartsInput {
  /** The target's file stem. */
  name: string;
  shot: Shot & { parts: readonly ShotPart[] };
  compositor: Compositor;
  /** The address bar's URL. */
  url: string;
  write(file: string, data: Buffer): Promise<void>;
}

export type PartsRowFields = Pick<ManifestRow, 'file' | 'width' | 'height' | 'format' | 'bytes' | 'sha256' | 'parts'>;

export interface WrittenParts {
  fields: PartsRowFields;
  /** Each part's encoded image, in order (what a baseline comparison reads). */
  data: Buffer[];
  /** The first part's thumbnail entry, when thumbnails are on. */
  thumbnail: string | null;
  /** --max-height cut the page (the parts end there). */
  cut: PageCut | null;
}

/** `<name>.part-<k>.<ext>`, k from 1. */
export function partFile(name: string, k: number, ext: string): string {
  return `${name}.part-${k}.${ext}`;
}

/** Frames and writes the parts one at a time: only one part's pixels are held at once. */
export async function writeParts(input: WritePartsInput): Promise<WrittenParts> {
  const { shot, name } = input;
  const parts: SplitPart[] = [];
  const data: Buffer[] = [];
  let thumbnail: string | null = null;
  for (const [i, part] of shot.parts.entries()) {
    // The first part's pixels were decoded by the blank check; the others are decoded as they are framed.
    const own: Shot = {
      png: part.png, width: part.width, height: part.height, finalUrl: shot.finalUrl, httpStatus: shot.httpStatus, title: shot.title,
      ...(i === 0 && shot.pixels ? { pixels: shot.pixels } : {}),
      // Every part comes from the same encoder as the first: stored as it is only when that was not the fast one.
      ...(shot.fastPng ? { fastPng: true } : {}),
    };
    const framed = await input.compositor.compose(own, input.url);
    const ext = FORMAT_FILES[framed.format].ext;
    const file = partFile(name, i + 1, ext);
    await input.write(file, framed.data);
    if (i === 0 && framed.thumbnail) {
      thumbnail = `${name}.part-1.thumb.${ext}`;
      await input.write(thumbnail, framed.thumbnail.data);
    }
    parts.push({
      file, y: part.y, page_height: part.pageHeight, width: framed.width, height: framed.height, format: framed.format,
      bytes: framed.data.length, sha256: sha256Hex(framed.data),
    });
    data.push(framed.data);
  }
  const first = parts[0]!;
  const shown = parts.reduce((sum, p) => sum + p.page_height, 0);
  const cut: PageCut | null = shot.fullHeight !== undefined ? { shown, full: shot.fullHeight, reason: 'max-height' } : null;
  return {
    fields: { file: first.file, width: first.width, height: first.height, format: first.format, bytes: first.bytes, sha256: first.sha256, parts },
    data,
    thumbnail,
    cut,
  };
}
