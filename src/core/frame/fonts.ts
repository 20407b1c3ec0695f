// The fonts frames draw text with ship in frames/fonts/, so an address bar
// looks the same on a laptop, in a slim container and on a CI runner.
//
// SVG text is laid out by librsvg through pango and fontconfig inside sharp.
// fontconfig only sees the machine's fonts, and the core may not set
// FONTCONFIG_FILE (no environment writes). But libvips' text operation adds
// its `fontfile` to fontconfig's application fonts, which pango (and so
// librsvg) use too: one tiny text render per font file makes the family
// available to every SVG drawn afterwards in this process.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sharp } from '../../util/sharp.ts';

export const FONTS_FOLDER = 'fonts';

const registered = new Map<string, Promise<string[]>>();

/** Make the .ttf/.otf files in <framesDir>/fonts/ available to SVG text; once per folder per process. Returns the files. */
export function registerFrameFonts(framesDir: string): Promise<string[]> {
  const dir = join(framesDir, FONTS_FOLDER);
  let pending = registered.get(dir);
  if (!pending) {
    pending = register(dir);
    registered.set(dir, pending);
  }
  return pending;
}

async function register(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.(ttf|otf)$/i.test(n)).sort();
  } catch {
    return []; // A frames folder without fonts: the machine's fonts are used.
  }
  const files = names.map((n) => join(dir, n));
  // One at a time: fontconfig's application font set is process-global.
  for (const fontfile of files) await sharp({ text: { text: '.', fontfile } }).png().toBuffer();
  return files;
}
