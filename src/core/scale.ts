// Which device scale factor a run renders at. The user's --scale always wins;
// without one a phone or tablet frame renders at its own (an iPhone-class
// phone 3×, a tablet 2×: its frame.json's emulation.deviceScaleFactor), so
// the shot has the density of the screen it is shown in. Browser windows and
// laptops have no scale of their own and keep the run's default, 1.

import type { RenderOptions, RenderSettings, ScaleChoice } from './options.ts';

export const DEFAULT_SCALE = 1;

/** `deviceScale`: the frame's own factor, or null when it has none (browser windows, laptops, 'none'). */
export function resolveScale(choice: ScaleChoice, deviceScale: number | null): number {
  if (choice !== 'device') return choice;
  return deviceScale ?? DEFAULT_SCALE;
}

/** RenderOptions at a decided scale: what the renderer takes. */
export function renderAt(render: RenderSettings, scale: number): RenderOptions {
  return { ...render, scale };
}

/** RenderOptions for a renderer driven without a frame (tests, library callers of launchRenderer): an unset scale is 1. */
export function renderWithoutFrame(render: RenderSettings): RenderOptions {
  return renderAt(render, resolveScale(render.scale, null));
}
