// A baseline's manifest.json is input from elsewhere (a download, an artifact
// someone else made): every field we use is checked and copied into a fresh
// object, file names must stay inside the baseline, and sizes are capped.
// A row that fails a check is dropped (its page then counts as new), never
// trusted halfway.

import { IMAGE_FORMATS } from '../options.ts';
import type { ImageFormat } from '../options.ts';
import { normalizeUrl } from '../plan.ts';
import { entryNameProblem } from '../sink/index.ts';
import { UserError } from '../types.ts';
import type { ManifestRow, PageValidators } from '../types.ts';

export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
export const MAX_BASELINE_ROWS = 1_000_000;
const MAX_URL_LENGTH = 8_192;
const MAX_VALIDATOR_LENGTH = 1_024;
const MAX_SIDE = 1_000_000;

/** The settings of the baseline run that decide whether its captures can stand in for this run's. */
export interface BaselineLook {
  viewport?: string;
  scale?: number;
  full_page?: boolean;
  device?: string;
  theme?: string;
  background?: string;
  format?: string;
}

export interface CheckedManifest {
  jobId: string | null;
  look: BaselineLook;
  /** Usable rows by normalized URL (the first row wins when a URL repeats). */
  rows: Map<string, ManifestRow>;
  /** Rows dropped because a field failed its check. */
  dropped: number;
}

/**
 * A relative POSIX path that stays inside a folder or ZIP on every OS and
 * names an image (never manifest.json or index.html): what a baseline may ask us to read.
 */
export function isSafeBaselineFile(name: unknown): name is string {
  return typeof name === 'string' && entryNameProblem(name) === null && /\.(png|jpe?g|webp|avif)$/i.test(name);
}

export function parseBaselineManifest(text: string, label: string): CheckedManifest {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserError(`baseline ${label}: manifest.json is not valid JSON; pass a ZIP, manifest.json or output folder written by framecap`);
  }
  if (!isObject(doc) || !Array.isArray(doc.captures)) {
    throw new UserError(`baseline ${label}: manifest.json has no "captures" list; pass a ZIP, manifest.json or output folder written by framecap`);
  }
  if (doc.captures.length > MAX_BASELINE_ROWS) {
    throw new UserError(`baseline ${label}: more than ${MAX_BASELINE_ROWS} captures, more than framecap reads from a baseline`);
  }
  const rows = new Map<string, ManifestRow>();
  let dropped = 0;
  for (const raw of doc.captures as unknown[]) {
    const row = checkRow(raw);
    if (!row) dropped++;
    else if (!rows.has(row.url)) rows.set(row.url, row);
  }
  const job = isObject(doc.job) ? doc.job : {};
  const jobId = typeof job.id === 'string' && /^[\w.:-]{1,200}$/.test(job.id) ? job.id : null;
  return { jobId, look: checkLook(doc.settings), rows, dropped };
}

function checkRow(raw: unknown): ManifestRow | null {
  if (!isObject(raw)) return null;
  const url = typeof raw.url === 'string' && raw.url.length <= MAX_URL_LENGTH ? normalizeUrl(raw.url) : null;
  if (!url) return null;
  const status = raw.status === 'ok' ? 'ok' : raw.status === 'failed' ? 'failed' : null;
  if (!status) return null;
  const file = raw.file === null || raw.file === undefined ? null : isSafeBaselineFile(raw.file) ? raw.file : undefined;
  if (file === undefined) return null;
  const format = IMAGE_FORMATS.includes(raw.format as ImageFormat) ? (raw.format as ImageFormat) : null;
  const width = side(raw.width);
  const height = side(raw.height);
  // An ok row we could reuse or compare must say what it is; otherwise it is of no use.
  if (status === 'ok' && (file === null || format === null || width === null || height === null)) return null;
  const finalUrl = typeof raw.final_url === 'string' && raw.final_url.length <= MAX_URL_LENGTH ? normalizeUrl(raw.final_url) : null;
  const row: ManifestRow = {
    url,
    final_url: finalUrl,
    http_status: Number.isInteger(raw.http_status) && (raw.http_status as number) >= 100 && (raw.http_status as number) <= 599 ? (raw.http_status as number) : null,
    status,
    file,
    width,
    height,
    format,
    bytes: Number.isSafeInteger(raw.bytes) && (raw.bytes as number) >= 0 ? (raw.bytes as number) : null,
    sha256: typeof raw.sha256 === 'string' && /^[0-9a-f]{64}$/.test(raw.sha256) ? raw.sha256 : null,
    duration_ms: 0,
    attempts: 0,
    error: null,
  };
  const validators = checkValidators(raw.validators);
  if (validators) row.validators = validators;
  return row;
}

function checkValidators(raw: unknown): PageValidators | null {
  if (!isObject(raw)) return null;
  const out: PageValidators = {};
  for (const key of ['lastmod', 'etag', 'last_modified', 'content_hash'] as const) {
    const v = raw[key];
    // eslint-disable-next-line no-control-regex
    if (typeof v === 'string' && v.length > 0 && v.length <= MAX_VALIDATOR_LENGTH && !/[\u0000-\u001f\u007f]/.test(v)) out[key] = v;
  }
  if (out.content_hash !== undefined && !/^[0-9a-f]{64}$/.test(out.content_hash)) delete out.content_hash;
  return Object.keys(out).length > 0 ? out : null;
}

function checkLook(raw: unknown): BaselineLook {
  if (!isObject(raw)) return {};
  const look: BaselineLook = {};
  for (const key of ['viewport', 'device', 'theme', 'background', 'format'] as const) {
    const v = raw[key];
    if (typeof v === 'string' && v.length <= 200) look[key] = v;
  }
  if (typeof raw.scale === 'number' && Number.isFinite(raw.scale)) look.scale = raw.scale;
  if (typeof raw.full_page === 'boolean') look.full_page = raw.full_page;
  return look;
}

function side(v: unknown): number | null {
  return Number.isInteger(v) && (v as number) > 0 && (v as number) <= MAX_SIDE ? (v as number) : null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
