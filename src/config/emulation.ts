// Checks for the emulation and authentication settings' text forms, at the
// door: a zone or locale Chromium would silently ignore (it falls back to the
// machine's) is an error here, naming what to write instead.

import type { HttpAuth, ProxySettings } from '../core/options.ts';
import { UserError } from '../core/types.ts';

/** An IANA zone as the ICU tables know it (Node's and Chromium's). */
export function checkTimezone(text: string): string {
  try {
    // Throws RangeError for a zone ICU does not know.
    return new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    throw new UserError(`"${text}" is not an IANA time zone: use a name such as Europe/Berlin, America/New_York or UTC`);
  }
}

/** A well-formed BCP 47 tag, in its canonical case (de-de → de-DE). */
export function checkLocale(text: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(text);
    if (canonical) return canonical;
  } catch {
    // falls through to the error
  }
  throw new UserError(`"${text}" is not a BCP 47 locale: use a tag such as en-US, de-DE or pt-BR`);
}

export function parseGeolocation(text: string): { latitude: number; longitude: number } {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  const latitude = Number(m?.[1]);
  const longitude = Number(m?.[2]);
  if (!m || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    throw new UserError(`must be latitude,longitude in degrees, latitude -90 to 90 and longitude -180 to 180, e.g. 52.52,13.405 (got "${text}")`);
  }
  return { latitude, longitude };
}

/** user:password; the password may hold colons (the first one splits, as curl does). */
export function parseHttpAuth(text: string): HttpAuth {
  const colon = text.indexOf(':');
  const username = colon > 0 ? text.slice(0, colon) : '';
  if (!username || /[\r\n]/.test(text)) {
    throw new UserError('must look like user:password (in CI, build it from secrets: --http-auth "$USER:$PASSWORD")');
  }
  return { username, password: text.slice(colon + 1) };
}

/** The basic-auth header value for these credentials. */
export function basicAuthorization(auth: HttpAuth): string {
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')}`;
}

const PROXY_SCHEMES = ['http:', 'https:', 'socks4:', 'socks5:'];

/** A proxy URL; credentials in it are taken out of the server string (Playwright sends them itself). */
export function parseProxy(text: string, bypass: string | null): ProxySettings {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError(`must be a proxy URL such as http://proxy.internal:3128 or socks5://127.0.0.1:1080 (got "${text.replace(/\/\/[^@/]*@/, '//…@')}")`);
  }
  if (!PROXY_SCHEMES.includes(url.protocol) || !url.hostname || (url.pathname !== '/' && url.pathname !== '')) {
    throw new UserError(`must be http://, https://, socks4:// or socks5:// host:port, nothing after the port (got ${url.protocol}//${url.host}${url.pathname})`);
  }
  const server = `${url.protocol}//${url.host}`;
  return {
    server,
    ...(bypass ? { bypass } : {}),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
  };
}
