// Playwright's storage-state JSON, the format `shot-scraper auth`,
// Playwright's `storageState()` and `framecap login` write: read and checked
// once, field by field, so a wrong file fails the run before Chromium starts
// with a message that says what is wrong where, not as a page error later.
//
// Which of its cookies a target gets: those whose domain, as the file says,
// covers the target's host (".example.com": the domain and its subdomains;
// "example.com": that host only). The browser then sends each one only where
// its own domain allows, so a state never hands a cookie to a host the file
// did not name. Local storage goes to the target's own origin only.

import { ipLiteral } from '../net/address.ts';
import type { StorageCookie, StorageState } from '../options.ts';
import { UserError } from '../types.ts';

/** More than any real login leaves, small enough that a wrong file (a HAR, a dump) is refused rather than loaded. */
export const STORAGE_STATE_LIMITS = { bytes: 1024 * 1024, cookies: 1_000, origins: 200, itemsPerOrigin: 1_000 } as const;

const SAME_SITE = ['Strict', 'Lax', 'None'] as const;

/** Parses and checks a storage-state document; `where` names it in errors (a file path, "storage_state"). */
export function parseStorageState(text: string, where: string): StorageState {
  if (Buffer.byteLength(text) > STORAGE_STATE_LIMITS.bytes) {
    throw new UserError(`${where}: a storage state may be at most ${STORAGE_STATE_LIMITS.bytes / 1024} KB; write it with Playwright's storageState() or framecap login`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${where} is not JSON (${(err as Error).message}): give the file Playwright's storageState(), shot-scraper auth or framecap login wrote`);
  }
  return checkStorageState(doc, where);
}

/** The same checks on a document already parsed (a request body's JSON object). */
export function checkStorageState(doc: unknown, where: string): StorageState {
  const bad = (what: string): never => {
    throw new UserError(`${where}: ${what}; expected Playwright's storage state: {"cookies": [{"name","value","domain","path",…}], "origins": [{"origin","localStorage": [{"name","value"}]}]}`);
  };
  if (!isObject(doc)) return bad('not a JSON object');
  const cookies = doc.cookies ?? [];
  const origins = doc.origins ?? [];
  if (!Array.isArray(cookies)) return bad('"cookies" is not a list');
  if (!Array.isArray(origins)) return bad('"origins" is not a list');
  if (cookies.length > STORAGE_STATE_LIMITS.cookies) return bad(`more than ${STORAGE_STATE_LIMITS.cookies} cookies`);
  if (origins.length > STORAGE_STATE_LIMITS.origins) return bad(`more than ${STORAGE_STATE_LIMITS.origins} origins`);
  return {
    cookies: cookies.map((c: unknown, i): StorageCookie => {
      const at = `cookies[${i}]`;
      if (!isObject(c)) return bad(`${at} is not an object`);
      const name = c.name;
      const value = c.value;
      const domain = c.domain;
      if (typeof name !== 'string' || name === '' || /[\s;=]/.test(name)) return bad(`${at}.name must be a cookie name`);
      if (typeof value !== 'string') return bad(`${at}.value must be a string`);
      if (typeof domain !== 'string' || !/^\.?[a-z0-9.-]+$/i.test(domain) || /^\.?$/.test(domain)) {
        return bad(`${at}.domain must be a host name such as example.com or .example.com`);
      }
      const path = c.path ?? '/';
      if (typeof path !== 'string' || !path.startsWith('/')) return bad(`${at}.path must start with /`);
      const expires = c.expires ?? -1;
      // Playwright (and CDP) take -1 or a positive time; anything else is refused when the browser gets it, too late to say where.
      if (typeof expires !== 'number' || !Number.isFinite(expires) || (expires !== -1 && expires <= 0)) return bad(`${at}.expires must be Unix seconds, or -1 for a session cookie`);
      const sameSite = c.sameSite ?? 'Lax';
      if (!(SAME_SITE as readonly unknown[]).includes(sameSite)) return bad(`${at}.sameSite must be Strict, Lax or None`);
      for (const flag of ['httpOnly', 'secure'] as const) {
        if (c[flag] !== undefined && typeof c[flag] !== 'boolean') return bad(`${at}.${flag} must be true or false`);
      }
      return {
        name, value, domain: domain.toLowerCase(), path, expires,
        httpOnly: c.httpOnly === true, secure: c.secure === true, sameSite: sameSite as StorageCookie['sameSite'],
      };
    }),
    origins: origins.map((o: unknown, i) => {
      const at = `origins[${i}]`;
      if (!isObject(o)) return bad(`${at} is not an object`);
      const origin = typeof o.origin === 'string' ? httpOriginOf(o.origin) : null;
      if (origin === null) return bad(`${at}.origin must be an http(s) origin such as https://example.com`);
      const items = o.localStorage ?? [];
      if (!Array.isArray(items) || items.length > STORAGE_STATE_LIMITS.itemsPerOrigin) return bad(`${at}.localStorage must be a list of at most ${STORAGE_STATE_LIMITS.itemsPerOrigin} {"name","value"}`);
      return {
        origin,
        localStorage: items.map((item: unknown, j) => {
          if (!isObject(item) || typeof item.name !== 'string' || typeof item.value !== 'string') return bad(`${at}.localStorage[${j}] must be {"name","value"} strings`);
          return { name: item.name, value: item.value };
        }),
      };
    }),
  };
}

/** What a target on `url` starts with: the cookies whose domain covers its host, and its own origin's local storage. */
export function stateForTarget(state: StorageState, url: URL): StorageState {
  return {
    cookies: state.cookies.filter((c) => domainCovers(c.domain, url.hostname)),
    origins: state.origins.filter((o) => o.origin === url.origin),
  };
}

/** Whether a cookie set for `domain` (a leading dot: and subdomains) is sent to `hostname`. */
export function domainCovers(domain: string, hostname: string): boolean {
  const host = hostname.toLowerCase();
  const d = domain.toLowerCase();
  if (!d.startsWith('.')) return host === d;
  const bare = d.slice(1);
  // 10.0.0.1 is not "in" 0.0.1: only names have subdomains.
  return host === bare || (ipLiteral(host) === null && host.endsWith(d));
}

/** The values a door must mask: the cookies' (local storage holds settings like "dark" as often as tokens: masking those would blank ordinary words). */
export function storageSecrets(state: StorageState): string[] {
  return state.cookies.map((c) => c.value);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function httpOriginOf(text: string): string | null {
  try {
    const u = new URL(text);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === text.replace(/\/$/, '') ? u.origin : null;
  } catch {
    return null;
  }
}
