// The Action's flow, in the order each step needs the one before:
//
//   baseline (latest artifact) → inputs → capture (or merge) → upload the artifact
//   → webhooks (carry the artifact URL) → manifest beside the ZIP → job summary
//   → PR comment → outputs
//
// Returns why the step fails (fail-on, webhook-fail: error, fail-on-change), or null; main.ts
// turns that into setFailed. Problems of the extras (artifact, summary,
// comment) are warnings or notices: the captures are the product.
// Everything the step says to the runner goes through an ActionIO (io.ts):
// @actions/core in a job, a recording fake in the tests.

import { actionsCache, prepareBrowser } from './browser.ts';
import { existsSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { cacheDirFrom } from '../config/cache-dir.ts';
import type { Job } from '../core/job.ts';
import { runFails } from '../core/job.ts';
import type { Manifest } from '../core/manifest.ts';
import { findMergeInputs, mergeOutputs } from '../core/merge.ts';
import { frameScale } from '../core/frame/index.ts';
import { runCapture } from '../core/run.ts';
import { createRunNotifier } from '../notify/run-notifier.ts';
import type { RunNotifier } from '../notify/run-notifier.ts';
import type { ChangeReport } from '../core/types.ts';
import { defaultArtifactName, uploadOutput } from './artifact.ts';
import { latestBaseline } from './baseline-artifact.ts';
import type { BaselineArtifact } from './baseline-artifact.ts';
import { changeFailure, changeOutputs } from './changes.ts';
import type { UploadedArtifact } from './artifact.ts';
import { commentBody, commentKey, commentMarker, upsertComment } from './comment.ts';
import type { CommentImage } from './comment.ts';
import { githubContext, runnerContext, runUrl } from './context.ts';
import type { RunnerContext } from './context.ts';
import { githubClient, isPermissionProblem } from './github.ts';
import { readInputs } from './inputs.ts';
import { stepLog, toolkitIO } from './io.ts';
import type { ActionIO } from './io.ts';
import type { ActionSettings, InputHooks, RemoteSettings } from './inputs.ts';
import { JobsClient } from '../client/jobs-client.ts';
import { runRemote } from '../client/remote-run.ts';
import { buildManifest, settingsSummary } from '../core/manifest.ts';
import type { CaptureOptions } from '../core/options.ts';
import { captureKey, UserError } from '../core/types.ts';
import type { ManifestRow } from '../core/types.ts';
import { summaryMarkdown } from './summary.ts';
import { makeThumbnails, publishThumbnails, rawFileUrl } from './thumbnails.ts';

const PROGRESS_EVERY_MS = 10_000;
/** Diff thumbnails in the comment's table of changed pages, most changed first. */
const MAX_DIFF_THUMBNAILS = 12;
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

interface Outcome {
  job: Job;
  manifest: Manifest;
  output: { path: string; kind: 'zip' | 'dir' };
}

export async function runAction(env: Record<string, string | undefined>, io: ActionIO = toolkitIO): Promise<string | null> {
  const ctx = runnerContext(env);
  const settings = await readInputs({ latestBaseline: latestBaselineStep(ctx, io) }, io);
  const notifier = createRunNotifier(settings.webhook, githubContext(ctx), stepLog(io));
  const outcome = settings.work.kind === 'capture' ? await capture(settings, env, notifier, io) : await merge(settings, io);
  const { job, manifest, output } = outcome;
  io.info(`${job.status}: ${job.progress.completed}/${job.progress.total} captured → ${output.path}`);

  let artifact: UploadedArtifact | null = null;
  if (settings.artifact.upload && !existsSync(output.path)) {
    io.notice(`artifact upload skipped: ${job.status} run produced no output to upload`);
  } else if (settings.artifact.upload) {
    const shard = settings.work.kind === 'capture' ? settings.work.options.plan.shard : null;
    const name = settings.artifact.name ?? defaultArtifactName(output.path, shard);
    artifact = await uploadOutput({ output, name, retentionDays: settings.artifact.retentionDays }, ctx, stepLog(io));
    if (artifact?.url) {
      job.result_url = artifact.url;
      job.download_url = artifact.url;
    }
  }

  const baseline = baselineLink(settings.baselineArtifact, ctx);
  if (manifest.changes) manifest.changes = publicChanges(manifest.changes, baseline);
  const notified = await notifier.finish({ job, rows: manifest.captures, changes: manifest.changes ?? null });
  if (notified.completion) {
    // webhook-status and -attempts stay the completion event's: the event every run sends.
    io.setOutput('webhook-status', notified.completion.status);
    io.setOutput('webhook-attempts', notified.completion.attempts);
  }
  const webhookFailed = notified.failsRun;

  const manifestPath = await writeSideManifest(output, { ...manifest, job });

  if (settings.summary && ctx.stepSummaryPath) {
    try {
      await io.appendSummary(summaryMarkdown({
        job, rows: manifest.captures, outputPath: output.path, manifestPath, artifact, mode: settings.work.kind, changes: manifest.changes ?? null, baselineArtifact: baseline,
      }));
    } catch (err) {
      io.warning(`job summary not written: ${(err as Error).message}`);
    }
  }

  const commentUrl = await comment(settings, ctx, outcome, artifact, baseline, io);

  io.setOutput('job-id', job.id);
  io.setOutput('status', job.status);
  io.setOutput('total', job.progress.total);
  io.setOutput('completed', job.progress.completed);
  io.setOutput('failed', job.progress.failed);
  io.setOutput(output.kind === 'zip' ? 'zip-path' : 'output-dir', output.path);
  io.setOutput('manifest-path', manifestPath);
  io.setOutput('artifact-id', artifact ? String(artifact.id) : '');
  io.setOutput('artifact-url', artifact?.url ?? '');
  io.setOutput('comment-url', commentUrl ?? '');
  io.setOutput('json', JSON.stringify(job));
  for (const [name, value] of Object.entries(changeOutputs(manifest))) io.setOutput(name, value);

  if (runFails(job, settings.failOn)) {
    return `framecap ${job.status}: ${job.error ?? `${job.progress.failed} of ${job.progress.total} pages failed`}`;
  }
  if (webhookFailed) return 'framecap: a webhook (completion or job.changed) could not be delivered (webhook-fail: error)';
  return changeFailure(manifest.changes, manifest.captures, settings.failOnChange);
}

/** `baseline: latest` (or incremental with no baseline): the newest artifact of this step's name on the default branch. */
function latestBaselineStep(ctx: RunnerContext, io: ActionIO): InputHooks['latestBaseline'] {
  return async (artifactName, token) => {
    const without = (why: string): null => {
      io.notice(`baseline: latest: ${why}. This run has no baseline: every page counts as new.`);
      return null;
    };
    if (!ctx.repo) return without('GITHUB_REPOSITORY is not set (not running in a GitHub Actions job)');
    if (!token) return without('no github-token to read the artifacts with');
    const { owner, repo } = ctx.repo;
    return latestBaseline(githubClient(token, ctx.apiUrl), {
      owner, repo, artifactName, defaultBranch: ctx.defaultBranch, tempDir: ctx.tempDir, apiUrl: ctx.apiUrl, token,
    }, stepLog(io));
  };
}

type BaselineLink = { artifact: BaselineArtifact; url: string | null } | null;

function baselineLink(artifact: BaselineArtifact | null, ctx: RunnerContext): BaselineLink {
  if (!artifact) return null;
  const url = ctx.repo && artifact.run_id !== null
    ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${artifact.run_id}/artifacts/${artifact.id}`
    : null;
  return { artifact, url };
}

/** A downloaded baseline is named by its artifact page, not the runner's temp path (manifest, webhook, outputs). */
function publicChanges(changes: ChangeReport, baseline: BaselineLink): ChangeReport {
  return baseline?.url ? { ...changes, baseline: baseline.url } : changes;
}

async function capture(settings: ActionSettings, env: Record<string, string | undefined>, notifier: RunNotifier, io: ActionIO): Promise<Outcome> {
  if (settings.work.kind !== 'capture') throw new Error('capture() needs capture settings');
  const log = stepLog(io);
  // Only capture runs warn (merge runs never did): before the browser is prepared, so it shows first.
  notifier.warn();
  let lastLog = 0;
  if (settings.work.remote) return captureRemote(settings.work.options, settings.work.remote, env, io);
  const { render } = settings.work.options;
  await prepareBrowser(render.browser ?? 'auto', render.browserPath, env, actionsCache(), log);
  const result = await runCapture(settings.work.options, {
    warning: (m) => io.warning(m),
    secret: (v) => io.setSecret(v),
    started: (info) => {
      io.info(`framecap: ${info.browserVersion}, ${info.concurrency} workers → ${info.output}`);
      notifier.started(info.job);
    },
    result: (row, p) => {
      if (row.status === 'failed') io.warning(`${row.url}: ${row.error}`);
      notifier.tick(p);
      const now = Date.now();
      if (now - lastLog >= PROGRESS_EVERY_MS) {
        lastLog = now;
        io.info(`progress: ${p.completed + p.failed}/${p.total} (${p.failed} failed)`);
      }
    },
  }, { env, cacheDir: cacheDirFrom(env) });
  return result;
}

/** mode: async — the queue server renders; the runner submits, waits, downloads, then publishes as usual. */
async function captureRemote(options: CaptureOptions, remote: RemoteSettings, env: Record<string, string | undefined>, io: ActionIO): Promise<Outcome> {
  const client = new JobsClient({ apiUrl: remote.apiUrl, ...(remote.apiKey ? { apiKey: remote.apiKey } : {}) });
  let lastLog = 0;
  const { job, outputPath, manifest } = await runRemote(options, client, {
    pollTimeoutMs: remote.pollTimeoutMs,
    readStdin: async () => { throw new UserError("input 'url-file' cannot be '-' in the Action"); },
    cwd: env.GITHUB_WORKSPACE ?? process.cwd(),
  }, {
    say: (l) => io.info(l),
    progress: (j) => {
      const now = Date.now();
      if (now - lastLog < PROGRESS_EVERY_MS) return;
      lastLog = now;
      io.info(`progress: ${j.status}, ${j.progress.completed + j.progress.failed}/${j.progress.total} (${j.progress.failed} failed)`);
    },
  });
  // A job that produced no ZIP still gets an honest manifest beside where the ZIP would be.
  if (manifest) return { job, manifest, output: { path: outputPath, kind: 'zip' } };
  const render = { ...options.render, scale: await frameScale(options.frame.device, options.render.scale) };
  return { job, manifest: buildManifest(job, settingsSummary({ ...options, render }, 'queue server'), [], []), output: { path: outputPath, kind: 'zip' } };
}

async function merge(settings: ActionSettings, io: ActionIO): Promise<Outcome> {
  if (settings.work.kind !== 'merge') throw new Error('merge() needs merge settings');
  const inputs = await findMergeInputs(settings.work.inputs);
  io.info(`framecap: merging ${inputs.length} input(s) → ${settings.work.output}: ${inputs.join(', ')}`);
  return mergeOutputs(inputs, settings.work.output, { warn: (m) => io.warning(m) });
}

/**
 * The manifest with the final Job document (artifact URL, webhook outcome),
 * beside the ZIP as `<stem>.manifest.json`, or in place in an output folder.
 */
async function writeSideManifest(output: Outcome['output'], manifest: Manifest): Promise<string> {
  const path = output.kind === 'zip'
    ? join(dirname(output.path), `${basename(output.path).replace(/\.zip$/i, '')}.manifest.json`)
    : join(output.path, 'manifest.json');
  const partial = `${path}.partial`;
  await writeFile(partial, JSON.stringify(manifest, null, 2) + '\n');
  await rename(partial, path);
  return path;
}

/** Posts or updates the sticky comment; returns its URL, or null when skipped. Never throws. */
async function comment(settings: ActionSettings, ctx: RunnerContext, outcome: Outcome, artifact: UploadedArtifact | null, baseline: BaselineLink, io: ActionIO): Promise<string | null> {
  const { mode, imagesBranch } = settings.comment;
  const wanted = mode === 'on' || (mode === 'auto' && ctx.eventName !== null && PR_EVENTS.has(ctx.eventName));
  if (!wanted) return null;
  const number = settings.comment.pullRequest ?? ctx.pullRequest?.number ?? null;
  if (number === null) {
    io.notice(`PR comment skipped: no pull request number (the ${ctx.eventName ?? 'run'} event has none; on workflow_run, pass pull-request)`);
    return null;
  }
  if (!ctx.repo) {
    io.notice('PR comment skipped: GITHUB_REPOSITORY is not set');
    return null;
  }
  if (!settings.token) {
    io.notice('PR comment skipped: no github-token');
    return null;
  }
  if (ctx.pullRequest?.fromFork && settings.comment.pullRequest === null) {
    io.notice('PR comment skipped: pull requests from forks get a read-only token. See the workflow_run pattern in docs/action.md to comment on them safely.');
    return null;
  }

  const gh = githubClient(settings.token, ctx.apiUrl);
  const { owner, repo } = ctx.repo;
  // Shards of one matrix job share GITHUB_JOB: each keeps a comment of its own.
  const shard = settings.work.kind === 'capture' ? settings.work.options.plan.shard : null;
  const jobKey = shard ? `${ctx.job}-shard-${shard.index}-of-${shard.count}` : ctx.job;
  const marker = commentMarker(ctx.workflow, jobKey);
  const rows = outcome.manifest.captures;
  const changes = outcome.manifest.changes ?? null;
  let images: CommentImage[] = [];
  const diffImages = new Map<string, string>();
  let imagesNote: string | null = null;
  if (imagesBranch && rows.some((r) => r.status === 'ok')) {
    try {
      // With a change report the grid shows what changed first, and the changed pages get diff thumbnails.
      const changedFirst = changes ? [...rows].sort((a, b) => changeRank(b) - changeRank(a)) : rows;
      const thumbs = await makeThumbnails(outcome.output.path, changedFirst);
      const diffs = changes ? await makeThumbnails(outcome.output.path, changedFirst.filter((r) => r.change === 'changed'), MAX_DIFF_THUMBNAILS, (r) => r.diff, 'diff-') : [];
      const published = await publishThumbnails(gh, {
        owner, repo, branch: imagesBranch,
        folder: `pr-${number}/${commentKey(ctx.workflow, jobKey).replace(/[^A-Za-z0-9._-]+/g, '-')}`,
        run: `${ctx.runId ?? Date.now()}-${ctx.runAttempt}`,
        files: [...thumbs, ...diffs].map((t) => ({ name: t.name, data: t.data })),
        message: `framecap thumbnails for #${number} (${ctx.workflow} / ${ctx.job}, run ${ctx.runId ?? 'local'})`,
      });
      const src = (name: string): string => rawFileUrl(ctx.serverUrl, owner, repo, published.commit, published.paths.get(name)!);
      images = thumbs.map((t) => ({ row: t.row, src: src(t.name) }));
      for (const d of diffs) diffImages.set(captureKey(d.row), src(d.name));
      io.info(`thumbnails: ${thumbs.length + diffs.length} committed to ${imagesBranch} (${published.commit.slice(0, 7)})`);
    } catch (err) {
      const why = isPermissionProblem(err)
        ? `the token may not write to ${imagesBranch} (needs contents: write)`
        : (err as Error).message;
      io.notice(`PR comment images skipped: ${why}`);
      imagesNote = 'Thumbnails could not be published; the screenshots are in the artifact.';
    }
  }

  const body = commentBody({ marker, job: outcome.job, rows, artifact, runUrl: runUrl(ctx), sha: ctx.sha, images, imagesNote, changes, baselineArtifact: baseline, diffImages });
  try {
    const posted = await upsertComment(gh, { owner, repo, issueNumber: number }, marker, body);
    io.info(`PR comment ${posted.action}: ${posted.url}`);
    return posted.url;
  } catch (err) {
    if (isPermissionProblem(err)) {
      io.notice(`PR comment skipped: the token may not comment on #${number} (needs pull-requests: write; pull requests from forks get a read-only token)`);
    } else {
      io.warning(`PR comment failed: ${(err as Error).message}`);
    }
    return null;
  }
}

/** Changed pages (most changed first), then new ones, then the rest. */
function changeRank(r: ManifestRow): number {
  if (r.change === 'changed') return 2 + (r.changed_share ?? 0);
  return r.change === 'new' ? 1 : 0;
}
