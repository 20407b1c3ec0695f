// The benchmark's own sanity checks, asserted: a fast run that lost or
// corrupted captures must not count. Every expected capture is present and
// decodes completely with sharp (not just its header) at the expected size.

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Manifest } from '../src/index.ts';
import { OUTPUT_ZIP_LIMITS } from '../src/core/output/limits.ts';
import { openZipReader } from '../src/util/zip-read.ts';

async function decode(data: Buffer, what: string): Promise<{ width: number; height: number }> {
  try {
    const { info } = await sharp(data).raw().toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height };
  } catch (err) {
    throw new Error(`${what} does not decode: ${(err as Error).message}`);
  }
}

/** A viewport shot's exact size, or a full-page shot's width and least height (the viewport's). */
export type ExpectedShot = { width: number; height: number } | { width: number; minHeight: number };

/** A baseline's folder: files 00000.png … (count-1), each a PNG of the expected size. Returns their heights. */
export async function verifyShotDir(dir: string, count: number, size: ExpectedShot): Promise<number[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
  assert.equal(files.length, count, `${dir}: expected ${count} screenshots, found ${files.length}`);
  const heights: number[] = [];
  for (const [i, file] of files.entries()) {
    assert.equal(file, `${String(i).padStart(5, '0')}.png`, `${dir}: screenshot ${i} is missing`);
    const got = await decode(await readFile(join(dir, file)), join(dir, file));
    const fits = got.width === size.width && ('height' in size ? got.height === size.height : got.height >= size.minHeight);
    assert.ok(fits, `${join(dir, file)} is ${got.width}x${got.height}, expected ${size.width}x${'height' in size ? size.height : `${size.minHeight}+`}`);
    heights.push(got.height);
  }
  return heights;
}

export interface ZipCheck {
  captures: number;
  captureBytes: number;
  /** The first capture's size (every viewport capture has it). */
  width: number;
  height: number;
  /** Every capture's height, in manifest order (full-page captures differ). */
  heights: number[];
}

/** framecap's ZIP: a manifest listing every URL as ok, the gallery page, and every listed file present, decodable and of the listed size. */
export async function verifyZip(path: string, urls: string[]): Promise<ZipCheck> {
  const entries = new Map<string, Buffer>();
  const checked = new Map<string, { width: number; height: number; bytes: number }>();
  await eachEntry(path, async (name, data) => {
    if (name === 'manifest.json' || name === 'index.html') entries.set(name, data);
    else checked.set(name, { ...(await decode(data, `${path}:${name}`)), bytes: data.length });
  });
  const manifestData = entries.get('manifest.json');
  assert.ok(manifestData, `${path} has no manifest.json`);
  const manifest = JSON.parse(manifestData.toString('utf8')) as Manifest;
  assert.ok(entries.get('index.html')?.includes('<html'), `${path} has no index.html gallery`);
  const rows = manifest.captures;
  assert.equal(rows.length, urls.length, `manifest lists ${rows.length} URLs, expected ${urls.length}`);
  assert.deepEqual(rows.map((r) => r.url).sort(), [...urls].sort(), 'manifest URLs differ from the sitemap');
  const failed = rows.filter((r) => r.status !== 'ok');
  assert.equal(failed.length, 0, `failed captures: ${failed.slice(0, 3).map((r) => `${r.url}: ${r.error}`).join('; ')}`);
  let captureBytes = 0;
  for (const row of rows) {
    const got = checked.get(row.file!);
    assert.ok(got, `${row.file} is in the manifest but not in the ZIP`);
    assert.equal(got.width, row.width, `${row.file}: width`);
    assert.equal(got.height, row.height, `${row.file}: height`);
    assert.equal(got.bytes, row.bytes, `${row.file}: bytes`);
    captureBytes += got.bytes;
  }
  assert.equal(checked.size, rows.length, 'the ZIP holds files the manifest does not list');
  return { captures: rows.length, captureBytes, width: rows[0]?.width ?? 0, height: rows[0]?.height ?? 0, heights: rows.map((r) => r.height ?? 0) };
}

/** Reads the ZIP one entry at a time (a 2,000-capture ZIP does not fit comfortably in memory), through the reader framecap itself uses. */
async function eachEntry(path: string, visit: (name: string, data: Buffer) => Promise<void>): Promise<void> {
  const zip = await openZipReader(path, OUTPUT_ZIP_LIMITS);
  try {
    assert.deepEqual(zip.skipped, [], `${path} has entries framecap would not read back`);
    for (const name of zip.names()) await visit(name, await zip.read(name));
  } finally {
    zip.close();
  }
}
