// What a BrowserContext is made for. Pages whose settings differ only in
// waits, hiding or the frame share a context; a different viewport, scale,
// colour scheme, mobile/touch emulation or user agent needs a new one
// (Playwright fixes them when the context is created). The pool keeps each
// slot's context for as long as its targets keep the same profile.

import type { ColorScheme, RenderOptions, Viewport } from '../options.ts';

export interface ContextProfile {
  readonly viewport: Viewport;
  readonly scale: number;
  readonly colorScheme: ColorScheme;
  readonly isMobile: boolean;
  readonly hasTouch: boolean;
  readonly userAgent: string | null;
  /** Equal profiles have equal keys. */
  readonly key: string;
}

export function contextProfile(render: RenderOptions): ContextProfile {
  const fields = {
    viewport: { width: render.viewport.width, height: render.viewport.height },
    scale: render.scale,
    colorScheme: render.colorScheme,
    isMobile: render.isMobile === true,
    hasTouch: render.hasTouch === true,
    userAgent: render.userAgent,
  };
  return { ...fields, key: JSON.stringify(fields) };
}
