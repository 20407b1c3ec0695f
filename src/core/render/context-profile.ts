// What a BrowserContext is made for. Pages whose settings differ only in
// waits, hiding or the frame share a context; a different viewport, scale,
// colour scheme, mobile/touch emulation, user agent, time zone, locale,
// geolocation, JavaScript or reduced motion needs a new one (Playwright fixes
// them when the context is created; context-options.ts makes it from the
// same settings). The pool keeps each slot's context for as long as its
// targets keep the same profile. The emulation settings may differ per page
// (page rules and variants), so two pages with different time zones never
// share a context.
// The proxy is the browser's (launch.ts) and the storage state is the pool's
// (pool.ts renews a context when a login changes it), so neither is here.

import type { ColorScheme, RenderOptions, Viewport } from '../options.ts';

export interface ContextProfile {
  readonly viewport: Viewport;
  readonly scale: number;
  readonly colorScheme: ColorScheme;
  readonly isMobile: boolean;
  readonly hasTouch: boolean;
  readonly userAgent: string | null;
  readonly timezone: string | null;
  readonly locale: string | null;
  readonly geolocation: { readonly latitude: number; readonly longitude: number } | null;
  readonly javaScript: boolean;
  readonly reducedMotion: boolean;
  /** Equal profiles have equal keys. */
  readonly key: string;
}

export function contextProfile(render: RenderOptions): ContextProfile {
  const e = render.emulation ?? {};
  const fields = {
    viewport: { width: render.viewport.width, height: render.viewport.height },
    scale: render.scale,
    colorScheme: render.colorScheme,
    isMobile: render.isMobile === true,
    hasTouch: render.hasTouch === true,
    userAgent: render.userAgent,
    timezone: e.timezone ?? null,
    locale: e.locale ?? null,
    geolocation: e.geolocation ? { latitude: e.geolocation.latitude, longitude: e.geolocation.longitude } : null,
    javaScript: e.javaScript !== false,
    reducedMotion: e.reducedMotion !== false,
  };
  return { ...fields, key: JSON.stringify(fields) };
}
