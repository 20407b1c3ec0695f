// Golden images: compare a PNG with the committed test/golden/<name>.png by
// pixelmatch, or re-draw it when FRAMECAP_UPDATE_GOLDENS=1 (scripts/goldens.mjs --update).
// A failing comparison writes <name>.actual.png and <name>.diff.png to test/.artifacts/.
// The tolerance allows anti-aliasing noise in text (fonts come from the
// machine's fontconfig; see docs/frames.md), not a moved edge.

import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import sharp from 'sharp';

export const GOLDEN_DIR = join(import.meta.dirname, '..', 'golden');
const ARTIFACTS = join(import.meta.dirname, '..', '.artifacts');
const UPDATE = process.env.FRAMECAP_UPDATE_GOLDENS === '1';
/** Share of pixels that may differ (after pixelmatch's per-pixel threshold). */
const MAX_DIFF = 0.002;

async function rgba(png: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** null when `actual` matches the golden `name` (or it was re-drawn); else what differs, with its images written. */
export async function compareWithGolden(name: string, actual: Buffer): Promise<string | null> {
  const file = join(GOLDEN_DIR, `${name}.png`);
  if (UPDATE) {
    await writeFile(file, actual);
    return null;
  }
  if (!existsSync(file)) return `no golden ${file}: run node scripts/goldens.mjs --update and look at the result`;
  const [a, g] = await Promise.all([rgba(actual), rgba(await readFile(file))]);
  if (a.width !== g.width || a.height !== g.height) {
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, `${name}.actual.png`), actual);
    return `${name}: size ${a.width}x${a.height}, golden ${g.width}x${g.height}`;
  }
  const diff = Buffer.alloc(a.data.length);
  const bad = pixelmatch(a.data, g.data, diff, a.width, a.height, { threshold: 0.1 });
  const share = bad / (a.width * a.height);
  if (share <= MAX_DIFF) return null;
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, `${name}.actual.png`), actual);
  await sharp(diff, { raw: { width: a.width, height: a.height, channels: 4 } }).png().toFile(join(ARTIFACTS, `${name}.diff.png`));
  return `${name}: ${bad} pixels (${(share * 100).toFixed(3)}%) differ from the golden; see test/.artifacts/${name}.diff.png`;
}
