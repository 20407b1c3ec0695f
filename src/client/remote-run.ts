// Async mode, shared by the CLI and the Action: the same CaptureOptions a
// local run would use become one job on a queue server; this process
// submits it, waits, and downloads the ZIP to the output path.

import { resolve } from 'node:path';
import type { Job } from '../core/job.ts';
import type { CaptureOptions } from '../core/options.ts';
import { UserError } from '../core/types.ts';
import type { Manifest } from '../core/manifest.ts';
import { completeManifest } from '../core/output/manifest-check.ts';
import { openOutput } from '../core/output/open-output.ts';
import type { BatchBody, SitemapBody } from './jobs-client.ts';
import type { JobsClient } from './jobs-client.ts';
import { jobRequestFor } from './request-body.ts';

export interface RemoteRunOptions {
  pollTimeoutMs: number;
  /** For a URL file given as "-". */
  readStdin: () => Promise<string>;
  /** Relative output paths resolve against this. */
  cwd: string;
  signal?: AbortSignal;
}

export interface RemoteRunHooks {
  say(line: string): void;
  progress(job: Job): void;
}

export async function runRemote(
  options: CaptureOptions, client: JobsClient, run: RemoteRunOptions, hooks: RemoteRunHooks,
): Promise<{ job: Job; outputPath: string; manifest: Manifest | null }> {
  if (!/\.zip$/i.test(options.output.path)) throw new UserError('async mode downloads one ZIP: give an output path ending in .zip');
  if (!Number.isInteger(run.pollTimeoutMs) || run.pollTimeoutMs < 1_000) {
    throw new UserError('the poll timeout must be a whole number of milliseconds ≥ 1000');
  }
  const request = await jobRequestFor(options, run.readStdin);
  const submit = { ...(run.signal ? { signal: run.signal } : {}) };
  const submitted = request.path === '/v1/sitemap'
    ? await client.submitSitemap(request.body as unknown as SitemapBody, submit)
    : await client.submitBatch(request.body as unknown as BatchBody, submit);
  hooks.say(`submitted ${submitted.job_id}; waiting for the server to render it`);
  const job = await client.waitFor(submitted.job_id, {
    pollTimeoutMs: run.pollTimeoutMs,
    onProgress: hooks.progress,
    ...(run.signal ? { signal: run.signal } : {}),
  });
  const outputPath = resolve(run.cwd, options.output.path);
  if (job.status !== 'completed' && job.status !== 'partial') return { job, outputPath, manifest: null };
  const { bytes } = await client.download(job.id, outputPath);
  hooks.say(`downloaded ${outputPath} (${bytes} bytes)`);
  // Check what arrived before anything is published from it: a readable ZIP whose manifest is this job's.
  const output = await openOutput(outputPath);
  try {
    if (output.kind !== 'zip') throw new UserError(`the server's result saved to ${outputPath} is not a ZIP: the server returned the wrong result`);
    const manifest = completeManifest(output.manifest, output.label);
    if (manifest.job.id !== job.id) {
      throw new UserError(`the downloaded ZIP belongs to ${manifest.job.id}, not ${job.id}: the server returned the wrong result`);
    }
    return { job, outputPath, manifest };
  } finally {
    await output.close();
  }
}
