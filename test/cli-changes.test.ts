// The CLI against a baseline: the change summary line and --fail-on-change.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../examples/serve.mjs';
import type { StaticServer } from '../examples/serve.mjs';
import { runMain } from './helpers/main.ts';
import { startReceiver } from './helpers/receiver.ts';
import { tempDir } from './helpers/temp-dir.ts';
import { shareOneBrowser } from './helpers/shared-browser.ts';

// The runs are about the change report, not the launch: they share one browser.
shareOneBrowser();

/** The CLI in this process (the spawned CLI is covered by cli.test.ts): one Node and tsx start-up less per run. */
const runCli = (args: string[]) => runMain(args, { cwd: dir });

const dir = tempDir('framecap-cli-changes-');
let server: StaticServer;

const page = (title: string, colour: string): string =>
  `<!doctype html><html><head><title>${title}</title></head><body style="margin:0;background:${colour}"><h1 style="font:40px sans-serif;padding:40px">${title}</h1></body></html>`;

before(async () => {
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site', 'a.html'), page('Page A', '#e0f2fe'));
  writeFileSync(join(dir, 'site', 'b.html'), page('Page B', '#fef3c7'));
  server = await serveStatic({ root: join(dir, 'site') });
});

after(async () => {
  await server.close();
});

test('--baseline prints what changed; --fail-on-change exits 1 only when something did', async () => {
  const urls = [`${server.origin}/a.html`, `${server.origin}/b.html`];
  const common = ['--device', 'none', '--viewport', '400x300', '--retries', '0', '--concurrency', '2', '-q'];
  const first = await runCli(['capture', ...urls, ...common, '-o', join(dir, 'first.zip')]);
  assert.equal(first.code, 0, first.stderr);
  assert.doesNotMatch(first.stdout, /changes since/);

  // No sitemap lastmod here: the HTML hash recorded by the first run says both pages are unchanged.
  const same = await runCli(['capture', ...urls, ...common, '-o', join(dir, 'same.zip'), '--baseline', join(dir, 'first.zip'), '--incremental', '--fail-on-change']);
  assert.equal(same.code, 0, same.stdout + same.stderr);
  assert.match(same.stdout, /changes since .*first\.zip: 0 changed, 0 new, 0 removed, 2 unchanged \(2 reused without rendering\)/);

  writeFileSync(join(dir, 'site', 'b.html'), page('Page B, redesigned', '#1e3a8a'));
  const changed = await runCli(['capture', ...urls, ...common, '-o', join(dir, 'changed.zip'), '--baseline', join(dir, 'first.zip'), '--incremental', '--fail-on-change']);
  assert.equal(changed.code, 1, changed.stdout + changed.stderr);
  assert.match(changed.stdout, /1 changed, 0 new, 0 removed, 1 unchanged \(1 reused/);

  // Without the gate the same change is reported and the run succeeds; the
  // webhook gets job.completed, then job.changed naming the changed page.
  const receiver = await startReceiver(() => ({ status: 200 }), { path: '/hook' });
  try {
    const report = await runCli(['capture', ...urls, ...common, '-o', join(dir, 'report.zip'), '--baseline', join(dir, 'first.zip'), '--webhook-url', receiver.url]);
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stdout, /1 changed/);
  } finally {
    await receiver.close();
  }
  const events = receiver.received.map((r) => JSON.parse(r.body) as { event: string; changes?: { counts: { changed: number } }; pages?: { url: string; change: string }[] });
  assert.deepEqual(events.map((e) => e.event), ['job.completed', 'job.changed']);
  assert.equal(events[1]!.changes?.counts.changed, 1);
  assert.deepEqual(events[1]!.pages?.map((p) => [p.url, p.change]), [[urls[1], 'changed']]);

  const usage = await runCli(['capture', ...urls, '--incremental', '-o', join(dir, 'x.zip')]);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /--incremental needs --baseline/);
  const remote = await runCli(['capture', ...urls, '--async', '--baseline', join(dir, 'first.zip'), '-o', join(dir, 'y.zip')]);
  assert.equal(remote.code, 2);
  assert.match(remote.stderr, /--baseline runs locally only/);
});
