// The manifest rows a run writes, built from a target and what its page gave.

import { recipeDigest } from '../recipe.ts';
import type { PageCut } from '../frame/limits.ts';
import type { ManifestRow, PageValidators, Shot, Target } from '../types.ts';

/** The row's variant, the rules that matched and a composite's devices, when there are any. */
export function recipeFields(target: Target): Pick<ManifestRow, 'variant' | 'rules' | 'recipe' | 'composite'> {
  const digest = recipeDigest(target);
  const { composite } = target.recipe.frame;
  return {
    ...(target.variant !== null ? { variant: target.variant } : {}),
    ...(target.rules.length > 0 ? { rules: [...target.rules] } : {}),
    ...(digest !== null ? { recipe: digest } : {}),
    ...(composite.layout === 'responsive' ? { composite: [...composite.devices] } : {}),
  };
}

/** The file fields of an `ok` row: one image, the first of its parts, or a video and its poster. */
export type WrittenFields = Pick<ManifestRow, 'file' | 'width' | 'height' | 'format' | 'bytes' | 'sha256'> & Partial<ManifestRow>;

/** How one target's capture went, beside what it wrote. */
export interface OkCapture {
  /** Still: `cut` is where --max-height (or the format) cut the page. A video says its own cut in `video_cut`. */
  kind: { still: true; cut: PageCut | null } | { still: false };
  durationMs: number;
  attempts: number;
}

/**
 * The row of a captured target. One builder, so a still, a split still and a
 * video list the same fields in the same order, the blocker's counts
 * (blocked_requests, hidden_elements) included: a video is recorded on the
 * page the blocker prepared, as a still is shot on it.
 */
export function okRow(target: Target, shot: Shot, written: WrittenFields, how: OkCapture): ManifestRow {
  const validators = validatorsOf(target, shot);
  const cut = how.kind.still ? how.kind.cut : null;
  return {
    url: target.url, ...recipeFields(target), final_url: shot.finalUrl, http_status: shot.httpStatus, status: 'ok', ...written,
    duration_ms: how.durationMs, attempts: how.attempts, error: null,
    ...(cut ? { cropped: true as const, cut_at: cut.shown, full_height: cut.full } : {}),
    ...(shot.readinessTimeouts?.length ? { readiness_timeouts: shot.readinessTimeouts } : {}),
    ...(shot.consent ? { consent: shot.consent } : {}),
    ...(validators ? { validators } : {}),
    ...(shot.blocking ? { blocked_requests: shot.blocking.blockedRequests, hidden_elements: shot.blocking.hiddenElements } : {}),
  };
}

/** What the next incremental run compares: the sitemap's lastmod and what the page's server said. */
export function validatorsOf(target: Target, shot: Shot): PageValidators | null {
  const out: PageValidators = { ...(target.lastmod !== undefined ? { lastmod: target.lastmod } : {}), ...shot.document };
  return Object.keys(out).length > 0 ? out : null;
}

export function failedRow(
  target: Target, error: string, durationMs: number, attempts: number,
  finalUrl: string | null = null, httpStatus: number | null = null,
): ManifestRow {
  return {
    url: target.url,
    ...recipeFields(target),
    final_url: finalUrl,
    http_status: httpStatus,
    status: 'failed',
    file: null,
    width: null,
    height: null,
    format: null,
    bytes: null,
    sha256: null,
    duration_ms: durationMs,
    attempts,
    error,
  };
}

export function interruptedMessage(fatal: Error | null): string {
  return fatal ? `not captured: the run stopped (${fatal.message})` : 'not captured: the run was interrupted';
}
