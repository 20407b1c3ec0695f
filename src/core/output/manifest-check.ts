// manifest.json as read back: input from elsewhere (a download, an artifact
// someone else made). Every field is checked and copied into a fresh object;
// a field of the wrong shape is left out (or null) and noted as a fault, a
// row that cannot be used at all is dropped and noted too. Readers choose how
// strict to be: a baseline takes the rows that checked out, a merge or a
// downloaded result takes nothing but a manifest without faults.

import type { CaptureResult, Job, JobStatus, JobType, Progress, WebhookStatus } from '../job.ts';
import type { Manifest, ManifestSettings, VariantSummary } from '../manifest.ts';
import { IMAGE_FORMATS } from '../options.ts';
import { VIDEO_FORMATS } from '../video/options.ts';
import type { VideoFormat } from '../video/options.ts';
import type { ImageFormat } from '../options.ts';
import type { FilterListInfo, ListSource } from '../render/blocker.ts';
import { entryNameProblem } from '../sink/entry-name.ts';
import { STEP_KINDS } from '../steps/step.ts';
import type { StepKind, StepSummary } from '../steps/step.ts';
import { UserError } from '../types.ts';
import { MAX_PAGE_RULES, MAX_VARIANTS, VARIANT_NAME } from '../recipe.ts';
import type { ChangeKind, FailureCategory, ManifestRow, PageValidators, ReadinessCondition, SplitPart } from '../types.ts';
import { MAX_MANIFEST_ROWS } from './limits.ts';

const MAX_URL_LENGTH = 8_192;
const MAX_VALIDATOR_LENGTH = 1_024;
const MAX_SIDE = 1_000_000;
const MAX_SHORT_TEXT = 200;
/** Error texts and warnings are ours, short; this only keeps a hostile one from being copied on and on. */
const MAX_TEXT = 64 * 1024;
const MAX_LIST = 10_000;

const JOB_TYPES: readonly JobType[] = ['capture', 'batch', 'sitemap'];
const JOB_STATUSES: readonly JobStatus[] = ['pending', 'processing', 'completed', 'partial', 'failed', 'canceled'];
const WEBHOOK_STATUSES: readonly WebhookStatus[] = ['pending', 'delivered', 'failed'];
const CATEGORIES: readonly FailureCategory[] = ['timeout', 'http_4xx', 'http_5xx', 'dns', 'tls', 'network', 'crash', 'blocked', 'blank', 'step', 'selector', 'login', 'other'];
const READINESS: readonly ReadinessCondition[] = ['lazy', 'images', 'fonts', 'busy', 'network', 'stable'];
const CHANGES: readonly ChangeKind[] = ['new', 'changed', 'unchanged', 'removed'];
const LIST_SOURCES: readonly ListSource[] = ['file', 'os-package', 'download'];

/** The settings of the run that decide whether its captures can stand in for another run's. */
export interface OutputLook {
  viewport?: string;
  scale?: number;
  full_page?: boolean;
  device?: string;
  theme?: string;
  background?: string;
  format?: string;
  /** --selector / --clip as text; null = the viewport or full page. */
  region?: string | null;
  /** --split's part height; null = none. */
  split?: number | null;
  /** --video as text; null = stills (also what a manifest from before videos means). */
  video: string | null;
}

export interface CheckedManifest {
  /** The framecap version that wrote it. */
  framecap: string | null;
  /** The run's Job document, when id, type and status check out. */
  job: Job | null;
  /** The job's id alone, when it is a plain id (it is printed and compared, never used as a path). */
  jobId: string | null;
  /** Every settings field that checked out. */
  settings: Partial<ManifestSettings> | null;
  look: OutputLook;
  warnings: string[];
  warnings_dropped: number;
  /** The rows that checked out, in order; a row's bad optional fields are left out. */
  captures: ManifestRow[];
  /** Rows dropped because they cannot be used. */
  dropped: number;
  /** Every problem found, e.g. `captures[3].file: …`: dropped rows and left-out fields alike. */
  faults: string[];
}

/**
 * A relative POSIX path that stays inside a folder or ZIP on every OS:
 * what a manifest may ask us to read.
 */
export function isSafeOutputFile(name: unknown): name is string {
  return typeof name === 'string' && entryNameProblem(name) === null;
}

/**
 * Checks a manifest.json. Throws a UserError (`label` first, `hint` last)
 * only when it is no manifest at all: not JSON, no "captures" list, too many rows.
 */
export function checkManifest(data: string | Buffer, label: string, hint = ''): CheckedManifest {
  let doc: unknown;
  try {
    doc = JSON.parse(typeof data === 'string' ? data : data.toString('utf8'));
  } catch (err) {
    throw new UserError(`${label}: manifest.json is not valid JSON (${(err as Error).message})${hint}`);
  }
  const notOurs = (why: string): UserError => new UserError(`${label}: manifest.json is not a framecap manifest (${why})${hint}`);
  if (!isObject(doc)) throw notOurs('not an object');
  if (!Array.isArray(doc.captures)) throw notOurs('no "captures" list');
  if (doc.captures.length > MAX_MANIFEST_ROWS) throw notOurs(`more than ${MAX_MANIFEST_ROWS} captures, more than framecap reads`);

  const faults: string[] = [];
  const captures: ManifestRow[] = [];
  let dropped = 0;
  (doc.captures as unknown[]).forEach((raw, i) => {
    const row = checkRow(raw, (f) => faults.push(`captures[${i}]${f}`));
    if (row) captures.push(row);
    else dropped++;
  });

  const framecap = shortText(doc.framecap);
  if (framecap === null) faults.push('no "framecap" version');
  const job = checkJob(doc.job, (f) => faults.push(`job${f}`));
  const settings = isObject(doc.settings) ? checkSettings(doc.settings, (f) => faults.push(`settings${f}`)) : null;
  if (!settings) faults.push('no "settings"');
  let warnings: string[] = [];
  if (doc.warnings !== undefined) {
    if (Array.isArray(doc.warnings) && doc.warnings.length <= MAX_LIST && doc.warnings.every((w) => text(w) !== null)) warnings = doc.warnings as string[];
    else faults.push('"warnings" is not a list of strings');
  }
  const warningsDropped = count(doc.warnings_dropped) ?? 0;
  const rawJob = isObject(doc.job) ? doc.job : {};
  const jobId = typeof rawJob.id === 'string' && /^[\w.:-]{1,200}$/.test(rawJob.id) ? rawJob.id : null;
  return { framecap, job, jobId, settings, look: lookOf(settings ?? {}), warnings, warnings_dropped: warningsDropped, captures, dropped, faults };
}

/** The manifest of an output we take whole (to merge it, to publish it): every field must have checked out. */
export function completeManifest(checked: CheckedManifest, label: string, hint = ''): Manifest {
  const { framecap, job, settings } = checked;
  const missing = settings ? SETTINGS_REQUIRED.filter((key) => settings[key] === undefined).map((key) => `settings.${key} is missing`) : [];
  const problems = [...checked.faults, ...missing];
  if (problems.length > 0 || framecap === null || job === null || settings === null || !isCompleteSettings(settings)) {
    const more = problems.length > 1 ? ` and ${problems.length - 1} more problem(s)` : '';
    throw new UserError(`${label}: manifest.json is not a framecap manifest (${problems[0] ?? 'incomplete'}${more})${hint}`);
  }
  return { framecap, job, settings, warnings: checked.warnings, warnings_dropped: checked.warnings_dropped, captures: checked.captures };
}

// ─── rows ────────────────────────────────────────────────────────────────

type Fault = (what: string) => void;

function checkRow(raw: unknown, fault: Fault): ManifestRow | null {
  if (!isObject(raw)) return drop(fault, ' is not a row');
  const url = typeof raw.url === 'string' && raw.url.length <= MAX_URL_LENGTH && /^https?:\/\//i.test(raw.url) ? raw.url : null;
  if (!url) return drop(fault, '.url is not an http(s) URL');
  const status = raw.status === 'ok' || raw.status === 'failed' ? raw.status : null;
  if (!status) return drop(fault, '.status is neither "ok" nor "failed"');
  let file: string | null = null;
  if (raw.file !== null && raw.file !== undefined) {
    const problem = typeof raw.file === 'string' ? entryNameProblem(raw.file) : 'it is not a string';
    if (problem) return drop(fault, `.file: unsafe output file name ${JSON.stringify(raw.file)} (${problem})`);
    file = raw.file as string;
  }
  const video = raw.kind === 'video';
  const format = IMAGE_FORMATS.includes(raw.format as ImageFormat) ? (raw.format as ImageFormat)
    : video && VIDEO_FORMATS.includes(raw.format as VideoFormat) ? (raw.format as VideoFormat) : null;
  const width = side(raw.width);
  const height = side(raw.height);
  // An ok row must say what its capture is; without that it can be neither copied nor compared.
  if (status === 'ok') {
    if (file === null) return drop(fault, ' is "ok" but names no file');
    if (format === null || width === null || height === null) return drop(fault, ' is "ok" but has no format, width or height');
  }
  const nullable = <T>(key: string, value: unknown, check: (v: unknown) => T | null): T | null => {
    if (value === null || value === undefined) return null;
    const checked = check(value);
    if (checked === null) fault(`.${key} is not valid`);
    return checked;
  };
  const row: ManifestRow = {
    url,
    final_url: nullable('final_url', raw.final_url, (v) => (typeof v === 'string' && v.length <= MAX_URL_LENGTH ? v : null)),
    http_status: nullable('http_status', raw.http_status, (v) => (Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 599 ? (v as number) : null)),
    status,
    file,
    width: status === 'ok' ? width : nullable('width', raw.width, side),
    height: status === 'ok' ? height : nullable('height', raw.height, side),
    format: status === 'ok' ? format : nullable('format', raw.format, () => format),
    bytes: nullable('bytes', raw.bytes, count),
    sha256: nullable('sha256', raw.sha256, sha256),
    duration_ms: orDefault('duration_ms', raw.duration_ms, 0, (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null), fault),
    attempts: orDefault('attempts', raw.attempts, 0, count, fault),
    error: nullable('error', raw.error, text),
  };
  optional(row, 'variant', raw, fault, (v) => (typeof v === 'string' && VARIANT_NAME.test(v) ? v : undefined));
  optional(row, 'rules', raw, fault, (v) => (Array.isArray(v) && v.length <= MAX_PAGE_RULES * 2 && v.every((r) => shortText(r) !== null) ? v.map(String) : undefined));
  optional(row, 'recipe', raw, fault, (v) => (typeof v === 'string' && /^[0-9a-f]{16}$/.test(v) ? v : undefined));
  optional(row, 'composite', raw, fault, (v) => (Array.isArray(v) && v.length <= 3 && v.every((d) => shortText(d) !== null) ? v.map(String) : undefined));
  optional(row, 'category', raw, fault, (v) => (v === null ? null : CATEGORIES.includes(v as FailureCategory) ? (v as FailureCategory) : undefined));
  optional(row, 'readiness_timeouts', raw, fault, (v) => (Array.isArray(v) && v.every((c) => READINESS.includes(c as ReadinessCondition)) ? ([...v] as ReadinessCondition[]) : undefined));
  optional(row, 'consent', raw, fault, (v) => (v === null ? null : shortText(v) ?? undefined));
  optional(row, 'change', raw, fault, (v) => (CHANGES.includes(v as ChangeKind) ? (v as ChangeKind) : undefined));
  optional(row, 'changed_share', raw, fault, (v) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : undefined));
  optional(row, 'reused', raw, fault, (v) => (typeof v === 'boolean' ? v : undefined));
  optional(row, 'diff', raw, fault, (v) => (isSafeOutputFile(v) ? v : undefined));
  optional(row, 'side_by_side', raw, fault, (v) => (isSafeOutputFile(v) ? v : undefined));
  optional(row, 'validators', raw, fault, (v) => checkValidators(v, (f) => fault(`.validators${f}`)) ?? undefined);
  optional(row, 'blocked_requests', raw, fault, (v) => count(v) ?? undefined);
  optional(row, 'hidden_elements', raw, fault, (v) => count(v) ?? undefined);
  optional(row, 'parts', raw, fault, (v) => checkParts(v) ?? undefined);
  optional(row, 'kind', raw, fault, (v) => (v === 'video' ? v : undefined));
  optional(row, 'poster', raw, fault, (v) => (isSafeOutputFile(v) ? v : undefined));
  optional(row, 'poster_sha256', raw, fault, (v) => sha256(v) ?? undefined);
  optional(row, 'video_duration_ms', raw, fault, (v) => count(v) ?? undefined);
  optional(row, 'frames', raw, fault, (v) => count(v) ?? undefined);
  optional(row, 'fps', raw, fault, (v) => count(v) ?? undefined);
  optional(row, 'video_cut', raw, fault, (v) => text(v) ?? undefined);
  return row;
}

/** Most parts a row may list: a 1,000,000 px page (--max-height's limit) in 100 px parts (--split's least). */
const MAX_PARTS = 10_000;

/** --split's parts: two or more, each a safe file name with its place on the page, its size and its digest. */
function checkParts(raw: unknown): SplitPart[] | null {
  if (!Array.isArray(raw) || raw.length < 2 || raw.length > MAX_PARTS) return null;
  const parts: SplitPart[] = [];
  for (const p of raw) {
    if (!isObject(p) || !isSafeOutputFile(p.file)) return null;
    const y = count(p.y);
    const pageHeight = side(p.page_height);
    const width = side(p.width);
    const height = side(p.height);
    const bytes = count(p.bytes);
    const hash = sha256(p.sha256);
    const format = IMAGE_FORMATS.includes(p.format as ImageFormat) ? (p.format as ImageFormat) : null;
    if (y === null || pageHeight === null || width === null || height === null || bytes === null || hash === null || format === null) return null;
    parts.push({ file: p.file as string, y, page_height: pageHeight, width, height, format, bytes, sha256: hash });
  }
  return parts;
}

function drop(fault: Fault, why: string): null {
  fault(why);
  return null;
}

function orDefault<T>(key: string, value: unknown, fallback: T, check: (v: unknown) => T | null, fault: Fault): T {
  const checked = check(value);
  if (checked === null) fault(`.${key} is not valid`);
  return checked ?? fallback;
}

/** Copies `raw[key]` into `row` when present and valid (undefined from `check`: not valid, left out). */
function optional<K extends keyof ManifestRow>(row: ManifestRow, key: K, raw: Record<string, unknown>, fault: Fault, check: (v: unknown) => ManifestRow[K] | undefined): void {
  if (!(key in raw) || raw[key] === undefined) return;
  const checked = check(raw[key]);
  if (checked === undefined) fault(`.${key} is not valid`);
  else row[key] = checked;
}

function checkValidators(raw: unknown, fault: Fault): PageValidators | null {
  if (!isObject(raw)) return null;
  const out: PageValidators = {};
  for (const [key, v] of Object.entries(raw)) {
    if (key !== 'lastmod' && key !== 'etag' && key !== 'last_modified' && key !== 'content_hash') {
      fault(`.${key} is not a validator`);
      continue;
    }
    // eslint-disable-next-line no-control-regex
    const ok = typeof v === 'string' && v.length > 0 && v.length <= MAX_VALIDATOR_LENGTH && !/[\u0000-\u001f\u007f]/.test(v)
      && (key !== 'content_hash' || sha256(v) !== null);
    if (ok) out[key] = v;
    else if (v !== undefined) fault(`.${key} is not valid`);
  }
  return Object.keys(out).length > 0 ? out : null;
}

// ─── job and settings ────────────────────────────────────────────────────

function checkJob(raw: unknown, fault: Fault): Job | null {
  if (!isObject(raw)) return drop(fault, ' is missing');
  const id = shortText(raw.id);
  const type = JOB_TYPES.includes(raw.type as JobType) ? (raw.type as JobType) : null;
  const status = JOB_STATUSES.includes(raw.status as JobStatus) ? (raw.status as JobStatus) : null;
  if (id === null || type === null || status === null) return drop(fault, ' has no valid id, type and status');
  const field = <T>(key: string, check: (v: unknown) => T | null): T | null => {
    const v = raw[key];
    if (v === null || v === undefined) return null;
    const checked = check(v);
    if (checked === null) fault(`.${key} is not valid`);
    return checked;
  };
  const progress = checkProgress(raw.progress);
  if (!progress) fault('.progress is not valid');
  const createdAt = text(raw.created_at);
  if (createdAt === null) fault('.created_at is not valid');
  return {
    id, type, status,
    progress: progress ?? { total: 0, completed: 0, failed: 0, percentage: 0 },
    result: field('result', checkResult),
    result_url: field('result_url', text),
    download_url: field('download_url', text),
    error: field('error', text),
    webhook_url: field('webhook_url', text),
    webhook_status: field('webhook_status', (v) => (WEBHOOK_STATUSES.includes(v as WebhookStatus) ? (v as WebhookStatus) : null)),
    created_at: createdAt ?? '',
    started_at: field('started_at', shortText),
    completed_at: field('completed_at', shortText),
    expires_at: field('expires_at', shortText),
  };
}

function checkProgress(raw: unknown): Progress | null {
  if (!isObject(raw)) return null;
  const [total, completed, failed, percentage] = [count(raw.total), count(raw.completed), count(raw.failed), count(raw.percentage)];
  if (total === null || completed === null || failed === null || percentage === null) return null;
  return { total, completed, failed, percentage };
}

function checkResult(raw: unknown): CaptureResult | null {
  if (!isObject(raw)) return null;
  const [id, url, pageUrl, format] = [shortText(raw.id), urlText(raw.url), urlText(raw.page_url), shortText(raw.format)];
  const [width, height] = [side(raw.width), side(raw.height)];
  if (id === null || url === null || pageUrl === null || format === null || width === null || height === null) return null;
  return { id, url, page_url: pageUrl, width, height, format };
}

const SETTINGS_TEXT = ['viewport', 'wait_until', 'color_scheme', 'device', 'theme', 'background', 'format', 'browser'] as const;
const SETTINGS_FLAGS = ['full_page', 'lazy', 'stable', 'dismiss_consent', 'block_ads', 'block_trackers'] as const;
const SETTINGS_REQUIRED: ReadonlyArray<keyof ManifestSettings> = [...SETTINGS_TEXT, 'scale', 'full_page', 'quality', 'concurrency', 'header_names', 'cookie_names'];

function checkSettings(raw: Record<string, unknown>, fault: Fault): Partial<ManifestSettings> {
  const out: Partial<ManifestSettings> = {};
  const take = <K extends keyof ManifestSettings>(key: K, check: (v: unknown) => ManifestSettings[K] | null): void => {
    if (raw[key] === undefined) return;
    const checked = check(raw[key]);
    if (checked === null) fault(`.${key} is not valid`);
    else out[key] = checked;
  };
  for (const key of SETTINGS_TEXT) take(key, shortText);
  for (const key of SETTINGS_FLAGS) take(key, (v) => (typeof v === 'boolean' ? v : null));
  for (const key of ['scale', 'quality', 'concurrency'] as const) take(key, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
  for (const key of ['header_names', 'cookie_names', 'composite'] as const) {
    take(key, (v) => (Array.isArray(v) && v.length <= MAX_LIST && v.every((s) => shortText(s) !== null) ? [...v] as string[] : null));
  }
  // null is a region too: the viewport or the full page.
  if (raw.region === null) out.region = null;
  else take('region', shortText);
  if (raw.split === null) out.split = null;
  else take('split', (v) => (Number.isInteger(v) && (v as number) >= 1 ? (v as number) : null));
  take('steps', (v) => {
    if (!Array.isArray(v) || v.length > MAX_LIST) return null;
    const steps = v.map(checkStepSummary);
    return steps.every((s) => s !== null) ? (steps as StepSummary[]) : null;
  });
  for (const key of ['storage_state', 'http_auth', 'timezone', 'locale', 'geolocation', 'proxy', 'video'] as const) take(key, shortText);
  take('login', (v) => (v === 'used' ? 'used' : null));
  take('javascript', (v) => (v === false ? false : null));
  take('reduced_motion', (v) => (v === 'off' ? 'off' : null));
  take('omit_background', (v) => (v === true ? true : null));
  take('variants', checkVariantSummaries);
  take('filter_lists', (v) => {
    if (!Array.isArray(v) || v.length > MAX_LIST) return null;
    const lists = v.map(checkFilterList);
    return lists.every((l) => l !== null) ? (lists as FilterListInfo[]) : null;
  });
  return out;
}

/** What one variant's summary may hold: a few small sections of plain JSON, never a deep or huge object. */
const MAX_VARIANT_SUMMARY_CHARS = 16_000;

function checkVariantSummaries(raw: unknown): VariantSummary[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_VARIANTS) return null;
  const out: VariantSummary[] = [];
  for (const v of raw) {
    if (!isObject(v) || typeof v.name !== 'string' || !VARIANT_NAME.test(v.name) || !isObject(v.set)) return null;
    const set = v.set;
    if (Object.keys(set).some((k) => !['render', 'frame', 'output'].includes(k) || !isObject(set[k]))) return null;
    if (JSON.stringify(set).length > MAX_VARIANT_SUMMARY_CHARS) return null;
    out.push({ name: v.name, set: set as VariantSummary['set'] });
  }
  return out;
}

function checkStepSummary(raw: unknown): StepSummary | null {
  if (!isObject(raw) || !STEP_KINDS.includes(raw.kind as StepKind)) return null;
  const out: StepSummary = { kind: raw.kind as StepKind };
  for (const key of ['selector', 'file'] as const) {
    if (raw[key] === undefined) continue;
    const text = shortText(raw[key]);
    if (text === null) return null;
    out[key] = text;
  }
  return out;
}

function checkFilterList(raw: unknown): FilterListInfo | null {
  if (!isObject(raw)) return null;
  const name = shortText(raw.name);
  const source = LIST_SOURCES.includes(raw.source as ListSource) ? (raw.source as ListSource) : null;
  const hash = sha256(raw.sha256);
  return name !== null && source !== null && hash !== null ? { name, source, sha256: hash } : null;
}

function isCompleteSettings(settings: Partial<ManifestSettings>): settings is ManifestSettings {
  return SETTINGS_REQUIRED.every((key) => settings[key] !== undefined);
}

function lookOf(settings: Partial<ManifestSettings>): OutputLook {
  const look: OutputLook = { video: settings.video ?? null };
  for (const key of ['viewport', 'device', 'theme', 'background', 'format'] as const) if (settings[key] !== undefined) look[key] = settings[key];
  if (settings.scale !== undefined) look.scale = settings.scale;
  if (settings.full_page !== undefined) look.full_page = settings.full_page;
  if (settings.region !== undefined) look.region = settings.region;
  if (settings.split !== undefined) look.split = settings.split;
  return look;
}

// ─── values ──────────────────────────────────────────────────────────────

function side(v: unknown): number | null {
  return Number.isInteger(v) && (v as number) > 0 && (v as number) <= MAX_SIDE ? (v as number) : null;
}

function count(v: unknown): number | null {
  return Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : null;
}

function sha256(v: unknown): string | null {
  return typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? v : null;
}

function urlText(v: unknown): string | null {
  return typeof v === 'string' && v.length <= MAX_URL_LENGTH ? v : null;
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.length <= MAX_TEXT ? v : null;
}

function shortText(v: unknown): string | null {
  return typeof v === 'string' && v.length <= MAX_SHORT_TEXT ? v : null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
