// A run against a baseline: what run.ts calls, and nothing else of the
// compare folder.
//
//   reuse(target)   --incremental: the baseline's capture carried over when the page is unchanged
//   compare(...)    after framing: how a rendered capture differs from the baseline's
//   report(...)     manifest.changes
//
// Comparisons are CPU work (decoding, pixelmatch, encoding the diff images);
// at most MAX_PARALLEL_COMPARES run at once so they never crowd out the
// browser, and run.ts does not wait for them before the next page.

import { semaphore } from '../../util/semaphore.ts';
import { basename, dirname, resolve } from 'node:path';
import type { ManifestSettings } from '../manifest.ts';
import type { Cookie, CompareOptions } from '../options.ts';
import { captureKey, UserError } from '../types.ts';
import type { ChangeReport, ManifestRow, PageValidators, SplitPart, Target, Warn } from '../types.ts';
import { recipeDigest } from '../recipe.ts';
import { openBaseline } from './baseline.ts';
import type { Baseline, BaselineIO } from './baseline.ts';
import { compareImages } from './diff.ts';
import type { DiffImages } from './diff.ts';
import { partFile } from '../split/output.ts';
import { checkUnchanged } from './unchanged.ts';
import { sha256Hex } from '../../util/sha256.ts';

export { hasChanges } from './report.ts';

export { openBaseline, redactedUrl } from './baseline.ts';
export type { Baseline } from './baseline.ts';
export { compareImages, diffRgba, decodeRgba } from './diff.ts';
export { checkUnchanged, cookieHeader } from './unchanged.ts';
export type { Verdict, CheckOptions } from './unchanged.ts';
export { isSafeBaselineFile, parseBaselineManifest } from './baseline.ts';

export const MAX_PARALLEL_COMPARES = 2;
/** The unchanged check gets at most this long per page, whatever the page timeout. */
const CHECK_TIMEOUT_MS = 15_000;

/** Writes one file to the run's output; run.ts turns its failures into the run's fatal error. */
export type WriteOutput = (name: string, data: Buffer) => Promise<void>;

export interface ChangeFields {
  change: 'new' | 'changed' | 'unchanged';
  changed_share?: number;
  diff?: string;
  side_by_side?: string;
}

export interface ChangeSession {
  readonly baseline: Baseline;
  /** False when the baseline was captured with other settings: its captures cannot stand in for this run's. */
  readonly canReuse: boolean;
  /**
   * --incremental: when the page is unchanged, writes the baseline's capture
   * and its companion (a still's thumbnail, a video's poster) under this run's
   * names and returns its row; null = render it. Throws only when writing fails.
   */
  reuse(target: Target, file: string, companion: string | null): Promise<ManifestRow | null>;
  /**
   * How a rendered capture compares with the baseline's; writes
   * changes/<name>.diff.png and .side.png for changed pages. `images` are the
   * stills compared: the capture, a video's poster, or (--split) each part in order.
   */
  compare(target: Target, row: ManifestRow, images: readonly Buffer[]): Promise<ChangeFields>;
  close(): Promise<void>;
}

export interface SessionOptions {
  compare: CompareOptions;
  /** This run's output path: a folder output cannot also be the baseline (its files would be replaced while being compared). */
  output: string;
  /** This run's settings, to tell whether the baseline's captures look like this run's would. */
  settings: Omit<ManifestSettings, 'browser' | 'concurrency' | 'header_names' | 'cookie_names' | 'quality' | 'wait_until' | 'color_scheme'>;
  headers: Record<string, string>;
  cookies: Cookie[];
  userAgent: string;
  timeoutMs: number;
  write: WriteOutput;
  warn: Warn;
  io?: Partial<BaselineIO>;
}

/** Opens the baseline (a UserError when it cannot be read) and returns the session. */
export async function openChangeSession(options: SessionOptions): Promise<ChangeSession> {
  refuseOwnOutput(options.compare.baseline, options.output);
  const baseline = await openBaseline(options.compare.baseline, options.io);
  const { warn, write } = options;
  if (baseline.dropped > 0) warn(`baseline ${baseline.label}: ${baseline.dropped} manifest rows were unusable and are ignored (their pages count as new)`);
  const differences = lookDifferences(baseline, options.settings);
  const canReuse = differences.length === 0;
  if (!canReuse) {
    warn(`baseline ${baseline.label} was captured with other settings (${differences.join(', ')}): every page is rendered and compared`);
  }
  const limit = semaphore(MAX_PARALLEL_COMPARES);

  const reuse = async (target: Target, file: string, companion: string | null): Promise<ManifestRow | null> => {
    const started = Date.now();
    const before = baseline.rows.get(captureKey(target));
    if (!canReuse || !before || before.status !== 'ok' || !before.file) return null;
    // A still never stands in for a video, nor a video for a still.
    if ((before.kind === 'video') !== (target.recipe.render.video !== null)) return null;
    // Made with other page settings (a rule or variant was edited since): render it.
    if ((before.recipe ?? null) !== recipeDigest(target)) return null;
    const verdict = await checkUnchanged(target.url, target.lastmod, before.validators, {
      headers: options.headers, cookies: options.cookies, userAgent: options.userAgent,
      timeoutMs: Math.min(options.timeoutMs, CHECK_TIMEOUT_MS), ...(options.io?.fetch ? { fetch: options.io.fetch } : {}),
    });
    if (!verdict.unchanged) return null;
    // A page written in parts is carried over part by part, under this run's names for them.
    const ext = file.slice(file.lastIndexOf('.') + 1);
    const files = imagesOf(before).map((f, i) => ({ ...f, file: i === 0 ? before.file! : f.file, to: before.parts ? partFile(target.name, i + 1, ext) : file }));
    const companionTo = companion && before.parts ? files[0]!.to.replace(/\.(\w+)$/, '.thumb.$1') : companion;
    const companionSource = before.kind === 'video' ? before.poster : before.file.replace(/\.(\w+)$/, '.thumb.$1');
    const data: Buffer[] = [];
    let extra: Buffer | null = null;
    try {
      for (const f of files) data.push(await baseline.read(f.file));
      if (companionTo && companionSource) extra = (await baseline.has(companionSource)) ? await baseline.read(companionSource) : null;
    } catch (err) {
      warn(`${target.url}: cannot read its capture from the baseline (${(err as Error).message}); rendering it`);
      return null;
    }
    // The bytes must be the ones the baseline's manifest describes; a thumbnail we cannot carry over means rendering.
    if (files.some((f, i) => f.sha256 && sha256Hex(data[i]!) !== f.sha256)) {
      warn(`${target.url}: its capture in the baseline does not match the manifest's sha256; rendering it`);
      return null;
    }
    if (companionTo && !extra) return null;
    // A video's poster is its change's evidence: carried over, it must be the one the manifest describes too.
    if (before.kind === 'video' && extra && before.poster_sha256 && sha256Hex(extra) !== before.poster_sha256) {
      warn(`${target.url}: its video's poster in the baseline does not match the manifest's poster_sha256; recording it`);
      return null;
    }
    for (const [i, f] of files.entries()) await write(f.to, data[i]!);
    if (companionTo && extra) await write(companionTo, extra);
    const parts = before.parts?.map((p, i) => ({ ...p, file: files[i]!.to }));
    const row = reusedRow(before, target, files[0]!.to, data[0]!, verdict.validators, Date.now() - started, parts);
    return before.kind === 'video' ? { ...row, ...videoFieldsOf(before), poster: companion! } : row;
  };

  const compare = async (target: Target, row: ManifestRow, images: readonly Buffer[]): Promise<ChangeFields> => {
    const before = baseline.rows.get(captureKey(target));
    const beforeImage = before?.kind === 'video' ? before.poster : before?.file;
    if (!before || before.status !== 'ok' || !beforeImage) return { change: 'new' };
    const then = imagesOf(before);
    const now = imagesOf(row);
    if (then.length === now.length && then.every((f, i) => f.sha256 !== null && f.sha256 === now[i]!.sha256)) return { change: 'unchanged', changed_share: 0 };
    return limit(async () => {
      // Part by part (one image for most pages): the page's share of changed pixels, weighted by each part's pixels;
      // a part only one side has counts as wholly changed. The first changed part's diff is the one shown.
      let changedPixels = 0;
      let pixels = 0;
      let shown: DiffImages | null = null;
      let shownPart = 0;
      for (let i = 0; i < Math.max(then.length, now.length); i++) {
        const size = (now[i] ?? then[i])!;
        const area = (size.width ?? 0) * (size.height ?? 0) || 1;
        pixels += area;
        if (!then[i] || !now[i]) {
          changedPixels += area;
          continue;
        }
        if (then[i]!.sha256 !== null && then[i]!.sha256 === now[i]!.sha256) continue;
        let old: Buffer;
        try {
          old = await baseline.read(then[i]!.file);
        } catch (err) {
          warn(`${target.url}: cannot read its capture from the baseline (${(err as Error).message}); counted as new`);
          return { change: 'new' } as ChangeFields;
        }
        let result;
        try {
          result = await compareImages(old, images[i]!, options.compare.threshold);
        } catch (err) {
          // An image we cannot decode cannot be shown unchanged: a gate on changes must see it.
          warn(`${target.url}: cannot compare with the baseline's capture (${(err as Error).message}); counted as changed`);
          return { change: 'changed', changed_share: 1 } as ChangeFields;
        }
        changedPixels += result.share * area;
        if (result.images && !shown) {
          shown = result.images;
          shownPart = i + 1;
        }
      }
      if (changedPixels === 0) return { change: 'unchanged', changed_share: 0 } as ChangeFields;
      const share = roundShare(changedPixels / pixels);
      if (!shown) return { change: 'changed', changed_share: share } as ChangeFields;
      const stem = row.parts ? `${target.name}.part-${shownPart}` : target.name;
      const diff = `changes/${stem}.diff.png`;
      const side = `changes/${stem}.side.png`;
      await write(diff, shown.diff);
      await write(side, shown.side);
      return { change: 'changed', changed_share: share, diff, side_by_side: side } as ChangeFields;
    });
  };

  return { baseline, canReuse, reuse, compare, close: () => baseline.close() };
}

/**
 * A row's stills with their digests and sizes: its parts (--split), else its one image: the capture, or a
 * video's poster (with the video's own digest, which tells an unchanged video without decoding anything).
 */
function imagesOf(row: ManifestRow): Array<{ file: string; sha256: string | null; width: number | null; height: number | null }> {
  return row.parts ?? [{ file: (row.kind === 'video' ? row.poster : row.file) ?? row.file!, sha256: row.sha256, width: row.width, height: row.height }];
}

/** What a reused video's row carries over besides a still's fields. */
function videoFieldsOf(before: ManifestRow): Partial<ManifestRow> {
  return {
    kind: 'video', video_duration_ms: before.video_duration_ms, frames: before.frames, fps: before.fps,
    ...(before.video_cut ? { video_cut: before.video_cut } : {}),
    // The carried-over poster is the baseline's, so its digest is too.
    ...(before.poster_sha256 ? { poster_sha256: before.poster_sha256 } : {}),
  };
}

function reusedRow(before: ManifestRow, target: Target, file: string, data: Buffer, validators: PageValidators, ms: number, parts?: SplitPart[]): ManifestRow {
  return {
    url: target.url,
    ...(target.variant !== null ? { variant: target.variant } : {}),
    ...(target.rules.length > 0 ? { rules: [...target.rules] } : {}),
    ...(before.recipe ? { recipe: before.recipe } : {}),
    final_url: before.final_url,
    http_status: before.http_status,
    status: 'ok',
    file,
    width: before.width,
    height: before.height,
    format: before.format,
    bytes: data.length,
    sha256: before.sha256 ?? sha256Hex(data),
    duration_ms: ms,
    attempts: 0,
    error: null,
    // The carried-over image is the same cut page.
    ...(before.cropped ? { cropped: true as const, cut_at: before.cut_at, full_height: before.full_height } : {}),
    ...(parts ? { parts } : {}),
    change: 'unchanged',
    changed_share: 0,
    reused: true,
    validators,
  };
}

/**
 * A ZIP may be its own baseline (`-o latest.zip --baseline latest.zip`): the
 * new one is written beside it and replaces it only at the end. A folder is
 * written in place, so it may not.
 */
function refuseOwnOutput(baseline: string, output: string): void {
  if (/^https?:\/\//i.test(baseline) || /\.zip$/i.test(output)) return;
  const path = resolve(baseline);
  const folder = basename(path) === 'manifest.json' ? dirname(path) : path;
  if (folder === resolve(output)) {
    throw new UserError(`--baseline ${baseline} is this run's output folder: write this run elsewhere (-o) and keep the previous output as the baseline`);
  }
}

/** Settings that change how a capture looks: when any differs, the baseline's images are not this run's. */
function lookDifferences(baseline: Baseline, now: SessionOptions['settings']): string[] {
  const out: string[] = [];
  for (const key of ['viewport', 'scale', 'full_page', 'device', 'theme', 'background', 'format', 'region', 'split'] as const) {
    const then = baseline.look[key];
    if (then !== undefined && then !== now[key]) out.push(`${key.replace('_', '-')} ${JSON.stringify(then)} then, ${JSON.stringify(now[key])} now`);
  }
  // A still cannot stand in for a video, nor a video for another made with other settings.
  const [videoThen, videoNow] = [baseline.look.video, now.video ?? null];
  if (videoThen !== videoNow) out.push(`video ${JSON.stringify(videoThen ?? 'none')} then, ${JSON.stringify(videoNow ?? 'none')} now`);
  return out;
}

/** manifest.changes from this run's rows and the baseline pages it did not plan. */
export function changeReport(baseline: Baseline, rows: readonly ManifestRow[], removed: ChangeReport['removed']): ChangeReport {
  const counts = { new: 0, changed: 0, unchanged: 0, removed: removed.length, reused: 0 };
  for (const row of rows) {
    if (!row) continue;
    if (row.change === 'new' || row.change === 'changed' || row.change === 'unchanged') counts[row.change]++;
    if (row.reused) counts.reused++;
  }
  return { baseline: baseline.label, baseline_job_id: baseline.jobId, counts, removed };
}

/**
 * Baseline pages that this run would have planned but discovery no longer
 * lists. `inScope` applies this run's include/exclude and shard; `seen` says
 * whether discovery listed the URL.
 */
export function removedPages(baseline: Baseline, inScope: (url: string) => boolean, seen: (url: string) => boolean): ChangeReport['removed'] {
  const out: ChangeReport['removed'] = [];
  for (const row of baseline.rows.values()) {
    if (inScope(row.url) && !seen(row.url)) out.push({ url: row.url, file: row.file });
  }
  return out;
}

function roundShare(share: number): number {
  // Never round a real difference down to 0: 0 means unchanged.
  return share > 0 ? Math.max(1e-6, Math.round(share * 1e6) / 1e6) : 0;
}
