// The Action's extras against local stand-ins of the services their real
// clients call (@actions/artifact → results service + blob store; Octokit →
// REST API), in-process. The merge step is used where a whole step runs: it
// needs no browser, so these stay fast; action-e2e runs a real capture.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { artifactUrl, defaultArtifactName, uploadOutput } from '../src/action/artifact.ts';
import { COMMENT_MAX_CHARS, commentBody, commentMarker } from '../src/action/comment.ts';
import { runnerContext } from '../src/action/context.ts';
import { githubClient } from '../src/action/github.ts';
import { platformProblem } from '../src/action/platform.ts';
import { summaryMarkdown } from '../src/action/summary.ts';
import { publishThumbnails } from '../src/action/thumbnails.ts';
import { newJob, progressOf } from '../src/core/job.ts';
import { buildManifest } from '../src/core/manifest.ts';
import type { ManifestSettings } from '../src/core/manifest.ts';
import { openSink } from '../src/core/sink/index.ts';
import type { ManifestRow } from '../src/core/types.ts';
import { pullRequestEvent, runtimeToken, startStandIn } from './action-stand-ins.ts';
import type { StandIn } from './action-stand-ins.ts';
import { runStep } from './helpers/action-io.ts';
import type { Step } from './helpers/action-io.ts';
import { readZip } from './helpers/zip.ts';
import { tempDir } from './helpers/temp-dir.ts';

const dir = tempDir('framecap-services-');
/** The runner names a summary file; the fake ActionIO keeps what the step appends to it. */
let summaryFile: string;
before(() => {
  summaryFile = join(dir, 'step-summary.md');
});

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const TOKEN = 'ghs_standInToken0123456789';

const SETTINGS = {
  viewport: '1280x800', scale: 1, full_page: false, wait_until: 'load', color_scheme: 'light', device: 'none', theme: 'light',
  background: 'midnight', format: 'png', quality: 90, concurrency: 2, header_names: [], cookie_names: [], browser: 'Chromium',
} satisfies ManifestSettings;

let shardCount = 0;
/** A framecap ZIP with `pages` real 960×600 captures and one failed row. */
async function shardZip(pages: number): Promise<string> {
  const path = join(dir, `shard-${++shardCount}.zip`);
  const sink = await openSink(path);
  const rows: ManifestRow[] = [];
  for (let i = 0; i < pages; i++) {
    const data = await sharp({ create: { width: 960, height: 600, channels: 3, background: { r: 30 * i, g: 90, b: 160 } } }).png().toBuffer();
    const file = `s${shardCount}/page-${i}.png`;
    await sink.add(file, data);
    rows.push({ url: `https://site.example/s${shardCount}/page-${i}`, final_url: null, http_status: 200, status: 'ok', file, width: 960, height: 600,
      format: 'png', bytes: data.length, sha256: sha256(data), duration_ms: 100, attempts: 1, error: null });
  }
  rows.push({ url: `https://site.example/s${shardCount}/gone`, final_url: null, http_status: 404, status: 'failed', file: null, width: null, height: null,
    format: null, bytes: null, sha256: null, duration_ms: 20, attempts: 1, error: 'HTTP 404 Not Found' });
  const job = newJob('sitemap');
  job.progress = progressOf(rows.length, pages, 1);
  job.status = 'partial';
  job.started_at = new Date(Date.now() - 60_000).toISOString();
  job.completed_at = new Date().toISOString();
  await sink.add('manifest.json', Buffer.from(JSON.stringify(buildManifest(job, SETTINGS, [], rows))));
  await sink.close();
  return path;
}

/** One Action step in-process: inputs and runner variables set exactly as given, everything else unset. */
async function runMergeStep(stand: StandIn | null, inputs: Record<string, string>, runner: Record<string, string> = {}, event?: object): Promise<Step> {
  const env: Record<string, string> = {
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: 'acme/site',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '777',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'Previews',
    GITHUB_JOB: 'merge',
    GITHUB_SHA: 'b'.repeat(40),
    ...(stand ? { GITHUB_API_URL: stand.origin, ACTIONS_RESULTS_URL: `${stand.origin}/`, ACTIONS_RUNTIME_TOKEN: runtimeToken() } : {}),
    ...runner,
  };
  if (event) {
    env.GITHUB_EVENT_PATH = join(dir, `event-${Math.random()}.json`);
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(event));
  }
  return runStep(env, inputs);
}

test('a ZIP is uploaded as-is, under the artifact name, to the service the runner names', async () => {
  const stand = await startStandIn();
  try {
    const zip = await shardZip(1);
    const ctx = runnerContext({ GITHUB_REPOSITORY: 'acme/site', GITHUB_RUN_ID: '99', GITHUB_SERVER_URL: 'https://github.com', RUNNER_TEMP: dir,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${stand.origin}/` });
    Object.assign(process.env, { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${stand.origin}/`, GITHUB_SERVER_URL: 'https://github.com' });
    const logs: string[] = [];
    const log = { info: (l: string) => logs.push(l), notice: (l: string) => logs.push(`notice: ${l}`), warn: (l: string) => logs.push(`warn: ${l}`) };
    const uploaded = await uploadOutput({ output: { path: zip, kind: 'zip' }, name: 'docs-shots', retentionDays: 5 }, ctx, log);

    assert.deepEqual(uploaded, { id: 4242, name: 'docs-shots.zip', size: readFileSync(zip).length, url: 'https://github.com/acme/site/actions/runs/99/artifacts/4242' });
    const stored = stand.artifacts.get('docs-shots.zip')!;
    assert.ok(stored.data.equals(readFileSync(zip)), 'the blob store got the ZIP byte for byte: no ZIP inside a ZIP');
    assert.equal(stored.create.mime_type, 'application/zip');
    assert.equal(stored.create.workflow_run_backend_id, 'run-backend-1');
    const expires = Date.parse(String(stored.create.expires_at));
    assert.ok(Math.abs(expires - (Date.now() + 5 * 86_400_000)) < 86_400_000 + 60_000, 'retention-days → expires_at');
    assert.equal(stored.finalize.hash, `sha256:${sha256(readFileSync(zip))}`);
    assert.equal(stored.finalize.size, String(readFileSync(zip).length));
    const twirp = stand.requests.filter((r) => r.path.startsWith('/twirp/'));
    assert.deepEqual(twirp.map((r) => r.path.split('/').pop()), ['CreateArtifact', 'FinalizeArtifact']);
    for (const r of twirp) assert.equal(r.headers.authorization, `Bearer ${runtimeToken()}`);
    assert.ok(stand.requests.some((r) => r.method === 'PUT' && r.query.get('sig') === 'c3RhbmQtaW4tc2ln'), 'the blob went to the signed URL');
    assert.deepEqual(readdirSync(dir).filter((n) => n.startsWith('framecap-artifact-')), [], 'the staging link is cleaned up');
    assert.ok(existsSync(zip), 'the output itself stays');
  } finally {
    await stand.close();
  }
});

test('a folder output becomes a zipped artifact of its files', async () => {
  const stand = await startStandIn();
  try {
    const folder = join(dir, 'folder-output');
    mkdirSync(join(folder, 'docs'), { recursive: true });
    writeFileSync(join(folder, 'index.png'), 'png-1');
    writeFileSync(join(folder, 'docs', 'install.png'), 'png-2');
    writeFileSync(join(folder, 'manifest.json'), '{}');
    const ctx = runnerContext({ RUNNER_TEMP: dir, ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${stand.origin}/` });
    Object.assign(process.env, { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${stand.origin}/`, GITHUB_SERVER_URL: 'https://github.com' });
    const quiet = { info: () => {}, notice: () => {}, warn: (l: string) => assert.fail(l) };
    const uploaded = await uploadOutput({ output: { path: folder, kind: 'dir' }, name: 'shots', retentionDays: null }, ctx, quiet);
    assert.equal(uploaded?.name, 'shots');
    assert.equal(uploaded?.url, null, 'no repository or run known: no link');
    const blob = join(dir, 'received.zip');
    writeFileSync(blob, stand.artifacts.get('shots')!.data);
    assert.deepEqual((await readZip(blob)).map((e) => e.name).sort(), ['docs/install.png', 'index.png', 'manifest.json']);
    assert.equal(stand.artifacts.get('shots')!.create.expires_at, undefined, 'no retention-days: the repository default');
  } finally {
    await stand.close();
  }
});

test('outside a run the upload is skipped with a notice; a refused upload is a warning, never a throw', async () => {
  const zip = await shardZip(1);
  const logs: string[] = [];
  const log = { info: (l: string) => logs.push(l), notice: (l: string) => logs.push(`notice: ${l}`), warn: (l: string) => logs.push(`warn: ${l}`) };
  assert.equal(await uploadOutput({ output: { path: zip, kind: 'zip' }, name: 'x', retentionDays: null }, runnerContext({}), log), null);
  assert.match(logs.pop()!, /^notice: artifact upload skipped: not running in a GitHub Actions job/);

  const stand = await startStandIn({ refuseArtifacts: 409 });
  try {
    Object.assign(process.env, { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${stand.origin}/`, GITHUB_SERVER_URL: 'https://github.com' });
    const ctx = runnerContext({ RUNNER_TEMP: dir, ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${stand.origin}/` });
    assert.equal(await uploadOutput({ output: { path: zip, kind: 'zip' }, name: 'x', retentionDays: null }, ctx, log), null);
    assert.match(logs.pop()!, /^warn: artifact upload failed: .*409.*The captures are still on the runner at /);
  } finally {
    await stand.close();
  }
});

test('the artifact name follows the output and the shard; its link is the run\'s artifact page', () => {
  assert.equal(defaultArtifactName('/w/framecap.zip', null), 'framecap');
  assert.equal(defaultArtifactName('/w/docs.ZIP', { index: 2, count: 4 }), 'docs-2-of-4');
  assert.equal(defaultArtifactName('/w/shots', null), 'shots');
  const ctx = runnerContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '5', GITHUB_SERVER_URL: 'https://ghe.example.com/' });
  assert.equal(artifactUrl(ctx, 12), 'https://ghe.example.com/o/r/actions/runs/5/artifacts/12');
  assert.equal(artifactUrl(runnerContext({}), 12), null);
});

test('a fork\'s pull request: no comment, no branch write, a notice, and the step still passes', async () => {
  const stand = await startStandIn();
  try {
    const zip = await shardZip(2);
    const step = await runMergeStep(stand, { merge: zip, output: join(dir, 'fork.zip'), 'comment-images-branch': 'framecap-previews', 'github-token': TOKEN },
      { GITHUB_EVENT_NAME: 'pull_request' }, pullRequestEvent(3, { fork: true }));
    assert.equal(step.failure, null);
    assert.match(step.printed, /::notice::PR comment skipped: pull requests from forks get a read-only token/);
    assert.deepEqual(stand.requests.filter((r) => r.path.startsWith('/repos/')), []);
    assert.equal(step.outputs['comment-url'], '');
    assert.ok(stand.artifacts.has('fork.zip'), 'the artifact is still uploaded');
  } finally {
    await stand.close();
  }
});

test('a token that may not comment: a notice, the step passes; with no contents permission the comment has no images', async () => {
  const noComments = await startStandIn({ forbidComments: true });
  try {
    const step = await runMergeStep(noComments, { merge: await shardZip(1), output: join(dir, 'nocomment.zip'), 'github-token': TOKEN },
      { GITHUB_EVENT_NAME: 'pull_request' }, pullRequestEvent(4));
    assert.equal(step.failure, null);
    assert.match(step.printed, /::notice::PR comment skipped: the token may not comment on #4 \(needs pull-requests: write/);
    const listed = noComments.requests.find((r) => r.path === '/repos/acme/site/issues/4/comments')!;
    assert.equal(listed.headers.authorization, `token ${TOKEN}`);
  } finally {
    await noComments.close();
  }

  const noContents = await startStandIn({ forbidContents: true });
  try {
    const step = await runMergeStep(noContents, { merge: await shardZip(1), output: join(dir, 'noimages.zip'), 'github-token': TOKEN, 'comment-images-branch': 'previews' },
      { GITHUB_EVENT_NAME: 'pull_request' }, pullRequestEvent(5));
    assert.equal(step.failure, null);
    assert.match(step.printed, /::notice::PR comment images skipped: the token may not write to previews \(needs contents: write\)/);
    assert.equal(noContents.comments.length, 1);
    const body = noContents.comments[0]!.body;
    assert.match(body, /^<!-- framecap:Previews:merge -->/);
    assert.doesNotMatch(body, /<img /);
    assert.match(body, /Thumbnails could not be published/);
    assert.match(body, /\[Download the screenshots\]\(https:\/\/github\.com\/acme\/site\/actions\/runs\/777\/artifacts\/4242\)/);
  } finally {
    await noContents.close();
  }
});

test('comment: auto stays quiet outside pull requests; comment: on with pull-request comments from workflow_run', async () => {
  const stand = await startStandIn();
  try {
    const push = await runMergeStep(stand, { merge: await shardZip(1), output: join(dir, 'push.zip'), 'github-token': TOKEN }, { GITHUB_EVENT_NAME: 'push' });
    assert.equal(push.failure, null);
    assert.equal(stand.requests.filter((r) => r.path.startsWith('/repos/')).length, 0);

    const trusted = await runMergeStep(stand, { merge: await shardZip(1), output: join(dir, 'wfrun.zip'), 'github-token': TOKEN, comment: 'on', 'pull-request': '8', upload: 'false' },
      { GITHUB_EVENT_NAME: 'workflow_run' }, { workflow_run: { id: 1, pull_requests: [] } });
    assert.equal(trusted.failure, null);
    assert.equal(stand.comments.length, 1);
    assert.equal(stand.comments[0]!.issue, 8);
    assert.equal(trusted.outputs['artifact-id'], '');
    assert.match(stand.comments[0]!.body, /^<!-- framecap:Previews:merge -->/);
    assert.equal(trusted.outputs['comment-url'], 'https://github.com/acme/site/pull/8#issuecomment-100');
  } finally {
    await stand.close();
  }
});

test('thumbnails: a branch that moved meanwhile is built on, not overwritten', async () => {
  const stand = await startStandIn({ raceOnce: true });
  try {
    const gh = githubClient(TOKEN, stand.origin);
    const files = [{ name: '01-a.jpg', data: Buffer.from('one') }];
    const first = await publishThumbnails(gh, { owner: 'acme', repo: 'site', branch: 'previews', folder: 'pr-1/W-j', run: '1-1', files, message: 'first' });
    assert.deepEqual(stand.commits.get(first.commit)!.parents, [], 'a new branch starts as an orphan');
    assert.deepEqual(stand.filesOn('previews'), ['README.md', 'pr-1/W-j/1-1/01-a.jpg']);

    const second = await publishThumbnails(gh, { owner: 'acme', repo: 'site', branch: 'previews', folder: 'pr-1/W-j', run: '2-1', files, message: 'second' });
    const parent = stand.commits.get(second.commit)!.parents[0]!;
    assert.equal(stand.commits.get(parent)!.message, 'another run', 'after the 422 it rebuilt on the other run\'s commit');
    assert.equal(stand.refs.get('heads/previews'), second.commit);
    assert.deepEqual(stand.filesOn('previews'), ['README.md', 'pr-1/W-j/2-1/01-a.jpg'], 'the old run\'s folder is gone from the tip');
    assert.equal(second.paths.get('01-a.jpg'), 'pr-1/W-j/2-1/01-a.jpg');
  } finally {
    await stand.close();
  }
});

test('the job summary and the comment stay under their size limits for big sites', () => {
  const rows: ManifestRow[] = Array.from({ length: 20_000 }, (_, i) => ({
    url: `https://docs.example.com/section-${i % 50}/a-rather-long-page-name-${i}.html?ref=${i}|x`, final_url: null, http_status: i % 97 === 0 ? 500 : 200,
    status: i % 97 === 0 ? 'failed' : 'ok', file: i % 97 === 0 ? null : `section-${i % 50}/page-${i}.png`, width: 1408, height: 974, format: 'png',
    bytes: 400_000, sha256: null, duration_ms: 900, attempts: 1, error: i % 97 === 0 ? 'HTTP 500 Internal Server Error' : null,
  }));
  const job = newJob('sitemap');
  job.progress = progressOf(rows.length, rows.filter((r) => r.status === 'ok').length, rows.filter((r) => r.status === 'failed').length);
  job.status = 'partial';
  const md = summaryMarkdown({ job, rows, outputPath: '/w/f.zip', manifestPath: '/w/f.manifest.json', artifact: { name: 'f.zip', url: 'https://github.com/o/r/actions/runs/1/artifacts/2', size: 8e9 }, mode: 'capture' });
  assert.ok(Buffer.byteLength(md) <= 512 * 1024, `summary is ${Buffer.byteLength(md)} bytes`);
  assert.match(md, /… \d+ more pages are listed in `manifest\.json` in the \[f\.zip \(7\.5 GB\)\]/);
  assert.match(md, /### Failed pages \(207\)/);
  assert.doesNotMatch(md.split('\n').filter((l) => l.startsWith('| ✅')).join('\n'), /\|x\]/, 'a pipe in a URL cannot break the table');

  const body = commentBody({ marker: commentMarker('CI', 'shots'), job, rows, artifact: null, runUrl: null, sha: null, images: [], imagesNote: null });
  assert.ok(body.length <= COMMENT_MAX_CHARS, `comment is ${body.length} characters`);
  assert.match(body, /… \d+ more pages in `manifest\.json`/);
});

test('the marker cannot be broken out of, and the platform check names what to do', () => {
  assert.equal(commentMarker('Deploy --> <script>', 'job'), '<!-- framecap:Deploy -_ _script_:job -->');
  assert.equal(platformProblem({ platform: 'linux', arch: 'x64', glibc: '2.39' }), null);
  assert.match(platformProblem({ platform: 'darwin', arch: 'arm64', glibc: undefined })!, /Linux x64 runners only \(this one is darwin\/arm64\): use runs-on: ubuntu-latest/);
  assert.match(platformProblem({ platform: 'win32', arch: 'x64', glibc: undefined })!, /win32\/x64/);
  assert.match(platformProblem({ platform: 'linux', arch: 'x64', glibc: undefined })!, /glibc-based Linux.*Alpine/);
  assert.match(platformProblem({ platform: 'linux', arch: 'x64', glibc: '2.17' })!, /glibc 2\.28 or newer \(this runner has 2\.17\)/);
});
