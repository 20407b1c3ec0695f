// The egress guard: resolves a host once, checks every address it got, and
// hands back the one address the caller must connect to. Connecting to that
// exact address (never the name again) is what closes the DNS-rebinding gap
// between the check and the connection.

import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { blockedReason, ipLiteral, parseAllowRule, ruleAllows } from './address.ts';
import type { AllowRule } from './address.ts';

export type LookupFn = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

/**
 * Turns on the guard for a run (the queue server does; the CLI and the
 * Action do not: CI captures localhost previews). Requests to loopback,
 * private, link-local, metadata, multicast … addresses are refused unless an
 * `allow` entry matches.
 */
export interface EgressPolicy {
  allow: AllowRule[];
  /** DNS lookup; tests replace it. Default: the system resolver (getaddrinfo). */
  lookup?: LookupFn;
}

/** A request the guard refused; `message` says why and how to allow it. */
export class EgressRefused extends Error {
  override name = 'EgressRefused';
  /** Why, without the advice: "10.0.0.1 is a private (RFC 1918) address", for callers that word the advice themselves. */
  readonly reason: string;
  constructor(message: string, reason: string = message) {
    super(message);
    this.reason = reason;
  }
}

export interface Destination {
  /** The address to connect to: the one that was checked. */
  address: string;
  family: 4 | 6;
}

const systemLookup: LookupFn = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export function egressPolicy(entries: readonly string[], lookup?: LookupFn): EgressPolicy {
  return { allow: entries.map(parseAllowRule), ...(lookup ? { lookup } : {}) };
}

export class EgressGuard {
  private readonly lookup: LookupFn;
  constructor(private readonly policy: EgressPolicy) {
    this.lookup = policy.lookup ?? systemLookup;
  }

  /**
   * Where to connect for `host`:`port`. Throws EgressRefused when no address
   * of the host may be reached; DNS failures are thrown as they come.
   */
  async resolve(host: string, port: number): Promise<Destination> {
    const name = canonicalHost(host);
    const literal = ipLiteral(name);
    const found = literal ? [{ address: literal, family: isIP(literal) }] : await this.lookup(name);
    let refusal: string | null = null;
    for (const { address, family } of found) {
      const why = blockedReason(address);
      if (why === null || this.policy.allow.some((rule) => ruleAllows(rule, name, address, port))) {
        return { address, family: family === 6 ? 6 : 4 };
      }
      refusal ??= literal ? `${address} is ${why}` : `${name} resolves to ${address}, ${why}`;
    }
    if (refusal === null) throw new EgressRefused(`${name} did not resolve to any address`);
    throw new EgressRefused(
      `refused: ${refusal}; this server does not fetch loopback, private or link-local addresses `
      + '(an operator can allow it with --allow-host)',
      refusal,
    );
  }

  /** resolve() for a URL, with the URL's default port. */
  resolveUrl(url: URL): Promise<Destination> {
    return this.resolve(url.hostname, portOf(url));
  }
}

export function portOf(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' || url.protocol === 'wss:' ? 443 : 80;
}

/**
 * The host as a browser would read it: lower case, no trailing dot, IPv4 in
 * any legacy spelling (2130706433, 0x7f.1, 0177.0.0.1) made dotted-decimal.
 */
export function canonicalHost(host: string): string {
  const bare = host.startsWith('[') && host.endsWith(']') ? host : (isIP(host) === 6 ? `[${host}]` : host);
  let name: string;
  try {
    name = new URL(`http://${bare}/`).hostname;
  } catch {
    name = host.toLowerCase();
  }
  if (name.startsWith('[') && name.endsWith(']')) name = name.slice(1, -1);
  return name.replace(/\.$/, '');
}
