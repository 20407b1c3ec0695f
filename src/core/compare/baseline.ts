// A previous run's output, opened read-only: a ZIP, a manifest.json (its
// captures next to it), an output folder, or an http(s) URL of any of them.
// Only manifest.json is read up front; images are read one at a time when a
// page is compared or reused. A URL is downloaded to a temporary file first
// (ZIPs need random access), capped in size; a URL of a manifest.json reads
// each image from next to it on demand.

import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import yauzl from 'yauzl';
import { UserError } from '../types.ts';
import type { ManifestRow } from '../types.ts';
import { startsLikeZip } from '../../util/zip-magic.ts';
import { isSafeBaselineFile, MAX_MANIFEST_BYTES, parseBaselineManifest } from './manifest-check.ts';
import type { BaselineLook } from './manifest-check.ts';

/** Largest baseline ZIP downloaded from a URL. */
export const MAX_DOWNLOAD_BYTES = 4 * 1024 * 1024 * 1024;
/** Largest single image read from a baseline. */
export const MAX_IMAGE_BYTES = 256 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2_000_000;
const FETCH_TIMEOUT_MS = 120_000;

export interface Baseline {
  /** Where it came from, safe to print: a path, or a URL without credentials or query. */
  readonly label: string;
  readonly jobId: string | null;
  readonly look: BaselineLook;
  /** Usable rows by normalized URL. */
  readonly rows: ReadonlyMap<string, ManifestRow>;
  /** Rows dropped by the manifest checks. */
  readonly dropped: number;
  /** Whether the baseline holds this file (a checked relative name). */
  has(file: string): Promise<boolean>;
  /** The bytes of one file; throws when it is missing, unsafe or too large. */
  read(file: string): Promise<Buffer>;
  close(): Promise<void>;
}

export interface BaselineIO {
  fetch: typeof fetch;
}

/** Opens a baseline or throws a UserError saying what to pass instead. */
export async function openBaseline(location: string, io: Partial<BaselineIO> = {}): Promise<Baseline> {
  const doFetch = io.fetch ?? fetch;
  if (/^https?:\/\//i.test(location)) return openRemote(location, doFetch);
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(location)) {
    throw new UserError(`baseline ${location}: only local paths and http(s) URLs can be read`);
  }
  return openLocal(resolve(location), location);
}

// ─── local ───────────────────────────────────────────────────────────────

async function openLocal(path: string, label: string): Promise<Baseline> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new UserError(`baseline ${label}: no such file or folder; pass a previous run's ZIP, manifest.json or output folder`);
  if (info.isDirectory()) return openFolder(path, join(path, 'manifest.json'), label);
  if (await startsLikeZip(path)) return openZip(path, label, async () => undefined);
  return openFolder(dirname(path), path, label);
}

async function openFolder(root: string, manifestPath: string, label: string): Promise<Baseline> {
  const size = (await stat(manifestPath).catch(() => null))?.size;
  if (size === undefined) throw new UserError(`baseline ${label}: no manifest.json found; pass a previous run's ZIP, manifest.json or output folder`);
  if (size > MAX_MANIFEST_BYTES) throw new UserError(`baseline ${label}: manifest.json is larger than ${MAX_MANIFEST_BYTES} bytes`);
  const checked = parseBaselineManifest(await readFile(manifestPath, 'utf8'), label);
  const realRoot = await realpath(root);
  // A name is checked, then its real path (symlinks resolved) must still lie inside the folder.
  const locate = async (file: string): Promise<string | null> => {
    if (!isSafeBaselineFile(file)) return null;
    const real = await realpath(join(realRoot, file)).catch(() => null);
    return real !== null && real.startsWith(realRoot + sep) ? real : null;
  };
  return {
    label, ...checked,
    async has(file) {
      const real = await locate(file);
      return real !== null && (await stat(real).catch(() => null))?.isFile() === true;
    },
    async read(file) {
      const real = await locate(file);
      if (!real) throw new Error(`${file} is not in the baseline`);
      const info = await stat(real);
      if (!info.isFile() || info.size > MAX_IMAGE_BYTES) throw new Error(`${file} in the baseline is not a file of at most ${MAX_IMAGE_BYTES} bytes`);
      return readFile(real);
    },
    async close() {},
  };
}

// ─── ZIP ─────────────────────────────────────────────────────────────────

async function openZip(path: string, label: string, cleanup: () => Promise<void>): Promise<Baseline> {
  let zip: yauzl.ZipFile;
  const entries = new Map<string, yauzl.Entry>();
  try {
    zip = await new Promise<yauzl.ZipFile>((ok, fail) => {
      yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true }, (err, z) => (err || !z ? fail(err ?? new Error('no zip')) : ok(z)));
    });
    await new Promise<void>((ok, fail) => {
      zip.on('error', fail);
      zip.on('end', () => ok());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entries.size >= MAX_ZIP_ENTRIES) return fail(new Error(`more than ${MAX_ZIP_ENTRIES} entries`));
        // Entries outside the checked names are simply never looked up.
        if (isSafeBaselineFile(entry.fileName) || entry.fileName === 'manifest.json') entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.readEntry();
    });
  } catch (err) {
    await cleanup();
    throw new UserError(`baseline ${label}: not a readable ZIP (${(err as Error).message}); pass a previous run's ZIP, manifest.json or output folder`);
  }
  const readEntry = async (name: string, max: number): Promise<Buffer> => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`${name} is not in the baseline`);
    if (entry.uncompressedSize > max) throw new Error(`${name} in the baseline is larger than ${max} bytes`);
    const stream = await new Promise<Readable>((ok, fail) => zip.openReadStream(entry, (err, s) => (err || !s ? fail(err ?? new Error('no stream')) : ok(s))));
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  let checked;
  try {
    if (!entries.has('manifest.json')) throw new UserError(`baseline ${label}: the ZIP has no manifest.json; pass a ZIP written by framecap`);
    const text = (await readEntry('manifest.json', MAX_MANIFEST_BYTES).catch((err: Error) => {
      throw new UserError(`baseline ${label}: cannot read manifest.json from the ZIP (${err.message})`);
    })).toString('utf8');
    checked = parseBaselineManifest(text, label);
  } catch (err) {
    zip.close();
    await cleanup();
    throw err;
  }
  return {
    label, ...checked,
    has: async (file) => isSafeBaselineFile(file) && entries.has(file),
    read: (file) => {
      if (!isSafeBaselineFile(file)) return Promise.reject(new Error(`${file} is not in the baseline`));
      return readEntry(file, MAX_IMAGE_BYTES);
    },
    async close() {
      zip.close();
      await cleanup();
    },
  };
}

// ─── URL ─────────────────────────────────────────────────────────────────

/** A URL fit for messages and the manifest: no credentials, no query (tokens live there), no fragment. */
export function displayUrl(raw: string): string {
  try {
    const url = new URL(raw);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return '(invalid URL)';
  }
}

async function openRemote(location: string, doFetch: typeof fetch): Promise<Baseline> {
  const label = displayUrl(location);
  // A folder URL means its manifest.json.
  const url = new URL(location);
  if (url.pathname.endsWith('/')) url.pathname += 'manifest.json';
  const temp = await mkdtemp(join(tmpdir(), 'framecap-baseline-'));
  const cleanup = (): Promise<void> => rm(temp, { recursive: true, force: true });
  try {
    const file = join(temp, 'baseline');
    await download(url, file, MAX_DOWNLOAD_BYTES, label, doFetch);
    if (await startsLikeZip(file)) return await openZip(file, label, cleanup);
    const text = await readFile(file, 'utf8');
    if (!/^\s*\{/.test(text)) throw new UserError(`baseline ${label}: the URL answered neither a ZIP nor a manifest.json; pass the URL of a previous run's ZIP or manifest.json`);
    const checked = parseBaselineManifest(text, label);
    await cleanup();
    const imageUrl = (name: string): URL => new URL(name.split('/').map(encodeURIComponent).join('/'), url);
    return {
      label, ...checked,
      // Asking is a request per file; reading it is the real test.
      has: async (name) => isSafeBaselineFile(name),
      async read(name) {
        if (!isSafeBaselineFile(name)) throw new Error(`${name} is not in the baseline`);
        const target = imageUrl(name);
        // Images must come from where the manifest came from.
        if (target.origin !== url.origin) throw new Error(`${name} is not in the baseline`);
        return fetchBytes(target, MAX_IMAGE_BYTES, doFetch);
      },
      async close() {},
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

function requestInit(url: URL): { url: URL; init: RequestInit } {
  const clean = new URL(url.href);
  const headers: Record<string, string> = {};
  if (url.username || url.password) {
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    clean.username = '';
    clean.password = '';
  }
  return { url: clean, init: { headers, redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) } };
}

async function download(url: URL, file: string, max: number, label: string, doFetch: typeof fetch): Promise<void> {
  const { url: clean, init } = requestInit(url);
  let response: Response;
  try {
    response = await doFetch(clean, init);
  } catch (err) {
    throw new UserError(`baseline ${label}: cannot download it (${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message})`);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    const hint = response.status === 404 ? ': no such file; check the URL, or run once without --baseline to make one' : '';
    throw new UserError(`baseline ${label}: HTTP ${response.status}${hint}`);
  }
  if (Number(response.headers.get('content-length') ?? 0) > max) {
    await response.body.cancel().catch(() => undefined);
    throw new UserError(`baseline ${label}: larger than ${max} bytes`);
  }
  let seen = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > max ? new UserError(`baseline ${label}: larger than ${max} bytes`) : null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), cap, createWriteStream(file));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`baseline ${label}: the download broke off (${(err as Error).message})`);
  }
}

async function fetchBytes(url: URL, max: number, doFetch: typeof fetch): Promise<Buffer> {
  const { url: clean, init } = requestInit(url);
  const response = await doFetch(clean, init);
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error(`HTTP ${response.status}`);
  }
  const chunks: Buffer[] = [];
  let seen = 0;
  for await (const chunk of Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)) {
    seen += (chunk as Buffer).length;
    if (seen > max) throw new Error(`larger than ${max} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
