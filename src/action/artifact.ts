// Uploads the run's output as one workflow artifact. A ZIP goes up as-is
// (skipArchive: no ZIP inside a ZIP); the artifact service then names the
// artifact after the file, so the file is linked under `<name>.zip` first.

import { DefaultArtifactClient } from '@actions/artifact';
import { copyFile, link, mkdtemp, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { listFiles } from '../util/list-files.ts';
import type { RunnerContext } from './context.ts';

export interface UploadedArtifact {
  id: number;
  name: string;
  size: number;
  /** The artifact's page (needs a signed-in user); null outside a known repository/run. */
  url: string | null;
}

export interface UploadRequest {
  output: { path: string; kind: 'zip' | 'dir' };
  name: string;
  retentionDays: number | null;
}

export interface UploadLog {
  info(line: string): void;
  notice(line: string): void;
  warn(line: string): void;
}

/** The artifact name when the input leaves it empty: the output's name, plus the shard. */
export function defaultArtifactName(outputPath: string, shard: { index: number; count: number } | null): string {
  const stem = basename(outputPath).replace(/\.zip$/i, '') || 'framecap';
  return shard ? `${stem}-${shard.index}-of-${shard.count}` : stem;
}

/** The name the artifact service keeps: a ZIP uploaded as-is is named after its file, `<name>.zip`. */
export function artifactServiceName(name: string, kind: 'zip' | 'dir'): string {
  return kind === 'zip' ? `${name}.zip` : name;
}

export function artifactUrl(ctx: RunnerContext, id: number): string | null {
  return ctx.repo && ctx.runId ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}/artifacts/${id}` : null;
}

/** Never throws: a failed upload is a warning, the captures stay on the runner. */
export async function uploadOutput(req: UploadRequest, ctx: RunnerContext, log: UploadLog): Promise<UploadedArtifact | null> {
  if (!ctx.canUploadArtifacts) {
    log.notice('artifact upload skipped: not running in a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)');
    return null;
  }
  const client = new DefaultArtifactClient();
  const options = req.retentionDays ? { retentionDays: req.retentionDays } : {};
  let staging: string | null = null;
  try {
    let uploaded: { id?: number; size?: number };
    let name: string;
    if (req.output.kind === 'zip') {
      const fileName = artifactServiceName(req.name, 'zip');
      let file = req.output.path;
      if (basename(file) !== fileName) {
        staging = await mkdtemp(join(ctx.tempDir, 'framecap-artifact-'));
        file = join(staging, fileName);
        await link(req.output.path, file).catch(() => copyFile(req.output.path, file));
      }
      name = fileName;
      uploaded = await client.uploadArtifact(fileName, [file], dirname(file), { ...options, skipArchive: true });
    } else {
      // A folder has no single file to keep as-is: the service zips its files.
      name = req.name;
      const files = await listFiles(req.output.path);
      uploaded = await client.uploadArtifact(name, files, req.output.path, options);
    }
    if (uploaded.id === undefined) throw new Error('the artifact service returned no artifact id');
    const url = artifactUrl(ctx, uploaded.id);
    log.info(`artifact ${name} uploaded (id ${uploaded.id}${url ? `, ${url}` : ''})`);
    return { id: uploaded.id, name, size: uploaded.size ?? 0, url };
  } catch (err) {
    log.warn(`artifact upload failed: ${(err as Error).message}. The captures are still on the runner at ${req.output.path}`);
    return null;
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}
