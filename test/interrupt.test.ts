// SIGTERM mid-run: the pages in flight finish, the rest are rows saying why,
// the ZIP and manifest are valid, and the exit code is non-zero.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startExampleSite } from './helpers/site.ts';
import { childEnv, cliArgs } from './helpers/run.ts';
import { readZip } from './helpers/zip.ts';
import type { Manifest } from '../src/core/manifest.ts';

test('SIGTERM writes what finished and exits non-zero', async () => {
  const site = await startExampleSite();
  const dir = mkdtempSync(join(tmpdir(), 'framecap-int-'));
  try {
    const out = join(dir, 'int.zip');
    const urls = Array.from({ length: 20 }, (_, i) => `${site.origin}/__test/slow?ms=1200&page=${i}`);
    const child = spawn(process.execPath, cliArgs(['capture', ...urls, '--device', 'none', '--concurrency', '2', '-o', out, '--json']), {
      env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d; });
    child.stderr.resume();
    // Interrupt once pages are being rendered (the slow route has been hit).
    const deadline = Date.now() + 60_000;
    while (site.hits('/__test/slow') < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.ok(site.hits('/__test/slow') >= 3, 'rendering started');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.notEqual(code, 0, 'an interrupted run exits non-zero');

    const job = JSON.parse(stdout);
    assert.equal(job.error, 'interrupted: the run was stopped before every page was captured');
    const entries = await readZip(out);
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
    assert.equal(manifest.captures.length, job.progress.total, 'a row for every planned URL');
    assert.ok(job.progress.total < urls.length, 'discovery stopped: not every URL was planned');
    const ok = manifest.captures.filter((c) => c.status === 'ok');
    const skipped = manifest.captures.filter((c) => c.error?.includes('interrupted'));
    assert.ok(ok.length >= 1, 'the pages in flight finished');
    for (const row of ok) assert.ok(entries.some((e) => e.name === row.file), `${row.file} in the ZIP`);
    assert.equal(ok.length + skipped.length, manifest.captures.length);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
