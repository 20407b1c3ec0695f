// Draws docs/images/catalog.png: every frame (light and dark) and every
// background preset, composed by the real compositor from a synthetic page.
//
//   node --import tsx scripts/contact-sheet.ts [out.png]
//   node --import tsx scripts/contact-sheet.ts --one <frame> <theme> <background> [out.png]

import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { OverlayOptions } from 'sharp';
import { createCompositor, loadCatalog } from '../src/core/frame/index.ts';
import { defaultCaptureOptions } from '../src/index.ts';
import type { FrameInfo } from '../src/core/frame/index.ts';
import type { FrameTheme } from '../src/core/options.ts';
import { samplePage } from '../test/golden/sample-page.ts';

const URL = 'https://docs.example.com/guide/getting-started';
const BROWSER_PAGE = { width: 960, height: 600 };

async function framed(frame: FrameInfo, theme: FrameTheme, background: string, padding = 56): Promise<Buffer> {
  const vp = frame.viewport ?? BROWSER_PAGE;
  const c = await createCompositor(
    defaultCaptureOptions({ frame: { device: frame.id, theme, background, padding, radius: 12, shadow: true } }).frame,
    { format: 'png', quality: 90 },
    1,
  );
  const shot = await samplePage({ ...vp, scale: 1, dark: theme === 'dark' });
  return (await c.compose(shot, URL)).data;
}

/** A tile: the image fitted into w × h on a neutral card, with a caption. */
async function tile(image: Buffer, caption: string, w: number, h: number): Promise<Buffer> {
  const captionH = 34;
  let fitted = await sharp(image).resize(w - 24, h - captionH - 12, { fit: 'inside', kernel: 'lanczos3' }).png().toBuffer();
  const meta = await sharp(fitted).metadata();
  if (meta.hasAlpha && (await sharp(fitted).stats()).channels[3]!.min < 255) {
    // Show transparency the usual way: over a checkerboard.
    const checker = `<svg xmlns="http://www.w3.org/2000/svg" width="${meta.width}" height="${meta.height}"><defs><pattern id="c" width="16" height="16" patternUnits="userSpaceOnUse"><rect width="16" height="16" fill="#fff"/><rect width="8" height="8" fill="#d4d8de"/><rect x="8" y="8" width="8" height="8" fill="#d4d8de"/></pattern></defs><rect width="100%" height="100%" fill="url(#c)"/></svg>`;
    fitted = await sharp(Buffer.from(checker)).composite([{ input: fitted }]).png().toBuffer();
  }
  const text = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${captionH}"><text x="${w / 2}" y="22" text-anchor="middle" font-family="Inter, Liberation Sans, Arial, sans-serif" font-size="15" fill="#334155">${caption}</text></svg>`;
  return sharp({ create: { width: w, height: h, channels: 4, background: '#ffffff' } })
    .composite([
      { input: fitted, left: Math.round((w - meta.width) / 2), top: 12 + Math.round((h - captionH - 12 - meta.height) / 2) },
      { input: Buffer.from(text), left: 0, top: h - captionH },
    ])
    .png()
    .toBuffer();
}

async function sheet(out: string): Promise<void> {
  const catalog = await loadCatalog();
  const frames = catalog.frames.filter((f) => f.kind !== 'none');
  const tiles: Buffer[] = [];
  const W = 420;
  const H = 330;
  for (const f of frames) {
    for (const theme of f.themes) tiles.push(await tile(await framed(f, theme, theme === 'dark' ? 'slate' : 'midnight'), `${f.id} · ${theme}`, W, H));
  }
  const mac = frames.find((f) => f.id === 'browser-macos')!;
  for (const b of catalog.backgrounds) tiles.push(await tile(await framed(mac, 'light', b.name, 72), `--background ${b.name}`, W, H));
  const cols = 4;
  const gap = 16;
  const rows = Math.ceil(tiles.length / cols);
  const width = cols * W + (cols + 1) * gap;
  const height = rows * H + (rows + 1) * gap;
  const overlays: OverlayOptions[] = tiles.map((input, i) => ({ input, left: gap + (i % cols) * (W + gap), top: gap + Math.floor(i / cols) * (H + gap) }));
  await sharp({ create: { width, height, channels: 3, background: '#e2e8f0' } }).composite(overlays).png({ compressionLevel: 9 }).toFile(out);
  console.log(`wrote ${out} (${width}x${height}, ${tiles.length} tiles)`);
}

const args = process.argv.slice(2);
if (args[0] === '--one') {
  const [, id, theme = 'light', background = 'midnight', out = `/tmp/frame-${id}-${theme}.png`] = args;
  const f = (await loadCatalog()).frames.find((x) => x.id === id);
  if (!f) throw new Error(`no frame ${id}`);
  await writeFile(out, await framed(f, theme as FrameTheme, background));
  console.log(`wrote ${out}`);
} else {
  await sheet(args[0] ?? 'docs/images/catalog.png');
}
