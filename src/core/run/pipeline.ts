// The run's pipeline: produce (discover ─▶ plan ─▶ bounded channel) ─▶ N workers (reuse, or render ─▶ frame ─▶ sink) ─▶ compare.
//
// Discovery runs concurrently with rendering but never more than a few
// targets ahead (the channel is bounded); each capture is written to the sink
// as soon as it is framed and then let go. A URL that fails becomes a row
// with its error; a storage failure (SinkError) or a failed comparison is
// the run's fatal error: the workers record the remaining targets as not captured.

import { Channel } from '../channel.ts';
import type { ChangeSession } from '../compare/index.ts';
import { captureComposite } from '../composite/renderer.ts';
import { discover } from '../discover/index.ts';
import { describeCut } from '../frame/index.ts';
import { FORMAT_FILES } from '../options.ts';
import type { CaptureOptions } from '../options.ts';
import type { Planner } from '../plan.ts';
import { contextGroup, contextOrder, targetsOf } from '../recipe.ts';
import type { RecipeBook } from '../recipe.ts';
import type { RecipeRuntime } from '../recipe-runtime.ts';
import { CaptureError } from '../render/index.ts';
import type { Renderer } from '../render/index.ts';
import { writeParts } from '../split/output.ts';
import type { DiscoveryWarn, ManifestRow, Shot, Target } from '../types.ts';
import { videoFiles, writeVideo } from '../video/output.ts';
import { sha256Hex } from '../../util/sha256.ts';
import { failedRow, interruptedMessage, okRow } from './rows.ts';
import { SinkError } from './setup.ts';
import type { Tally } from './tally.ts';
import type { RunDeps, RunEvents } from './types.ts';

/** Longest the other workers wait for the first capture before starting anyway. */
const STAGGER_MS = 1_500;
/** Comparisons not yet finished before a worker waits for one: bounds the captures held in memory. */
const PENDING_COMPARES_PER_WORKER = 2;
/**
 * Targets planned ahead per slot when they are grouped by context. Each
 * batch starts with the group the last one ended with, so with two
 * variants a slot switches about once per 32 captures, near the rebuild
 * RECYCLE_AFTER makes anyway; a batch holds URLs and recipes, no pixels.
 */
const TARGETS_PER_SLOT_BATCH = 32;

/** What the pipeline reads; it writes only to the tally and the outcome. */
export interface PipelineInputs {
  options: CaptureOptions;
  events: RunEvents;
  deps: RunDeps;
  warn: (message: string) => void;
  book: RecipeBook;
  recipes: RecipeRuntime;
  renderer: Renderer;
  planner: Planner;
  /** The baseline session (--baseline), null without one; `incremental` = its unchanged pages are carried over. */
  changes: ChangeSession | null;
  incremental: boolean;
  write: (file: string, data: Buffer) => Promise<void>;
  tally: Tally;
}

/** How the pipeline ended, beyond its rows: what the finish step turns into the run's status. */
export interface PipelineOutcome {
  /** The first storage or comparison failure: the run throws it after aborting the output. */
  fatal: Error | null;
  /** Discovery threw: the run keeps what was planned before. */
  discoveryError: Error | null;
  /** A source was skipped or capped, so discovery did not read every page. */
  discoveryPartial: boolean;
}

interface Captured { row: ManifestRow; data: Buffer | null; parts?: Buffer[] }

export async function runPipeline(inputs: PipelineInputs): Promise<PipelineOutcome> {
  const outcome: PipelineOutcome = { fatal: null, discoveryError: null, discoveryPartial: false };
  const { renderer } = inputs;
  const channel = new Channel<Target>(renderer.concurrency * 2);
  const pendingCompares = new Set<Promise<void>>();
  const workers = Array.from({ length: renderer.concurrency }, (_, i) => work(inputs, outcome, channel, pendingCompares, i));
  await Promise.all([produce(inputs, outcome, channel), ...workers]);
  await Promise.all([...pendingCompares]);
  return outcome;
}

/** Discovers and plans targets into the channel, then closes it; discovery errors end discovery, not the run. */
async function produce(inputs: PipelineInputs, outcome: PipelineOutcome, channel: Channel<Target>): Promise<void> {
  const { options, events, deps, warn, book, planner, tally, renderer } = inputs;
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
  try {
    const discoveryWarn: DiscoveryWarn = (message, effect) => {
      if (effect === 'incomplete') outcome.discoveryPartial = true;
      warn(message);
    };
    for await (const found of discover(options.sources, options.discover, discoveryWarn, deps.discoverIO)) {
      if (deps.signal?.aborted || outcome.fatal) break;
      const page = planner.add(found);
      if (page) {
        for (const target of targetsOf(page, book.forPage(page.url), book.variants, tally.planned)) {
          tally.planned++;
          events.planned?.(target, tally.planned);
          batch.push(target);
        }
        if (batch.length >= batchSize) await flush();
      }
      if (planner.full) break;
    }
  } catch (err) {
    outcome.discoveryError = err as Error;
    warn(`discovery stopped: ${(err as Error).message}`);
  } finally {
    // Every planned target reaches a worker, which records it (as interrupted, when the run stopped): rows have no gaps.
    await flush();
    channel.close();
    events.discoveryDone?.(tally.planned, planner.stats);
  }
}

/**
 * One slot: takes targets until the channel closes; after a fatal error or an abort, records the rest as not captured.
 * A viewport shot is framed and written while the slot renders its next target (at most one behind), so the
 * page does not sit idle through the compose (20-40 ms a capture on 2 cores, of a slot's 500-700 ms cycle).
 */
async function work(
  inputs: PipelineInputs, outcome: PipelineOutcome, channel: Channel<Target>, pendingCompares: Set<Promise<void>>, worker: number,
): Promise<void> {
  const { tally, deps } = inputs;
  // Half the slots start at once (by default one page per core), the rest after the first capture: four pages
  // starting together on 2 cores made the first capture arrive several times later, while one page alone left a
  // core idle. 16-URL runs, 10 interleaved pairs (load 15-21): 4.03 against 4.20 s median, first capture
  // 0.93 against 0.79 s.
  if (worker >= Math.ceil(inputs.renderer.concurrency / 2)) await Promise.race([tally.firstRecorded, new Promise((r) => setTimeout(r, STAGGER_MS).unref())]);
  let framing: Promise<void> = Promise.resolve();
  try {
    for (;;) {
      const next = await channel.take();
      if (next.done) return;
      const target = next.value;
      if (deps.signal?.aborted || outcome.fatal) {
        tally.record(target, failedRow(target, interruptedMessage(outcome.fatal), 0, 0));
        continue;
      }
      try {
        if (await reuseOne(inputs, target)) continue;
        tally.rendered++;
        const rendered = await renderOne(inputs, target);
        await framing;
        framing = finishOne(inputs, outcome, pendingCompares, target, rendered);
        if (!rendered.ok || rendered.ready.render.fullPage || rendered.ready.render.video) await framing;
      } catch (err) {
        outcome.fatal ??= err as Error;
        tally.record(target, failedRow(target, (err as Error).message, 0, 1));
      }
    }
  } finally {
    await framing;
  }
}

/** Frames and writes a rendered target, then records its row (or hands it to the comparison); never rejects. */
async function finishOne(
  inputs: PipelineInputs, outcome: PipelineOutcome, pendingCompares: Set<Promise<void>>, target: Target, rendered: Rendered,
): Promise<void> {
  const { tally, changes } = inputs;
  try {
    // A storage failure while this target rendered: it is not written to an output being aborted.
    if (outcome.fatal && rendered.ok) {
      tally.record(target, failedRow(target, interruptedMessage(outcome.fatal), 0, 0));
      return;
    }
    const { row, data, parts } = rendered.ok ? await frameOne(inputs, target, rendered) : rendered.failed;
    if (changes && row.status === 'ok' && data) await compareLater(inputs, outcome, pendingCompares, changes, target, row, parts ?? [data]);
    else tally.record(target, row);
  } catch (err) {
    outcome.fatal ??= err as Error;
    tally.record(target, failedRow(target, (err as Error).message, 0, 1));
  }
}

/** --incremental: the baseline's capture stands in for an unchanged page; false = render it. */
async function reuseOne(inputs: PipelineInputs, target: Target): Promise<boolean> {
  const { incremental, changes, tally, options } = inputs;
  if (!incremental || !changes) return false;
  const { format } = target.recipe.output;
  const video = target.recipe.render.video;
  const ext = FORMAT_FILES[format].ext;
  const thumb = !video && options.frame.thumbnail !== null ? `${target.name}.thumb.${ext}` : null;
  const names = video ? videoFiles(target.name, video, format) : { file: `${target.name}.${ext}`, poster: null };
  const row = await changes.reuse(target, names.file, names.poster ?? thumb);
  if (!row) return false;
  // A page carried over in parts has its thumbnail beside the first part.
  if (thumb) tally.thumbnails.add(row.parts ? row.file!.replace(/\.(\w+)$/, '.thumb.$1') : thumb);
  tally.reused++;
  tally.record(target, row);
  return true;
}

/** Compares off the worker's path: the next page renders while this one is diffed; memory is bounded by the pending count. */
async function compareLater(
  inputs: PipelineInputs, outcome: PipelineOutcome, pendingCompares: Set<Promise<void>>, changes: ChangeSession,
  target: Target, row: ManifestRow, images: readonly Buffer[],
): Promise<void> {
  const { tally, renderer } = inputs;
  const pending = changes.compare(target, row, images).then(
    (fields) => tally.record(target, { ...row, ...fields }),
    (err: unknown) => {
      outcome.fatal ??= err as Error;
      tally.record(target, failedRow(target, (err as Error).message, row.duration_ms, row.attempts));
    },
  );
  pendingCompares.add(pending);
  void pending.finally(() => pendingCompares.delete(pending));
  while (pendingCompares.size >= renderer.concurrency * PENDING_COMPARES_PER_WORKER) await Promise.race(pendingCompares);
}

type Prepared = Awaited<ReturnType<RecipeRuntime['prepare']>>;

/** A target after its page was rendered: its shot and what frames it, or (a page's failure) its row. */
type Rendered =
  | { ok: true; ready: Prepared; shot: Shot; attempts: number; started: number }
  | { ok: false; failed: Captured };

/** Renders one target; a page's failure is its row, a storage failure (SinkError) is thrown. */
async function renderOne(inputs: PipelineInputs, target: Target): Promise<Rendered> {
  const { recipes, renderer } = inputs;
  const started = Date.now();
  try {
    const ready = await recipes.prepare(target.recipe);
    const { shot, attempts } = ready.composite
      ? await captureComposite(renderer, ready.composite, target, ready.render)
      : await renderer.capture(target, ready.render);
    return { ok: true, ready, shot, attempts, started };
  } catch (err) {
    return { ok: false, failed: pageFailure(target, err, started) };
  }
}

/** Frames and writes one rendered target; a page's failure is its row, a storage failure (SinkError) is thrown. */
async function frameOne(inputs: PipelineInputs, target: Target, rendered: Extract<Rendered, { ok: true }>): Promise<Captured> {
  const { warn, write, tally } = inputs;
  const { ready, shot, attempts, started } = rendered;
  try {
    const video = ready.render.video;
    if (video && shot.video) {
      const { fields, poster } = await writeVideo({ name: target.name, shot: { ...shot, video: shot.video }, compositor: ready.compositor, video, output: target.recipe.output, write });
      if (fields.video_cut) warn(`${target.url}: ${fields.video_cut}`);
      const row = okRow(target, shot, fields, { kind: { still: false }, durationMs: Date.now() - started, attempts });
      // A baseline compares the poster: a video's change is what its first frame shows.
      return { row, data: poster };
    }
    if (shot.parts) {
      const written = await writeParts({ name: target.name, shot: { ...shot, parts: shot.parts }, compositor: ready.compositor, url: shot.finalUrl, write });
      if (written.cut) warn(`${target.url}: ${describeCut(written.cut)} (in ${written.data.length} parts)`);
      if (written.thumbnail) tally.thumbnails.add(written.thumbnail);
      const row = okRow(target, shot, written.fields, { kind: { still: true, cut: written.cut }, durationMs: Date.now() - started, attempts });
      return { row, data: written.data[0]!, parts: written.data };
    }
    const capture = await ready.compositor.compose(shot, shot.finalUrl);
    const file = `${target.name}.${FORMAT_FILES[capture.format].ext}`;
    const thumb = capture.thumbnail ? `${target.name}.thumb.${FORMAT_FILES[capture.format].ext}` : null;
    if (capture.cut) warn(`${target.url}: ${describeCut(capture.cut)} (framed image ${capture.height} px high)`);
    await write(file, capture.data);
    if (thumb && capture.thumbnail) {
      await write(thumb, capture.thumbnail.data);
      tally.thumbnails.add(thumb);
    }
    const written = {
      file, width: capture.width, height: capture.height, format: capture.format, bytes: capture.data.length, sha256: sha256Hex(capture.data),
    };
    const row = okRow(target, shot, written, { kind: { still: true, cut: capture.cut ?? null }, durationMs: Date.now() - started, attempts });
    return { row, data: capture.data };
  } catch (err) {
    return pageFailure(target, err, started);
  }
}

/** A page's failure as its row; a storage failure (SinkError) is thrown, as it ends the run. */
function pageFailure(target: Target, err: unknown, started: number): Captured {
  if (err instanceof SinkError) throw err;
  const ce = err instanceof CaptureError ? err : null;
  const row = failedRow(target, (err as Error).message, Date.now() - started, ce?.attempts ?? 1, ce?.finalUrl ?? null, ce?.httpStatus ?? null);
  return { row: { ...row, category: ce?.category ?? 'other' }, data: null };
}
