// framecap prefers Chromium's headless shell when one is installed (a little
// over half the CPU per page of the full build: docs/benchmarks.md). That is only
// a fair default if a capture does not depend on which of the two it found:
// the same pages, the same pixels. CI installs both (.ci/run).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { findBrowser, isExecutableFile } from '../src/core/render/find-browser.ts';
import { childEnv, runCli } from './helpers/run.ts';
import { startExampleSite, type ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';

const FULL = '/usr/bin/chromium';
const SHELL = '/usr/bin/chromium-headless-shell';
/** Anti-aliasing may differ by a level here and there; a layout or font difference moves far more than this. */
const MAX_DIFFERING_SHARE = 0.001;

let site: ExampleSite;
let work: string;
before(async () => {
  for (const path of [FULL, SHELL]) {
    assert.ok(await isExecutableFile(path), `${path} is missing: apt-get install chromium chromium-headless-shell (.ci/run does)`);
  }
  site = await startExampleSite();
  work = await mkdtemp(join(tmpdir(), 'framecap-builds-'));
});
after(async () => {
  await site?.close();
  await rm(work, { recursive: true, force: true });
});

test('on PATH, the headless shell is found before the full build', async () => {
  assert.deepEqual(await findBrowser(null, { PATH: '/usr/local/bin:/usr/bin:/bin' }), { path: SHELL, source: 'PATH' });
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

test('the headless shell and the full build capture the example site with the same pixels', async () => {
  const full = await capture(FULL);
  const shell = await capture(SHELL);
  // Each run really drove the executable it was given (the manifest names it).
  assert.match(full.browser, /^Chromium \d/);
  assert.match(shell.browser, /^Chromium Headless Shell \d/);
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
    if (off / (a.width * a.height) > MAX_DIFFERING_SHARE) differing.push(`${name}: ${off} pixels differ`);
  }
  assert.deepEqual(differing, []);
});
