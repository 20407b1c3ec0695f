// What changed since the baseline, as the job summary and the PR comment
// lead with it, as step outputs, and as the reason fail-on-change fails the
// step. Everything here reads manifest.changes and the rows' change fields;
// a run without a baseline has no change report and none of this shows.

import type { Manifest } from '../core/manifest.ts';
import { captureKey } from '../core/types.ts';
import type { ChangeReport, ManifestRow } from '../core/types.ts';
import { changedPages, hasChanges } from '../notify/payload.ts';
import type { ChangedPage } from '../notify/payload.ts';
import type { BaselineArtifact } from './baseline-artifact.ts';
import { cell, clip, escapeHtml, pageLabel, safeHref } from './format.ts';

export interface ChangesSectionInput {
  changes: ChangeReport;
  rows: readonly ManifestRow[];
  /** The artifact `baseline: latest` used; null: show the report's own baseline. */
  baselineArtifact: { artifact: BaselineArtifact; url: string | null } | null;
  /** Diff thumbnails the comment can load, by page URL; empty: the diff's path in the output. */
  diffImages: ReadonlyMap<string, string>;
  /** 'summary' uses headings, 'comment' bold lines (it already has a heading). */
  style: 'summary' | 'comment';
  /** Most entries listed per list (changed, new, removed). */
  maxListed: number;
  /** Size the section may take, in the caller's unit (bytes for the summary, characters for the comment). */
  budget: number;
  measure: (s: string) => number;
}

/** "**2** changed · **1** new · **1** removed · 17 unchanged (12 reused, not rendered)". */
export function countsLine(changes: ChangeReport): string {
  const { counts } = changes;
  const parts = [`**${counts.changed}** changed`, `**${counts.new}** new`, `**${counts.removed}** removed`, `${counts.unchanged} unchanged`];
  return `${parts.join(' · ')}${counts.reused > 0 ? ` (${counts.reused} reused, not rendered)` : ''}`;
}

/** The section that leads the summary and the comment; never larger than input.budget. */
export function changesSection(input: ChangesSectionInput): string {
  const { changes, style } = input;
  const h = (title: string): string => (style === 'summary' ? `#### ${title}` : `**${title}**`);
  const head: string[] = [
    style === 'summary' ? '### Changes since the baseline' : '**Changes since the baseline**',
    '',
    hasChanges(changes) ? countsLine(changes) : `No visual changes: ${countsLine(changes)}.`,
    '',
    `<sub>Baseline: ${baselineText(input)}</sub>`,
    '',
  ];
  let text = head.join('\n');
  if (input.measure(text) > input.budget) return '';

  const pages = changedPages(input.rows);
  const changed = pages.filter((p) => p.change === 'changed');
  const added = pages.filter((p) => p.change === 'new');
  const withImages = input.diffImages.size > 0;

  const lists: Array<{ title: string; total: number; open: string[]; lines: string[] }> = [
    {
      title: `Changed pages (${changes.counts.changed})`,
      total: changed.length,
      open: withImages ? ['| Changed | Page | Diff |', '|---|---|---|'] : ['| Changed | Page | Diff image |', '|---|---|---|'],
      lines: changed.map((p) => `| ${share(p.changed_share)} | ${pageLink(p)} | ${diffCell(p, input.diffImages)} |`),
    },
    { title: `New pages (${changes.counts.new})`, total: added.length, open: [], lines: added.map((p) => `- ${pageLink(p)}`) },
    {
      title: `Removed pages (${changes.counts.removed})`,
      total: changes.removed.length,
      open: [],
      lines: changes.removed.map((r) => `- ${link(r.url)}`),
    },
  ];
  for (const list of lists) {
    if (list.total === 0) continue;
    const opening = [h(list.title), '', ...list.open].join('\n') + '\n';
    const more = (n: number): string => `${list.open.length > 0 ? '\n' : ''}- … and ${n} more in \`manifest.json\`\n`;
    if (input.measure(text + opening + more(list.total)) > input.budget) break;
    text += opening;
    let shown = 0;
    for (const line of list.lines.slice(0, input.maxListed)) {
      const next = `${line}\n`;
      if (input.measure(text + next + more(list.total)) > input.budget) break;
      text += next;
      shown++;
    }
    if (shown < list.total) text += more(list.total - shown);
    text += '\n';
  }
  return text;
}

function baselineText(input: ChangesSectionInput): string {
  const found = input.baselineArtifact;
  if (found) {
    const { artifact, url } = found;
    const name = cell(artifact.name);
    return `artifact ${url ? `[${name}](${url})` : `\`${name}\``} from \`${cell(artifact.branch)}\`, ${cell(artifact.created_at)}`;
  }
  const href = safeHref(input.changes.baseline);
  return href ? `[${cell(clip(input.changes.baseline, 120))}](${escapeLink(href)})` : `\`${cell(clip(input.changes.baseline, 200))}\``;
}

/** `images` is keyed by captureKey: with variants a page has a diff per variant. */
function diffCell(page: ChangedPage, images: ReadonlyMap<string, string>): string {
  const src = images.get(captureKey(page));
  if (src) return `<img src="${escapeHtml(src)}" width="240" alt="diff of ${escapeHtml(clip(pageLabel(page.url), 60))}${page.variant ? ` @${escapeHtml(page.variant)}` : ''}">`;
  return page.diff ? `\`${cell(clip(page.diff, 160))}\`` : '—';
}

/** The page's link, and which variant of it this row is. */
function pageLink(page: ChangedPage): string {
  return page.variant ? `${link(page.url)} @${cell(page.variant)}` : link(page.url);
}

/** 0.184 → "18.4%"; a change too small to round to 0.1% still reads as a change. */
export function share(value: number | null): string {
  if (value === null) return '—';
  const pct = value * 100;
  return pct > 0 && pct < 0.1 ? '<0.1%' : `${pct.toFixed(1)}%`;
}

function link(url: string): string {
  const label = cell(clip(pageLabel(url), 100));
  const href = safeHref(url);
  // A link longer than any sane page address would eat the budget: the label alone says enough.
  return href && href.length <= 2_000 ? `[${label}](${escapeLink(href)})` : label;
}

const escapeLink = (href: string): string => href.replace(/\)/g, '%29').replace(/\|/g, '%7C');

/** The step outputs of the comparison. Without a change report every captured page counts as new. */
export function changeOutputs(manifest: Pick<Manifest, 'changes' | 'captures'>): Record<string, string> {
  const c = manifest.changes;
  if (!c) {
    const captured = manifest.captures.filter((r) => r.status === 'ok').length;
    return { 'changed-count': '0', 'new-count': String(captured), 'removed-count': '0', 'unchanged-count': '0', 'reused-count': '0', 'changes-json': '' };
  }
  return {
    'changed-count': String(c.counts.changed),
    'new-count': String(c.counts.new),
    'removed-count': String(c.counts.removed),
    'unchanged-count': String(c.counts.unchanged),
    'reused-count': String(c.counts.reused),
    'changes-json': JSON.stringify(c),
  };
}

/** Why fail-on-change fails the step, or null. No baseline, nothing to compare: never a failure. */
export function changeFailure(changes: ChangeReport | null | undefined, rows: readonly ManifestRow[], failOnChange: boolean): string | null {
  if (!failOnChange || !hasChanges(changes)) return null;
  const { counts } = changes;
  const named = [...changedPages(rows).map((p) => p.url), ...changes.removed.map((r) => r.url)].slice(0, 5).map((u) => pageLabel(u));
  const total = counts.changed + counts.new + counts.removed;
  const examples = named.length > 0 ? `: ${named.join(', ')}${total > named.length ? ', …' : ''}` : '';
  return `framecap: ${counts.changed} changed, ${counts.new} new, ${counts.removed} removed since the baseline (fail-on-change)${examples}`;
}
