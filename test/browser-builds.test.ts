// framecap prefers Chromium's headless shell when one is installed (a little
// over half the CPU per page of the full build: docs/benchmarks.md). That is only
// a fair default if a capture does not depend on which of the two it found:
// the same pages, the same pixels. .ci/run installs both from Debian (one
// Chromium version); on GitHub's Ubuntu runners ci.yml gives Google Chrome and
// Playwright's shell, whose versions differ, so the bound is looser there.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { findBrowser, isExecutableFile } from '../src/core/render/find-browser.ts';
import { childEnv, runCli } from './helpers/run.ts';
import { startExampleSite, type ExampleSite } from './helpers/site.ts';
import { testBrowser } from './helpers/system.ts';
import { readZip } from './helpers/zip.ts';
import { tempDir } from './helpers/temp-dir.ts';

const FULL = testBrowser('full');
const SHELL = testBrowser('shell');
/** Anti-aliasing may differ by a level here and there; a layout or font difference moves far more than this. */
const MAX_DIFFERING_SHARE = 0.001;
/** Two Chromium versions may also differ in text rasterisation; a broken page still moves far more. */
const MAX_DIFFERING_SHARE_ACROSS_VERSIONS = 0.02;

let site: ExampleSite;
const work = tempDir('framecap-builds-');
before(async () => {
  for (const path of [FULL, SHELL]) assert.ok(await isExecutableFile(path), `${path} is not an executable file`);
  site = await startExampleSite();
});
after(async () => {
  await site?.close();
});

test('on PATH, the headless shell is found before the full build', async () => {
  // Both builds under their usual names, in one folder and then in two, the full build's first.
  const one = join(work, 'bin');
  const two = join(work, 'bin2');
  await Promise.all([one, two].map((d) => mkdir(d)));
  await symlink(FULL, join(one, 'chromium'));
  await symlink(SHELL, join(one, 'chromium-headless-shell'));
  await symlink(FULL, join(two, 'google-chrome'));
  assert.deepEqual(await findBrowser(null, { PATH: one }), { path: join(one, 'chromium-headless-shell'), source: 'PATH' });
  assert.deepEqual(await findBrowser(null, { PATH: `${two}:${one}` }), { path: join(one, 'chromium-headless-shell'), source: 'PATH' });
});

/** Each plain screenshot of the run, decoded, by entry name. */
async function capture(browserPath: string): Promise<{ shots: Map<string, { width: number; height: number; data: Buffer }>; browser: string }> {
  const zip = join(work, `${browserPath.split('/').pop()}.zip`);
  const run = await runCli(['capture', '--sitemap', `${site.origin}/sitemap.xml`, '--device', 'none', '--output', zip, '--quiet'],
    { env: childEnv({ CHROME_PATH: browserPath }) });
  assert.equal(run.code, 0, run.stderr);
  const entries = await readZip(zip);
  const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
  const shots = new Map<string, { width: number; height: number; data: Buffer }>();
  for (const e of entries.filter((x) => x.name.endsWith('.png') && !x.name.includes('thumb'))) {
    const { data, info } = await sharp(e.data).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    shots.set(e.name, { width: info.width, height: info.height, data });
  }
  return { shots, browser: String(manifest.settings.browser) };
}

test('the headless shell and the full build capture the example site with the same pixels', async (t) => {
  const full = await capture(FULL);
  const shell = await capture(SHELL);
  // Each run really drove the executable it was given (the manifest names it).
  assert.match(full.browser, /^(Chromium|Chrome) \d/);
  assert.match(shell.browser, /^Chromium Headless Shell \d/);
  const sameVersion = full.browser.split(' ').pop() === shell.browser.split(' ').pop();
  const maxShare = sameVersion ? MAX_DIFFERING_SHARE : MAX_DIFFERING_SHARE_ACROSS_VERSIONS;
  if (!sameVersion) t.diagnostic(`${full.browser} vs ${shell.browser}: two versions, up to ${maxShare * 100}% of pixels may differ`);
  assert.ok(full.shots.size >= 12, `a dozen pages captured, got ${full.shots.size}`);
  assert.deepEqual([...shell.shots.keys()].sort(), [...full.shots.keys()].sort());
  const differing: string[] = [];
  for (const [name, a] of full.shots) {
    const b = shell.shots.get(name)!;
    assert.deepEqual([b.width, b.height], [a.width, a.height], `${name}: same size`);
    let off = 0;
    for (let i = 0; i < a.data.length; i += 3) {
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) off++;
    }
    if (off / (a.width * a.height) > maxShare) differing.push(`${name}: ${off} pixels differ`);
  }
  assert.deepEqual(differing, []);
});
