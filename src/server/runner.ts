// Runs one queued job: request → CaptureOptions → runCapture → stored
// results and a final Job document. Progress is written while it runs.

import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheDirFrom } from '../config/cache-dir.ts';
import { discover } from '../core/discover/index.ts';
import { progressOf } from '../core/job.ts';
import type { CaptureResult, Job } from '../core/job.ts';
import type { Manifest } from '../core/manifest.ts';
import { OUTPUT_FILES } from '../core/video/options.ts';
import type { CaptureOptions } from '../core/options.ts';
import { runCapture } from '../core/run.ts';
import type { RunResult } from '../core/run.ts';
import { openSink } from '../core/sink/index.ts';
import { UserError } from '../core/types.ts';
import { failuresOf } from '../notify/notify-job.ts';
import type { RenderIn, ResolvedServerConfig } from './config.ts';
import { RenderProcessDied, canRenderOffLoop, runCaptureInChild } from './render-off-loop.ts';
import { ApiError } from './errors.ts';
import type { AbortReason, JobProcessor, ProcessOutcome } from './queue.ts';
import { backToPending, endWithoutResults, endWithResults, isFinal, startAttempt } from './job-lifecycle.ts';
import type { Ending } from './job-lifecycle.ts';
import { resolveRequest } from './request.ts';
import type { ResultStorage } from './storage.ts';
import { captureKeysOf, capturePartPathOf, capturePathOf } from './store.ts';
import type { JobRecord, JobStore, StoredCapture } from './store.ts';

export interface RunnerDeps {
  config: ResolvedServerConfig;
  store: JobStore;
  storage: ResultStorage;
  /** Scratch space for runs in progress (emptied at start). */
  workDir: string;
  log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /** Called once a job has reached its final status and been saved. */
  finished(record: JobRecord): void;
  /** Render in a child process (the embedded queue's default) or in this one (Redis workers: their loop serves no API). */
  renderIn?: RenderIn;
  now?: () => Date;
}

const PROGRESS_SAVE_MS = 500;
const MAX_FAILURES_KEPT = 100;

export const resultKeyOf = (jobId: string): string => `${jobId}.zip`;
export const downloadPathOf = (jobId: string): string => `/v1/jobs/${jobId}/download`;

export function createProcessor(deps: RunnerDeps): JobProcessor {
  const now = deps.now ?? (() => new Date());

  return async (jobId, signal) => {
    const record = await deps.store.get(jobId);
    // Cancelled (or deleted) while it waited: nothing to do.
    if (!record || record.job.status !== 'pending') return 'settled';
    if (signal.aborted) return settled(settleAborted(record, signal.reason as AbortReason));
    if (record.attempts >= deps.config.maxAttempts) {
      return settled(finish(record, {
        status: 'failed',
        error: `stopped after ${record.attempts} interrupted attempts (the server stopped or crashed while rendering it each time)`,
      }));
    }

    startAttempt(record, now());
    await deps.store.save(record);

    const capture = record.job.type === 'capture';
    // Capture jobs render to a folder so the single image can be stored on its own as well.
    const output = join(deps.workDir, capture ? jobId : `${jobId}.zip`);
    const cleanup = (): Promise<void> => rm(output, { recursive: true, force: true });
    await mkdir(deps.workDir, { recursive: true });
    await cleanup();
    const saver = progressSaver(deps.store, record);

    try {
      const { options } = resolveRequest(record.request, {
        output,
        browserPath: deps.config.browserPath,
        pageConcurrency: deps.config.pageConcurrency,
      });
      // A job is a stranger's request: it may not reach this machine or its network (unless the operator allowed it).
      options.render.egress = deps.config.egress;
      options.discover.egress = deps.config.egress;
      if (record.request.includePattern || record.request.excludePattern) {
        options.sources = [{ kind: 'urls', urls: await discoverMatching(options, record, signal) }];
      }
      let completed = 0;
      let failed = 0;
      const render = deps.renderIn === 'child' && canRenderOffLoop(options) ? runCaptureInChild : runCapture;
      const result = await render(options, {
        planned: (_target, planned) => saver.update(progressOf(planned, completed, failed)),
        discoveryDone: (total) => saver.update(progressOf(total, completed, failed)),
        result: (_row, progress) => {
          completed = progress.completed;
          failed = progress.failed;
          saver.update(progress);
        },
      }, { signal, env: process.env, cacheDir: cacheDirFrom(process.env), identity: { id: record.job.id, type: record.job.type, created_at: record.job.created_at } });
      await saver.stop();
      const ran = result.job;
      // Stopped for a shutdown: it starts again on the next start (a Redis worker hands its queue entry back).
      if (signal.aborted && signal.reason === 'shutdown') return await settled(handBack(record));
      if (!isFinal(ran.status)) throw new Error(`the run returned a ${ran.status} job`);
      // A cancel: the run ended 'canceled' and said how far it got, in the manifest as here.
      // Canceled before any page was captured: there is nothing to download.
      if (ran.status === 'canceled' && ran.progress.completed === 0) return await settled(finish(record, { status: ran.status, error: ran.error }));
      await storeResults(record, result, output, { status: ran.status, error: ran.error });
      return 'settled';
    } catch (err) {
      await saver.stop();
      if (signal.aborted) return await settled(settleAborted(record, signal.reason as AbortReason));
      if (err instanceof RenderProcessDied) return await rendererDied(record, err);
      const known = err instanceof UserError || err instanceof ApiError;
      if (!known) deps.log.error({ err, jobId }, 'job failed with an unexpected error');
      await finish(record, { status: 'failed', error: known ? (err as Error).message : `internal error: ${(err as Error).message}` });
      return 'settled';
    } finally {
      await cleanup();
    }
  };

  async function settled(done: Promise<void>): Promise<ProcessOutcome> {
    await done;
    return 'settled';
  }

  /**
   * The render child died: treated like a crashed worker, the job starts again
   * from the beginning with this attempt counted, so a page that takes every
   * renderer down ends the job after maxAttempts instead of looping.
   */
  async function rendererDied(record: JobRecord, err: RenderProcessDied): Promise<ProcessOutcome> {
    const { attempts } = record;
    const max = deps.config.maxAttempts;
    deps.log.warn({ jobId: record.job.id, attempt: attempts, maxAttempts: max, how: err.how }, 'the render process died; the job goes back to the queue');
    if (attempts >= max) {
      await finish(record, {
        status: 'failed',
        error: `the render process died (${err.how}) on attempt ${attempts} of ${max}: out of memory, or killed; the job is not tried again`,
      });
      return 'settled';
    }
    backToPending(record, { refundAttempt: false });
    await deps.store.save(record);
    return 'requeue';
  }

  /** Aborted before the run could return anything: nothing was captured that can be kept. */
  async function settleAborted(record: JobRecord, reason: AbortReason): Promise<void> {
    if (reason === 'shutdown') return handBack(record);
    return finish(record, { status: 'canceled', error: abortedBeforeCapture(record) });
  }

  /** A shutdown is not the job's fault: it starts again from the beginning on the next start, without using up an attempt. */
  async function handBack(record: JobRecord): Promise<void> {
    backToPending(record, { refundAttempt: true });
    await deps.store.save(record);
  }

  async function finish(record: JobRecord, end: Ending): Promise<void> {
    // A run that broke while its results were being stored has nothing to download.
    for (const key of record.capture ? captureKeysOf(record.capture) : []) await deps.storage.delete(key).catch(() => {});
    endWithoutResults(record, end, now());
    await deps.store.save(record);
    deps.finished(record);
  }

  async function storeResults(record: JobRecord, result: RunResult, output: string, end: Ending): Promise<void> {
    const { job } = record;
    const completedAt = now();
    endWithResults(record, { ...end, progress: result.job.progress }, completedAt);
    record.failures = failuresOf(result.manifest.captures, MAX_FAILURES_KEPT);
    if (job.status === 'completed' || job.status === 'partial' || job.status === 'canceled') {
      const key = resultKeyOf(job.id);
      // From the same instant as completed_at: the lifetime is exact, not off by the ms between two clock reads.
      job.expires_at = new Date(completedAt.getTime() + deps.config.resultTtlMs).toISOString();
      job.result_url = downloadPathOf(job.id);
      job.download_url = job.result_url;
      if (job.type === 'capture') {
        record.capture = await storeCapture(result, output);
        // The API's result.url is the served image; the ZIP's own manifest keeps the entry name (as in every output).
        const local = result.job.result;
        job.result = local && record.capture ? servedResult(local, record.capture) : null;
        const zip = `${output}.zip`;
        try {
          await zipFolder(output, zip, result.manifest, { ...job, result: local });
          await deps.storage.put(key, createReadStream(zip));
        } finally {
          await rm(zip, { force: true });
        }
      } else {
        await deps.storage.put(key, createReadStream(result.output.path));
      }
      record.resultKey = key;
    }
    await deps.store.save(record);
    deps.finished(record);
  }

  async function storeCapture(result: RunResult, folder: string): Promise<StoredCapture | null> {
    const row = result.manifest.captures[0];
    const id = result.job.result?.id;
    if (!row?.file || !row.format || !id) return null;
    const { ext, contentType } = OUTPUT_FILES[row.format];
    const key = `captures/${id}.${ext}`;
    // --split: the first part is the row's file, under the key result.url serves; the rest beside it.
    const files = [row.file, ...(row.parts?.slice(1).map((p) => p.file) ?? [])];
    const keys = files.map((_, i) => (i === 0 ? key : `captures/${id}-part-${i + 1}.${ext}`));
    try {
      for (const [i, file] of files.entries()) await deps.storage.put(keys[i]!, createReadStream(join(folder, file)));
    } catch (err) {
      // Nothing refers to what was stored so far: no record keeps these keys.
      for (const k of keys) await deps.storage.delete(k).catch(() => {});
      throw err;
    }
    if (!row.parts) return { id, key, ext, contentType };
    return { id, key, ext, contentType, partKeys: keys };
  }
}

/**
 * Why a canceled job has nothing to download. A job whose worker died mid-job
 * went back to pending (no started_at), but it did start once: saying it never
 * started would hide the pages that attempt rendered and lost.
 */
function abortedBeforeCapture(record: JobRecord): string {
  if (record.job.started_at !== null) return 'canceled before any page was captured';
  if (record.attempts > 0) return 'canceled before it started again: its earlier attempt stopped before it finished, and kept no pages';
  return 'canceled before it started';
}

/** The local result (entry names) with the server's paths of the image and of each part. */
function servedResult(local: CaptureResult, capture: StoredCapture): CaptureResult {
  const result: CaptureResult = { ...local, url: capturePathOf(capture) };
  if (local.parts) result.parts = local.parts.map((part, i) => ({ ...part, url: capturePartPathOf(capture, i + 1) }));
  return result;
}

/** The same ZIP a batch job gets (captures, then manifest.json), with the server's Job document in the manifest. */
async function zipFolder(folder: string, zipPath: string, manifest: Manifest, job: Job): Promise<void> {
  const sink = await openSink(zipPath);
  try {
    for (const row of manifest.captures) {
      if (row?.file) await sink.add(row.file, await readFile(join(folder, row.file)));
      // --split: the first part is the row's file; the rest follow it.
      for (const part of row?.parts?.slice(1) ?? []) await sink.add(part.file, await readFile(join(folder, part.file)));
      if (row?.poster) await sink.add(row.poster, await readFile(join(folder, row.poster)));
    }
    await sink.add('manifest.json', Buffer.from(`${JSON.stringify({ ...manifest, job }, null, 2)}\n`));
    await sink.close();
  } catch (err) {
    await sink.abort();
    throw err;
  }
}

/** Reads the sitemap and keeps the URLs the job's regular expressions accept (the core's include/exclude are globs on the path). */
async function discoverMatching(options: CaptureOptions, record: JobRecord, signal: AbortSignal): Promise<string[]> {
  const include = record.request.includePattern ? new RegExp(record.request.includePattern) : null;
  const exclude = record.request.excludePattern ? new RegExp(record.request.excludePattern) : null;
  const urls: string[] = [];
  let seen = 0;
  let problem: Error | null = null;
  try {
    for await (const found of discover(options.sources, options.discover, () => {})) {
      if (signal.aborted) break;
      seen++;
      if (include && !include.test(found.url)) continue;
      if (exclude && exclude.test(found.url)) continue;
      urls.push(found.url);
    }
  } catch (err) {
    problem = err as Error;
  }
  if (urls.length === 0 && !signal.aborted) {
    if (problem) throw new UserError(`cannot read the sitemap: ${problem.message}`);
    throw new UserError(`no URLs matched include_pattern/exclude_pattern (${seen} found in the sitemap)`);
  }
  return urls;
}

/** Saves progress at most every PROGRESS_SAVE_MS, so a 20,000-page job does not write 20,000 files. */
function progressSaver(store: JobStore, record: JobRecord) {
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const flush = (): void => {
    timer = undefined;
    writing = writing.then(() => store.save(record)).catch(() => {});
  };
  return {
    update(progress: Job['progress']): void {
      record.job.progress = progress;
      timer ??= setTimeout(flush, PROGRESS_SAVE_MS);
    },
    async stop(): Promise<void> {
      clearTimeout(timer);
      timer = undefined;
      await writing;
    },
  };
}
