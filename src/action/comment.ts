// The sticky PR comment: one per workflow and job, found again by a hidden
// marker and updated in place, so a PR that is pushed to ten times has one
// framecap comment showing the latest run.

import type { Job } from '../core/job.ts';
import type { ChangeReport, ManifestRow } from '../core/types.ts';
import type { BaselineArtifact } from './baseline-artifact.ts';
import { changesSection } from './changes.ts';
import { cell, clip, escapeHtml, formatBytes, formatDuration, pageLabel, runDurationMs, safeHref, statusMark } from './format.ts';
import type { GitHubClient } from './github.ts';

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_MAX_CHARS = 60_000;
const GRID_COLUMNS = 3;
const MAX_FAILURES_LISTED = 20;

/** `<workflow>:<job>`, with anything that could end an HTML comment replaced. */
export function commentKey(workflow: string, job: string): string {
  const clean = (s: string): string => s.replace(/[^A-Za-z0-9 ._/()-]/g, '_').replace(/-{2,}/g, '-').trim().slice(0, 100) || '_';
  return `${clean(workflow)}:${clean(job)}`;
}

/** The hidden marker that finds this workflow and job's comment again: `<!-- framecap:<workflow>:<job> -->`. */
export function commentMarker(workflow: string, job: string): string {
  return `<!-- framecap:${commentKey(workflow, job)} -->`;
}

export interface CommentImage {
  row: ManifestRow;
  /** Where the comment loads the thumbnail from. */
  src: string;
}

export interface CommentInput {
  marker: string;
  job: Job;
  rows: readonly ManifestRow[];
  artifact: { name: string; url: string | null; size: number } | null;
  runUrl: string | null;
  sha: string | null;
  images: CommentImage[];
  /** Why there are no images, shown in small print (e.g. "set comment-images-branch"). */
  imagesNote: string | null;
  /** manifest.changes: when present the comment leads with what changed. */
  changes?: ChangeReport | null;
  baselineArtifact?: { artifact: BaselineArtifact; url: string | null } | null;
  /** Diff thumbnails by page URL, when comment images are on. */
  diffImages?: ReadonlyMap<string, string>;
}

/** The changes section's share of the comment: the page table and images still fit after it. */
const CHANGES_MAX_CHARS = 24_000;

export function commentBody(input: CommentInput): string {
  const { job, rows } = input;
  const { total, completed, failed } = job.progress;
  const ms = runDurationMs(job);
  const facts = [job.status, ms !== null ? formatDuration(ms) : null, input.sha ? `commit ${input.sha.slice(0, 7)}` : null, input.runUrl ? `[run](${input.runUrl})` : null]
    .filter((f): f is string => f !== null);
  const parts: string[] = [
    input.marker,
    `### ${statusMark(job.status)} framecap: ${completed} of ${total} pages captured${failed ? `, ${failed} failed` : ''}`,
    `<sub>${facts.join(' · ')}</sub>`,
    '',
  ];
  if (input.changes) {
    parts.push(changesSection({
      changes: input.changes, rows, baselineArtifact: input.baselineArtifact ?? null, diffImages: input.diffImages ?? new Map(), style: 'comment',
      maxListed: 40, budget: CHANGES_MAX_CHARS, measure: (s) => s.length,
    }));
  }
  if (input.artifact?.url) {
    parts.push(`**[Download the screenshots](${input.artifact.url})** (${cell(input.artifact.name)}, ${formatBytes(input.artifact.size)}; GitHub sign-in needed)`, '');
  } else if (input.artifact) {
    parts.push(`Screenshots: artifact \`${cell(input.artifact.name)}\` of this run.`, '');
  }
  if (job.error) parts.push(`> ${cell(clip(job.error, 500))}`, '');

  const failures = rows.filter((r) => r.status === 'failed');
  if (failures.length > 0) {
    parts.push(`**Failed pages (${failures.length})**`, '');
    for (const r of failures.slice(0, MAX_FAILURES_LISTED)) parts.push(`- ${link(r.url)}: ${cell(clip(r.error ?? 'failed', 200))}`);
    if (failures.length > MAX_FAILURES_LISTED) parts.push(`- … and ${failures.length - MAX_FAILURES_LISTED} more in \`manifest.json\``);
    parts.push('');
  }

  if (input.images.length > 0) parts.push(grid(input.images), '');
  if (input.imagesNote) parts.push(`<sub>${escapeHtml(input.imagesNote)}</sub>`, '');

  let text = parts.join('\n');
  if (rows.length === 0) return text;
  const open = input.images.length > 0 ? `<details><summary>All pages (${rows.length})</summary>\n\n` : `**Pages (${rows.length})**\n\n`;
  const close = input.images.length > 0 ? '\n</details>\n' : '\n';
  text += `${open}| | Page | HTTP | Size |\n|---|---|---|---|\n`;
  for (let i = 0; i < rows.length; i++) {
    const line = `${tableRow(rows[i]!)}\n`;
    if (text.length + line.length + close.length + 200 > COMMENT_MAX_CHARS) {
      text += `\n… ${rows.length - i} more pages in \`manifest.json\`${input.artifact ? ' in the artifact' : ''}.\n`;
      break;
    }
    text += line;
  }
  return text + close;
}

function grid(images: CommentImage[]): string {
  const cells = images.map(({ row, src }) => {
    const label = escapeHtml(clip(pageLabel(row.url), 60));
    const img = `<img src="${escapeHtml(src)}" width="260" alt="${label}">`;
    const href = safeHref(row.url);
    return `<td align="center" valign="top">${href ? `<a href="${escapeHtml(href)}">${img}</a>` : img}<br><sub>${label}</sub></td>`;
  });
  const lines = ['<table>'];
  for (let i = 0; i < cells.length; i += GRID_COLUMNS) lines.push(`<tr>${cells.slice(i, i + GRID_COLUMNS).join('')}</tr>`);
  lines.push('</table>');
  return lines.join('\n');
}

function tableRow(r: ManifestRow): string {
  const mark = r.status === 'ok' ? '✅' : '❌';
  const size = r.status === 'ok' && r.width && r.height ? `${r.width}×${r.height}, ${formatBytes(r.bytes ?? 0)}` : cell(clip(r.error ?? '', 80));
  return `| ${mark} | ${link(r.url)} | ${r.http_status ?? '—'} | ${size} |`;
}

function link(url: string): string {
  const label = cell(clip(pageLabel(url), 80));
  const href = safeHref(url);
  return href ? `[${label}](${href.replace(/\)/g, '%29').replace(/\|/g, '%7C')})` : label;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface PostedComment {
  id: number;
  url: string;
  action: 'created' | 'updated';
}

/** Updates the comment that carries `marker`, or creates one. */
export async function upsertComment(gh: GitHubClient, target: CommentTarget, marker: string, body: string): Promise<PostedComment> {
  const { owner, repo, issueNumber } = target;
  const comments = await gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const earlier = comments.find((c) => c.body?.includes(marker));
  if (earlier) {
    const { data } = await gh.rest.issues.updateComment({ owner, repo, comment_id: earlier.id, body });
    return { id: data.id, url: data.html_url, action: 'updated' };
  }
  const { data } = await gh.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { id: data.id, url: data.html_url, action: 'created' };
}
