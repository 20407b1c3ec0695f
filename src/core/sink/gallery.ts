// index.html in every output: every capture with its URL and status, opened
// straight from the unzipped folder (relative links, no scripts, no network).
// A run with a baseline leads with what changed: changed pages (their diff,
// linking to the side-by-side), new pages, removed pages; then the rest.

import { escapeHtml } from '../../util/escape-html.ts';
import type { Manifest } from '../manifest.ts';
import type { ManifestRow } from '../types.ts';

export const GALLERY = 'index.html';

const escape = escapeHtml;

/** A relative link to a file in the output; each path segment is percent-encoded. */
const href = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

/** Links only to http(s) pages: a manifest URL is never turned into a javascript: link. */
const pageLink = (url: string): string =>
  /^https?:\/\//i.test(url) ? `<a href="${escape(url)}" rel="noreferrer">${escape(url)}</a>` : escape(url);

/** A page cut at --max-height or the format's largest image says how much of it the image shows. */
const cutNote = (c: ManifestRow): string =>
  c.cropped && c.cut_at !== undefined && c.full_height !== undefined ? ` · cut at ${c.cut_at} of ${c.full_height} px` : '';

/** --split: links to every part of the page, the first being the image shown. */
const partsNote = (c: ManifestRow): string =>
  c.parts ? ` · parts ${c.parts.map((p, i) => `<a href="${href(p.file)}" title="page ${p.y}–${p.y + p.page_height} px">${i + 1}</a>`).join(' ')}` : '';

/** Rows in order, those of one page (its variants, which the run writes side by side) together. */
function byPage(rows: ManifestRow[]): ManifestRow[][] {
  const groups = new Map<string, ManifestRow[]>();
  for (const row of rows) {
    const group = groups.get(row.url);
    if (group) group.push(row);
    else groups.set(row.url, [row]);
  }
  return [...groups.values()];
}

/** @param written names in the output, to show `<name>.thumb.<ext>` where a thumbnail was made. */
export function galleryHtml(manifest: Manifest, written: ReadonlySet<string> = new Set()): string {
  const { job, captures } = manifest;
  const { total, completed, failed } = job.progress;
  const failures = captures.filter((c) => c.status === 'failed');
  const shown = captures.filter((c) => c.status === 'ok' && c.file);
  const card = (c: ManifestRow, note = ''): string => {
    const thumb = c.file!.replace(/\.(\w+)$/, '.thumb.$1');
    const hasThumb = written.has(thumb);
    // MP4 and WebM play inline, muted and looping, the poster shown until they do; animated WebP and GIF play as images.
    const media = c.kind === 'video' && (c.format === 'mp4' || c.format === 'webm')
      ? `<video src="${href(c.file!)}"${c.poster ? ` poster="${href(c.poster)}"` : ''} muted loop autoplay playsinline preload="metadata" width="${c.width}" height="${c.height}" aria-label="${escape(c.url)}"></video>`
      : `<img loading="lazy" src="${href(hasThumb ? thumb : c.file!)}" alt="${escape(c.url)}" width="${c.width}" height="${c.height}">`;
    return `<figure><a href="${href(c.file!)}">${media}</a>
<figcaption>${pageLink(c.url)}<span>${note}${c.http_status ?? ''} · ${c.width}×${c.height} · ${Math.round((c.bytes ?? 0) / 1024)} KB${cutNote(c)}${partsNote(c)}</span></figcaption></figure>`;
  };
  const changes = manifest.changes;
  const changed = changes ? shown.filter((c) => c.change === 'changed') : [];
  const added = changes ? shown.filter((c) => c.change === 'new') : [];
  const rest = shown.filter((c) => !changes || (c.change !== 'changed' && c.change !== 'new'));
  const cards = byPage(rest).map((group) => {
    const one = (c: ManifestRow): string => card(c, `${c.variant ? `<b>${escape(c.variant)}</b> · ` : ''}${c.reused ? 'reused · ' : ''}`);
    if (group.length === 1 && !group[0]!.variant) return one(group[0]!);
    // A page's variants side by side, as wide as the page allows, each at its own proportions.
    return `<section class="page"><h3>${pageLink(group[0]!.url)}</h3><div class="variants">\n${group.map(one).join('\n')}\n</div></section>`;
  });
  const changedCards = changed.map((c) => {
    const image = c.diff ?? c.file!;
    const share = `${((c.changed_share ?? 0) * 100).toFixed(2)}% of pixels changed`;
    const links = [c.side_by_side ? `<a href="${href(c.side_by_side)}">side by side</a>` : '', `<a href="${href(c.file!)}">capture</a>`].filter(Boolean).join(' · ');
    return `<figure><a href="${href(c.side_by_side ?? image)}"><img loading="lazy" src="${href(image)}" alt="${escape(`changes on ${c.url}`)}"></a>
<figcaption>${pageLink(c.url)}<span>${share} · ${links}</span></figcaption></figure>`;
  });
  const removedRows = (changes?.removed ?? []).map((r) => `<tr><td>${pageLink(r.url)}</td><td>${escape(r.file ?? '')}</td></tr>`);
  const changeSections = changes ? `<p class="changes">Since the baseline ${escape(changes.baseline)}: ${changes.counts.changed} changed, ${changes.counts.new} new, ${changes.counts.removed} removed, ${changes.counts.unchanged} unchanged${changes.counts.reused ? ` (${changes.counts.reused} reused)` : ''}</p>
${changedCards.length ? `<h2>Changed</h2>\n<div class="grid">\n${changedCards.join('\n')}\n</div>` : ''}
${added.length ? `<h2>New</h2>\n<div class="grid">\n${added.map((c) => card(c)).join('\n')}\n</div>` : ''}
${removedRows.length ? `<h2>Removed</h2><table><tr><th>URL</th><th>file in the baseline</th></tr>\n${removedRows.join('\n')}\n</table>` : ''}
` : '';
  const failedRows = failures.map((c) =>
    `<tr><td>${pageLink(c.url)}${c.variant ? ` @${escape(c.variant)}` : ''}</td><td>${c.http_status ?? ''}</td><td>${escape(c.category ?? '')}</td><td>${escape(c.error ?? '')}</td></tr>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'">
<title>framecap · ${escape(job.status)} · ${completed}/${total}</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f5f6fa;color:#1d2433}
header{padding:24px 32px;background:#111827;color:#fff}header h1{margin:0 0 4px;font-size:20px}
header p{margin:0;color:#c7cbe0}.status-completed{color:#4ade80}.status-partial{color:#fbbf24}.status-failed{color:#f87171}
main{padding:24px 32px}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:20px}
figure{margin:0;background:#fff;border-radius:10px;box-shadow:0 1px 3px #0002;overflow:hidden}
figure img,figure video{display:block;width:100%;height:auto;background:#e5e7eb}
figcaption{padding:10px 12px;font-size:13px;word-break:break-all}figcaption span{display:block;color:#6b7280}
table{border-collapse:collapse;width:100%;background:#fff;margin-top:8px}td,th{border-bottom:1px solid #e5e7eb;padding:6px 10px;text-align:left;font-size:13px;vertical-align:top}
a{color:#4338ca}.changes{font-weight:600}
.page{grid-column:1/-1}.page h3{margin:0 0 8px;font-size:14px;font-weight:500;word-break:break-all}
.variants{display:flex;gap:16px;align-items:flex-start;overflow-x:auto}.variants figure{flex:1 1 0;min-width:160px}
</style></head><body>
<header><h1>framecap <span class="status-${escape(job.status)}">${escape(job.status)}</span></h1>
<p>${completed} of ${total} pages captured${failed ? `, ${failed} failed` : ''} · job ${escape(job.id)} · ${escape(job.completed_at ?? job.created_at)} · <a href="manifest.json" style="color:#a5b4fc">manifest.json</a></p></header>
<main>
${changeSections}${failedRows.length ? `<h2>Failed</h2><table><tr><th>URL</th><th>HTTP</th><th>category</th><th>error</th></tr>\n${failedRows.join('\n')}\n</table>` : ''}
<h2>Captures</h2>
<div class="grid">
${cards.join('\n')}
</div>
</main></body></html>
`;
}
