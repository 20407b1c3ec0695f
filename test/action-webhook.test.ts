// The Action's webhook door end to end: a real capture in-process, a real
// receiver on 127.0.0.1, and what the step outputs and fails with.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { startExampleSite } from './helpers/site.ts';
import type { ExampleSite } from './helpers/site.ts';
import { startReceiver } from './helpers/receiver.ts';
import type { Receiver } from './helpers/receiver.ts';
import { runStep } from './helpers/action-io.ts';
import type { Step } from './helpers/action-io.ts';
import { tempDir } from './helpers/temp-dir.ts';

const SECRET = `whsec_${Buffer.from('action-webhook-test-secret-0123').toString('base64')}`;
let site: ExampleSite;
const dir = tempDir('framecap-action-hook-');
let receiver: Receiver;
/** What the receiver answers a correctly signed delivery. */
let answer = 204;

before(async () => {
  site = await startExampleSite();
  receiver = await startReceiver((_n, req) => ({ status: req.verifyError === null ? answer : 401 }),
    { verifier: new Webhook(SECRET), path: '/hooks/path-token' });
});
after(async () => {
  await receiver.close();
  await site.close();
});

/** One capture step outside a GitHub run (no artifact service): only the webhook leaves the runner. */
async function step(name: string, reply: number, inputs: Record<string, string> = {}): Promise<Step> {
  receiver.received.length = 0;
  answer = reply;
  const runnerTemp = join(dir, `temp-${name}`);
  mkdirSync(runnerTemp, { recursive: true });
  return runStep({ RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: dir }, {
    urls: `${site.origin}/`, device: 'none', retries: '0', output: join(dir, `${name}.zip`), comment: 'off',
    'webhook-url': receiver.url, 'webhook-secret': SECRET, 'webhook-timeout': '2000', ...inputs,
  });
}

test('a delivered completion event sets webhook-status and webhook-attempts', async () => {
  const s = await step('ok', 204);
  assert.equal(s.failure, null, s.printed);
  assert.equal(s.outputs['webhook-status'], 'delivered');
  assert.equal(s.outputs['webhook-attempts'], '1');
  const signed = receiver.received.filter((r) => r.verifyError === null);
  assert.equal(signed.length, 1);
  assert.equal(JSON.parse(signed[0]!.body).event, 'job.completed');
  assert.equal(JSON.parse(s.outputs.json!).webhook_status, 'delivered');
  const printed = s.printed.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  assert.match(printed, /webhook delivered to http:\/\/127\.0\.0\.1:\d+\/… \(1 attempt/);
  assert.doesNotMatch(printed, /path-token/, 'the hook URL is logged by origin only');
});

test('a receiver that refuses: a warning by default, a failed step with webhook-fail: error', async () => {
  const warn = await step('warn', 503);
  assert.equal(warn.failure, null, warn.printed);
  assert.equal(warn.outputs['webhook-status'], 'failed');
  assert.ok(Number(warn.outputs['webhook-attempts']) >= 2, 'retried');
  assert.equal(warn.outputs.status, 'completed');

  const strict = await step('strict', 503, { 'webhook-fail': 'error' });
  assert.match(strict.failure ?? '', /webhook .*could not be delivered \(webhook-fail: error\)/);
  assert.equal(strict.outputs.status, 'completed', 'the run itself completed');
});

test('an unsigned webhook warns before the capture', async () => {
  const s = await step('unsigned', 204, { 'webhook-secret': '' });
  assert.match(s.printed, /webhook is unsigned/);
  assert.ok(s.printed.indexOf('webhook is unsigned') < s.printed.indexOf('framecap: '), 'said before the run starts');
});
