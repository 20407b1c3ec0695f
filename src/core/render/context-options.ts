// What every browser context of a run is made with, the capture slots' and
// the login's alike: viewport and emulation (time zone, locale, geolocation,
// JavaScript, reduced motion), and the credential headers that go to the
// target's origin only.

import type { BrowserContextOptions } from 'playwright-core';
import { basicAuthorization } from '../../config/emulation.ts';
import type { RenderOptions } from '../options.ts';

export function contextOptions(o: RenderOptions): BrowserContextOptions {
  const e = o.emulation ?? {};
  return {
    viewport: o.viewport,
    deviceScaleFactor: o.scale,
    colorScheme: o.colorScheme,
    // On unless asked off: animations that run during the shot make captures differ run to run.
    reducedMotion: e.reducedMotion === false ? 'no-preference' : 'reduce',
    ...(o.userAgent ? { userAgent: o.userAgent } : {}),
    ...(o.isMobile ? { isMobile: true } : {}),
    ...(o.hasTouch ? { hasTouch: true } : {}),
    ...(e.timezone ? { timezoneId: e.timezone } : {}),
    ...(e.locale ? { locale: e.locale } : {}),
    ...(e.geolocation ? { geolocation: e.geolocation, permissions: ['geolocation'] } : {}),
    acceptDownloads: false,
    // Service workers would outlive one target and answer the next one's requests from their cache.
    serviceWorkers: 'block',
    javaScriptEnabled: e.javaScript !== false,
    // Our freeze/hide <style> must apply on pages whose CSP forbids inline styles.
    bypassCSP: true,
  };
}

/**
 * --header values plus --http-auth's Authorization: both go to the target's
 * origin only, per hop (TargetOnlyHeaders). Not Playwright's httpCredentials:
 * its origin is fixed when the context is made, and a slot's context serves
 * targets of several origins; the per-hop check is the one credentials-origin
 * tests already hold the headers to.
 */
export function originHeaders(o: RenderOptions): Record<string, string> {
  if (!o.httpAuth) return o.headers;
  const own = Object.fromEntries(Object.entries(o.headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
  return { ...own, Authorization: basicAuthorization(o.httpAuth) };
}
