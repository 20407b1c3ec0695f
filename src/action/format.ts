// Small text helpers shared by the job summary and the PR comment.

import type { Job } from '../core/job.ts';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${s % 60}s`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}

/** Wall time of a finished run, from its Job document. */
export function runDurationMs(job: Job): number | null {
  if (!job.started_at || !job.completed_at) return null;
  const ms = Date.parse(job.completed_at) - Date.parse(job.started_at);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

export function statusMark(status: Job['status']): string {
  return status === 'completed' ? '✅' : status === 'partial' ? '⚠️' : '❌';
}

import { escapeHtml } from '../util/escape-html.ts';

export { escapeHtml };

/** Text in a Markdown table cell: no pipes, no line breaks, no HTML. */
export function cell(s: string): string {
  return escapeHtml(s).replace(/\|/g, '&#124;').replace(/[\r\n]+/g, ' ');
}

/** A short label for a page: its path (and query), or the URL when it does not parse. */
export function pageLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}` || '/';
  } catch {
    return url;
  }
}

/** Only http(s) URLs become links: a row's URL is text from a sitemap. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
