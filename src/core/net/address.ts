// Which IP addresses a server-side fetch may reach, and the operator's
// allow-list. Pure: no DNS, no sockets. Every request the guard lets through
// is checked here by the address it will actually connect to, so the many
// spellings of one address (2130706433, 0x7f.1, [::ffff:127.0.0.1],
// [::ffff:7f00:1], 127.1) all end as the same number and the same verdict.

import { isIP } from 'node:net';
import { UserError } from '../types.ts';

interface Range {
  /** Network address as a number (IPv4: 32 bits, IPv6: 128 bits). */
  base: bigint;
  prefix: number;
  what: string;
}

const V4: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'an unspecified ("this network") address'],
  ['10.0.0.0', 8, 'a private (RFC 1918) address'],
  ['100.64.0.0', 10, 'a shared carrier-grade NAT address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address (cloud metadata lives here)'],
  ['172.16.0.0', 12, 'a private (RFC 1918) address'],
  ['192.0.0.0', 24, 'an IETF protocol address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.88.99.0', 24, 'a 6to4 relay address'],
  ['192.168.0.0', 16, 'a private (RFC 1918) address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved or broadcast address'],
];

const V6: Array<[string, number, string]> = [
  ['::', 128, 'an unspecified address'],
  ['::1', 128, 'a loopback address'],
  // IPv4-compatible (deprecated): nothing legitimate uses it.
  ['::', 96, 'an IPv4-compatible IPv6 address'],
  ['64:ff9b:1::', 48, 'a local-use NAT64 address'],
  ['100::', 64, 'a discard-only address'],
  // Teredo tunnels to an address we cannot see.
  ['2001::', 32, 'a Teredo tunnel address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['fc00::', 7, 'a unique local (private) address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['ff00::', 8, 'a multicast address'],
];

const V4_RANGES: Range[] = V4.map(([ip, prefix, what]) => ({ base: v4Number(ip), prefix, what }));
const V6_RANGES: Range[] = V6.map(([ip, prefix, what]) => ({ base: v6Number(ip), prefix, what }));

function v4Number(ip: string): bigint {
  return ip.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

function v6Number(ip: string): bigint {
  let text = ip.replace(/%.*$/, '');
  // An embedded dotted IPv4 tail (::ffff:1.2.3.4) becomes two hex groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = v4Number(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

function inRange(n: bigint, bits: number, range: { base: bigint; prefix: number }): boolean {
  const shift = BigInt(bits - range.prefix);
  return n >> shift === range.base >> shift;
}

/** An IPv4 address carried inside an IPv6 one (mapped, NAT64, 6to4): it reaches that IPv4 address. */
function embeddedV4(n: bigint): bigint | null {
  if (n >> 32n === 0xffffn) return n & 0xffffffffn; // ::ffff:a.b.c.d
  if (n >> 32n === v6Number('64:ff9b::') >> 32n) return n & 0xffffffffn; // NAT64
  if (n >> 112n === 0x2002n) return (n >> 80n) & 0xffffffffn; // 6to4
  return null;
}

function v4Text(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 0xffn)).join('.');
}

/** An IP address without brackets or zone, or null when `host` is not an IP literal. */
export function ipLiteral(host: string): string | null {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return isIP(bare.replace(/%.*$/, '')) ? bare.replace(/%.*$/, '') : null;
}

/**
 * Why the guard refuses to connect to `ip` (a literal IPv4 or IPv6 address),
 * or null when it is a public address.
 */
export function blockedReason(ip: string): string | null {
  const family = isIP(ip.replace(/%.*$/, ''));
  if (family === 4) {
    const n = v4Number(ip);
    return V4_RANGES.find((r) => inRange(n, 32, r))?.what ?? null;
  }
  if (family === 6) {
    const n = v6Number(ip);
    const v4 = embeddedV4(n);
    if (v4 !== null) {
      const why = V4_RANGES.find((r) => inRange(v4, 32, r))?.what;
      return why ? `${why} (as ${v4Text(v4)} inside IPv6)` : null;
    }
    return V6_RANGES.find((r) => inRange(n, 128, r))?.what ?? null;
  }
  return 'not an IP address';
}

/**
 * One allow-list entry. A host entry matches the name as requested (before
 * DNS); a network entry matches the address it resolved to. Either may name
 * one port, else every port.
 */
export type AllowRule =
  | { kind: 'host'; name: string; wildcard: boolean; port: number | null }
  | { kind: 'network'; family: 4 | 6; base: bigint; prefix: number; port: number | null };

/**
 * Parses the operator's allow-list entries:
 *   intranet.example.com      that host name, any port
 *   *.corp.example.com        any name under it
 *   localhost:8080            a name and one port
 *   10.0.0.5, [fd00::5]       one address, any port
 *   127.0.0.1:3000, [::1]:3000  one address and one port
 *   10.0.0.0/8, fd00::/8      a network (CIDR), any port
 */
export function parseAllowRule(entry: string): AllowRule {
  const text = entry.trim().toLowerCase();
  const bad = (why: string): UserError => new UserError(
    `allow-list entry "${entry}" ${why}: use a host name (intranet.example.com, *.corp.example.com), `
    + 'an address (10.0.0.5, [fd00::5]), a network (10.0.0.0/8), optionally with :port (127.0.0.1:3000)',
  );
  if (text === '') throw bad('is empty');
  const cidr = /^\[?([0-9a-f:.]+)\]?\/(\d{1,3})$/.exec(text);
  if (cidr) {
    const family = isIP(cidr[1]!);
    const prefix = Number(cidr[2]);
    if (family === 0) throw bad('is not a valid network');
    const bits = family === 4 ? 32 : 128;
    if (prefix > bits) throw bad(`has a prefix longer than ${bits}`);
    const n = family === 4 ? v4Number(cidr[1]!) : v6Number(cidr[1]!);
    return { kind: 'network', family: family as 4 | 6, base: n, prefix, port: null };
  }
  let host = text;
  let port: number | null = null;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) {
    host = bracketed[1]!;
    port = bracketed[2] === undefined ? null : Number(bracketed[2]);
  } else if (isIP(text) !== 6) {
    const withPort = /^(.*):(\d+)$/.exec(text);
    if (withPort) {
      host = withPort[1]!;
      port = Number(withPort[2]);
    }
  }
  if (port !== null && (port < 1 || port > 65_535)) throw bad('has a port outside 1-65535');
  const ip = ipLiteral(host);
  if (ip) {
    const family = isIP(ip) as 4 | 6;
    return { kind: 'network', family, base: family === 4 ? v4Number(ip) : v6Number(ip), prefix: family === 4 ? 32 : 128, port };
  }
  const wildcard = host.startsWith('*.');
  const name = (wildcard ? host.slice(2) : host).replace(/\.$/, '');
  if (!/^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/.test(name)) throw bad('is not a host name');
  return { kind: 'host', name, wildcard, port };
}

/** Whether an allow-list entry lets a request for `host`:`port` connect to `ip`. */
export function ruleAllows(rule: AllowRule, host: string, ip: string, port: number): boolean {
  if (rule.port !== null && rule.port !== port) return false;
  if (rule.kind === 'host') {
    const name = host.toLowerCase().replace(/\.$/, '');
    return name === rule.name || (rule.wildcard && name.endsWith(`.${rule.name}`));
  }
  const family = isIP(ip);
  if (family === 4 && rule.family === 4) return inRange(v4Number(ip), 32, rule);
  if (family === 6) {
    const n = v6Number(ip);
    if (rule.family === 6) return inRange(n, 128, rule);
    const v4 = embeddedV4(n);
    return v4 !== null && inRange(v4, 32, rule);
  }
  return false;
}
