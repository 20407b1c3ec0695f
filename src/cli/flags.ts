// The capture command's flags, as data: commander's definitions, the help
// text, and the README's CLI reference all come from this one table.

import type { SettingName } from '../config/settings.ts';

export interface FlagSpec {
  setting: SettingName;
  /** commander syntax, e.g. "--viewport <WxH>" */
  flag: string;
  description: string;
  /** Shown in help; the real default lives in resolveSettings. */
  defaultText?: string;
  repeatable?: boolean;
  boolean?: boolean;
  group: 'Sources' | 'Selection' | 'Rendering' | 'Frame' | 'Output' | 'Changes' | 'Webhook';
}

export const CAPTURE_FLAGS: FlagSpec[] = [
  { group: 'Sources', setting: 'sitemap', flag: '--sitemap <url|path>', repeatable: true, description: 'sitemap URL or file: urlset, index, .gz, text, RSS or Atom' },
  { group: 'Sources', setting: 'site', flag: '--site <url>', repeatable: true, description: "site root: its robots.txt Sitemap: lines, then /sitemap.xml, /sitemap_index.xml" },
  { group: 'Sources', setting: 'url-file', flag: '--urls <file>', repeatable: true, description: 'file with one URL a line (# comments); "-" reads stdin' },

  { group: 'Selection', setting: 'include', flag: '--include <glob>', repeatable: true, description: 'only URL paths matching the glob, e.g. "/docs/**"' },
  { group: 'Selection', setting: 'exclude', flag: '--exclude <glob>', repeatable: true, description: 'skip URL paths matching the glob (wins over --include)' },
  { group: 'Selection', setting: 'limit', flag: '--limit <n>', description: 'capture at most n URLs (applied before --shard)' },
  { group: 'Selection', setting: 'shard', flag: '--shard <k/n>', description: 'capture only shard k of n (disjoint, together complete)' },
  { group: 'Selection', setting: 'per-pattern', flag: '--per-pattern <n>', description: 'capture at most n pages per URL template (e.g. 3 of all /blog/* posts), the first n in sitemap order' },
  { group: 'Selection', setting: 'max-urls', flag: '--max-urls <n>', defaultText: '100000', description: 'stop discovery after n URLs in all' },

  { group: 'Rendering', setting: 'viewport', flag: '--viewport <WxH>', defaultText: '1280x800', description: 'browser viewport in CSS pixels' },
  { group: 'Rendering', setting: 'scale', flag: '--scale <n>', defaultText: '1', description: 'device scale factor (2 for retina-sharp captures)' },
  { group: 'Rendering', setting: 'full-page', flag: '--full-page', boolean: true, description: 'capture the whole scrollable page, not just the viewport' },
  { group: 'Rendering', setting: 'wait-until', flag: '--wait-until <event>', defaultText: 'load', description: 'load | domcontentloaded | networkidle' },
  { group: 'Rendering', setting: 'wait-for', flag: '--wait-for <selector>', description: 'wait for this CSS selector to be visible before the shot' },
  { group: 'Rendering', setting: 'delay', flag: '--delay <ms>', defaultText: '0', description: 'extra wait before the shot' },
  { group: 'Rendering', setting: 'hide', flag: '--hide <selector>', repeatable: true, description: 'hide elements matching the selector (cookie banners, chat widgets)' },
  { group: 'Rendering', setting: 'color-scheme', flag: '--color-scheme <scheme>', defaultText: 'light', description: 'light | dark (prefers-color-scheme)' },
  { group: 'Rendering', setting: 'header', flag: '--header <"Name: value">', repeatable: true, description: "extra HTTP header on requests to the captured page's origin only (value kept secret)" },
  { group: 'Rendering', setting: 'cookie', flag: '--cookie <"name=value[; domain=d]">', repeatable: true, description: "cookie for the captured page's host only (value kept secret)" },
  { group: 'Rendering', setting: 'user-agent', flag: '--user-agent <ua>', description: "override the browser's user agent" },
  { group: 'Rendering', setting: 'timeout', flag: '--timeout <ms>', defaultText: '30000', description: 'time limit per page: navigation, waits and shot' },
  { group: 'Rendering', setting: 'retries', flag: '--retries <n>', defaultText: '2', description: 'retries for transient failures (timeouts, 5xx, crashes), with backoff' },
  { group: 'Rendering', setting: 'concurrency', flag: '--concurrency <n|auto>', defaultText: 'auto', description: 'pages rendered at once (auto: from cores and free memory)' },
  { group: 'Rendering', setting: 'lazy', flag: '--no-lazy', boolean: true, description: 'do not force lazy images to load or scroll full pages through before the shot' },
  { group: 'Rendering', setting: 'stable', flag: '--stable', boolean: true, description: 'shoot until two consecutive screenshots are identical (bounded)' },
  { group: 'Rendering', setting: 'dismiss-consent', flag: '--dismiss-consent', boolean: true, description: "opt out of cookie/consent banners (DuckDuckGo's autoconsent rules, offline)" },
  { group: 'Rendering', setting: 'block-ads', flag: '--block-ads', boolean: true, description: "block ads: EasyList's network and element-hiding rules (from the webext-ublock-origin-chromium package)" },
  { group: 'Rendering', setting: 'block-trackers', flag: '--block-trackers', boolean: true, description: 'block trackers: EasyPrivacy (from the webext-ublock-origin-chromium package)' },
  { group: 'Rendering', setting: 'filter-list', flag: '--filter-list <path>', repeatable: true, description: 'your own filter list (Adblock Plus syntax) instead of EasyList/EasyPrivacy; with --block-ads or --block-trackers' },
  { group: 'Rendering', setting: 'browser-path', flag: '--browser-path <path>', description: 'Chrome/Chromium executable (else CHROME_PATH, Playwright cache, PATH)' },

  { group: 'Frame', setting: 'device', flag: '--device <frame>', defaultText: 'browser-macos', description: 'frame to put each shot in; "none" for the plain screenshot (see `framecap devices`)' },
  { group: 'Frame', setting: 'theme', flag: '--theme <theme>', defaultText: 'light', description: 'frame theme: light | dark' },
  { group: 'Frame', setting: 'background', flag: '--background <preset|color>', defaultText: 'midnight', description: 'preset, CSS colour, "transparent", gradient ("#ff0080,#7928ca@135" or linear-gradient(…)), or image file' },
  { group: 'Frame', setting: 'padding', flag: '--padding <px>', defaultText: '64', description: 'space around the frame, CSS pixels' },
  { group: 'Frame', setting: 'radius', flag: '--radius <px>', defaultText: '12', description: 'window corner radius, CSS pixels' },
  { group: 'Frame', setting: 'shadow', flag: '--no-shadow', boolean: true, description: 'no drop shadow under the frame' },
  { group: 'Frame', setting: 'shadow-strength', flag: '--shadow-strength <0-3>', defaultText: '1', description: "multiply the frame's shadow opacity (0 none, 1 as designed)" },
  { group: 'Frame', setting: 'max-height', flag: '--max-height <px>', description: 'cut framed pages taller than this (CSS px; full-page shots), noted in the manifest' },
  { group: 'Frame', setting: 'title', flag: '--title <text>', description: 'text for the address bar instead of the page URL' },

  { group: 'Output', setting: 'output', flag: '-o, --output <path>', defaultText: 'framecap.zip', description: 'a .zip file, or a folder for loose files' },
  { group: 'Output', setting: 'format', flag: '--format <format>', defaultText: 'png', description: 'png | jpeg | webp | avif' },
  { group: 'Output', setting: 'quality', flag: '--quality <1-100>', defaultText: '90', description: 'jpeg/webp/avif quality' },
  { group: 'Output', setting: 'max-failures', flag: '--max-failures <n|n%>', description: 'the run fails when more URLs than this (a count or a percentage) fail' },
  { group: 'Output', setting: 'thumbnail', flag: '--thumbnail <px>', description: 'also write <name>.thumb.<ext>, this many pixels wide, per capture' },
  { group: 'Output', setting: 'fail-on', flag: '--fail-on <when>', defaultText: 'failed', description: 'exit 1 when the run is: partial (any URL failed) | failed (all failed) | never' },

  { group: 'Changes', setting: 'baseline', flag: '--baseline <zip|manifest|folder|url>', description: "a previous run's output to compare with: changes/ diff images, manifest.changes (see docs/incremental.md)" },
  { group: 'Changes', setting: 'incremental', flag: '--incremental', boolean: true, description: "skip pages unchanged since --baseline (sitemap lastmod, ETag/Last-Modified, HTML hash) and reuse their capture" },
  { group: 'Changes', setting: 'diff-threshold', flag: '--diff-threshold <0-1>', defaultText: '0.1', description: 'per-pixel colour difference that counts as changed (smaller is stricter)' },
  { group: 'Changes', setting: 'fail-on-change', flag: '--fail-on-change', boolean: true, description: 'exit 1 when any page is new, changed or removed since --baseline' },

  { group: 'Webhook', setting: 'webhook-url', flag: '--webhook-url <url>', description: 'POST a completion payload here when the run ends (see docs/webhooks.md)' },
  { group: 'Webhook', setting: 'webhook-secret', flag: '--webhook-secret <whsec_…>', description: 'sign deliveries the Standard Webhooks way (or env FRAMECAP_WEBHOOK_SECRET)' },
  { group: 'Webhook', setting: 'webhook-events', flag: '--webhook-events <list>', defaultText: 'completed,partial,failed,changed', description: 'which events to send: completed, partial, failed, progress, changed' },
  { group: 'Webhook', setting: 'webhook-header', flag: '--webhook-header <"Name: value">', repeatable: true, description: 'extra header on deliveries (value kept secret)' },
  { group: 'Webhook', setting: 'webhook-timeout', flag: '--webhook-timeout <ms>', defaultText: '60000', description: 'total time for a delivery, retries included' },
  { group: 'Webhook', setting: 'webhook-fail', flag: '--webhook-fail <mode>', defaultText: 'warn', description: 'warn | error: whether a failed delivery makes the run exit 1' },
  { group: 'Webhook', setting: 'webhook-progress-every', flag: '--webhook-progress-every <n>', description: 'also send a job.progress event every n finished pages' },
];
