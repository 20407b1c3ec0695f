// Merging shard outputs: the ZIPs (or folders) of `shard: k/n` runs become
// one output and one Job document, as if one run had captured every page.
//
// Inputs are untrusted files (downloaded artifacts): their manifests are
// checked, every file name passes the sink's safety check, and every file a
// row lists (capture, part, poster) must match the sha256 its manifest
// gives. Files are copied one at a time, so memory stays flat however big
// the shards are.

import { createHash } from 'node:crypto';
import { lstat, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { finalStatus, newJob, progressOf } from './job.ts';
import type { CaptureResult, Job, JobStatus, JobType } from './job.ts';
import { buildManifest } from './manifest.ts';
import type { Manifest, ManifestSettings } from './manifest.ts';
import { completeManifest } from './output/manifest-check.ts';
import { openOutput } from './output/open-output.ts';
import type { FramecapOutput } from './output/open-output.ts';
import { openSink } from './sink/index.ts';
import type { Sink } from './sink/index.ts';
import { GALLERY, galleryHtml } from './sink/gallery.ts';
import { captureKey, UserError } from './types.ts';
import type { ManifestRow, SplitPart, Warn } from './types.ts';
import { captureResultOf } from './capture-result.ts';
import { sha256Hex } from '../util/sha256.ts';

export interface MergeOptions {
  warn?: Warn;
  now?: Date;
}

export interface MergeResult {
  job: Job;
  manifest: Manifest;
  output: { path: string; kind: 'zip' | 'dir' };
  /** Captures written under another name because an earlier input had taken theirs. */
  renamed: Array<{ input: string; from: string; to: string }>;
}

const MANIFEST = 'manifest.json';
const HINT = '; give the ZIPs or folders of the shards as framecap wrote them';

/** An input to merge: an output whose manifest checked out whole (a merge copies every field on). */
interface MergeInput {
  output: FramecapOutput;
  manifest: Manifest;
}

async function openInput(path: string): Promise<MergeInput> {
  const output = await openOutput(path, { hint: HINT });
  try {
    return { output, manifest: completeManifest(output.manifest, output.label, HINT) };
  } catch (err) {
    await output.close();
    throw err;
  }
}

/**
 * The outputs to merge, for paths as a user gives them: a ZIP, an output
 * folder (it has a manifest.json), or a folder of those, searched two levels
 * deep (the shape a download of several artifacts leaves). Sorted by path,
 * numbers in order (shot-2 before shot-10), so merges are reproducible.
 */
export async function findMergeInputs(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  const visit = async (path: string, depth: number, given: boolean): Promise<void> => {
    const st = await lstat(path).catch(() => null);
    if (!st) {
      if (given) throw new UserError(`cannot read ${path}: no such file or folder`);
      return;
    }
    if (st.isFile()) {
      if (given || /\.zip$/i.test(path)) found.push(path);
      return;
    }
    if (!st.isDirectory()) return;
    if ((await lstat(join(path, MANIFEST)).catch(() => null))?.isFile()) {
      found.push(path);
      return;
    }
    if (depth === 0) return;
    const names = (await readdir(path)).sort(byPath);
    for (const name of names) await visit(join(path, name), depth - 1, false);
  };
  for (const p of paths) {
    const before = found.length;
    await visit(p, 2, true);
    if (found.length === before) throw new UserError(`${p} holds no framecap output (no .zip and no folder with a manifest.json)`);
  }
  return [...new Set(found)];
}

const byPath = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/**
 * Merges framecap outputs (shard ZIPs or folders) into one output at `output`
 * (a .zip path or a folder). Rows keep input order; a file name an earlier
 * input already took gets a short hash of its URL, so the same inputs in the
 * same order always give the same names.
 */
export async function mergeOutputs(inputs: string[], output: string, options: MergeOptions = {}): Promise<MergeResult> {
  const warn = options.warn ?? (() => {});
  if (inputs.length === 0) throw new UserError('nothing to merge: give the ZIPs or folders of the shards');
  const target = resolve(output);
  for (const input of inputs) {
    if (resolve(input) === target) throw new UserError(`the output ${output} is also an input: write the merged output somewhere else`);
  }

  const opened: MergeInput[] = [];
  let sink: Sink | null = null;
  try {
    for (const input of inputs) opened.push(await openInput(input));
    const seenJobs = new Map<string, string>();
    for (const { output: o, manifest } of opened) {
      const earlier = seenJobs.get(manifest.job.id);
      if (earlier) throw new UserError(`${o.path} is the same run as ${earlier} (job ${manifest.job.id}): give each shard once`);
      seenJobs.set(manifest.job.id, o.path);
    }

    const out = await openSink(output);
    // The catch below aborts what was opened; everything else writes through out.
    sink = out;
    const taken = new Set<string>([MANIFEST, GALLERY]);
    const seenUrls = new Map<string, string>();
    const rows: ManifestRow[] = [];
    const warnings: string[] = [];
    const renamed: MergeResult['renamed'] = [];
    const trouble: string[] = [];
    let dropped = 0;
    const note = (message: string): void => {
      warnings.push(message);
      warn(message);
    };

    for (const { output: input, manifest } of opened) {
      const label = basename(input.path);
      for (const w of manifest.warnings) warnings.push(`${label}: ${w}`);
      dropped += manifest.warnings_dropped;
      const ok = manifest.captures.filter((r) => r.status === 'ok').length;
      const failed = manifest.captures.length - ok;
      if (manifest.captures.length === 0) {
        note(`${label} has no pages${manifest.job.error ? ` (${manifest.job.error})` : ''}`);
      } else if (manifest.job.status !== finalStatus(progressOf(manifest.captures.length, ok, failed))) {
        // The shard ended for a reason its rows do not show (interrupted, discovery stopped).
        trouble.push(`${label}: ${manifest.job.error ?? `its run ended ${manifest.job.status}`}`);
      }
      const listed = new Set<string>([MANIFEST]);
      const renamedStems: Array<[string, string]> = [];
      const copy = listedCopier(input, out, taken, listed);
      for (const row of manifest.captures) {
        // A page's variants are rows of the same URL in one shard: the capture's key is page and variant.
        const key = captureKey(row);
        const other = seenUrls.get(key);
        if (other !== undefined) note(`${row.url}${row.variant ? ` (variant ${row.variant})` : ''} is in both ${other} and ${label}: were the inputs shards of one run?`);
        else seenUrls.set(key, label);
        if (row.status !== 'ok') {
          rows.push({ ...row, file: null });
          continue;
        }
        /** The capture and its parts keep their names unless taken; a rename is reported, and its companions follow it. */
        const copyCapture = async (from: string, digest: string | null): Promise<string> => {
          const to = await copy({ name: from, sha256: digest }, from, row.url);
          if (to !== from) {
            renamed.push({ input: input.path, from, to });
            renamedStems.push([stemOf(from), stemOf(to)]);
          }
          return to;
        };
        const from = row.file!;
        const to = await copyCapture(from, row.sha256);
        // A video's poster is named after its video: it follows a renamed video, and its row names where it went.
        const poster = row.poster
          ? await copy({ name: row.poster, sha256: row.poster_sha256 ?? null }, renamedAlong(row.poster, [[stemOf(from), stemOf(to)]]), `${input.path}\n${row.poster}`)
          : undefined;
        // --split: the first part is the row's file; the others are copied (and checked) beside it.
        let parts: SplitPart[] | undefined;
        if (row.parts) {
          parts = [];
          for (const [i, p] of row.parts.entries()) parts.push({ ...p, file: i === 0 && p.file === row.file ? to : await copyCapture(p.file, p.sha256) });
        }
        rows.push({ ...row, file: to, ...(poster ? { poster } : {}), ...(parts ? { parts } : {}) });
      }
      for (const { name, problem } of input.skipped) note(`${label}: skipped ${JSON.stringify(name)}: ${problem}`);
      // Files the rows do not list (e.g. a capture's <name>.thumb.png) come
      // along, and follow their capture when it was renamed.
      for (const name of input.names()) {
        // Each input's gallery is replaced by one for the merged output.
        if (listed.has(name) || name === GALLERY) continue;
        const to = freeName(renamedAlong(name, renamedStems), `${input.path}\n${name}`, taken);
        taken.add(to);
        await out.add(to, await input.read(name));
      }
    }
    if (renamed.length > 0) note(`${renamed.length} file name(s) were taken by an earlier input and got a suffix, e.g. ${renamed[0]!.from} → ${renamed[0]!.to}`);
    const differing = settingsDifferences(opened.map((o) => o.manifest.settings));
    if (differing.length > 0) note(`the inputs were captured with different settings (${differing.join(', ')}); the manifest lists the first input's`);

    const job = mergedJob(opened.map((o) => o.manifest), rows, trouble, options.now ?? new Date());
    const manifest = buildManifest(job, opened[0]!.manifest.settings, warnings, rows);
    manifest.warnings_dropped += dropped;
    await out.add(MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
    await out.add(GALLERY, Buffer.from(galleryHtml(manifest, taken)));
    await out.close();
    return { job, manifest, output: { path: out.path, kind: out.kind }, renamed };
  } catch (err) {
    await sink?.abort();
    throw err;
  } finally {
    for (const o of opened) await o.output.close();
  }
}

/** A file a manifest row lists: its name in the input, and the digest the manifest gives for it (null: none given). */
interface ListedFile {
  name: string;
  sha256: string | null;
}

/**
 * The one way a merge copies a file a row lists (capture, part or poster):
 * it must be in the input and, when the manifest gives a digest, match it;
 * it is written under `wanted`, or a free name near it (hashed from `key`).
 */
function listedCopier(input: FramecapOutput, out: Sink, taken: Set<string>, listed: Set<string>): (file: ListedFile, wanted: string, key: string) => Promise<string> {
  const where = input.kind === 'zip' ? 'ZIP' : 'output';
  return async (file: ListedFile, wanted: string, key: string): Promise<string> => {
    if (!(await input.has(file.name))) throw new UserError(`${input.path}: ${file.name} is listed in manifest.json but missing from the ${where}`);
    const data = await input.read(file.name);
    if (file.sha256 !== null && sha256Hex(data) !== file.sha256) {
      throw new UserError(`${input.path}: ${file.name} does not match the sha256 in its manifest.json: the input is corrupt`);
    }
    listed.add(file.name);
    const to = freeName(wanted, key, taken);
    taken.add(to);
    await out.add(to, data);
    return to;
  };
}

/**
 * `name` renamed as the capture it belongs to was, given [old stem, new stem]
 * pairs: "tall.poster.png", with "tall.webp" → "tall-1a2b.webp", becomes "tall-1a2b.poster.png".
 */
function renamedAlong(name: string, renames: ReadonlyArray<readonly [string, string]>): string {
  const moved = renames.find(([old]) => name.startsWith(`${old}.`));
  return moved ? `${moved[1]}${name.slice(moved[0].length)}` : name;
}

/** The name without its extension: "blog/post.png" → "blog/post". */
function stemOf(name: string): string {
  const slash = name.lastIndexOf('/');
  const dot = name.lastIndexOf('.');
  return dot > slash + 1 ? name.slice(0, dot) : name;
}

/** `name` if free, else `<stem>-<8 hex of the URL>.<ext>`, re-hashed until free. */
function freeName(name: string, url: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  const stem = stemOf(name);
  const ext = name.slice(stem.length);
  for (let attempt = 0; ; attempt++) {
    const hash = createHash('sha1').update(attempt === 0 ? url : `${url}\n${attempt}`).digest('hex').slice(0, 8);
    const candidate = `${stem}-${hash}${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function mergedJob(manifests: Manifest[], rows: ManifestRow[], trouble: string[], now: Date): Job {
  const jobs = manifests.map((m) => m.job);
  const completed = rows.filter((r) => r.status === 'ok').length;
  const progress = progressOf(rows.length, completed, rows.length - completed);
  const job = newJob(mergedType(jobs.map((j) => j.type), rows.length), now);
  job.progress = progress;
  job.status = trouble.length > 0 ? (completed > 0 ? 'partial' : 'failed') : finalStatus(progress);
  job.created_at = earliest(jobs.map((j) => j.created_at)) ?? job.created_at;
  job.started_at = earliest(jobs.map((j) => j.started_at));
  job.completed_at = latest(jobs.map((j) => j.completed_at)) ?? now.toISOString();
  job.error = mergedError(job.status, trouble, rows);
  if (job.type === 'capture') job.result = mergedResult(jobs, rows);
  return job;
}

/** The shard's capture result, pointing at the image's entry in the merged output (its name may have changed there). */
function mergedResult(jobs: Job[], rows: ManifestRow[]): CaptureResult | null {
  const found = jobs.find((j) => j.result)?.result;
  return found ? captureResultOf(found.id, rows.find((r) => r.status === 'ok')) : null;
}

function mergedType(types: JobType[], total: number): JobType {
  if (types.includes('sitemap')) return 'sitemap';
  return total === 1 && types.every((t) => t === 'capture') ? 'capture' : 'batch';
}

function mergedError(status: JobStatus, trouble: string[], rows: ManifestRow[]): string | null {
  if (trouble.length > 0) return `${trouble.length} input(s) did not finish: ${trouble.join('; ')}`;
  if (rows.length === 0) return 'no pages in any input';
  if (status === 'failed') return `all ${rows.length} pages failed; first error: ${rows[0]?.error ?? 'unknown'}`;
  return null;
}

const isoTimes = (values: Array<string | null>): string[] => values.filter((v): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v)));
const earliest = (values: Array<string | null>): string | null => isoTimes(values).sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;
const latest = (values: Array<string | null>): string | null => isoTimes(values).sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null;

/**
 * Settings that change what the pictures look like; concurrency does not.
 * Every input's keys count: a shard with variants beside one without them differs, whichever comes first.
 */
function settingsDifferences(all: ManifestSettings[]): string[] {
  const first = all[0];
  if (!first) return [];
  const keys = [...new Set(all.flatMap((s) => Object.keys(s)))].filter((k) => k !== 'concurrency') as Array<keyof ManifestSettings>;
  return keys.filter((k) => all.some((s) => JSON.stringify(s[k]) !== JSON.stringify(first[k])));
}
