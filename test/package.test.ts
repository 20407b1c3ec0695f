// The npm package as a library user gets it: `npm pack`, installed into a
// fresh project, its type declarations checked by a strict compile, and its
// CLI run from there. One install (the slow part); the npm cache keeps it short.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { startExampleSite } from './helpers/site.ts';
import { childEnv, runProcess } from './helpers/run.ts';
import { testBrowser } from './helpers/system.ts';
import { readZip } from './helpers/zip.ts';
import { scratchRoot } from './helpers/scratch.ts';
import type { Job } from '../src/core/job.ts';
import type { Manifest } from '../src/core/manifest.ts';

const REPO = process.cwd();
const TSC = join(REPO, 'node_modules/typescript/bin/tsc');
// What the vendored sharp + playwright-core tree would add: it alone packs to about 11 MB.
const MAX_PACKED_BYTES = 5 * 1024 * 1024;

let site: Awaited<ReturnType<typeof startExampleSite>>;
let dir: string;
let project: string;
let packed: { filename: string; size: number; files: { path: string }[] };

before(async () => {
  assert.ok(existsSync('dist/types/index.d.ts'), 'dist/ has no type declarations: run `npm run build`');
  dir = mkdtempSync(join(scratchRoot(), 'framecap-package-'));
  const pack = await runProcess('npm', ['pack', '--json', '--pack-destination', dir], { cwd: REPO });
  assert.equal(pack.code, 0, pack.stderr);
  packed = JSON.parse(pack.stdout)[0];
  project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-framecap', private: true, type: 'module' }));
  // @types/node: the declarations use Node's stream and http types, as any Node library's do.
  const install = await runProcess('npm', [
    'install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, packed.filename), '@types/node@20',
  ], { cwd: project });
  assert.equal(install.code, 0, `${install.stdout}\n${install.stderr}`);
  site = await startExampleSite();
});
after(async () => {
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the tarball carries the bundles, the frames and the types, not the vendored node_modules', () => {
  const files = packed.files.map((f) => f.path);
  const vendored = files.filter((f) => f.includes('node_modules/'));
  assert.deepEqual(vendored, [], 'dist/node_modules is for the Action in the repository, not for npm');
  for (const f of [
    'bin/framecap.js', 'dist/lib.js', 'dist/server.js', 'dist/client.js', 'dist/cli.js', 'dist/frames/catalog.json',
    'dist/types/index.d.ts', 'dist/types/server/index.d.ts', 'dist/types/client/index.d.ts',
  ]) assert.ok(files.includes(f), `${f} is in the package`);
  assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/')), 'sources and tests stay out');
  const size = statSync(join(dir, packed.filename)).size;
  assert.equal(size, packed.size);
  assert.ok(size < MAX_PACKED_BYTES, `the tarball is ${size} bytes`);
  // The library finds sharp and playwright-core where npm put them for this platform.
  assert.ok(!existsSync(join(project, 'node_modules/framecap/dist/node_modules')));
  assert.ok(existsSync(join(project, 'node_modules/sharp/package.json')), 'sharp installed as a dependency');
  assert.ok(existsSync(join(project, 'node_modules/playwright-core/package.json')), 'playwright-core installed as a dependency');
});

test('a strict TypeScript project gets real types from the three entry points', async () => {
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true,
      // Checks framecap's declarations too: an import in them that does not resolve is an error, not `any`.
      skipLibCheck: false, types: ['node'],
    },
    files: ['use.ts'],
  }));
  // Every @ts-expect-error below is unused, so an error, if the type it guards is `any`.
  writeFileSync(join(project, 'use.ts'), `
import os from 'node:os';
import { resolveSettings, runCapture, UserError, VERSION } from 'framecap';
import type { CaptureOptions, Job, JobStatus, ManifestRow, Manifest, RunEvents, VideoFormat, VideoOptions } from 'framecap';
import { createServer } from 'framecap/server';
import type { ServerConfig, FramecapServer } from 'framecap/server';
import { JobsClient, JobsApiError } from 'framecap/client';
import type { JobsClientOptions, Submitted } from 'framecap/client';

const { options } = resolveSettings(
  { sitemap: ['https://example.com/sitemap.xml'], output: 'shots.zip', scale: 2 },
  { cores: os.availableParallelism(), freeMemBytes: os.freemem() },
);
const typed: CaptureOptions = options;
// @ts-expect-error the viewport is an object
typed.render.viewport = '1280x800';
// @ts-expect-error a source has a kind
const noSource: CaptureOptions['sources'][number] = { location: 'https://example.com/sitemap.xml' };

function describe(job: Job): string {
  switch (job.status) {
    case 'completed':
    case 'partial':
      return job.progress.completed + '/' + job.progress.total;
    case 'failed':
    case 'canceled':
      return job.error ?? job.status;
    case 'pending':
    case 'processing':
      return job.progress.percentage + '%';
    default: {
      const unknown: never = job.status;
      return unknown;
    }
  }
}
// @ts-expect-error not a status
const done: JobStatus = 'done';

const video: VideoOptions = { mode: 'scroll', format: 'webp', durationMs: null, fps: 12, pauseMs: 500, scrollTo: null };
typed.render.video = video;
// @ts-expect-error not a video format
const avi: VideoFormat = 'avi';

const events: RunEvents = {
  result(row: ManifestRow, progress) {
    const bytes: number | null = row.bytes;
    // @ts-expect-error percentage is a number
    const pct: string = progress.percentage;
    void bytes; void pct;
  },
};
const run: Promise<{ job: Job; manifest: Manifest }> = runCapture(typed, events);

const config: ServerConfig = { dataDir: './data', apiKeys: ['key'], port: 0 };
// @ts-expect-error the port is a number
const badConfig: ServerConfig = { dataDir: './data', port: '8080' };
const server: Promise<FramecapServer> = createServer(config);
async function origin(): Promise<string> { return (await server).start(); }

const clientOptions: JobsClientOptions = { apiUrl: 'https://shots.example.com', apiKey: 'key' };
const client = new JobsClient(clientOptions);
async function submit(): Promise<Job | null> {
  const submitted: Submitted = await client.submitBatch({ urls: ['https://example.com/'] });
  // @ts-expect-error job_id is a string
  const id: number = submitted.job_id;
  void id;
  return client.waitFor(submitted.job_id, { onProgress: (j) => describe(j) });
}
const isUserError: boolean = new JobsApiError('x', 500) instanceof UserError;
const version: string = VERSION;

void noSource; void done; void avi; void run; void badConfig; void origin; void submit; void isUserError; void version;
`);
  const r = await runProcess(process.execPath, [TSC, '-p', project], { cwd: project });
  assert.equal(r.code, 0, `tsc found errors in a strict project using framecap:\n${r.stdout}${r.stderr}`);
});

test('the three entry points load in the installed project', async () => {
  const r = await runProcess(process.execPath, ['--input-type=module', '-e', `
    const lib = await import('framecap');
    const server = await import('framecap/server');
    const client = await import('framecap/client');
    console.log(JSON.stringify([typeof lib.runCapture, typeof server.createServer, typeof client.JobsClient, lib.VERSION]));
  `], { cwd: project });
  assert.equal(r.code, 0, r.stderr);
  const [runCapture, createServer, JobsClient, version] = JSON.parse(r.stdout);
  assert.deepEqual([runCapture, createServer, JobsClient], ['function', 'function', 'function']);
  assert.equal(version, JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
});

test('npx framecap capture from the installed project writes a ZIP of the pages', async () => {
  const pages = ['/', '/pricing.html', '/about.html'].map((p) => `${site.origin}${p}`);
  const zip = join(project, 'shots.zip');
  const r = await runProcess('npx', ['--no-install', 'framecap', 'capture', ...pages, '--timeout', '30000', '-o', zip, '--json'], {
    cwd: project,
    env: childEnv({ CHROME_PATH: testBrowser('shell') }),
  });
  assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
  const job = JSON.parse(r.stdout) as Job;
  assert.equal(job.status, 'completed');
  const entries = await readZip(zip);
  const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
  assert.deepEqual(manifest.captures.map((c) => c.url).sort(), [...pages].sort());
  for (const row of manifest.captures) {
    assert.equal(row.status, 'ok', `${row.url}: ${row.error}`);
    const entry = entries.find((e) => e.name === row.file);
    assert.ok(entry, `${row.file} in the ZIP`);
    const meta = await sharp(entry.data).metadata();
    assert.equal(meta.format, 'png');
    assert.equal(meta.width, row.width);
    assert.equal(meta.height, row.height);
  }
});
