// A finished framecap output opened read-only, whatever form it takes: a
// ZIP, an output folder, a manifest.json with its captures next to it, or an
// http(s) URL of any of them. Only manifest.json is read up front (and
// checked field by field); files are read one at a time, by name, capped.
//
// Folders and symlinks: a link whose real path stays inside the folder is
// followed, one that leads out of it is refused. Refusing every link would
// be no safer (what must not happen is reading a file outside the output,
// and the real-path check rules that out) but would refuse folders that a
// copy or a checkout left links in. The last step opens the real path with
// O_NOFOLLOW, so a link swapped in after the check is not followed either.

import { constants } from 'node:fs';
import { lstat, mkdtemp, open, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { entryNameProblem } from '../sink/entry-name.ts';
import { UserError } from '../types.ts';
import { startsLikeZip } from '../../util/zip-magic.ts';
import { openZipReader, ZipReadError } from '../../util/zip-read.ts';
import type { SkippedEntry, ZipReader } from '../../util/zip-read.ts';
import { redactedUrl, download, fetchBytes } from './download.ts';
import { MAX_DOWNLOAD_BYTES, MAX_FILE_BYTES, MAX_MANIFEST_BYTES, MAX_OUTPUT_ENTRIES, OUTPUT_ZIP_LIMITS } from './limits.ts';
import { checkManifest, isSafeOutputFile } from './manifest-check.ts';
import type { CheckedManifest } from './manifest-check.ts';

const MANIFEST = 'manifest.json';

export interface FramecapOutput {
  /** Where it came from, safe to print: the path as given, or the URL without credentials or query. */
  readonly path: string;
  /** `path`, with the role it was opened for ("baseline …"): the start of every message about it. */
  readonly label: string;
  readonly kind: 'zip' | 'dir' | 'url';
  readonly manifest: CheckedManifest;
  /** Files that can be read (relative POSIX paths), manifest.json included; for a URL, the files its manifest names. */
  names(): string[];
  /** ZIP entries that cannot be read (an unsafe name, a name's second entry). */
  readonly skipped: readonly SkippedEntry[];
  /** Whether the output holds this file; for a URL, only whether the name is one that could be fetched. */
  has(name: string): Promise<boolean>;
  /** The bytes of one file; a UserError when it is missing, unsafe or bigger than `max`. */
  read(name: string, max?: number): Promise<Buffer>;
  close(): Promise<void>;
}

export interface OpenOutputOptions {
  /** What the output is for, put before its path in messages: "baseline". */
  role?: string;
  /** Said after every problem with the output itself: what to pass instead. */
  hint?: string;
  fetch?: typeof fetch;
}

interface Context {
  path: string;
  label: string;
  hint: string;
}

/** Opens an output or throws a UserError that names it and says what is wrong. */
export async function openOutput(location: string, options: OpenOutputOptions = {}): Promise<FramecapOutput> {
  const remote = /^https?:\/\//i.test(location);
  const path = remote ? redactedUrl(location) : location;
  const ctx: Context = { path, label: options.role ? `${options.role} ${path}` : path, hint: options.hint ?? '' };
  if (remote) return openRemote(location, ctx, options.fetch ?? fetch);
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(location)) throw new UserError(`${ctx.label}: only local paths and http(s) URLs can be read${ctx.hint}`);
  const full = resolve(location);
  // stat, not lstat: the path itself is the user's choice; links inside the output are what the policy is about.
  const info = await stat(full).catch((err: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read ${ctx.label}: ${err.code === 'ENOENT' ? 'no such file or folder' : err.code}${ctx.hint}`);
  });
  if (info.isDirectory()) return openFolder(full, MANIFEST, ctx);
  if (await startsLikeZip(full)) return openZip(full, ctx, async () => {});
  if (await startsLikeJson(full)) return openFolder(dirname(full), basename(full), ctx);
  throw new UserError(`${ctx.label} is not a readable ZIP or manifest.json${ctx.hint}`);
}

// ─── folder ──────────────────────────────────────────────────────────────

async function openFolder(dir: string, manifestName: string, ctx: Context): Promise<FramecapOutput> {
  const root = await realpath(dir);
  /** The real path of `name` when it is a regular file inside the folder, else null. */
  const locate = async (name: string): Promise<string | null> => {
    if (!isSafeOutputFile(name)) return null;
    const real = await realpath(join(root, name)).catch(() => null);
    if (real === null || !real.startsWith(root + sep)) return null;
    return (await lstat(real).catch(() => null))?.isFile() ? real : null;
  };
  const read = async (name: string, max = MAX_FILE_BYTES): Promise<Buffer> => {
    const real = await locate(name);
    if (!real) throw new UserError(`${ctx.label}: ${name} is not a file in the folder (missing, or a link that leads out of it)`);
    // O_NOFOLLOW: a link swapped in since locate() is refused, not followed.
    const handle = await open(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch((err: Error) => {
      throw new UserError(`${ctx.label}: cannot read ${name} (${err.message})`);
    });
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new UserError(`${ctx.label}: ${name} is not a regular file`);
      if (info.size > max) throw new UserError(`${ctx.label}: ${name} is larger than ${max} bytes (${info.size})`);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  };

  if (!(await locate(manifestName))) {
    throw new UserError(`${ctx.label} has no ${manifestName}: it is not a framecap output folder${ctx.hint}`);
  }
  const manifest = checkManifest(await read(manifestName, MAX_MANIFEST_BYTES).catch((err: Error) => {
    throw new UserError(`${err.message}${ctx.hint}`);
  }), ctx.label, ctx.hint);

  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    const name = relative(root, join(e.parentPath, e.name)).split(sep).join('/');
    if (!e.isFile() && !e.isSymbolicLink()) continue;
    const problem = entryNameProblem(name);
    if (problem) skipped.push({ name, problem });
    else if (e.isFile() || (await locate(name)) !== null) files.push(name);
    else {
      // A link to a folder inside is just a folder; one that leads nowhere or out of the folder is reported.
      const target = await realpath(join(root, name)).catch(() => null);
      if (target === null) skipped.push({ name, problem: 'a link that leads nowhere' });
      else if (!target.startsWith(root + sep)) skipped.push({ name, problem: 'a link that leads out of the folder' });
    }
    if (files.length > MAX_OUTPUT_ENTRIES) throw new UserError(`${ctx.label} holds more than ${MAX_OUTPUT_ENTRIES} files, more than framecap reads${ctx.hint}`);
  }
  return {
    path: ctx.path, label: ctx.label, kind: 'dir', manifest, skipped,
    names: () => files,
    has: async (name) => (await locate(name)) !== null,
    read,
    close: async () => {},
  };
}

/** True when the file's first non-blank character opens a JSON object. */
async function startsLikeJson(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return /^\s*\{/.test(head.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

// ─── ZIP ─────────────────────────────────────────────────────────────────

async function openZip(file: string, ctx: Context, cleanup: () => Promise<void>): Promise<FramecapOutput> {
  let zip: ZipReader;
  try {
    zip = await openZipReader(file, OUTPUT_ZIP_LIMITS);
  } catch (err) {
    await cleanup();
    throw new UserError(`${ctx.label} is not a readable ZIP (${(err as Error).message})${ctx.hint}`);
  }
  const read = (name: string, max?: number): Promise<Buffer> => zip.read(name, max).catch((err: Error) => {
    throw err instanceof ZipReadError ? new UserError(`${ctx.label}: ${err.message}`) : err;
  });
  let manifest: CheckedManifest;
  try {
    if (!zip.has(MANIFEST)) throw new UserError(`${ctx.label} has no manifest.json: it is not a framecap ZIP${ctx.hint}`);
    manifest = checkManifest(await read(MANIFEST, MAX_MANIFEST_BYTES).catch((err: Error) => {
      throw new UserError(`${err.message}${ctx.hint}`);
    }), ctx.label, ctx.hint);
  } catch (err) {
    zip.close();
    await cleanup();
    throw err;
  }
  return {
    path: ctx.path, label: ctx.label, kind: 'zip', manifest, skipped: zip.skipped,
    names: () => zip.names(),
    has: async (name) => zip.has(name),
    read,
    async close() {
      zip.close();
      await cleanup();
    },
  };
}

// ─── URL ─────────────────────────────────────────────────────────────────

async function openRemote(location: string, ctx: Context, doFetch: typeof fetch): Promise<FramecapOutput> {
  // A folder URL means its manifest.json.
  const url = new URL(location);
  if (url.pathname.endsWith('/')) url.pathname += MANIFEST;
  const temp = await mkdtemp(join(tmpdir(), 'framecap-output-'));
  const cleanup = (): Promise<void> => rm(temp, { recursive: true, force: true });
  try {
    const file = join(temp, 'download');
    await download(url, file, MAX_DOWNLOAD_BYTES, ctx.label, doFetch);
    if (await startsLikeZip(file)) return await openZip(file, ctx, cleanup);
    if (!(await startsLikeJson(file))) throw new UserError(`${ctx.label}: the URL answered neither a ZIP nor a manifest.json${ctx.hint}`);
    const info = await lstat(file);
    if (info.size > MAX_MANIFEST_BYTES) throw new UserError(`${ctx.label}: manifest.json is larger than ${MAX_MANIFEST_BYTES} bytes${ctx.hint}`);
    const manifest = checkManifest(await readFile(file), ctx.label, ctx.hint);
    await cleanup();
    const listed = [MANIFEST, ...new Set(manifest.captures.flatMap((r) => [r.file, ...(r.parts ?? []).map((p) => p.file), r.diff, r.side_by_side]).filter((f): f is string => typeof f === 'string'))];
    const fileUrl = (name: string): URL => new URL(name.split('/').map(encodeURIComponent).join('/'), url);
    return {
      path: ctx.path, label: ctx.label, kind: 'url', manifest, skipped: [],
      names: () => listed,
      // Asking is a request per file; reading it is the real test.
      has: async (name) => isSafeOutputFile(name),
      async read(name, max = MAX_FILE_BYTES) {
        const target = isSafeOutputFile(name) ? fileUrl(name) : null;
        // Files must come from where the manifest came from.
        if (!target || target.origin !== url.origin) throw new UserError(`${ctx.label}: ${name} is not in the output`);
        return fetchBytes(target, max, doFetch).catch((err: Error) => {
          throw new UserError(`${ctx.label}: cannot fetch ${name} (${err.message})`);
        });
      },
      async close() {},
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
