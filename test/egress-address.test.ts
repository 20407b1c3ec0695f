// The egress guard's pure parts: which addresses are refused (in every
// spelling a URL or DNS answer can carry them), the allow-list syntax, and
// the guard's resolve-then-check with a stand-in resolver.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { blockedReason, canonicalHost, EgressGuard, egressPolicy, EgressRefused, parseAllowRule } from '../src/core/net/index.ts';
import type { LookupFn } from '../src/core/net/index.ts';
import { UserError } from '../src/core/types.ts';

/** The address a URL's host names, the way the guard sees it (WHATWG parsing, then the classifier). */
const verdictOf = (url: string): string | null => blockedReason(canonicalHost(new URL(url).hostname));

test('refused address forms: loopback, private, link-local, metadata, unspecified, multicast, in every spelling', () => {
  const refused = [
    'http://127.0.0.1/', 'http://127.1/', 'http://127.255.255.254/', 'http://2130706433/', 'http://0x7f000001/',
    'http://0x7f.0.0.1/', 'http://0177.0.0.1/', 'http://017700000001/', 'http://[::1]/', 'http://[0:0:0:0:0:0:0:1]/',
    'http://[::ffff:127.0.0.1]/', 'http://[::ffff:7f00:1]/', 'http://[::ffff:10.0.0.1]/', 'http://0.0.0.0/', 'http://0/',
    'http://[::]/', 'http://10.0.0.1/', 'http://10.255.255.255/', 'http://172.16.0.1/', 'http://172.31.255.255/',
    'http://192.168.1.1/', 'http://100.64.0.1/', 'http://100.127.255.255/', 'http://169.254.169.254/latest/meta-data/',
    'http://169.254.0.1/', 'http://[fe80::1]/', 'http://[febf::1]/', 'http://[fc00::1]/', 'http://[fd12:3456::1]/',
    'http://224.0.0.1/', 'http://239.255.255.250/', 'http://[ff02::1]/', 'http://255.255.255.255/', 'http://240.0.0.1/',
    'http://192.0.2.1/', 'http://198.18.0.1/', 'http://[64:ff9b::7f00:1]/', 'http://[2002:7f00:1::]/', 'http://[2001::1]/',
    'http://[::127.0.0.1]/', 'http://[fec0::1]/', 'http://[::ffff:169.254.169.254]/', 'http://[::ffff:a9fe:a9fe]/',
  ];
  for (const url of refused) assert.notEqual(verdictOf(url), null, `${url} should be refused`);
  assert.match(verdictOf('http://2130706433/')!, /loopback/);
  assert.match(verdictOf('http://169.254.169.254/')!, /link-local.*metadata/);
  assert.match(verdictOf('http://[::ffff:127.0.0.1]/')!, /loopback.*127\.0\.0\.1 inside IPv6/);
  assert.match(verdictOf('http://[fd00::1]/')!, /unique local/);
  assert.match(verdictOf('http://100.64.0.1/')!, /carrier-grade NAT/);
  assert.match(verdictOf('http://0.0.0.0/')!, /unspecified/);
});

test('public addresses pass, including neighbours of the refused ranges', () => {
  const allowed = [
    'http://93.184.215.14/', 'http://8.8.8.8/', 'http://1.1.1.1/', 'http://172.15.255.255/', 'http://172.32.0.1/',
    'http://100.63.255.255/', 'http://100.128.0.1/', 'http://169.253.255.255/', 'http://11.0.0.1/', 'http://126.255.255.255/',
    'http://128.0.0.1/', 'http://192.167.255.255/', 'http://223.255.255.255/', 'http://[2606:4700:4700::1111]/',
    'http://[2a00:1450:4001:81a::200e]/', 'http://[::ffff:8.8.8.8]/', 'http://[64:ff9b::808:808]/', 'http://[2002:808:808::1]/',
  ];
  for (const url of allowed) assert.equal(verdictOf(url), null, `${url} should be allowed`);
});

test('every address in a refused IPv4 range is refused, also as IPv4-mapped IPv6', () => {
  const ranges: Array<[number, number]> = [[10, 8], [127, 8], [0, 8]];
  fc.assert(fc.property(
    fc.constantFrom(...ranges), fc.nat(255), fc.nat(255), fc.nat(255),
    ([first], b, c, d) => {
      const ip = `${first}.${b}.${c}.${d}`;
      assert.notEqual(blockedReason(ip), null);
      assert.notEqual(blockedReason(`::ffff:${ip}`), null);
      const hex = `::ffff:${((first << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
      assert.notEqual(blockedReason(hex), null);
    },
  ), { numRuns: 500 });
  fc.assert(fc.property(fc.nat(255), fc.nat(255), (c, d) => {
    assert.notEqual(blockedReason(`192.168.${c}.${d}`), null);
    assert.notEqual(blockedReason(`169.254.${c}.${d}`), null);
    assert.notEqual(blockedReason(`172.${16 + (c % 16)}.${c}.${d}`), null);
  }), { numRuns: 300 });
});

test('allow-list entries: names, wildcards, addresses, networks, ports; bad entries are UserErrors', () => {
  assert.deepEqual(parseAllowRule('Intranet.Example.com'), { kind: 'host', name: 'intranet.example.com', wildcard: false, port: null });
  assert.deepEqual(parseAllowRule('*.corp.example.com'), { kind: 'host', name: 'corp.example.com', wildcard: true, port: null });
  assert.deepEqual(parseAllowRule('localhost:8080'), { kind: 'host', name: 'localhost', wildcard: false, port: 8080 });
  assert.equal(parseAllowRule('127.0.0.1:3000').port, 3000);
  assert.equal(parseAllowRule('[::1]:3000').port, 3000);
  assert.equal(parseAllowRule('::1').port, null);
  assert.equal(parseAllowRule('10.0.0.0/8').kind, 'network');
  for (const bad of ['', 'http://x/', '10.0.0.0/33', 'fd00::/129', 'host:0', 'host:70000', 'a b', '*']) {
    assert.throws(() => parseAllowRule(bad), UserError, bad);
  }
});

const fakeDns = (table: Record<string, string[]>): LookupFn => async (name) => {
  const found = table[name];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
  return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

test('the guard refuses names that resolve to refused addresses and returns the checked address to connect to', async () => {
  const lookup = fakeDns({
    'metadata.attacker.test': ['169.254.169.254'],
    'rebind.attacker.test': ['10.1.2.3'],
    'public.example.test': ['93.184.215.14'],
    'mixed.example.test': ['127.0.0.1', '93.184.215.14'],
    'intranet.corp.test': ['10.0.0.7'],
    'v6.example.test': ['::ffff:127.0.0.1'],
  });
  const guard = new EgressGuard(egressPolicy([], lookup));
  await assert.rejects(guard.resolve('metadata.attacker.test', 80), (err: Error) =>
    err instanceof EgressRefused && /metadata\.attacker\.test resolves to 169\.254\.169\.254, a link-local address/.test(err.message) && /--allow-host/.test(err.message));
  await assert.rejects(guard.resolve('rebind.attacker.test', 443), EgressRefused);
  await assert.rejects(guard.resolve('v6.example.test', 443), /loopback/);
  await assert.rejects(guard.resolve('2130706433', 80), /127\.0\.0\.1 is a loopback address/);
  await assert.rejects(guard.resolve('[::ffff:127.0.0.1]', 80), EgressRefused);
  await assert.rejects(guard.resolve('nowhere.test', 80), /ENOTFOUND/);
  assert.deepEqual(await guard.resolve('public.example.test', 80), { address: '93.184.215.14', family: 4 });
  // Only an address that passed the check is handed out: the caller connects to it, not to the name again.
  assert.deepEqual(await guard.resolve('mixed.example.test', 80), { address: '93.184.215.14', family: 4 });

  const allowing = new EgressGuard(egressPolicy(['*.corp.test', '127.0.0.1:3000', '169.254.0.0/16'], lookup));
  assert.equal((await allowing.resolve('intranet.corp.test', 80)).address, '10.0.0.7');
  assert.equal((await allowing.resolve('127.0.0.1', 3000)).address, '127.0.0.1');
  await assert.rejects(allowing.resolve('127.0.0.1', 3001), EgressRefused);
  await assert.rejects(allowing.resolve('rebind.attacker.test', 80), EgressRefused);
  assert.equal((await allowing.resolve('metadata.attacker.test', 80)).address, '169.254.169.254');
  // A network entry matches the IPv4 address inside an IPv4-mapped IPv6 answer too.
  assert.equal((await new EgressGuard(egressPolicy(['127.0.0.0/8'], lookup)).resolve('v6.example.test', 80)).address, '::ffff:127.0.0.1');
});
