// The Action's side of visual changes: the summary and the comment lead with
// the change report (and look exactly as before without one), the outputs,
// fail-on-change, and two real runs of the step where the second finds the
// first's artifact as its baseline through the stand-in Actions API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { changeFailure, changeOutputs, share } from '../src/action/changes.ts';
import { COMMENT_MAX_CHARS, commentBody, commentMarker } from '../src/action/comment.ts';
import { makeThumbnails } from '../src/action/thumbnails.ts';
import { openSink } from '../src/core/sink/index.ts';
import sharp from 'sharp';
import { SUMMARY_MAX_BYTES, summaryMarkdown } from '../src/action/summary.ts';
import { resolveSettings } from '../src/config/settings.ts';
import { newJob, progressOf } from '../src/core/job.ts';
import type { Manifest } from '../src/core/manifest.ts';
import { captureKey } from '../src/core/types.ts';
import type { ChangeReport, ManifestRow } from '../src/core/types.ts';
import { runtimeToken, startStandIn } from './action-stand-ins.ts';
import type { StandIn } from './action-stand-ins.ts';
import { runStep } from './helpers/action-io.ts';
import type { Step } from './helpers/action-io.ts';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { tempDir } from './helpers/temp-dir.ts';

function row(url: string, over: Partial<ManifestRow> = {}): ManifestRow {
  const file = `${new URL(url).pathname.slice(1).replace(/\/$/, '') || 'index'}.png`;
  return {
    url, final_url: null, http_status: 200, status: 'ok', file, width: 1280, height: 800, format: 'png', bytes: 50_000, sha256: null,
    duration_ms: 300, attempts: 1, error: null, ...over,
  };
}
const changed = (url: string, share: number): ManifestRow => {
  const r = row(url);
  return { ...r, change: 'changed', changed_share: share, diff: `changes/${r.file!.replace(/\.png$/, '.diff.png')}`, side_by_side: `changes/${r.file!.replace(/\.png$/, '.side.png')}` };
};

const ROWS: ManifestRow[] = [
  row('https://docs.example.com/', { change: 'unchanged', changed_share: 0, reused: true }),
  changed('https://docs.example.com/install', 0.012),
  row('https://docs.example.com/new-guide', { change: 'new' }),
  changed('https://docs.example.com/pricing', 0.184),
  changed('https://docs.example.com/tiny', 0.0004),
];
const REPORT: ChangeReport = {
  baseline: '/tmp/runner/framecap-baseline-1987/docs.zip',
  baseline_job_id: 'job_01KNRZZ0Y1X2W3V4T5S6R7Q8P9',
  counts: { new: 1, changed: 3, unchanged: 1, removed: 1, reused: 1 },
  removed: [{ url: 'https://docs.example.com/old-page', file: 'old-page.png' }],
};
const ARTIFACT = {
  artifact: { id: 1987, name: 'docs.zip', created_at: '2026-11-22T02:00:00Z', branch: 'main', run_id: 4650 },
  url: 'https://github.com/acme/docs/actions/runs/4650/artifacts/1987',
};

function finished(rows: readonly ManifestRow[]) {
  const job = newJob('sitemap', new Date('2026-11-23T02:00:00.000Z'));
  job.status = 'completed';
  job.progress = progressOf(rows.length, rows.length, 0);
  job.started_at = '2026-11-23T02:00:01.000Z';
  job.completed_at = '2026-11-23T02:01:01.000Z';
  return job;
}

const summaryOf = (changes: ChangeReport | null | undefined, rows = ROWS, baselineArtifact: typeof ARTIFACT | null = ARTIFACT): string =>
  summaryMarkdown({ job: finished(rows), rows, outputPath: '/w/docs.zip', manifestPath: '/w/docs.manifest.json', artifact: null, mode: 'capture', changes, baselineArtifact });

test('the summary leads with what changed: counts, changed pages most changed first with their diff, new, removed; then the rest as before', () => {
  const md = summaryOf(REPORT);
  const at = (s: string): number => {
    const i = md.indexOf(s);
    assert.ok(i >= 0, `summary has ${s}\n${md}`);
    return i;
  };
  assert.ok(at('### Changes since the baseline') < at('**5** of **5** pages captured'), 'changes come first');
  assert.ok(md.startsWith('## ✅ framecap: completed\n\n### Changes since the baseline'));
  at('**3** changed · **1** new · **1** removed · 1 unchanged (1 reused, not rendered)');
  at('Baseline: artifact [docs.zip](https://github.com/acme/docs/actions/runs/4650/artifacts/1987) from `main`, 2026-11-22T02:00:00Z');
  const table = md.split('\n').filter((l) => /^\| [\d<.]+%/.test(l));
  assert.deepEqual(table, [
    '| 18.4% | [/pricing](https://docs.example.com/pricing) | `changes/pricing.diff.png` |',
    '| 1.2% | [/install](https://docs.example.com/install) | `changes/install.diff.png` |',
    '| <0.1% | [/tiny](https://docs.example.com/tiny) | `changes/tiny.diff.png` |',
  ]);
  assert.ok(at('#### New pages (1)') < at('- [/new-guide](https://docs.example.com/new-guide)'));
  assert.ok(at('#### Removed pages (1)') < at('- [/old-page](https://docs.example.com/old-page)'));
  assert.ok(at('- [/old-page]') < at('### Pages (5)'), 'the page table follows');

  // A report given as a path (not latest) names the path; a run with nothing changed says so.
  const quiet: ChangeReport = { ...REPORT, counts: { new: 0, changed: 0, unchanged: 5, removed: 0, reused: 4 }, removed: [] };
  const calm = summaryOf(quiet, ROWS.map((r) => ({ ...r, change: 'unchanged' as const })), null);
  assert.match(calm, /No visual changes: \*\*0\*\* changed · \*\*0\*\* new · \*\*0\*\* removed · 5 unchanged \(4 reused, not rendered\)\./);
  assert.match(calm, /Baseline: `\/tmp\/runner\/framecap-baseline-1987\/docs\.zip`/);
  assert.doesNotMatch(calm, /#### (Changed|New|Removed) pages/);
});

test('no change report: the summary and the comment are exactly what they were', () => {
  const rows = ROWS.map(({ change: _c, changed_share: _s, reused: _r, diff: _d, side_by_side: _b, ...plain }) => plain);
  const job = finished(rows);
  const summary = (extra: object): string =>
    summaryMarkdown({ job, rows, outputPath: '/w/docs.zip', manifestPath: '/w/docs.manifest.json', artifact: null, mode: 'capture', ...extra });
  const before = summary({});
  assert.equal(summary({ changes: undefined, baselineArtifact: null }), before);
  assert.equal(summary({ changes: null, baselineArtifact: ARTIFACT }), before);
  assert.doesNotMatch(before, /Changes since|changed ·/);
  const base = { marker: commentMarker('Docs', 'shots'), job, rows, artifact: null, runUrl: null, sha: null, images: [], imagesNote: null };
  assert.equal(commentBody({ ...base, changes: null, diffImages: new Map([['https://docs.example.com/install', 'https://x/y.jpg']]) }), commentBody(base));
});

test('the comment leads with the changes; with comment images the changed pages show diff thumbnails', () => {
  const base = { marker: commentMarker('Docs', 'shots'), job: finished(ROWS), rows: ROWS, artifact: null, runUrl: null, sha: null, images: [], imagesNote: null };
  const plain = commentBody({ ...base, changes: REPORT, baselineArtifact: ARTIFACT });
  const lines = plain.split('\n');
  assert.equal(lines[0], '<!-- framecap:Docs:shots -->');
  assert.match(lines[1]!, /^### ✅ framecap: 5 of 5 pages captured/);
  assert.equal(lines[4], '**Changes since the baseline**');
  assert.ok(plain.indexOf('**Changed pages (3)**') < plain.indexOf('**Pages (5)**'));
  assert.match(plain, /\| 18\.4% \| \[\/pricing\]\(https:\/\/docs\.example\.com\/pricing\) \| `changes\/pricing\.diff\.png` \|/);
  assert.doesNotMatch(plain, /<img /);

  const src = 'https://github.com/acme/docs/raw/0123456789abcdef0123456789abcdef01234567/pr-3/Docs-shots/1-1/diff-01-changes--pricing.diff.jpg';
  const withImages = commentBody({ ...base, changes: REPORT, baselineArtifact: ARTIFACT, diffImages: new Map([['https://docs.example.com/pricing', src]]) });
  assert.ok(withImages.includes(`| 18.4% | [/pricing](https://docs.example.com/pricing) | <img src="${src}" width="240" alt="diff of /pricing"> |`), withImages);
  assert.match(withImages, /\| 1\.2% \| \[\/install\]\(https:\/\/docs\.example\.com\/install\) \| `changes\/install\.diff\.png` \|/, 'a page without a published thumbnail keeps its path');
});

test('big change reports stay inside the summary and comment limits and point at the manifest for the rest', () => {
  const rows: ManifestRow[] = Array.from({ length: 20_000 }, (_, i) =>
    i % 3 === 0 ? row(`https://docs.example.com/new/${i}-${'x'.repeat(150)}`, { change: 'new' }) : changed(`https://docs.example.com/p/${i}?q=${'y'.repeat(300)}`, (i % 1000) / 1000));
  const removed = Array.from({ length: 5_000 }, (_, i) => ({ url: `https://docs.example.com/gone/${i}`, file: null }));
  const report: ChangeReport = { ...REPORT, counts: { new: 6667, changed: 13_333, unchanged: 0, removed: removed.length, reused: 0 }, removed };
  const md = summaryOf(report, rows);
  assert.ok(Buffer.byteLength(md) <= SUMMARY_MAX_BYTES, `summary is ${Buffer.byteLength(md)} bytes`);
  const changesPart = md.slice(0, md.indexOf('pages captured'));
  assert.ok(Buffer.byteLength(changesPart) <= SUMMARY_MAX_BYTES / 4 + 200, `the changes take ${Buffer.byteLength(changesPart)} bytes`);
  assert.match(md, /- … and \d+ more in `manifest\.json`/);
  assert.match(md, /### Pages \(20000\)/, 'the page table still follows');

  const body = commentBody({ marker: commentMarker('CI', 'shots'), job: finished(rows), rows, artifact: null, runUrl: null, sha: null, images: [], imagesNote: null, changes: report });
  assert.ok(body.length <= COMMENT_MAX_CHARS, `comment is ${body.length} characters`);
  assert.match(body, /- … and \d+ more in `manifest\.json`/);
});

test('outputs: the counts and the report; without a baseline every captured page is new; fail-on-change says what changed', () => {
  const manifest: Pick<Manifest, 'changes' | 'captures'> = { changes: REPORT, captures: ROWS };
  const out = changeOutputs(manifest);
  assert.deepEqual({ ...out, 'changes-json': undefined }, {
    'changed-count': '3', 'new-count': '1', 'removed-count': '1', 'unchanged-count': '1', 'reused-count': '1', 'changes-json': undefined,
  });
  assert.deepEqual(JSON.parse(out['changes-json']!), REPORT);
  const none = changeOutputs({ captures: [...ROWS, row('https://docs.example.com/broken', { status: 'failed', file: null, error: 'HTTP 500' })] });
  assert.deepEqual(none, { 'changed-count': '0', 'new-count': '5', 'removed-count': '0', 'unchanged-count': '0', 'reused-count': '0', 'changes-json': '' });

  assert.equal(changeFailure(REPORT, ROWS, false), null);
  assert.equal(changeFailure(undefined, ROWS, true), null, 'no baseline: nothing to fail on');
  assert.equal(changeFailure({ ...REPORT, counts: { new: 0, changed: 0, unchanged: 5, removed: 0, reused: 0 }, removed: [] }, ROWS, true), null);
  assert.equal(changeFailure(REPORT, ROWS, true),
    'framecap: 3 changed, 1 new, 1 removed since the baseline (fail-on-change): /pricing, /install, /tiny, /new-guide, /old-page');
  assert.equal(share(0.5), '50.0%');
  assert.equal(share(0), '0.0%');
});

test('diff thumbnails are read from the rows\' diff images, under names apart from the captures\'', async () => {
  const zip = join(dir, 'with-diffs.zip');
  const sink = await openSink(zip);
  const png = (r: number): Promise<Buffer> => sharp({ create: { width: 960, height: 1400, channels: 3, background: { r, g: 40, b: 40 } } }).png().toBuffer();
  const rows = [changed('https://docs.example.com/pricing', 0.2), row('https://docs.example.com/about', { change: 'unchanged' })];
  await sink.add('pricing.png', await png(10));
  await sink.add('changes/pricing.diff.png', await png(250));
  await sink.add('about.png', await png(90));
  await sink.add('manifest.json', Buffer.from(JSON.stringify({ framecap: 'test', job: finished(rows), settings: {}, warnings: [], warnings_dropped: 0, captures: rows })));
  await sink.close();
  const diffs = await makeThumbnails(zip, rows, 12, (r) => r.diff, 'diff-');
  assert.deepEqual(diffs.map((d) => [d.row.url, d.name]), [['https://docs.example.com/pricing', 'diff-01-changes~pricing.diff.jpg']]);
  const meta = await sharp(diffs[0]!.data).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 480, 600], 'cut like every thumbnail');
  const { dominant } = await sharp(diffs[0]!.data).stats();
  assert.ok(dominant.r > 200, 'it is the diff image, not the capture');
});

// ---------------------------------------------------------------------------
// Two real runs of the step: the second finds the first's artifact.

const TOKEN = 'ghs_changesTokenNeverPrinted01234';
const HEADER_SECRET = 'changes-header-value-never-printed';
const WEBHOOK_SECRET = `whsec_${Buffer.from('changes-webhook-secret-bytes-000').toString('base64')}`;
const dir = tempDir('framecap-changes-');
let summaryFile: string;
let site: ExampleSite;
let version = 'one';
before(async () => {
  summaryFile = join(dir, 'step-summary.md');
  // A page whose look changes between runs when the test says so.
  site = await startExampleSite({
    '/__test/changing': (_req, res) => {
      const body = `<!doctype html><html><body style="margin:0;background:${version === 'one' ? '#fff' : '#123'}"><h1 style="color:${version === 'one' ? '#000' : '#fe0'}">Version ${version}</h1></body></html>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    },
  });
});
after(async () => {
  await site?.close();
});

/** One step in-process on a push to main: inputs and runner variables exactly as given. */
async function runPushStep(stand: StandIn, runId: string, inputs: Record<string, string>): Promise<Step> {
  const eventPath = join(dir, `event-${runId}.json`);
  writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/site', default_branch: 'main' } }));
  const runnerTemp = join(dir, `temp-${runId}`);
  mkdirSync(runnerTemp, { recursive: true });
  return runStep({
    GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'acme/site', GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'Nightly', GITHUB_JOB: 'capture', GITHUB_SHA: 'b'.repeat(40), GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: stand.origin, ACTIONS_RESULTS_URL: `${stand.origin}/`, ACTIONS_RUNTIME_TOKEN: runtimeToken(),
  }, inputs);
}

/** The core of #12 (incr-core) compares with the baseline; until it is merged, runs have no change report. */
const coreCompares = 'failOnChange' in resolveSettings({ urls: ['https://x.example/'], 'fail-on-change': 'true' }, { cores: 2, freeMemBytes: 4e9 });

test('incremental: true — the first run finds no baseline (a notice, every page new, fail-on-change passes); the second downloads the first\'s artifact', { timeout: 240_000 }, async (t) => {
  const stand = await startStandIn();
  try {
    const inputs = (urls: string[]): Record<string, string> => ({
      urls: urls.join('\n'), device: 'none', retries: '0', concurrency: '2', output: join(dir, 'docs.zip'), 'artifact-name': 'docs',
      incremental: 'true', 'fail-on-change': 'true', 'github-token': TOKEN, headers: `X-Secret: ${HEADER_SECRET}`,
      'webhook-url': `${stand.origin}/hook`, 'webhook-secret': WEBHOOK_SECRET, comment: 'on', 'pull-request': '3',
    });
    const first = await runPushStep(stand, '5001', inputs([`${site.origin}/`, `${site.origin}/__test/changing`, `${site.origin}/about.html`]));
    assert.equal(first.failure, null, first.printed);
    assert.match(first.printed, /::notice::baseline: latest: no unexpired artifact named "docs\.zip" from a run on main \(the first run, or the last one expired\)\. This run has no baseline: every page counts as new\./);
    assert.equal(first.outputs.status, 'completed');
    assert.equal(first.outputs['new-count'], '3');
    assert.equal(first.outputs['changed-count'], '0');
    assert.equal(first.outputs['changes-json'], '');
    assert.doesNotMatch(first.summary, /Changes since the baseline/);
    const list = stand.requests.find((r) => r.path === '/repos/acme/site/actions/artifacts')!;
    assert.equal(list.query.get('name'), 'docs.zip', 'looked up by the name this step uploads under');
    assert.ok(!stand.requests.some((r) => r.path === '/repos/acme/site'), 'the default branch came from the event');
    const uploaded = stand.artifacts.get('docs.zip');
    assert.ok(uploaded, 'the first run uploaded its artifact');

    // The nightly ran on main: its artifact is now listed. The site changes one page, loses one, gains one.
    stand.listedArtifacts.push({ id: uploaded.id, name: 'docs.zip', head_branch: 'main', created_at: new Date().toISOString(), data: uploaded.data });
    stand.artifacts.clear();
    version = 'two';
    const second = await runPushStep(stand, '5002', inputs([`${site.origin}/`, `${site.origin}/__test/changing`, `${site.origin}/pricing.html`]));
    assert.match(second.printed, new RegExp(`baseline: artifact docs\\.zip \\(id ${uploaded.id}\\) from main`));
    const saved = join(dir, 'temp-5002', `framecap-baseline-${uploaded.id}`, 'docs.zip');
    assert.ok(existsSync(saved) && readFileSync(saved).equals(uploaded.data), 'the baseline ZIP is in RUNNER_TEMP, byte for byte');
    const blob = stand.requests.find((r) => r.path === `/artifact-blob/${uploaded.id}`)!;
    assert.equal(blob.headers.authorization, undefined);

    for (const s of [first, second]) {
      const printed = s.printed.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
      for (const secret of [TOKEN, HEADER_SECRET, WEBHOOK_SECRET]) {
        assert.ok(!printed.includes(secret), 'no secret in the log');
        assert.ok(!s.summary.includes(secret), 'no secret in the summary');
        assert.ok(!JSON.stringify(s.outputs).includes(secret), 'no secret in the outputs');
      }
    }
    for (const hook of stand.webhooks) for (const secret of [TOKEN, HEADER_SECRET, WEBHOOK_SECRET]) assert.ok(!JSON.stringify(hook).includes(secret));
    assert.equal(stand.comments.length, 1, 'one sticky comment, updated by the second run');
    for (const secret of [TOKEN, HEADER_SECRET, WEBHOOK_SECRET]) assert.ok(!stand.comments[0]!.body.includes(secret), 'no secret in the comment');

    if (!coreCompares) {
      t.diagnostic('the #12 core is not on this branch: the second run has no change report; its comparison is checked once it is');
      assert.equal(second.failure, null);
      return;
    }
    // With the core: /__test/changing changed, /pricing.html is new, /about.html was removed.
    assert.match(second.failure ?? '', /^framecap: 1 changed, 1 new, 1 removed since the baseline \(fail-on-change\)/);
    assert.deepEqual([second.outputs['changed-count'], second.outputs['new-count'], second.outputs['removed-count']], ['1', '1', '1']);
    const report = JSON.parse(second.outputs['changes-json']!) as ChangeReport;
    assert.equal(report.baseline, `https://github.com/acme/site/actions/runs/${9000 + uploaded.id}/artifacts/${uploaded.id}`, 'named by its artifact page, not the temp path');
    assert.ok(second.summary.indexOf('### Changes since the baseline') < second.summary.indexOf('pages captured'));
    assert.match(stand.comments[0]!.body, /\*\*Changes since the baseline\*\*/);
    assert.ok(stand.artifacts.has('docs.zip'), 'fail-on-change fails after the artifact is uploaded');
    const changedHook = stand.webhooks.find((h) => h.event === 'job.changed');
    assert.ok(changedHook, 'job.changed was sent');
    assert.equal((changedHook.changes as ChangeReport).baseline, report.baseline);
  } finally {
    await stand.close();
  }
});

test('with variants each capture of a changed page keeps its own row and diff thumbnail in the comment', () => {
  const url = 'https://docs.example.com/pricing';
  const rows: ManifestRow[] = [
    { ...changed(url, 0.2), variant: 'desktop', file: 'pricing@desktop.png', diff: 'changes/pricing@desktop.diff.png' },
    { ...changed(url, 0.05), variant: 'phone', file: 'pricing@phone.png', diff: 'changes/pricing@phone.diff.png' },
  ];
  const report: ChangeReport = { ...REPORT, counts: { new: 0, changed: 2, unchanged: 0, removed: 0, reused: 0 }, removed: [] };
  const diffImages = new Map([
    [captureKey(rows[0]!), 'https://x/diff-desktop.jpg'],
    [captureKey(rows[1]!), 'https://x/diff-phone.jpg'],
  ]);
  const body = commentBody({
    marker: commentMarker('Docs', 'shots'), job: finished(rows), rows, artifact: null, runUrl: null, sha: null, images: [], imagesNote: null,
    changes: report, baselineArtifact: ARTIFACT, diffImages,
  });
  assert.ok(body.includes('| 20.0% | [/pricing](https://docs.example.com/pricing) @desktop | <img src="https://x/diff-desktop.jpg" width="240" alt="diff of /pricing @desktop"> |'), body);
  assert.ok(body.includes('| 5.0% | [/pricing](https://docs.example.com/pricing) @phone | <img src="https://x/diff-phone.jpg" width="240" alt="diff of /pricing @phone"> |'), body);
});
