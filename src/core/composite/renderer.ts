// The responsive composite's render stage: each page rendered once per
// device, each at that device's viewport, scale and emulation, then arranged
// by the ResponsiveCompositor. To the run it is one more Renderer whose shot
// is the arranged image (the run frames it with device "none", which only
// encodes it), so runCapture's workers, retries, rows and sink are the same.
//
// Known cost, until the renderer can hold several profiles in one browser:
// one launchRenderer, so one Chromium, per device. Pages of a target are
// rendered one device after the other, so at most `concurrency` pages load at
// once in all the browsers together.

import { CaptureError, launchRenderer } from '../render/index.ts';
import type { Renderer, RendererHooks } from '../render/index.ts';
import type { RenderOptions } from '../options.ts';
import type { Shot, Target, Warn } from '../types.ts';
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
  const renderers: Renderer[] = [];
  try {
    for (const device of composite.devices) renderers.push(await launchRenderer(deviceRender(base, device, userAgent), warn, hooks));
  } catch (err) {
    await Promise.all(renderers.map((r) => r.close()));
    throw err;
  }
  const first = renderers[0]!;
  return {
    concurrency: first.concurrency,
    browserVersion: first.browserVersion,
    filterLists: first.filterLists,
    missingFonts: Promise.all(renderers.map((r) => r.missingFonts)).then((all) => [...new Set(all.flat())]),
    async capture(target: Target): Promise<{ shot: Shot; attempts: number }> {
      const shots: Shot[] = [];
      let attempts = 0;
      for (const [i, renderer] of renderers.entries()) {
        const id = composite.devices[i]!.id;
        try {
          const done = await renderer.capture(target);
          shots.push(done.shot);
          attempts = Math.max(attempts, done.attempts);
        } catch (err) {
          if (!(err instanceof CaptureError)) throw err;
          throw new CaptureError(`on ${id}: ${err.message}`, err.attempts, err.finalUrl, err.httpStatus, err.transient, err.category);
        }
      }
      // The back device's page stands for the page: its final URL, status, title and validators go in the row.
      const page = shots[0]!;
      const image = await composite.compose(shots, page.finalUrl);
      const { png, pixels, width, height } = image;
      return { shot: { ...page, png, pixels, width, height, fastPng: true }, attempts };
    },
    async close(): Promise<void> {
      await Promise.all(renderers.map((r) => r.close()));
    },
  };
}
