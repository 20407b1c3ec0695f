// runCapture: the one orchestrator every door calls.
//
//   discover ─▶ plan ─▶ bounded channel ─▶ N workers: render ─▶ frame ─▶ sink
//
// Discovery runs concurrently with rendering but never more than a few
// targets ahead (the channel is bounded); each capture is written to the sink
// as soon as it is framed and then let go. A URL that fails becomes a manifest
// row with its error; only setup problems (no browser, unknown frame, an
// unwritable output) throw.

import { Channel } from './channel.ts';
import { changeReport, openChangeSession, removedPages } from './compare/index.ts';
import type { ChangeSession } from './compare/index.ts';
import { discover } from './discover/index.ts';
import type { DiscoverIO } from './discover/index.ts';
import { captureComposite } from './composite/renderer.ts';
import { describeCut } from './frame/index.ts';
import { finalStatus, newCaptureId, newJob, progressOf } from './job.ts';
import type { Job, JobType, Progress } from './job.ts';
import { buildManifest, settingsSummary } from './manifest.ts';
import type { Manifest } from './manifest.ts';
import { FORMAT_FILES } from './options.ts';
import { videoFiles, writeVideo } from './video/output.ts';
import { writeParts } from './split/output.ts';
import type { CaptureOptions, FailureBudget, Source } from './options.ts';
import { createPlanner, planScope } from './plan.ts';
import type { PlanStats } from './plan.ts';
import { applyOverrides, contextGroup, contextOrder, createRecipeBook, recipeDigest, runRecipe, targetsOf } from './recipe.ts';
import { RecipeRuntime } from './recipe-runtime.ts';
import { CaptureError, launchRenderer } from './render/index.ts';
import type { Renderer } from './render/index.ts';
import { openSink } from './sink/index.ts';
import { GALLERY, galleryHtml } from './sink/gallery.ts';
import type { Sink } from './sink/index.ts';
import { UserError } from './types.ts';
import type { ChangeReport, DiscoveryWarn, ManifestRow, PageValidators, Shot, Target } from './types.ts';
import { captureResultOf } from './capture-result.ts';
import { sha256Hex } from '../util/sha256.ts';

export interface RunStartInfo {
  job: Job;
  browserVersion: string;
  concurrency: number;
  output: string;
}

/** What a door may listen to; all optional, all synchronous. */
export interface RunEvents {
  warning?(message: string): void;
  started?(info: RunStartInfo): void;
  planned?(target: Target, plannedSoFar: number): void;
  discoveryDone?(total: number, stats: PlanStats): void;
  result?(row: ManifestRow, progress: Progress): void;
  /** A secret the run learned (the cookies a login received): the door masks it wherever it prints. */
  secret?(value: string): void;
}

/**
 * The abort reason that means the asker canceled the job (the queue server's
 * DELETE /v1/jobs/{id}): the run ends `canceled`, keeping what it captured.
 * Any other reason (SIGINT, a shutdown) is an interruption: `partial`.
 */
export const CANCELED = 'cancelled';

export interface RunDeps {
  /** Abort (e.g. on SIGTERM): stop taking new pages, finish the ones in flight, write what finished. Reason CANCELED: the job was canceled. */
  signal?: AbortSignal;
  discoverIO?: Partial<DiscoverIO>;
  /** A job identity made by the caller (the queue server's job id and type), so the manifest carries it. */
  identity?: Pick<Job, 'id' | 'type' | 'created_at'>;
  /** Environment for browser discovery (CHROME_PATH, PATH, PLAYWRIGHT_BROWSERS_PATH): the doors pass process.env. */
  env?: Record<string, string | undefined>;
  /** A directory the run may keep derived data in between runs (the ad blocker's parsed lists); absent = none. */
  cacheDir?: string;
}

export interface RunResult {
  job: Job;
  manifest: Manifest;
  output: { path: string; kind: 'zip' | 'dir' };
  /** Pages sent to the browser, and pages whose baseline capture was carried over instead (--incremental). */
  rendered: number;
  reused: number;
  /** BrowserContexts the renderer created: with variants or rules, how well targets were grouped for reuse. */
  contextsOpened: number;
}

const MAX_KEPT_WARNINGS = 1_000;
/** Longest the other workers wait for the first capture before starting anyway. */
const STAGGER_MS = 1_500;

/**
 * Storage failures end the run: a capture we cannot write is not a per-URL
 * failure. A user can act on them (a full disk, a read-only folder), so they
 * are UserErrors, and every door prints their one line.
 */
class SinkError extends UserError {}

/** Comparisons not yet finished before a worker waits for one: bounds the captures held in memory. */
const PENDING_COMPARES_PER_WORKER = 2;
/**
 * Targets planned ahead per slot when they are grouped by context. Each
 * batch starts with the group the last one ended with, so with two
 * variants a slot switches about once per 32 captures, near the rebuild
 * RECYCLE_AFTER makes anyway; a batch holds URLs and recipes, no pixels.
 */
const TARGETS_PER_SLOT_BATCH = 32;

export function jobTypeOf(sources: Source[]): JobType {
  if (sources.some((s) => s.kind === 'sitemap' || s.kind === 'site')) return 'sitemap';
  const only = sources[0];
  if (sources.length === 1 && only?.kind === 'urls' && only.urls.length === 1) return 'capture';
  return 'batch';
}

export async function runCapture(options: CaptureOptions, events: RunEvents = {}, deps: RunDeps = {}): Promise<RunResult> {
  const job = { ...newJob(jobTypeOf(options.sources)), ...deps.identity };
  const warnings: string[] = [];
  let warningCount = 0;
  const warn = (message: string): void => {
    warningCount++;
    if (warnings.length < MAX_KEPT_WARNINGS) warnings.push(message);
    events.warning?.(message);
  };

  // Setup, cheapest check first, so a typo in --device (or a rule's, or a variant's, or a composite's) fails before Chromium starts.
  const book = createRecipeBook(options);
  const recipes = new RecipeRuntime(options);
  const base = runRecipe(options);
  const { compositor, render } = await recipes.prepare(base);
  for (const set of [...(options.pages ?? []), ...book.variants].map((r) => r.set)) await recipes.prepare(applyOverrides(base, set));
  let sink!: Sink;
  const writeOutput = async (file: string, data: Buffer): Promise<void> => {
    try {
      await sink.add(file, data);
    } catch (err) {
      // The sinks already say which path and what to do about a system error; anything else gets the file's name.
      const message = err instanceof UserError ? err.message : `cannot write ${file} to ${sink.path}: ${(err as Error).message}`;
      throw new SinkError(message, { cause: err });
    }
  };
  // An unreadable baseline fails the run before Chromium starts.
  const changes: ChangeSession | null = options.compare
    ? await openChangeSession({
      compare: options.compare,
      output: options.output.path,
      settings: settingsSummary({ ...options, render }, ''),
      headers: render.headers,
      cookies: render.cookies,
      userAgent: render.userAgent ?? options.discover.userAgent,
      timeoutMs: render.timeoutMs,
      write: writeOutput,
      warn,
    })
    : null;
  const incremental = options.compare?.incremental === true && changes?.canReuse === true;
  // Beside the browser's start-up, so the first capture finds the frame's static parts ready.
  const { viewport, scale } = render;
  const prepared = compositor.prepare(Math.round(viewport.width * scale), Math.round(viewport.height * scale)).catch(() => undefined);
  // A composite's devices take turns in each slot: it keeps a context for each, and one for a plain look beside them.
  const compositeDevices = Math.max(1, ...[options.frame, ...[...(options.pages ?? []), ...book.variants].map((r) => r.set.frame)]
    .map((f) => (f?.composite?.layout === 'responsive' ? f.composite.devices.length : 1)));
  let renderer: Renderer;
  try {
    const hooks = {
      ...(compositeDevices > 1 ? { profilesPerSlot: compositeDevices + 1 } : {}),
      ...(deps.env ? { env: deps.env } : {}),
      ...(events.secret ? { onSecret: (v: string) => events.secret?.(v) } : {}),
      ...(deps.cacheDir ? { cacheDir: deps.cacheDir } : {}),
    };
    renderer = await launchRenderer(render, warn, hooks);
  } catch (err) {
    await changes?.close();
    throw err;
  }
  try {
    sink = await openSink(options.output.path);
  } catch (err) {
    await renderer.close();
    await changes?.close();
    throw err;
  }

  job.status = 'processing';
  job.started_at = new Date().toISOString();
  events.started?.({ job: { ...job }, browserVersion: renderer.browserVersion, concurrency: renderer.concurrency, output: sink.path });

  const planner = createPlanner(options.plan, warn, (url) => book.keepsFragment(url));
  const channel = new Channel<Target>(renderer.concurrency * 2);
  const rows: ManifestRow[] = [];
  const thumbnails = new Set<string>();
  let planned = 0;
  let completed = 0;
  let failed = 0;
  let rendered = 0;
  let reused = 0;
  const pendingCompares = new Set<Promise<void>>();
  const wantsThumbnail = options.frame.thumbnail !== null;
  let discoveryError: Error | null = null;
  let discoveryPartial = false;
  let fatal: Error | null = null;
  const signal = deps.signal;

  // The first page gets the machine to itself: on 2 cores, four pages starting
  // at once make the first capture arrive several times later, for no gain.
  let firstDone!: () => void;
  const firstRecorded = new Promise<void>((resolve) => { firstDone = resolve; });
  const record = (target: Target, row: ManifestRow): void => {
    firstDone();
    rows[target.index] = row;
    if (row.status === 'ok') completed++;
    else failed++;
    events.result?.(row, progressOf(planned, completed, failed));
  };

  // Targets that need different contexts (variants, rules with another viewport) go to the workers in
  // batches grouped by context, so slots switch contexts once per group, not at every page. Without
  // rules or variants every target needs the same one: each goes out as soon as it is planned.
  const grouped = (options.pages?.length ?? 0) > 0 || book.variants.length > 1;
  const batchSize = grouped ? renderer.concurrency * TARGETS_PER_SLOT_BATCH : 1;
  const batch: Target[] = [];
  let lastGroup: string | null = null;
  const flush = async (): Promise<void> => {
    const ordered = contextOrder(batch.splice(0), lastGroup);
    const last = ordered.at(-1);
    if (last) lastGroup = contextGroup(last.recipe);
    for (const target of ordered) await channel.push(target);
  };

  const produce = async (): Promise<void> => {
    try {
      const discoveryWarn: DiscoveryWarn = (message, effect) => {
        if (effect === 'incomplete') discoveryPartial = true;
        warn(message);
      };
      for await (const found of discover(options.sources, options.discover, discoveryWarn, deps.discoverIO)) {
        if (signal?.aborted || fatal) break;
        const page = planner.add(found);
        if (page) {
          for (const target of targetsOf(page, book.forPage(page.url), book.variants, planned)) {
            planned++;
            events.planned?.(target, planned);
            batch.push(target);
          }
          if (batch.length >= batchSize) await flush();
        }
        if (planner.full) break;
      }
    } catch (err) {
      discoveryError = err as Error;
      warn(`discovery stopped: ${(err as Error).message}`);
    } finally {
      // Every planned target reaches a worker, which records it (as interrupted, when the run stopped): rows have no gaps.
      await flush();
      channel.close();
      events.discoveryDone?.(planned, planner.stats);
    }
  };

  const captureOne = async (target: Target, renderer: Renderer): Promise<{ row: ManifestRow; data: Buffer | null; parts?: Buffer[] }> => {
    const started = Date.now();
    try {
      const ready = await recipes.prepare(target.recipe);
      const { shot, attempts } = ready.composite
        ? await captureComposite(renderer, ready.composite, target, ready.render)
        : await renderer.capture(target, ready.render);
      const video = ready.render.video;
      if (video && shot.video) {
        const { fields, poster } = await writeVideo({ name: target.name, shot: { ...shot, video: shot.video }, compositor: ready.compositor, video, output: target.recipe.output, write: writeOutput });
        const validators = validatorsOf(target, shot);
        if (fields.video_cut) warn(`${target.url}: ${fields.video_cut}`);
        const row: ManifestRow = {
          url: target.url, ...recipeFields(target), final_url: shot.finalUrl, http_status: shot.httpStatus, status: 'ok', ...fields,
          duration_ms: Date.now() - started, attempts, error: null,
          ...(shot.readinessTimeouts?.length ? { readiness_timeouts: shot.readinessTimeouts } : {}),
          ...(shot.consent ? { consent: shot.consent } : {}),
          ...(validators ? { validators } : {}),
        };
        // A baseline compares the poster: a video's change is what its first frame shows.
        return { row, data: poster };
      }
      const validators = validatorsOf(target, shot);
      if (shot.parts) {
        const written = await writeParts({ name: target.name, shot: { ...shot, parts: shot.parts }, compositor: ready.compositor, url: shot.finalUrl, write: writeOutput });
        if (written.cut) warn(`${target.url}: ${describeCut(written.cut)} (in ${written.data.length} parts)`);
        if (written.thumbnail) thumbnails.add(written.thumbnail);
        const row: ManifestRow = {
          url: target.url, ...recipeFields(target), final_url: shot.finalUrl, http_status: shot.httpStatus, status: 'ok', ...written.fields,
          duration_ms: Date.now() - started, attempts, error: null,
          ...(written.cut ? { cropped: true as const, cut_at: written.cut.shown, full_height: written.cut.full } : {}),
          ...shotFields(shot, validators),
        };
        return { row, data: written.data[0]!, parts: written.data };
      }
      const capture = await ready.compositor.compose(shot, shot.finalUrl);
      const file = `${target.name}.${FORMAT_FILES[capture.format].ext}`;
      const thumb = capture.thumbnail ? `${target.name}.thumb.${FORMAT_FILES[capture.format].ext}` : null;
      if (capture.cut) warn(`${target.url}: ${describeCut(capture.cut)} (framed image ${capture.height} px high)`);
      await writeOutput(file, capture.data);
      if (thumb && capture.thumbnail) {
        await writeOutput(thumb, capture.thumbnail.data);
        thumbnails.add(thumb);
      }
      const row: ManifestRow = {
        url: target.url,
        ...recipeFields(target),
        final_url: shot.finalUrl,
        http_status: shot.httpStatus,
        status: 'ok',
        file,
        width: capture.width,
        height: capture.height,
        format: capture.format,
        bytes: capture.data.length,
        sha256: sha256Hex(capture.data),
        duration_ms: Date.now() - started,
        attempts,
        error: null,
        ...(capture.cut ? { cropped: true as const, cut_at: capture.cut.shown, full_height: capture.cut.full } : {}),
        ...shotFields(shot, validators),
      };
      return { row, data: capture.data };
    } catch (err) {
      if (err instanceof SinkError) throw err;
      const ce = err instanceof CaptureError ? err : null;
      const row = failedRow(target, (err as Error).message, Date.now() - started, ce?.attempts ?? 1, ce?.finalUrl ?? null, ce?.httpStatus ?? null);
      return { row: { ...row, category: ce?.category ?? 'other' }, data: null };
    }
  };

  /** --incremental: the baseline's capture stands in for an unchanged page; false = render it. */
  const reuseOne = async (target: Target): Promise<boolean> => {
    if (!incremental || !changes) return false;
    const { format } = target.recipe.output;
    const video = target.recipe.render.video;
    const ext = FORMAT_FILES[format].ext;
    const thumb = !video && wantsThumbnail ? `${target.name}.thumb.${ext}` : null;
    const names = video ? videoFiles(target.name, video, format) : { file: `${target.name}.${ext}`, poster: null };
    const row = await changes.reuse(target, names.file, names.poster ?? thumb);
    if (!row) return false;
    // A page carried over in parts has its thumbnail beside the first part.
    if (thumb) thumbnails.add(row.parts ? row.file!.replace(/\.(\w+)$/, '.thumb.$1') : thumb);
    reused++;
    record(target, row);
    return true;
  };

  /** Compares off the worker's path: the next page renders while this one is diffed; memory is bounded by the pending count. */
  const compareLater = async (target: Target, row: ManifestRow, images: readonly Buffer[]): Promise<void> => {
    const pending = changes!.compare(target, row, images).then(
      (fields) => record(target, { ...row, ...fields }),
      (err: unknown) => {
        fatal ??= err as Error;
        record(target, failedRow(target, (err as Error).message, row.duration_ms, row.attempts));
      },
    );
    pendingCompares.add(pending);
    void pending.finally(() => pendingCompares.delete(pending));
    while (pendingCompares.size >= renderer.concurrency * PENDING_COMPARES_PER_WORKER) await Promise.race(pendingCompares);
  };

  const work = async (worker: number): Promise<void> => {
    if (worker > 0) await Promise.race([firstRecorded, new Promise((r) => setTimeout(r, STAGGER_MS).unref())]);
    for (;;) {
      const next = await channel.take();
      if (next.done) return;
      const target = next.value;
      if (signal?.aborted || fatal) {
        record(target, failedRow(target, interruptedMessage(fatal), 0, 0));
        continue;
      }
      try {
        if (await reuseOne(target)) continue;
        rendered++;
        const { row, data, parts } = await captureOne(target, renderer);
        if (changes && row.status === 'ok' && data) await compareLater(target, row, parts ?? [data]);
        else record(target, row);
      } catch (err) {
        fatal ??= err as Error;
        record(target, failedRow(target, (err as Error).message, 0, 1));
      }
    }
  };

  let contextsOpened = 0;
  try {
    const workers = Array.from({ length: renderer.concurrency }, (_, i) => work(i));
    await Promise.all([produce(), ...workers]);
    await Promise.all([...pendingCompares]);
    await prepared;
  } finally {
    contextsOpened = renderer.contextsOpened;
    await renderer.close();
    await changes?.close();
  }

  job.progress = progressOf(planned, completed, failed);
  job.completed_at = new Date().toISOString();
  const interrupted = signal?.aborted === true;
  const canceled = interrupted && signal.reason === CANCELED && !fatal;
  job.status = canceled ? 'canceled'
    : discoveryError || interrupted || fatal ? (completed > 0 ? 'partial' : 'failed')
      : finalStatus(job.progress);
  const overBudget = job.status === 'partial' && exceedsBudget(failed, planned, options.maxFailures ?? null);
  if (overBudget) job.status = 'failed';
  job.error = canceled ? canceledMessage(job.progress)
    : overBudget ? `${failed} of ${planned} pages failed, more than --max-failures ${budgetText(options.maxFailures!)} allows`
      : errorSummary({ fatal, discoveryError, interrupted, rows, planned, stats: planner.stats });
  if (job.type === 'capture') job.result = captureResultOf(newCaptureId(), rows[0]);
  if (warningCount > warnings.length) warnings.push(`… ${warningCount - warnings.length} more warnings not kept`);

  let report: ChangeReport | null = null;
  if (changes) {
    // Removed = baseline pages this plan could have captured that discovery no longer lists; that is
    // knowable only when discovery read everything.
    const complete = !discoveryError && !interrupted && !planner.full && !discoveryPartial;
    if (!complete) warn('removed pages are not reported: discovery did not read every page (--limit reached, a sitemap skipped or capped, an error, or an interruption)');
    const removed = complete ? removedPages(changes.baseline, planScope(options.plan), (url) => planner.seen(url)) : [];
    report = changeReport(changes.baseline, rows, removed);
  }
  const manifest = buildManifest(job, settingsSummary({ ...options, render }, renderer.browserVersion, renderer.filterLists), warnings, rows);
  if (report) manifest.changes = report;
  if (fatal) {
    // The output itself is broken (disk full, permissions): keep nothing half-written.
    await sink.abort();
    throw fatal;
  }
  try {
    await writeOutput('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
    await writeOutput(GALLERY, Buffer.from(galleryHtml(manifest, thumbnails)));
    await sink.close();
  } catch (err) {
    await sink.abort();
    throw err;
  }
  return { job, manifest, output: { path: sink.path, kind: sink.kind }, rendered, reused, contextsOpened };
}

/** The row's variant, the rules that matched and a composite's devices, when there are any. */
function recipeFields(target: Target): Pick<ManifestRow, 'variant' | 'rules' | 'recipe' | 'composite'> {
  const digest = recipeDigest(target);
  const { composite } = target.recipe.frame;
  return {
    ...(target.variant !== null ? { variant: target.variant } : {}),
    ...(target.rules.length > 0 ? { rules: [...target.rules] } : {}),
    ...(digest !== null ? { recipe: digest } : {}),
    ...(composite.layout === 'responsive' ? { composite: [...composite.devices] } : {}),
  };
}

/** What a still's row says about how its page was shot. */
function shotFields(shot: Shot, validators: PageValidators | null): Partial<ManifestRow> {
  return {
    ...(shot.readinessTimeouts?.length ? { readiness_timeouts: shot.readinessTimeouts } : {}),
    ...(shot.consent ? { consent: shot.consent } : {}),
    ...(validators ? { validators } : {}),
    ...(shot.blocking ? { blocked_requests: shot.blocking.blockedRequests, hidden_elements: shot.blocking.hiddenElements } : {}),
  };
}

/** What the next incremental run compares: the sitemap's lastmod and what the page's server said. */
function validatorsOf(target: Target, shot: Shot): PageValidators | null {
  const out: PageValidators = { ...(target.lastmod !== undefined ? { lastmod: target.lastmod } : {}), ...shot.document };
  return Object.keys(out).length > 0 ? out : null;
}

function failedRow(
  target: Target, error: string, durationMs: number, attempts: number,
  finalUrl: string | null = null, httpStatus: number | null = null,
): ManifestRow {
  return {
    url: target.url,
    ...recipeFields(target),
    final_url: finalUrl,
    http_status: httpStatus,
    status: 'failed',
    file: null,
    width: null,
    height: null,
    format: null,
    bytes: null,
    sha256: null,
    duration_ms: durationMs,
    attempts,
    error,
  };
}

/** --max-failures: N failed URLs, or N% of the planned ones, are still a partial run; more fail it. */
export function exceedsBudget(failed: number, planned: number, budget: FailureBudget | null): boolean {
  if (!budget) return false;
  if (budget.kind === 'count') return failed > budget.max;
  return planned > 0 && (failed / planned) * 100 > budget.max;
}

function budgetText(budget: FailureBudget): string {
  return budget.kind === 'count' ? String(budget.max) : `${budget.max}%`;
}

/** How far a canceled run got: the results hold only what was captured before the cancel. */
function canceledMessage(progress: Progress): string {
  if (progress.completed === 0) return 'canceled before any page was captured';
  return `canceled after ${progress.completed + progress.failed} of ${progress.total} pages: the results hold the ${progress.completed} captured before the cancel`;
}

function interruptedMessage(fatal: Error | null): string {
  return fatal ? `not captured: the run stopped (${fatal.message})` : 'not captured: the run was interrupted';
}

function errorSummary(s: {
  fatal: Error | null; discoveryError: Error | null; interrupted: boolean;
  rows: ManifestRow[]; planned: number; stats: PlanStats;
}): string | null {
  if (s.fatal) return s.fatal.message;
  if (s.interrupted) return 'interrupted: the run was stopped before every page was captured';
  if (s.discoveryError && s.planned === 0) return s.discoveryError.message;
  if (s.planned === 0) {
    const { seen, excluded, otherShard } = s.stats;
    if (seen === 0) return 'no URLs found: the sources listed no http(s) pages';
    return `no URLs to capture: ${seen} found, ${excluded} excluded by include/exclude, ${otherShard} in other shards`;
  }
  const failedRows = s.rows.filter((r) => r?.status === 'failed');
  if (s.discoveryError) return `discovery stopped early: ${s.discoveryError.message}`;
  if (failedRows.length === s.planned) {
    return `all ${s.planned} pages failed; first error: ${failedRows[0]?.error ?? 'unknown'}`;
  }
  return null;
}
