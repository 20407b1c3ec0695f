// A previous run's output as a baseline: opened like any output (a ZIP, a
// manifest.json, an output folder, or an http(s) URL of any of them), then
// seen as what comparing needs: usable rows by normalized URL, the look of
// the run, and its images. A row that fails a check is dropped (its page
// then counts as new), never trusted halfway.

import { normalizeUrl } from '../plan.ts';
import { captureKey } from '../types.ts';
import type { ManifestRow } from '../types.ts';
import { checkManifest, isSafeOutputFile } from '../output/manifest-check.ts';
import type { CheckedManifest, OutputLook } from '../output/manifest-check.ts';
import { openOutput } from '../output/open-output.ts';

export { redactedUrl } from '../output/download.ts';

/** The settings of the baseline run that decide whether its captures can stand in for this run's. */
export type BaselineLook = OutputLook;

const HINT = "; pass a previous run's ZIP, manifest.json or output folder";

export interface Baseline {
  /** Where it came from, safe to print: a path, or a URL without credentials or query. */
  readonly label: string;
  readonly jobId: string | null;
  readonly look: BaselineLook;
  /** Usable rows by captureKey: normalized URL, and variant. */
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

export interface BaselineManifest {
  jobId: string | null;
  look: BaselineLook;
  /** Usable rows by captureKey (the first row wins when a page and variant repeat). */
  rows: Map<string, ManifestRow>;
  /** Rows dropped because a field failed its check. */
  dropped: number;
}

/**
 * A relative POSIX path that stays inside a folder or ZIP on every OS and
 * names an image (never manifest.json or index.html): what a baseline may ask us to read.
 */
export function isSafeBaselineFile(name: unknown): name is string {
  return isSafeOutputFile(name) && /\.(png|jpe?g|webp|avif|gif|mp4|webm)$/i.test(name);
}

/** Opens a baseline or throws a UserError saying what to pass instead. */
export async function openBaseline(location: string, io: Partial<BaselineIO> = {}): Promise<Baseline> {
  const output = await openOutput(location, { role: 'baseline', hint: HINT, ...(io.fetch ? { fetch: io.fetch } : {}) });
  const notHere = (file: string): Error => new Error(`${file} is not in the baseline`);
  return {
    label: output.path,
    ...baselineManifest(output.manifest),
    has: async (file) => isSafeBaselineFile(file) && output.has(file),
    read: (file) => (isSafeBaselineFile(file) ? output.read(file) : Promise.reject(notHere(file))),
    close: () => output.close(),
  };
}

/** A baseline's manifest.json as comparing sees it; throws a UserError when it is no manifest at all. */
export function parseBaselineManifest(text: string, label: string): BaselineManifest {
  return baselineManifest(checkManifest(text, `baseline ${label}`, HINT));
}

function baselineManifest(checked: CheckedManifest): BaselineManifest {
  const rows = new Map<string, ManifestRow>();
  let dropped = checked.dropped;
  for (const row of checked.captures) {
    const usable = baselineRow(row);
    if (!usable) dropped++;
    else if (!rows.has(captureKey(usable))) rows.set(captureKey(usable), usable);
  }
  return { jobId: checked.jobId, look: checked.look, rows, dropped };
}

/**
 * A row's URL keeps a fragment normalizing would drop only because a rule
 * said keep-fragment: that page is another capture than the one without it.
 */
function keptFragment(raw: string, normalized: string | null): string | null {
  if (normalized === null) return null;
  const hash = new URL(raw).hash;
  const url = new URL(normalized);
  if (hash === '' || url.hash !== '') return normalized;
  url.hash = hash;
  return url.href;
}

/** Only what comparing and reusing read; a baseline's timings, attempts and errors are not this run's. */
function baselineRow(row: ManifestRow): ManifestRow | null {
  // A kept fragment always comes with the rule that kept it; without one, a fragment is dropped as planning drops it.
  const url = row.rules?.length ? keptFragment(row.url, normalizeUrl(row.url)) : normalizeUrl(row.url);
  if (!url || (row.file !== null && !isSafeBaselineFile(row.file))) return null;
  if (row.parts && !row.parts.every((p) => isSafeBaselineFile(p.file))) return null;
  // A video is compared by its poster: without a readable one the row is of no use.
  if (row.kind === 'video' && !isSafeBaselineFile(row.poster)) return null;
  const usable: ManifestRow = {
    url,
    final_url: row.final_url === null ? null : normalizeUrl(row.final_url),
    http_status: row.http_status,
    status: row.status,
    file: row.file,
    width: row.width,
    height: row.height,
    format: row.format,
    bytes: row.bytes,
    sha256: row.sha256,
    duration_ms: 0,
    attempts: 0,
    error: null,
  };
  if (row.variant) usable.variant = row.variant;
  if (row.rules) usable.rules = [...row.rules];
  if (row.recipe) usable.recipe = row.recipe;
  if (row.validators) usable.validators = row.validators;
  if (row.parts) usable.parts = row.parts.map((p) => ({ ...p }));
  if (row.kind === 'video') {
    Object.assign(usable, { kind: 'video', poster: row.poster, video_duration_ms: row.video_duration_ms, frames: row.frames, fps: row.fps });
    if (row.video_cut) usable.video_cut = row.video_cut;
    if (row.poster_sha256) usable.poster_sha256 = row.poster_sha256;
  }
  return usable;
}
