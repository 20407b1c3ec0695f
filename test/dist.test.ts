// dist/ as GitHub runs it: a checkout with no node_modules, under Node 24,
// inputs as INPUT_* variables, outputs through GITHUB_OUTPUT.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { startExampleSite } from './helpers/site.ts';
import { runDistAction } from './helpers/action-process.ts';
import { freshCheckout, node24 as node24Path } from './helpers/checkout.ts';
import { childEnv, runProcess } from './helpers/run.ts';
import { readZip } from './helpers/zip.ts';
import type { Manifest } from '../src/core/manifest.ts';

let site: Awaited<ReturnType<typeof startExampleSite>>;
let checkout: string;
let node24: string;

before(async () => {
  node24 = node24Path();
  checkout = freshCheckout('framecap-checkout-');
  site = await startExampleSite();
});
after(async () => {
  await site?.close();
  if (checkout) rmSync(checkout, { recursive: true, force: true });
});

test('action.yml runs dist/action.js on node24 and declares what the code reads', () => {
  const action = parseYaml(readFileSync('action.yml', 'utf8'));
  assert.equal(action.runs.using, 'node24');
  assert.equal(action.runs.main, 'dist/action.js');
  const declared = Object.keys(action.inputs);
  const src = readFileSync('src/action/inputs.ts', 'utf8');
  for (const [, name] of src.matchAll(/^\s+'?([a-z-]+)'?: '[a-z-]+',$/gm)) {
    assert.ok(declared.includes(name!), `input ${name} read by inputs.ts but not declared in action.yml`);
  }
  for (const [name, spec] of Object.entries(action.inputs as Record<string, { description?: string }>)) {
    assert.ok(spec.description && spec.description.length > 10, `input ${name} has a description`);
  }
});

test('the Action runs from a checkout with no node_modules under Node 24', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'framecap-ws-'));
  const r = await runDistAction(node24, checkout, { cwd: workspace, env: {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: workspace,
    'INPUT_SITEMAP': `${site.origin}/sitemap.xml`,
    'INPUT_URLS': `${site.origin}/missing.html`,
    'INPUT_DEVICE': 'browser-macos',
    'INPUT_BACKGROUND': 'midnight',
    'INPUT_CONCURRENCY': '2',
    'INPUT_RETRIES': '0',
    'INPUT_OUTPUT': join(workspace, 'captures.zip'),
    'INPUT_FAIL-ON': 'failed',
  } });
  assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
  const { outputs } = r;
  assert.equal(outputs.status, 'partial');
  assert.equal(outputs['zip-path'], join(workspace, 'captures.zip'));
  const job = JSON.parse(outputs.json!);
  assert.equal(Number(outputs.total), job.progress.total);
  assert.equal(Number(outputs.failed), 1);
  assert.equal(Number(outputs.completed), job.progress.total - 1);
  const entries = await readZip(outputs['zip-path']!);
  const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
  assert.equal(manifest.job.id, outputs['job-id']);
  const ok = manifest.captures.filter((c) => c.status === 'ok');
  assert.equal(ok.length, Number(outputs.completed));
  const first = entries.find((e) => e.name === ok[0]!.file)!;
  const meta = await sharp(first.data).metadata();
  assert.equal(meta.width, ok[0]!.width);
  rmSync(workspace, { recursive: true, force: true });
});

test('a bad input fails the step with a message naming the input', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'framecap-ws-'));
  const r = await runDistAction(node24, checkout, { cwd: workspace, env: { INPUT_URLS: `${site.origin}/`, INPUT_VIEWPORT: 'big' } });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /::error::input 'viewport' must be WIDTHxHEIGHT/);
  rmSync(workspace, { recursive: true, force: true });
});

test('the bundled CLI runs from the same checkout', async () => {
  const out = join(checkout, 'cli-out.zip');
  // --dismiss-consent reads autoconsent's files at run time: they must ship in dist/node_modules.
  const r = await runProcess(node24, [join(checkout, 'bin/framecap.js'), 'capture', `${site.origin}/`, '--dismiss-consent', '-o', out, '--json', '--quiet'], { env: childEnv() });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).status, 'completed');
  const d = await runProcess(node24, [join(checkout, 'bin/framecap.js'), 'devices'], { env: childEnv() });
  assert.equal(d.code, 0, d.stderr);
  assert.match(d.stdout, /browser-macos/);
});
