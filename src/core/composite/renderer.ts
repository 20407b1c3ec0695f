// The responsive composite's render stage: each page rendered once per
// device, each at that device's viewport, scale and emulation, then arranged
// by the ResponsiveCompositor. To the run it is one more Renderer whose shot
// is the arranged image (the run frames it with device "none", which only
// encodes it), so runCapture's workers, retries, rows and sink are the same.
//
// One browser: the renderer keeps a context per profile (viewport, scale,
// emulation), so each device's pages reuse their own contexts. A target's
// devices are rendered one after the other, so at most `concurrency` pages
// load at once.

import { CaptureError, launchRenderer } from '../render/index.ts';
import type { Renderer, RendererHooks } from '../render/index.ts';
import type { RenderOptions } from '../options.ts';
import type { PlannedPage, Shot, Warn } from '../types.ts';
import type { CompositeDevice, ResponsiveCompositor } from './compose.ts';

/** What one device's pages are rendered as: the run's settings with the frame's viewport, scale and emulation. */
export function deviceRender(base: RenderOptions, device: CompositeDevice, userAgent: string | null): RenderOptions {
  const { viewport, scale, emulation } = device.compositor;
  return {
    ...base,
    ...(viewport ? { viewport } : {}),
    scale,
    userAgent: userAgent ?? emulation?.userAgent ?? null,
    isMobile: emulation?.isMobile ?? false,
    hasTouch: emulation?.hasTouch ?? false,
  };
}

/**
 * `base`: the run's render options; `userAgent`: the user's --user-agent
 * (null: each device's own). Closes what it started if a launch fails.
 */
export async function launchCompositeRenderer(
  composite: ResponsiveCompositor, base: RenderOptions, userAgent: string | null, warn: Warn, hooks: RendererHooks = {},
): Promise<Renderer> {
  const shared = await launchRenderer(base, warn, hooks);
  return {
    concurrency: shared.concurrency,
    browserVersion: shared.browserVersion,
    filterLists: shared.filterLists,
    get contextsOpened() {
      return shared.contextsOpened;
    },
    get missingFonts() {
      return shared.missingFonts;
    },
    async capture(target: PlannedPage, render?: RenderOptions): Promise<{ shot: Shot; attempts: number }> {
      const shots: Shot[] = [];
      let attempts = 0;
      for (const device of composite.devices) {
        try {
          const done = await shared.capture(target, deviceRender(render ?? base, device, userAgent));
          shots.push(done.shot);
          attempts = Math.max(attempts, done.attempts);
        } catch (err) {
          if (!(err instanceof CaptureError)) throw err;
          throw new CaptureError(`on ${device.id}: ${err.message}`, err.attempts, err.finalUrl, err.httpStatus, err.transient, err.category);
        }
      }
      // The back device's page stands for the page: its final URL, status, title and validators go in the row.
      const page = shots[0]!;
      const image = await composite.compose(shots, page.finalUrl);
      const { png, pixels, width, height } = image;
      return { shot: { ...page, png, pixels, width, height, fastPng: true }, attempts };
    },
    close: () => shared.close(),
  };
}
