// The responsive composite's render stage: a page rendered once per device,
// each at that device's viewport, scale and emulation, then arranged by the
// ResponsiveCompositor. To the run it is one more way to get a target's shot
// (the arranged image, which the recipe's compositor with device "none" only
// encodes), so runCapture's workers, retries, rows and sink are the same
// whether the composite is the run's or one rule's or variant's.
//
// One browser: the renderer keeps a context per profile (viewport, scale,
// emulation), so each device's pages reuse their own contexts. A target's
// devices are rendered one after the other, so at most `concurrency` pages
// load at once.

import { CaptureError } from '../render/index.ts';
import type { Renderer } from '../render/index.ts';
import type { RenderOptions } from '../options.ts';
import type { PlannedPage, Shot } from '../types.ts';
import type { CompositeDevice, ResponsiveCompositor } from './compose.ts';

/**
 * What one device's pages are rendered as: the target's settings with the frame's viewport, scale and emulation.
 * `base.userAgent` is the user's --user-agent (null: each device's own).
 */
export function deviceRender(base: RenderOptions, device: CompositeDevice): RenderOptions {
  const { viewport, scale, emulation } = device.compositor;
  return {
    ...base,
    ...(viewport ? { viewport } : {}),
    scale,
    userAgent: base.userAgent ?? emulation?.userAgent ?? null,
    isMobile: emulation?.isMobile ?? false,
    hasTouch: emulation?.hasTouch ?? false,
  };
}

/**
 * The target on every device of the composite, arranged into one shot.
 * Throws the CaptureError of the first device that fails, naming it.
 */
export async function captureComposite(
  renderer: Renderer, composite: ResponsiveCompositor, target: PlannedPage, render: RenderOptions,
): Promise<{ shot: Shot; attempts: number }> {
  const shots: Shot[] = [];
  let attempts = 0;
  for (const device of composite.devices) {
    try {
      const done = await renderer.capture(target, deviceRender(render, device));
      shots.push(done.shot);
      attempts = Math.max(attempts, done.attempts);
    } catch (err) {
      if (!(err instanceof CaptureError)) throw err;
      throw new CaptureError(`on ${device.id}: ${err.message}`, err);
    }
  }
  // The back device's page stands for the page: its final URL, status, title and validators go in the row.
  const page = shots[0]!;
  const image = await composite.compose(shots, page.finalUrl);
  const { png, pixels, width, height } = image;
  return { shot: { ...page, png, pixels, width, height, fastPng: true }, attempts };
}
