// The CLI's completion webhook against a real receiver on 127.0.0.1 that
// verifies deliveries with the standardwebhooks package.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { startExampleSite } from './helpers/site.ts';
import { childEnv, runCli } from './helpers/run.ts';
import { runMain } from './helpers/main.ts';
import { readZip } from './helpers/zip.ts';
import { startReceiver } from './helpers/receiver.ts';
import type { Receiver } from './helpers/receiver.ts';
import { tempDir } from './helpers/temp-dir.ts';

const SECRET = `whsec_${Buffer.from('framecap-test-secret-0123456789').toString('base64')}`;
let site: Awaited<ReturnType<typeof startExampleSite>>;
const dir = tempDir('framecap-hook-');
let receiver: Receiver;
let hookUrl: string;
/** The deliveries that passed the signature check, as the receiver read them. */
const received = (): Array<{ id: string; payload: Record<string, unknown> }> => receiver.received
  .filter((r) => r.verifyError === null).map((r) => ({ id: String(r.headers['webhook-id']), payload: JSON.parse(r.body) }));
let answer = 200;

before(async () => {
  site = await startExampleSite();
  // Unsigned or badly signed deliveries get 401, as a real receiver answers them.
  receiver = await startReceiver((_n, req) => ({ status: req.verifyError === null ? answer : 401 }),
    { verifier: new Webhook(SECRET), path: '/hooks/secret-path-token' });
  hookUrl = receiver.url;
});

after(async () => {
  await receiver.close();
  await site.close();
});

test('a partial run posts a signed job.partial with the failed URL; the hook URL path never shows', async () => {
  receiver.received.length = 0;
  answer = 200;
  const r = await runCli([
    'capture', `${site.origin}/`, `${site.origin}/missing.html`, '--retries', '0', '--device', 'none',
    '--webhook-url', hookUrl, '-o', join(dir, 'a.zip'), '--json',
  ], { env: childEnv({ FRAMECAP_WEBHOOK_SECRET: SECRET }) });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(received().length, 1);
  const { payload } = received()[0]!;
  const job = JSON.parse(r.stdout);
  assert.equal(payload.event, 'job.partial');
  assert.equal(payload.job_id, job.id);
  assert.deepEqual(payload.progress, job.progress);
  assert.deepEqual((payload.failures as Array<{ url: string }>).map((f) => f.url), [`${site.origin}/missing.html`]);
  assert.equal(job.webhook_status, 'delivered');
  for (const text of [r.stdout, r.stderr]) {
    assert.ok(!text.includes('secret-path-token'), 'the webhook URL path is not printed');
    assert.ok(!text.includes(SECRET), 'the secret is not printed');
  }
});

test('a receiver that is down never costs the captures; --webhook-fail error turns it into exit 1', async () => {
  receiver.received.length = 0;
  answer = 503;
  const out = join(dir, 'b.zip');
  const args = ['capture', `${site.origin}/`, '--device', 'none', '--webhook-url', hookUrl, '--webhook-secret', SECRET,
    '--webhook-timeout', '2000', '-o', out, '--json'];
  const warn = await runCli(args);
  assert.equal(warn.code, 0, warn.stderr);
  assert.equal(JSON.parse(warn.stdout).webhook_status, 'failed');
  assert.match(warn.stderr, /webhook .* failed after \d+ attempt/);
  assert.ok(received().length >= 2, 'retried');
  assert.equal(new Set(received().map((d) => d.id)).size, 1, 'one webhook-id across retries');
  assert.ok((await readZip(out)).some((e) => e.name === 'index.png'), 'the ZIP is intact');

  // The exit code is main()'s decision (index.ts passes it on): in this process, no second start-up.
  const strict = await runMain([...args, '--webhook-fail', 'error']);
  assert.equal(strict.code, 1);
  assert.equal(JSON.parse(strict.stdout).status, 'completed', 'the run itself completed');
});

test('no secret: delivered unsigned with a warning', async () => {
  answer = 200;
  const r = await runCli(['capture', `${site.origin}/`, '--device', 'none', '--webhook-url', 'http://127.0.0.1:9/x',
    '--webhook-timeout', '1000', '-o', join(dir, 'c.zip')]);
  assert.match(r.stderr, /webhook is unsigned/);
});
