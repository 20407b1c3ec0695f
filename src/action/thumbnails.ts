// Thumbnails for the PR comment. A comment can only show images it can load
// by URL, artifacts need a sign-in, and GITHUB_TOKEN cannot upload comment
// attachments: so small JPEGs are committed to a branch of their own through
// the Git Data API (no checkout, no git binary) and linked by commit.
//
// Layout of the branch: pr-<number>/<workflow-job>/<run>-<attempt>/NN-name.jpg.
// Each run replaces its PR's folder for that job, so only the latest run's
// thumbnails stay at the tip; older ones live on in history, which keeps
// earlier comment revisions loading.

import { sharp } from '../util/sharp.ts';
import { openOutput } from '../core/output/open-output.ts';
import type { FramecapOutput } from '../core/output/open-output.ts';
import { animatedThumbnail } from './animated-thumbnail.ts';
import { sha256Hex } from '../util/sha256.ts';
import type { ManifestRow } from '../core/types.ts';
import type { GitHubClient } from './github.ts';
import { httpStatusOf } from './github.ts';

export const THUMB_WIDTH = 480;
/** Full-page captures are cut here: the grid shows the top of the page. */
export const THUMB_MAX_HEIGHT = 600;
export const MAX_THUMBNAILS = 12;

export interface Thumbnail {
  row: ManifestRow;
  /** File name inside the run's folder, e.g. "01-docs~install@phone.jpg" (".gif" for a video; see thumbnailName). */
  name: string;
  data: Buffer;
}

/** The image a row's thumbnail is made from: a video's poster (sharp reads no MP4), else its capture. */
export function stillOf(row: ManifestRow): string | null | undefined {
  return row.kind === 'video' ? row.poster : row.file;
}

/**
 * JPEG thumbnails of the first `max` captured pages, read from the output
 * (ZIP or folder); a video's is an animated GIF of it (its poster's JPEG when
 * that cannot be made). `fileOf` picks another image of the row (e.g. its
 * diff), `prefix` keeps those names apart from the captures'.
 */
export async function makeThumbnails(
  outputPath: string, rows: readonly ManifestRow[], max = MAX_THUMBNAILS,
  fileOf: (row: ManifestRow) => string | null | undefined = stillOf, prefix = '',
): Promise<Thumbnail[]> {
  const picked = rows.filter((r) => r.status === 'ok' && fileOf(r)).slice(0, max);
  if (picked.length === 0) return [];
  const source = await openOutput(outputPath);
  const out: Thumbnail[] = [];
  try {
    for (const [i, row] of picked.entries()) {
      const animated = fileOf === stillOf && row.kind === 'video' ? await animatedOf(row, source) : null;
      if (animated) {
        out.push({ row, name: `${prefix}${thumbnailName(i, row.file!, 'gif')}`, data: animated });
        continue;
      }
      const file = fileOf(row)!;
      out.push({ row, name: `${prefix}${thumbnailName(i, file, 'jpg')}`, data: await thumbnail(await source.read(file)) });
    }
  } finally {
    await source.close();
  }
  return out;
}

export async function thumbnail(image: Buffer): Promise<Buffer> {
  const { width = THUMB_WIDTH, height = THUMB_WIDTH } = await sharp(image).metadata();
  const w = Math.min(THUMB_WIDTH, width);
  const h = Math.max(1, Math.round((height * w) / width));
  let pipeline = sharp(image).resize({ width: w, height: h, fit: 'fill' });
  if (h > THUMB_MAX_HEIGHT) pipeline = pipeline.extract({ left: 0, top: 0, width: w, height: THUMB_MAX_HEIGHT });
  return pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 75, mozjpeg: true }).toBuffer();
}

/** A video that cannot be turned into a GIF here (a broken file, no ffmpeg for MP4) still gets its poster. */
async function animatedOf(row: ManifestRow, source: FramecapOutput): Promise<Buffer | null> {
  try {
    return row.file ? await animatedThumbnail(row, await source.read(row.file), THUMB_WIDTH, THUMB_MAX_HEIGHT) : null;
  } catch {
    return null;
  }
}

const MAX_STEM = 80;

/**
 * "NN-<capture>.jpg" (".gif" for a video), one path segment on the images
 * branch. The stem is a one-to-one spelling of the capture's name, so two
 * captures never share a thumbnail name even without their place in the
 * grid: `a@phone` (page a, variant phone) stays apart from a page slugged
 * `a-phone`, and `docs/a` from `docs--a`. Folders become "~", every other
 * character outside [a-z0-9._@-] its UTF-8 bytes as %HH; a stem too long is
 * cut and ends in a hash of the whole name ("~" never appears there otherwise).
 */
export function thumbnailName(index: number, file: string, ext: 'jpg' | 'gif'): string {
  const name = file.replace(/\.[a-z0-9]+$/i, '');
  const spelled = [...name].map((c) => (/^[a-z0-9._@-]$/.test(c) ? c : c === '/' ? '~' : percentBytes(c))).join('');
  const stem = spelled.length <= MAX_STEM ? spelled : `${spelled.slice(0, MAX_STEM - 9)}~${sha256Hex(Buffer.from(name)).slice(0, 8)}`;
  return `${String(index + 1).padStart(2, '0')}-${stem || 'page'}.${ext}`;
}

function percentBytes(c: string): string {
  return [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

export interface PublishRequest {
  owner: string;
  repo: string;
  branch: string;
  /** Folder this PR and job own on the branch, e.g. "pr-12/CI-capture"; replaced whole. */
  folder: string;
  /** This run's subfolder, e.g. "4711-1". */
  run: string;
  files: Array<{ name: string; data: Buffer }>;
  message: string;
}

export interface Published {
  commit: string;
  /** Path of each file on the branch, by file name. */
  paths: Map<string, string>;
}

const ATTEMPTS = 4;

/** Commits the files to `branch` (created as an orphan when missing), retrying when another run moved the branch meanwhile. */
export async function publishThumbnails(gh: GitHubClient, req: PublishRequest): Promise<Published> {
  const { owner, repo } = req;
  const refPath = `heads/${req.branch}`;
  const blobs: string[] = [];
  for (const f of req.files) {
    const { data } = await gh.rest.git.createBlob({ owner, repo, content: f.data.toString('base64'), encoding: 'base64' });
    blobs.push(data.sha);
  }
  const runTree = await gh.rest.git.createTree({
    owner, repo,
    tree: req.files.map((f, i) => ({ path: f.name, mode: '100644' as const, type: 'blob' as const, sha: blobs[i]! })),
  });
  const folderTree = await gh.rest.git.createTree({
    owner, repo,
    tree: [{ path: req.run, mode: '040000', type: 'tree', sha: runTree.data.sha }],
  });
  const paths = new Map(req.files.map((f) => [f.name, `${req.folder}/${req.run}/${f.name}`]));

  for (let attempt = 1; ; attempt++) {
    const head = await branchHead(gh, owner, repo, refPath);
    const base = head ? (await gh.rest.git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha : undefined;
    const entries: Array<{ path: string; mode: '040000' | '100644'; type: 'tree' | 'blob'; sha?: string; content?: string }> = [
      { path: req.folder, mode: '040000', type: 'tree', sha: folderTree.data.sha },
    ];
    if (!head) entries.push({ path: 'README.md', mode: '100644', type: 'blob', content: BRANCH_README });
    const root = await gh.rest.git.createTree({ owner, repo, tree: entries, ...(base ? { base_tree: base } : {}) });
    const commit = await gh.rest.git.createCommit({ owner, repo, message: req.message, tree: root.data.sha, parents: head ? [head] : [] });
    try {
      if (head) {
        await gh.request(`PATCH /repos/{owner}/{repo}/git/refs/${refPath}`, { owner, repo, sha: commit.data.sha, force: false });
      } else {
        await gh.rest.git.createRef({ owner, repo, ref: `refs/${refPath}`, sha: commit.data.sha });
      }
      return { commit: commit.data.sha, paths };
    } catch (err) {
      // 422: the branch moved (or appeared) since we read it; build on the new tip.
      if (httpStatusOf(err) !== 422 || attempt >= ATTEMPTS) throw err;
    }
  }
}

async function branchHead(gh: GitHubClient, owner: string, repo: string, refPath: string): Promise<string | null> {
  try {
    const { data } = await gh.request(`GET /repos/{owner}/{repo}/git/ref/${refPath}`, { owner, repo });
    return (data as { object: { sha: string } }).object.sha;
  } catch (err) {
    if (httpStatusOf(err) === 404) return null;
    throw err;
  }
}

/** A URL the comment can load the file from: the repository's raw file at that commit. */
export function rawFileUrl(serverUrl: string, owner: string, repo: string, commit: string, path: string): string {
  return `${serverUrl}/${owner}/${repo}/raw/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

const BRANCH_README = `# framecap thumbnails

This branch holds the small preview images that framecap's pull request
comments show (one folder per pull request and job; each run replaces its
folder). It is written by the framecap Action through the API and is never
merged. Deleting it is safe: older comments then lose their images.
`;
