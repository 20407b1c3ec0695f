// Which --cookie values a target gets. A cookie goes to the captured page's
// host and to no other host: without domain= every target gets it, with
// domain=example.com only targets on example.com or a subdomain of it, and
// either way it is set host-only for that target's host, so the CDN, API or
// ad hosts the page loads never receive it (not even a sibling subdomain).
// Browsers do not scope cookies by port: another port of the same host gets
// them too. An https target's cookies are Secure.

import { ipLiteral } from './net/address.ts';
import type { Cookie } from './options.ts';

/** Whether a target on `hostname` gets `cookie`. */
export function cookieForHost(cookie: Cookie, hostname: string): boolean {
  if (!cookie.domain) return true;
  const host = hostname.toLowerCase();
  const domain = cookie.domain.toLowerCase().replace(/^\./, '');
  if (host === domain) return true;
  // 10.0.0.1 is not "in" 0.0.1: only names have subdomains.
  return ipLiteral(host) === null && host.endsWith(`.${domain}`);
}
