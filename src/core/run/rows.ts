// The manifest rows a run writes, built from a target and what its page gave.

import { recipeDigest } from '../recipe.ts';
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

/** What a still's row says about how its page was shot. */
export function shotFields(shot: Shot, validators: PageValidators | null): Partial<ManifestRow> {
  return {
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
