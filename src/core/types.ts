// The values that flow between pipeline stages:
// discover → DiscoveredUrl → plan → Target → render → Shot → frame → Capture → sink → ManifestRow.

import type { ImageFormat } from './options.ts';

/** Sink for non-fatal problems (skipped <loc>, capped file, ...). */
export type Warn = (message: string) => void;

export interface DiscoveredUrl {
  url: string;
  /** Sitemap <lastmod>, when valid ISO 8601. */
  lastmod?: string;
  /** Where it came from: the sitemap URL/path, 'argv', a file path, 'stdin'. */
  source: string;
}

/** A planned capture: a normalized URL and the safe file stem it is written under. */
export interface Target {
  /** 0-based position in the plan; rows in the manifest follow it. */
  index: number;
  url: string;
  /** Safe relative file stem, no extension, e.g. "docs/getting-started" or "index". */
  name: string;
  lastmod?: string;
}

/** A raw page screenshot from the browser, before framing. */
export interface Shot {
  /** PNG bytes at device pixels (viewport × scale). */
  png: Buffer;
  width: number;
  height: number;
  finalUrl: string;
  httpStatus: number | null;
  /** Page title, for frames that show one. */
  title: string;
}

/** A finished, encoded image ready for the sink. */
export interface Capture {
  data: Buffer;
  width: number;
  height: number;
  format: ImageFormat;
}

export type RowStatus = 'ok' | 'failed';

/** One row per planned URL in manifest.json; a failed URL is a row, never a gap. */
export interface ManifestRow {
  url: string;
  final_url: string | null;
  http_status: number | null;
  status: RowStatus;
  /** Path inside the ZIP/folder, null when failed. */
  file: string | null;
  width: number | null;
  height: number | null;
  format: ImageFormat | null;
  bytes: number | null;
  sha256: string | null;
  duration_ms: number;
  attempts: number;
  error: string | null;
}

/** Error with a message a user can act on; doors print it without a stack. */
export class UserError extends Error {
  override name = 'UserError';
}
