// Archive safety: whatever URL a sitemap or a job names, the file it becomes
// in the ZIP stays inside the folder the ZIP is extracted to, on POSIX and on
// Windows. Checked on generated hostile URLs, through the planner (which makes
// names) and the real ZIP writer, read back by an independent reader (yauzl
// with strictFileNames, which rejects absolute and ../ names).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createPlanner } from '../src/core/plan.ts';
import { openSink } from '../src/core/sink/index.ts';
import { readZip } from './helpers/zip.ts';

const HOSTILE_SEGMENTS = [
  '..', '.', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '..%2f..%2f', '..%5c..%5c', '..\\..\\', '\\..\\', '%00', '\u0000', 'C:', 'c:\\windows',
  '//etc/passwd', '/etc/passwd', '~', '$HOME', 'con', 'nul.txt', 'aux', '日本語', 'ﬁ', '\u202e', '\u200d', 'é', '%c0%ae%c0%ae',
  '%252e%252e', '....', '.git', 'a:b', '?x=../../y', '#../../z', ';..', '%20..%20', '\t..', '..\u00a0',
];

const hostileUrl = fc.tuple(
  fc.constantFrom('https://a.example', 'http://b.example:8080', 'https://xn--nxasmq6b.example', 'http://[::1]:3000', 'http://127.0.0.1'),
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE_SEGMENTS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { minLength: 0, maxLength: 8 }),
  fc.constantFrom('', '/', '?q=../../x', '?a=%2e%2e%2f', '#frag'),
).map(([origin, segments, tail]) => `${origin}/${segments.join('/')}${tail}`);

function staysInside(name: string): void {
  const posixRoot = '/extract/here';
  const posix = path.posix.resolve(posixRoot, name);
  assert.ok(posix.startsWith(`${posixRoot}/`), `${JSON.stringify(name)} → ${posix}`);
  const winRoot = 'C:\\extract\\here';
  const win = path.win32.resolve(winRoot, name);
  assert.ok(win.startsWith(`${winRoot}\\`), `${JSON.stringify(name)} → ${win} (Windows)`);
  assert.doesNotMatch(name, /[\u0000-\u001f\\:]/, name);
}

test('no URL yields a ZIP entry name that escapes the extraction folder (POSIX and Windows)', () => {
  fc.assert(fc.property(fc.array(hostileUrl, { minLength: 1, maxLength: 30 }), (urls) => {
    const planner = createPlanner({ include: [], exclude: [], limit: null, shard: null }, () => {});
    for (const url of urls) {
      const target = planner.add({ url, source: 'gen' });
      if (!target) continue;
      // What run.ts writes: the image, and its thumbnail next to it.
      staysInside(`${target.name}.png`);
      staysInside(`${target.name}.thumb.webp`);
    }
  }), { numRuns: 1_000 });
});

test('the real ZIP writer, fed names planned from hostile URLs, writes entries a strict reader accepts', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'framecap-archive-'));
  try {
    const samples = fc.sample(hostileUrl, { numRuns: 200, seed: 42 });
    const planner = createPlanner({ include: [], exclude: [], limit: null, shard: null }, () => {});
    const names = samples.map((url) => planner.add({ url, source: 'gen' })).filter((t) => t !== null).map((t) => `${t.name}.png`);
    assert.ok(names.length > 50, `only ${names.length} URLs were planned`);
    const zipPath = path.join(dir, 'out.zip');
    const sink = await openSink(zipPath);
    for (const name of names) await sink.add(name, Buffer.from(name));
    await sink.close();
    const entries = await readZip(zipPath);
    assert.deepEqual(entries.map((e) => e.name).filter((n) => n.endsWith('.png')).sort(), [...names].sort());
    for (const e of entries) staysInside(e.name);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the ZIP writer itself refuses a name that would escape, whoever made it', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'framecap-archive-'));
  try {
    const sink = await openSink(path.join(dir, 'x.zip'));
    for (const bad of ['../x.png', '/abs.png', 'a/../../b.png', 'a\\..\\b.png', 'C:/x.png', 'a\u0000.png', '', 'a//b.png', './x.png']) {
      await assert.rejects(sink.add(bad, Buffer.from('x')), /unsafe output file name/, JSON.stringify(bad));
    }
    await sink.abort();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
