// The job summary: totals, timing, status and a table of pages. The runner
// refuses a step summary over 1 MiB, so the table stops well before that and
// points at the manifest in the artifact for the rest.

import type { Job } from '../core/job.ts';
import type { ChangeReport, ManifestRow } from '../core/types.ts';
import type { BaselineArtifact } from './baseline-artifact.ts';
import { changesSection } from './changes.ts';
import { cell, clip, formatBytes, formatDuration, pageLabel, runDurationMs, safeHref, statusMark } from './format.ts';

export interface SummaryInput {
  job: Job;
  rows: readonly ManifestRow[];
  /** Where the output is on the runner. */
  outputPath: string;
  manifestPath: string;
  artifact: { name: string; url: string | null; size: number } | null;
  /** 'merge' when the step merged shard outputs. */
  mode: 'capture' | 'merge';
  /** Bytes the summary may use; the default leaves room under the runner's 1 MiB. */
  maxBytes?: number;
  /** manifest.changes: when present the summary leads with what changed. */
  changes?: ChangeReport | null;
  /** The artifact `baseline: latest` compared with, and its page. */
  baselineArtifact?: { artifact: BaselineArtifact; url: string | null } | null;
}

export const SUMMARY_MAX_BYTES = 512 * 1024;
const MAX_FAILURES_LISTED = 50;

export function summaryMarkdown(input: SummaryInput): string {
  const { job, rows } = input;
  const budget = input.maxBytes ?? SUMMARY_MAX_BYTES;
  const { total, completed, failed } = job.progress;
  const ms = runDurationMs(job);
  const rate = ms && ms > 0 ? ` (${((completed + failed) / (ms / 60_000)).toFixed(1)} pages/min)` : '';
  const captured = rows.reduce((sum, r) => sum + (r.bytes ?? 0), 0);

  const head: string[] = [
    `## ${statusMark(job.status)} framecap: ${job.status}${input.mode === 'merge' ? ' (merged shards)' : ''}`,
    '',
  ];
  if (input.changes) {
    // At most a quarter of the budget: the page table and failures still fit after it.
    head.push(changesSection({
      changes: input.changes, rows, baselineArtifact: input.baselineArtifact ?? null, diffImages: new Map(), style: 'summary',
      maxListed: 100, budget: Math.floor(budget / 4), measure: byteLength,
    }));
  }
  head.push(
    `**${completed}** of **${total}** pages captured${failed ? `, **${failed}** failed` : ''}${ms !== null ? ` in ${formatDuration(ms)}${rate}` : ''}.`,
    '',
  );
  if (job.error) head.push(`> ${cell(clip(job.error, 500))}`, '');
  head.push(
    '| | |',
    '|---|---|',
    `| Status | ${job.status} |`,
    `| Pages | ${total} planned, ${completed} captured, ${failed} failed |`,
    `| Started | ${job.started_at ?? '—'} |`,
    `| Finished | ${job.completed_at ?? '—'} |`,
    `| Images | ${formatBytes(captured)} |`,
    `| Output | \`${cell(input.outputPath)}\` |`,
    `| Manifest | \`${cell(input.manifestPath)}\`${input.artifact ? ' (and `manifest.json` in the artifact)' : ''} |`,
    `| Artifact | ${input.artifact ? artifactLink(input.artifact) : 'not uploaded'} |`,
    `| Job | \`${job.id}\` |`,
    '',
  );

  const failures = rows.filter((r) => r.status === 'failed');
  if (failures.length > 0) {
    head.push(`### Failed pages (${failures.length})`, '');
    for (const r of failures.slice(0, MAX_FAILURES_LISTED)) {
      head.push(`- ${link(r.url)}: ${cell(clip(r.error ?? 'failed', 300))}`);
    }
    if (failures.length > MAX_FAILURES_LISTED) head.push(`- … and ${failures.length - MAX_FAILURES_LISTED} more in \`manifest.json\``);
    head.push('');
  }

  let text = head.join('\n');
  const tableHead = ['', `### Pages (${rows.length})`, '', '| | Page | HTTP | Size | File |', '|---|---|---|---|---|', ''].join('\n');
  const more = (n: number): string => `\n… ${n} more pages are listed in \`manifest.json\`${input.artifact ? ` in the ${artifactLink(input.artifact)}` : ''}.\n`;
  if (rows.length === 0 || byteLength(text + tableHead) > budget) return text;
  text += tableHead;
  let used = byteLength(text);
  // Room for the closing "… N more" line.
  const reserve = byteLength(more(rows.length)) + 16;
  for (let i = 0; i < rows.length; i++) {
    const line = `${tableRow(rows[i]!)}\n`;
    const size = byteLength(line);
    if (used + size + reserve > budget) return text + more(rows.length - i);
    text += line;
    used += size;
  }
  return text;
}

function tableRow(r: ManifestRow): string {
  const mark = r.status === 'ok' ? '✅' : '❌';
  const size = r.status === 'ok' && r.width && r.height ? `${r.width}×${r.height}, ${formatBytes(r.bytes ?? 0)}` : '';
  const file = r.file ? `\`${cell(r.file)}\`` : cell(clip(r.error ?? '', 120));
  return `| ${mark} | ${link(r.url)} | ${r.http_status ?? '—'} | ${size} | ${file} |`;
}

function link(url: string): string {
  const label = cell(clip(pageLabel(url), 100));
  const href = safeHref(url);
  return href ? `[${label}](${href.replace(/\)/g, '%29').replace(/\|/g, '%7C')})` : label;
}

function artifactLink(a: { name: string; url: string | null; size: number }): string {
  const label = `${cell(a.name)} (${formatBytes(a.size)})`;
  return a.url ? `[${label}](${a.url})` : label;
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');
