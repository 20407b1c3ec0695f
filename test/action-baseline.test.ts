// baseline: latest against a stand-in of the Actions REST API and the blob
// store its download redirects to: which artifact is picked, how its body is
// unwrapped, and that every way of not finding one is a notice and no baseline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { latestBaseline } from '../src/action/baseline-artifact.ts';
import type { BaselineQuery, FoundBaseline } from '../src/action/baseline-artifact.ts';
import { githubClient } from '../src/action/github.ts';
import { readInputs } from '../src/action/inputs.ts';
import type { ActionSettings } from '../src/action/inputs.ts';
import { newJob } from '../src/core/job.ts';
import { openSink } from '../src/core/sink/index.ts';
import { startStandIn } from './action-stand-ins.ts';
import type { ListedArtifact, StandIn } from './action-stand-ins.ts';
import { fakeActionIO } from './helpers/action-io.ts';
import { readZip } from './helpers/zip.ts';

const TOKEN = 'ghs_baselineToken0123456789';
let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), 'framecap-baseline-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

let made = 0;
/** A small framecap ZIP: a manifest whose job id says which run it is, and one image. */
async function outputZip(tag: string): Promise<Buffer> {
  const path = join(dir, `made-${++made}.zip`);
  const sink = await openSink(path);
  await sink.add('index.png', Buffer.from(`png of ${tag}`));
  const job = { ...newJob('sitemap'), id: `job_${tag}` };
  await sink.add('manifest.json', Buffer.from(JSON.stringify({ framecap: 'test', job, settings: {}, warnings: [], warnings_dropped: 0, captures: [] })));
  await sink.close();
  return readFileSync(path);
}

/** What an artifact uploaded the classic way downloads as: a ZIP holding the file. */
async function wrapped(inner: Buffer, name: string): Promise<Buffer> {
  const path = join(dir, `wrap-${++made}.zip`);
  const sink = await openSink(path);
  await sink.add(name, inner);
  await sink.close();
  return readFileSync(path);
}

function logger() {
  const lines: string[] = [];
  return { lines, log: { info: (l: string) => lines.push(l), notice: (l: string) => lines.push(`notice: ${l}`), warn: (l: string) => lines.push(`warn: ${l}`) } };
}

function query(stand: StandIn, over: Partial<BaselineQuery> = {}): BaselineQuery {
  return { owner: 'acme', repo: 'site', artifactName: 'docs.zip', defaultBranch: 'main', tempDir: mkdtempSync(join(dir, 'temp-')), apiUrl: stand.origin, token: TOKEN, ...over };
}

const jobIdIn = async (path: string): Promise<string> => JSON.parse((await readZip(path)).find((e) => e.name === 'manifest.json')!.data.toString('utf8')).job.id;

test('picks the newest unexpired artifact of the name from the default branch, and downloads it through the redirect', async () => {
  const stand = await startStandIn();
  try {
    const art = (id: number, name: string, head_branch: string, created_at: string, tag: string, expired = false): Promise<ListedArtifact> =>
      outputZip(tag).then((data) => ({ id, name, head_branch, created_at, expired, data }));
    stand.listedArtifacts.push(
      await art(1, 'docs.zip', 'main', '2026-11-20T02:00:00Z', 'old-main'),
      await art(2, 'docs.zip', 'main', '2026-11-22T02:00:00Z', 'newest-main'),
      await art(3, 'docs.zip', 'feature/x', '2026-11-23T09:00:00Z', 'newer-feature'),
      await art(4, 'docs.zip', 'main', '2026-11-23T02:00:00Z', 'expired-main', true),
      await art(5, 'other.zip', 'main', '2026-11-23T08:00:00Z', 'other-name'),
    );
    const { lines, log } = logger();
    const found = await latestBaseline(githubClient(TOKEN, stand.origin), query(stand), log);

    assert.ok(found, lines.join('\n'));
    assert.equal(found.artifact.id, 2);
    assert.equal(found.artifact.branch, 'main');
    assert.equal(basename(found.path), 'docs.zip');
    assert.ok(readFileSync(found.path).equals(stand.listedArtifacts[1]!.data), 'the raw ZIP is kept byte for byte');
    assert.equal(await jobIdIn(found.path), 'job_newest-main');
    assert.deepEqual(lines, ['baseline: artifact docs.zip (id 2) from main, 2026-11-22T02:00:00Z']);

    const list = stand.requests.find((r) => r.path === '/repos/acme/site/actions/artifacts')!;
    assert.equal(list.query.get('name'), 'docs.zip');
    assert.equal(list.headers.authorization, `token ${TOKEN}`);
    const zip = stand.requests.find((r) => r.path === '/repos/acme/site/actions/artifacts/2/zip')!;
    assert.equal(zip.headers.authorization, `Bearer ${TOKEN}`);
    const blob = stand.requests.find((r) => r.path === '/artifact-blob/2')!;
    assert.equal(blob.headers.authorization, undefined, 'the token goes to the API only, never to blob storage');
    assert.ok(!stand.requests.some((r) => r.path === '/repos/acme/site'), 'the event named the default branch: no API call for it');
  } finally {
    await stand.close();
  }
});

test('a wrapped ZIP is unwrapped; the default branch comes from the API when the event has none; later pages are read', async () => {
  const stand = await startStandIn({ defaultBranch: 'trunk' });
  try {
    const inner = await outputZip('wrapped-trunk');
    // 120 newer artifacts of pull requests push the default branch's onto page 2.
    const pr = await outputZip('pr');
    for (let i = 0; i < 120; i++) {
      stand.listedArtifacts.push({ id: 100 + i, name: 'docs.zip', head_branch: `pr-${i}`, created_at: `2026-11-23T10:${String(i % 60).padStart(2, '0')}:00Z`, data: pr });
    }
    stand.listedArtifacts.push({ id: 7, name: 'docs.zip', head_branch: 'trunk', created_at: '2026-11-21T02:00:00Z', data: await wrapped(inner, 'docs.zip') });
    const { lines, log } = logger();
    const found = await latestBaseline(githubClient(TOKEN, stand.origin), query(stand, { defaultBranch: null }), log);
    assert.ok(found, lines.join('\n'));
    assert.equal(found.artifact.id, 7);
    assert.ok(readFileSync(found.path).equals(inner), 'the inner ZIP, extracted whole');
    assert.ok(stand.requests.some((r) => r.path === '/repos/acme/site'), 'asked the API for the default branch');
    assert.deepEqual(stand.requests.filter((r) => r.path === '/repos/acme/site/actions/artifacts').map((r) => r.query.get('page')), ['1', '2']);
  } finally {
    await stand.close();
  }
});

test('no artifact, only expired ones, a foreign artifact, or no permission: a notice and no baseline, never a throw', async () => {
  const stand = await startStandIn();
  try {
    const gh = githubClient(TOKEN, stand.origin);
    let { lines, log } = logger();
    assert.equal(await latestBaseline(gh, query(stand), log), null);
    assert.deepEqual(lines, ['notice: baseline: latest: no unexpired artifact named "docs.zip" from a run on main (the first run, or the last one expired). This run has no baseline: every page counts as new.']);

    stand.listedArtifacts.push({ id: 1, name: 'docs.zip', head_branch: 'main', created_at: '2026-11-22T02:00:00Z', expired: true, data: await outputZip('gone') });
    ({ lines, log } = logger());
    assert.equal(await latestBaseline(gh, query(stand), log), null);
    assert.match(lines.join('\n'), /^notice: baseline: latest: no unexpired artifact named "docs\.zip"/);

    // Some other upload under our name: neither a framecap output nor a single ZIP inside.
    stand.listedArtifacts.push({ id: 2, name: 'docs.zip', head_branch: 'main', created_at: '2026-11-22T03:00:00Z', data: await wrapped(Buffer.from('hello'), 'notes.txt') });
    ({ lines, log } = logger());
    const temp = mkdtempSync(join(dir, 'foreign-'));
    assert.equal(await latestBaseline(gh, query(stand, { tempDir: temp }), log), null);
    assert.match(lines.at(-1)!, /^notice: baseline: latest: artifact docs\.zip \(id 2\) is not a framecap output/);
    assert.deepEqual(readdirSync(temp), [], 'nothing is left behind in RUNNER_TEMP');
  } finally {
    await stand.close();
  }

  const forbidden = await startStandIn({ refuseActions: 403 });
  try {
    const { lines, log } = logger();
    assert.equal(await latestBaseline(githubClient(TOKEN, forbidden.origin), query(forbidden), log), null);
    assert.deepEqual(lines, ['notice: baseline: latest: the token may not read this repository\'s artifacts (HTTP 403; needs actions: read; pull requests from forks get no access). This run has no baseline: every page counts as new.']);
    assert.ok(!lines.join('\n').includes(TOKEN));
  } finally {
    await forbidden.close();
  }
});

test('a 404 from the API (no such repository for this token) is a notice, not a failure', async () => {
  const stand = await startStandIn({ refuseActions: 404 });
  try {
    const { lines, log } = logger();
    const found = await latestBaseline(githubClient(TOKEN, stand.origin), query(stand), log);
    assert.equal(found, null);
    assert.match(lines.join('\n'), /^notice: baseline: latest: the token may not read this repository's artifacts \(HTTP 404/);
  } finally {
    await stand.close();
  }
});

// ---------------------------------------------------------------------------
// When the step asks for the latest artifact, and under which name.

/** readInputs with exactly these inputs; records what the hook was asked for. */
async function inputsAsking(inputs: Record<string, string>, answer: FoundBaseline | null = null) {
  const asked: Array<{ name: string; token: string | null }> = [];
  const settings = await readInputs({ latestBaseline: async (name, token) => { asked.push({ name, token }); return answer; } }, fakeActionIO(inputs));
  return { settings, asked };
}

test('baseline: latest and incremental: true ask for the artifact this step uploads; other settings do not ask', async () => {
  const url = { urls: 'https://docs.example.com/' };
  assert.deepEqual((await inputsAsking({ ...url, baseline: 'latest', output: 'docs.zip', 'github-token': TOKEN })).asked, [{ name: 'docs.zip', token: TOKEN }]);
  assert.deepEqual((await inputsAsking({ ...url, baseline: 'LATEST', output: 'docs.zip', 'artifact-name': 'nightly' })).asked, [{ name: 'nightly.zip', token: null }]);
  assert.deepEqual((await inputsAsking({ ...url, incremental: 'true', output: 'shots', shard: '2/4' })).asked.map((a) => a.name), ['shots-2-of-4'], 'a folder is uploaded zipped, under its bare name');
  assert.deepEqual((await inputsAsking({ ...url, incremental: 'false' })).asked, []);
  assert.deepEqual((await inputsAsking({ ...url, baseline: join(dir, 'previous.zip'), incremental: 'true' })).asked, [], 'a given baseline is used as given');
  assert.deepEqual((await inputsAsking({ merge: join(dir, 'shards'), baseline: 'latest', incremental: 'true' })).asked, [], 'a merge step captures nothing to compare');
  assert.deepEqual((await inputsAsking({ ...url, baseline: 'latest', mode: 'async', 'api-url': 'http://127.0.0.1:9' })).asked, [], 'the queue server cannot read a file on the runner');
});

test('the found artifact becomes the baseline setting; none found, the run has no baseline and is not incremental', async () => {
  const artifact = { id: 7, name: 'docs.zip', created_at: '2026-11-22T02:00:00Z', branch: 'main', run_id: 9007 };
  const found = await inputsAsking({ urls: 'https://docs.example.com/', incremental: 'true', output: 'docs.zip' }, { path: join(dir, 'b', 'docs.zip'), artifact });
  assert.deepEqual(found.settings.baselineArtifact, artifact);
  const none = await inputsAsking({ urls: 'https://docs.example.com/', incremental: 'true', output: 'docs.zip' }, null);
  assert.equal(none.settings.baselineArtifact, null);
  // The core's CompareOptions (incr-core) show what the settings received, once it is on the branch.
  const compare = (s: ActionSettings): unknown => (s.work.kind === 'capture' ? (s.work.options as { compare?: unknown }).compare : undefined);
  if (compare(found.settings) !== undefined) {
    assert.deepEqual(compare(found.settings), { baseline: join(dir, 'b', 'docs.zip'), incremental: true, threshold: 0.1 });
    assert.ok(compare(none.settings) === null || compare(none.settings) === undefined, 'no baseline: no comparison, not incremental');
  }
});
