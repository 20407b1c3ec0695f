// `baseline: latest`: the previous run to compare with is the newest artifact
// of the same name that a run on the default branch uploaded. Found through
// the Actions REST API, downloaded to RUNNER_TEMP and handed to the core as
// a local path, like any other baseline.
//
// Every way of not finding one (first run, expired, a fork's token without
// `actions: read`) is a notice and a null: the run goes on without a
// baseline, every page new. Nothing here fails the step.

import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MAX_DOWNLOAD_BYTES, OUTPUT_ZIP_LIMITS } from '../core/output/limits.ts';
import { openZipReader } from '../util/zip-read.ts';
import type { GitHubClient } from './github.ts';
import { httpStatusOf, isPermissionProblem } from './github.ts';

export interface BaselineQuery {
  owner: string;
  repo: string;
  /** The artifact's name as the service keeps it: a ZIP output is uploaded as `<artifact-name>.zip`. */
  artifactName: string;
  /** From the event payload; null: asked from the API. */
  defaultBranch: string | null;
  /** Where the download is saved (RUNNER_TEMP). */
  tempDir: string;
  apiUrl: string;
  token: string;
}

/** The artifact a baseline came from, for the log and the summary. */
export interface BaselineArtifact {
  id: number;
  name: string;
  created_at: string;
  branch: string;
  run_id: number | null;
}

export interface FoundBaseline {
  /** A framecap ZIP (or a ZIP of an output folder) on the runner. */
  path: string;
  artifact: BaselineArtifact;
}

export interface BaselineLog {
  info(line: string): void;
  notice(line: string): void;
  warn(line: string): void;
}

/** Artifacts listed per page, and at most this many pages (a PR-heavy repository keeps many of one name). */
const PER_PAGE = 100;
const MAX_PAGES = 10;

/** Never throws: a baseline that cannot be had is a notice (or, for an unexpected error, a warning) and null. */
export async function latestBaseline(gh: GitHubClient, q: BaselineQuery, log: BaselineLog): Promise<FoundBaseline | null> {
  const without = (why: string): null => {
    log.notice(`baseline: latest: ${why}. This run has no baseline: every page counts as new.`);
    return null;
  };
  try {
    const branch = q.defaultBranch ?? (await gh.rest.repos.get({ owner: q.owner, repo: q.repo })).data.default_branch;
    const found = await newestOnBranch(gh, q, branch);
    if (!found) return without(`no unexpired artifact named "${q.artifactName}" from a run on ${branch} (the first run, or the last one expired)`);
    log.info(`baseline: artifact ${found.name} (id ${found.id}) from ${found.branch}, ${found.created_at}`);
    const path = await download(found, q);
    if (!path) return without(`artifact ${found.name} (id ${found.id}) is not a framecap output (no manifest.json, no single ZIP inside)`);
    return { path, artifact: found };
  } catch (err) {
    const status = httpStatusOf(err);
    if (status === 410) return without('the artifact expired before it could be downloaded');
    if (isPermissionProblem(err)) {
      return without(`the token may not read this repository's artifacts (HTTP ${status}; needs actions: read; pull requests from forks get no access)`);
    }
    log.warn(`baseline: latest: ${(err as Error).message}. This run has no baseline: every page counts as new.`);
    return null;
  }
}

async function newestOnBranch(gh: GitHubClient, q: BaselineQuery, branch: string): Promise<BaselineArtifact | null> {
  let best: BaselineArtifact | null = null;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await gh.rest.actions.listArtifactsForRepo({ owner: q.owner, repo: q.repo, name: q.artifactName, per_page: PER_PAGE, page });
    for (const a of data.artifacts) {
      // The name filter is the API's; checked again so a looser server cannot hand us another artifact.
      if (a.name !== q.artifactName || a.expired || a.workflow_run?.head_branch !== branch || !a.created_at) continue;
      if (a.expires_at && Date.parse(a.expires_at) <= Date.now()) continue;
      if (!best || Date.parse(a.created_at) > Date.parse(best.created_at)) {
        best = { id: a.id, name: a.name, created_at: a.created_at, branch, run_id: a.workflow_run?.id ?? null };
      }
    }
    if (data.artifacts.length < PER_PAGE) break;
  }
  return best;
}

/**
 * GET …/artifacts/{id}/zip answers with a redirect to blob storage. The
 * redirect is followed by hand so the token goes only to the API, and the
 * body streams to disk (a baseline can be gigabytes).
 */
async function download(artifact: BaselineArtifact, q: BaselineQuery): Promise<string | null> {
  const dir = join(q.tempDir, `framecap-baseline-${artifact.id}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const received = join(dir, 'download.zip');
  const api = await fetch(`${q.apiUrl}/repos/${q.owner}/${q.repo}/actions/artifacts/${artifact.id}/zip`, {
    redirect: 'manual',
    headers: { authorization: `Bearer ${q.token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'framecap' },
  });
  let body = api;
  if (api.status >= 300 && api.status < 400) {
    const location = api.headers.get('location');
    await api.body?.cancel();
    if (!location) throw new Error(`artifact ${artifact.id}: the API redirected without a location`);
    body = await fetch(new URL(location, q.apiUrl));
  }
  if (!body.ok || !body.body) {
    await body.body?.cancel();
    throw Object.assign(new Error(`artifact ${artifact.id} download answered HTTP ${body.status}`), { status: body.status });
  }
  await pipeline(Readable.fromWeb(body.body as import('node:stream/web').ReadableStream), createWriteStream(received));

  // Our ZIPs are uploaded with skipArchive, so the body is the ZIP itself; an
  // artifact uploaded the classic way arrives as a ZIP holding the ZIP.
  const path = join(dir, artifact.name.endsWith('.zip') ? artifact.name : `${artifact.name}.zip`);
  const zip = await openZipReader(received, ARTIFACT_LIMITS).catch((err: Error) => {
    throw new Error(`the downloaded artifact is not a readable ZIP: ${err.message}`);
  });
  let shape: 'output' | 'wrapped' | 'other';
  try {
    shape = zipShape(zip.names(), zip.skipped.length);
    if (shape === 'wrapped') await pipeline(await zip.stream(zip.names()[0]!), createWriteStream(path));
  } finally {
    zip.close();
  }
  if (shape === 'output') {
    await rename(received, path);
    return path;
  }
  await rm(shape === 'wrapped' ? received : dir, { recursive: true, force: true });
  return shape === 'wrapped' ? path : null;
}

/** The ZIP a wrapped artifact holds may be as big as any output we download. */
const ARTIFACT_LIMITS = { ...OUTPUT_ZIP_LIMITS, maxEntryBytes: MAX_DOWNLOAD_BYTES };

/** manifest.json at the root: a framecap output. One .zip entry and nothing else: a wrapped one. */
function zipShape(names: string[], unreadable: number): 'output' | 'wrapped' | 'other' {
  if (names.includes('manifest.json')) return 'output';
  if (names.length === 1 && unreadable === 0 && /\.zip$/i.test(names[0]!)) return 'wrapped';
  return 'other';
}
