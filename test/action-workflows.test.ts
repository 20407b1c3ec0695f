// action.yml, every workflow in .github/workflows and every workflow shown in
// the docs, checked by GitHub's own parser (@actions/workflow-parser, the one
// behind the Actions language server) and against what action.yml declares.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { parse as parseYaml } from 'yaml';

const trace = new NoOperationTraceWriter();
const action = parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

function actionErrors(name: string, content: string): string[] {
  return parseAction({ name, content }, trace).context.errors.getErrors().map((e) => e.message);
}

async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, trace);
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) return errors;
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return [...parsed.context.errors.getErrors().map((e) => e.message), ...(template.errors ?? []).map((e) => e.Message)];
}

/** The ```yaml blocks of a Markdown file that are whole workflows. */
function workflowBlocks(file: string): Array<{ name: string; content: string }> {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .map((m, i) => ({ name: `${file} block ${i + 1}`, content: m[1]! }))
    .filter((b) => /^on:/m.test(b.content) && /^jobs:/m.test(b.content));
}

const workflowFiles = readdirSync('.github/workflows').filter((f) => /\.ya?ml$/.test(f)).map((f) => join('.github/workflows', f));

/** Steps that use this Action: `uses: ./` in this repository, `…/framecap@ref` in docs. */
function ourSteps(content: string): Array<{ job: string; id?: string; with: Record<string, unknown> }> {
  const doc = parseYaml(content) as { jobs: Record<string, { steps?: Array<{ uses?: string; id?: string; with?: Record<string, unknown> }> }> };
  return Object.entries(doc.jobs).flatMap(([job, spec]) => (spec.steps ?? [])
    .filter((s) => s.uses === './' || /\/framecap@/.test(s.uses ?? ''))
    .map((s) => ({ job, ...(s.id ? { id: s.id } : {}), with: s.with ?? {} })));
}

test('the validator catches real mistakes (so a pass means something)', async () => {
  assert.ok((await workflowErrors('bad.yml', 'on: push\njobs:\n  a:\n    runs-onn: ubuntu-latest\n    steps:\n      - run: true\n')).length > 0);
  assert.ok((await workflowErrors('bad.yml', 'on: pushh\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: true\n')).length > 0);
  const good = readFileSync('action.yml', 'utf8');
  assert.ok(actionErrors('action.yml', good.replace('using: node24', 'using: node99')).length > 0);
  // An expression in a description is an error on GitHub too.
  assert.ok(actionErrors('action.yml', good.replace(/(description: )Sitemap/, '$1${{ matrix.shard }} Sitemap')).length > 0);
});

test('action.yml is a valid node24 action', () => {
  assert.deepEqual(actionErrors('action.yml', readFileSync('action.yml', 'utf8')), []);
});

test('every workflow in .github/workflows is valid', async () => {
  assert.ok(workflowFiles.some((f) => f.endsWith('ci.yml')) && workflowFiles.some((f) => f.endsWith('self-test.yml')));
  for (const file of workflowFiles) assert.deepEqual(await workflowErrors(file, readFileSync(file, 'utf8')), [], file);
  const ci = parseYaml(readFileSync('.github/workflows/ci.yml', 'utf8')) as { jobs: Record<string, { steps: Array<{ run?: string }> }> };
  assert.ok(Object.values(ci.jobs).some((j) => j.steps.some((s) => /npm run check-dist/.test(s.run ?? ''))), 'CI fails on a stale dist/');
});

test('the workflows in the docs are valid', async () => {
  const blocks = [...workflowBlocks('docs/action.md'), ...workflowBlocks('README.md')];
  assert.ok(workflowBlocks('docs/action.md').length >= 5, 'deploy, PR preview, the two workflow_run workflows, nightly');
  for (const b of blocks) assert.deepEqual(await workflowErrors(b.name, b.content), [], b.name);
});

test('the docs show an incremental nightly and a pull request gated on visual changes', () => {
  const steps = [...workflowBlocks('docs/action.md'), ...workflowBlocks('README.md')].flatMap((b) => ourSteps(b.content).map((s) => ({ ...s, doc: b.name })));
  assert.ok(steps.some((s) => String(s.with.incremental) === 'true'), 'an incremental: true example');
  assert.ok(steps.some((s) => String(s.with['fail-on-change']).includes('pull_request') && s.with.baseline === 'latest'), 'a fail-on-change pull request example');
});

test('workflows pass only declared inputs to the Action and read only declared outputs', () => {
  const sources = [
    ...workflowFiles.map((f) => ({ name: f, content: readFileSync(f, 'utf8') })),
    ...workflowBlocks('docs/action.md'),
    ...workflowBlocks('README.md'),
  ];
  let checked = 0;
  for (const { name, content } of sources) {
    const steps = ourSteps(content);
    for (const step of steps) {
      for (const key of Object.keys(step.with)) assert.ok(key in action.inputs, `${name}: input ${key} is not in action.yml`);
      checked++;
      if (!step.id) continue;
      for (const m of content.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))) {
        assert.ok(m[1]! in action.outputs, `${name}: output ${m[1]} is not in action.yml`);
      }
    }
  }
  assert.ok(checked >= 8, `checked ${checked} uses of the Action`);
});

test('the self-test runs the Action from this checkout, whole and sharded then merged', () => {
  const wf = parseYaml(readFileSync('.github/workflows/self-test.yml', 'utf8')) as {
    jobs: Record<string, { needs?: string; strategy?: { matrix: Record<string, unknown[]> }; steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
  };
  const uses = Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => s.uses === './'));
  assert.ok(uses.some((s) => s.with?.sitemap && !s.with.shard));
  assert.ok(uses.some((s) => s.with?.shard === '${{ matrix.shard }}/2'));
  const merge = Object.values(wf.jobs).find((j) => j.steps.some((s) => s.uses === './' && s.with?.merge));
  assert.ok(merge?.needs, 'the merge job waits for the shards');
});
