// dist/ as GitHub runs it on a pull request: a checkout with no node_modules,
// Node 24, inputs as INPUT_*, the runner's variables pointing the artifact
// client and Octokit at local stand-ins. One real capture of the example
// site, then a second run of the same job to show the comment is sticky.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Job } from '../src/core/job.ts';
import type { Manifest } from '../src/core/manifest.ts';
import { pullRequestEvent, runtimeToken, startStandIn } from './action-stand-ins.ts';
import type { StandIn } from './action-stand-ins.ts';
import type { ProcessRun } from './helpers/run.ts';
import { startExampleSite } from './helpers/site.ts';
import { runDistAction } from './helpers/action-process.ts';
import { freshCheckout, node24 as node24Path } from './helpers/checkout.ts';
import type { ExampleSite } from './helpers/site.ts';
import { readZip } from './helpers/zip.ts';

const TOKEN = 'ghs_e2eTokenThatMustNeverBePrinted';
const HEADER_SECRET = 'header-value-never-printed';
let site: ExampleSite;
let stand: StandIn;
let checkout: string;
let workspace: string;
let node24: string;

before(async () => {
  node24 = node24Path();
  checkout = freshCheckout('framecap-e2e-checkout-');
  workspace = mkdtempSync(join(tmpdir(), 'framecap-e2e-ws-'));
  site = await startExampleSite();
  stand = await startStandIn();
});
after(async () => {
  await site?.close();
  await stand?.close();
  for (const d of [checkout, workspace]) if (d) rmSync(d, { recursive: true, force: true });
});

interface StepRun extends ProcessRun {
  outputs: Record<string, string>;
  summary: string;
}

async function step(runId: string): Promise<StepRun> {
  const summaryFile = join(workspace, `summary-${runId}.md`);
  const eventFile = join(workspace, 'event.json');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(pullRequestEvent(7)));
  const r = await runDistAction(node24, checkout, { cwd: workspace, env: {
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: workspace,
    GITHUB_REPOSITORY: 'acme/site',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'PR previews',
    GITHUB_JOB: 'shots',
    GITHUB_SHA: 'c'.repeat(40),
    // Only used to build links (and to tell github.com from GHES); never contacted.
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: stand.origin,
    ACTIONS_RESULTS_URL: `${stand.origin}/`,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(),
    INPUT_URLS: ['/', '/pricing.html', '/docs/install.html', '/no-such-page.html'].map((p) => `${site.origin}${p}`).join('\n'),
    INPUT_DEVICE: 'browser-macos',
    'INPUT_FULL-PAGE': 'true',
    INPUT_CONCURRENCY: '2',
    INPUT_RETRIES: '0',
    INPUT_HEADERS: `X-Preview-Auth: ${HEADER_SECRET}`,
    INPUT_OUTPUT: join(workspace, 'out', 'captures.zip'),
    'INPUT_ARTIFACT-NAME': 'pr-shots',
    'INPUT_RETENTION-DAYS': '3',
    'INPUT_COMMENT-IMAGES-BRANCH': 'framecap-previews',
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_WEBHOOK-URL': `${stand.origin}/hook`,
  } });
  return { ...r, summary: readFileSync(summaryFile, 'utf8') };
}

test('a pull request run: capture, artifact, webhook, summary and a sticky comment with thumbnails', async () => {
  const first = await step('1001');
  assert.equal(first.code, 0, `${first.stdout}\n${first.stderr}`);
  const { outputs } = first;

  // Outputs and the ZIP.
  assert.equal(outputs.status, 'partial');
  assert.deepEqual([outputs.total, outputs.completed, outputs.failed], ['4', '3', '1']);
  const zipPath = join(workspace, 'out', 'captures.zip');
  assert.equal(outputs['zip-path'], zipPath);
  const entries = await readZip(zipPath);
  const inZip = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString()) as Manifest;
  assert.equal(inZip.job.id, outputs['job-id']);
  assert.deepEqual(entries.map((e) => e.name).sort(), [...inZip.captures.filter((c) => c.file).map((c) => c.file!), 'manifest.json', 'index.html'].sort());

  // The artifact: the ZIP itself, named after artifact-name.
  const artifactUrl = 'https://github.com/acme/site/actions/runs/1001/artifacts/4242';
  assert.equal(outputs['artifact-id'], '4242');
  assert.equal(outputs['artifact-url'], artifactUrl);
  const artifact = stand.artifacts.get('pr-shots.zip')!;
  assert.ok(artifact.data.equals(readFileSync(zipPath)), 'uploaded as-is: no ZIP inside a ZIP');
  assert.ok(Date.parse(String(artifact.create.expires_at)) > Date.now() + 2 * 86_400_000);

  // The webhook went out after the upload, so it carries the artifact's URL.
  assert.equal(stand.webhooks.length, 1);
  assert.equal(stand.webhooks[0]!.result_url, artifactUrl);
  assert.equal(stand.webhooks[0]!.pull_request, 7);

  // The manifest beside the ZIP has the final Job document; so does the json output.
  assert.equal(outputs['manifest-path'], join(workspace, 'out', 'captures.manifest.json'));
  const side = JSON.parse(readFileSync(outputs['manifest-path']!, 'utf8')) as Manifest;
  assert.equal(side.job.download_url, artifactUrl);
  assert.equal(side.job.webhook_status, 'delivered');
  assert.deepEqual(side.captures, inZip.captures);
  assert.deepEqual(JSON.parse(outputs.json!) as Job, side.job);

  // The job summary.
  assert.match(first.summary, /^## ⚠️ framecap: partial/m);
  assert.match(first.summary, /\*\*3\*\* of \*\*4\*\* pages captured, \*\*1\*\* failed in \d+s/);
  assert.ok(first.summary.includes(`| Artifact | [pr-shots.zip (`) && first.summary.includes(`](${artifactUrl}) |`));
  assert.equal(first.summary.split('\n').filter((l) => /^\| (✅|❌) \| \[/.test(l)).length, 4, 'one table row per page');
  assert.match(first.summary, /no-such-page\.html.*HTTP 404/);

  // Thumbnails: a new orphan branch with this run's folder, JPEGs 480 px wide, cut at 600.
  const files = stand.filesOn('framecap-previews');
  const folder = 'pr-7/PR-previews-shots/1001-1';
  assert.deepEqual(files, ['README.md', `${folder}/01-index.jpg`, `${folder}/02-pricing.jpg`, `${folder}/03-docs~install.jpg`]);
  const head = stand.refs.get('heads/framecap-previews')!;
  assert.deepEqual(stand.commits.get(head)!.parents, []);
  for (const blob of [...stand.blobs.values()].filter((b) => b[0] === 0xff)) {
    const meta = await sharp(blob).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.width, 480);
    assert.ok(meta.height! <= 600);
  }

  // The comment: created once, with the marker, the grid and the artifact link; Octokit sent the token.
  assert.equal(stand.comments.length, 1);
  const body = stand.comments[0]!.body;
  assert.ok(body.startsWith('<!-- framecap:PR previews:shots -->\n'));
  assert.ok(body.includes(`<img src="https://github.com/acme/site/raw/${head}/${folder}/01-index.jpg" width="260" alt="/">`));
  assert.ok(body.includes(`[Download the screenshots](${artifactUrl})`));
  assert.match(body, /no-such-page\.html.*HTTP 404/);
  assert.equal(outputs['comment-url'], 'https://github.com/acme/site/pull/7#issuecomment-100');
  const apiCalls = stand.requests.filter((r) => r.path.startsWith('/repos/'));
  assert.ok(apiCalls.length > 0 && apiCalls.every((r) => r.headers.authorization === `token ${TOKEN}`));

  // Secrets: masked for the runner, never printed otherwise.
  assert.ok(first.stdout.includes(`::add-mask::${TOKEN}`));
  for (const secret of [TOKEN, HEADER_SECRET]) {
    const leaks = `${first.stdout}\n${first.stderr}`.split('\n').filter((l) => l.includes(secret) && !l.startsWith('::add-mask::'));
    assert.deepEqual(leaks, [], `${secret} printed`);
  }
  assert.ok(!first.summary.includes(HEADER_SECRET) && !body.includes(HEADER_SECRET) && !JSON.stringify(side).includes(HEADER_SECRET));

  // The next push to the PR: same comment, updated in place; the branch keeps only the newest run.
  const second = await step('1002');
  assert.equal(second.code, 0, `${second.stdout}\n${second.stderr}`);
  assert.equal(stand.comments.length, 1, 'no second comment');
  assert.equal(stand.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues/7/comments')).length, 1);
  assert.equal(stand.requests.filter((r) => r.method === 'PATCH' && r.path === '/repos/acme/site/issues/comments/100').length, 1);
  assert.match(stand.comments[0]!.body, /\/pr-7\/PR-previews-shots\/1002-1\/01-index\.jpg/);
  assert.deepEqual(stand.filesOn('framecap-previews').filter((f) => f.includes('/1001-1/')), [], 'the older run\'s thumbnails left the tip');
  const newHead = stand.refs.get('heads/framecap-previews')!;
  assert.deepEqual(stand.commits.get(newHead)!.parents, [head], 'history kept: the older comment revision still loads');
  assert.equal(second.outputs['artifact-id'], '4243');
});
