// Webhooks against a real receiver: an HTTP server on 127.0.0.1 that checks
// every request with the `standardwebhooks` reference verifier (code nobody
// here wrote), answers as each case scripts it, and records what arrived.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Webhook } from 'standardwebhooks';
import { newJob, progressOf, type Job } from '../src/core/job.ts';
import { UserError } from '../src/core/types.ts';
import type { ChangeReport, ManifestRow } from '../src/core/types.ts';
import { sendChangesWebhook } from '../src/notify/notify-job.ts';
import {
  BACKOFF,
  CHANGES_CAP,
  buildChangesPayload,
  DEFAULT_WEBHOOK,
  FAILURES_CAP,
  backoffMs,
  buildPayload,
  deliverWebhook,
  describeWebhookUrl,
  parseRetryAfter,
  parseWebhookEvents,
  signWebhook,
  webhookConfig,
  webhookEventFor,
  webhookKey,
  webhookSecrets,
  type FailedUrl,
  type WebhookConfig,
  type WebhookPayload,
} from '../src/notify/index.ts';
import { VERSION } from '../src/version.ts';
import { startReceiver } from './helpers/receiver.ts';
import { until } from './helpers/until.ts';

/** A URL on a port where nothing listens (a server was there a moment ago). */
async function refusingUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hooks`;
}

const newSecret = (): string => `whsec_${randomBytes(24).toString('base64')}`;

function config(url: string, over: Partial<WebhookConfig> = {}): WebhookConfig {
  return { ...DEFAULT_WEBHOOK, url, events: [...DEFAULT_WEBHOOK.events], headers: {}, ...over };
}

/** Sleep that only moves a fake clock (which starts at real time, so the verifier's 5-minute window holds). */
function fakeTime() {
  let offset = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => Date.now() + offset,
    sleep: async (ms: number) => {
      slept.push(ms);
      offset += ms;
    },
  };
}

// ---------------------------------------------------------------------------
// Jobs and payloads

function finishedJob(status: 'completed' | 'partial' | 'failed', total: number, failed: number): Job {
  const job = newJob('sitemap', new Date('2026-05-04T10:00:00.000Z'));
  job.status = status;
  job.progress = progressOf(total, total - failed, failed);
  job.started_at = '2026-05-04T10:00:01.000Z';
  job.completed_at = '2026-05-04T10:02:03.456Z';
  job.result_url = `/v1/jobs/${job.id}/download`;
  job.download_url = job.result_url;
  job.expires_at = '2026-05-11T10:02:03.456Z';
  return job;
}

const completedPayload = (): WebhookPayload => buildPayload(finishedJob('completed', 3, 0));

/** n failed pages as a payload lists them, alternating an HTTP error and a timeout. */
function failedUrls(n: number): FailedUrl[] {
  return Array.from({ length: n }, (_, i) => ({
    url: `https://example.com/page-${i}`,
    error: i % 2 === 0 ? 'HTTP 500 from the page' : 'navigation timed out after 30 s',
    http_status: i % 2 === 0 ? 500 : null,
  }));
}

// ---------------------------------------------------------------------------
// A tiny JSON Schema (2020-12) validator for the keywords the payload schema
// uses. Any other keyword is an error, so the schema cannot lean on
// something this checker silently ignores.

type Schema = Record<string, unknown>;
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs', 'format']);

function validate(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  const errors: string[] = [];
  for (const [kw, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(kw) || kw === 'then') continue;
    switch (kw) {
      case '$ref': {
        const ref = arg as string;
        assert.ok(ref.startsWith('#/$defs/'), `unsupported $ref ${ref}`);
        const target = (root.$defs as Record<string, Schema>)[ref.slice('#/$defs/'.length)];
        assert.ok(target, `dangling $ref ${ref}`);
        errors.push(...validate(target, value, root, path));
        break;
      }
      case 'type': {
        const types = Array.isArray(arg) ? (arg as string[]) : [arg as string];
        if (!types.some((t) => hasType(value, t))) errors.push(`${path}: expected ${types.join('|')}, got ${JSON.stringify(value)}`);
        break;
      }
      case 'enum':
        if (!(arg as unknown[]).some((v) => v === value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
        break;
      case 'const':
        if (value !== arg) errors.push(`${path}: expected ${JSON.stringify(arg)}, got ${JSON.stringify(value)}`);
        break;
      case 'required':
        if (isObject(value)) for (const k of arg as string[]) if (!Object.hasOwn(value, k)) errors.push(`${path}: missing ${k}`);
        break;
      case 'properties':
        if (isObject(value)) {
          for (const [k, sub] of Object.entries(arg as Record<string, Schema>)) {
            if (Object.hasOwn(value, k)) errors.push(...validate(sub, value[k], root, `${path}.${k}`));
          }
        }
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((v, i) => errors.push(...validate(arg as Schema, v, root, `${path}[${i}]`)));
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (arg as number)) errors.push(`${path}: more than ${arg} items`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (arg as number)) errors.push(`${path}: below ${arg}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (arg as number)) errors.push(`${path}: above ${arg}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (arg as number)) errors.push(`${path}: shorter than ${arg}`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > (arg as number)) errors.push(`${path}: longer than ${arg}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(arg as string, 'u').test(value)) errors.push(`${path}: ${value} !~ ${arg}`);
        break;
      case 'oneOf': {
        const passing = (arg as Schema[]).filter((s) => validate(s, value, root, path).length === 0).length;
        if (passing !== 1) errors.push(`${path}: matches ${passing} of oneOf`);
        break;
      }
      case 'allOf':
        for (const s of arg as Schema[]) errors.push(...validate(s, value, root, path));
        break;
      case 'if':
        if (validate(arg as Schema, value, root, path).length === 0 && schema.then) {
          errors.push(...validate(schema.then as Schema, value, root, path));
        }
        break;
      default:
        assert.fail(`schema keyword ${kw} is not supported by the test validator`);
    }
  }
  return errors;
}

function hasType(v: unknown, t: string): boolean {
  switch (t) {
    case 'null':
      return v === null;
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    default:
      throw new Error(`unknown type ${t}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const SCHEMA = JSON.parse(readFileSync(new URL('../docs/webhook-payload.schema.json', import.meta.url), 'utf8')) as Schema;

/** Valid by the schema, and every field it carries is one the schema documents. */
function assertMatchesSchema(payload: unknown): void {
  // What goes over the wire is JSON: check that, not the in-memory object.
  const wire = JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
  assert.deepEqual(validate(SCHEMA, wire), []);
  const documented = Object.keys(SCHEMA.properties as object);
  for (const key of Object.keys(wire)) assert.ok(documented.includes(key), `payload field ${key} is not in the schema`);
}

// ---------------------------------------------------------------------------
// Payloads

test('completed payload: the Job document plus event and job_id, valid by the schema', () => {
  const job = finishedJob('completed', 3, 0);
  job.type = 'capture';
  job.result = {
    id: 'cap_01KNS1WNPW9FCHZSK4XNTHMB0H',
    url: 'https://shots.example.com/v1/captures/cap_01KNS1WNPW9FCHZSK4XNTHMB0H.png',
    page_url: 'https://example.com/',
    width: 1600, height: 900, format: 'png',
  };
  job.webhook_url = 'https://hooks.example.com/T000/secret-token';
  job.webhook_status = 'pending';
  const p = buildPayload(job, { context: { repository: 'acme/site', run_url: 'https://github.com/acme/site/actions/runs/1', sha: 'abc123', pull_request: null } });
  assert.equal(p.event, 'job.completed');
  assert.equal(p.status, 'completed');
  assert.equal(p.job_id, job.id);
  assert.equal(p.id, job.id);
  assert.equal(p.error, null);
  assert.deepEqual(p.progress, { total: 3, completed: 3, failed: 0, percentage: 100 });
  assert.deepEqual(p.result, job.result);
  // The seed API's result.url is the image; the page has its own field.
  assert.equal(p.result?.url, 'https://shots.example.com/v1/captures/cap_01KNS1WNPW9FCHZSK4XNTHMB0H.png');
  assert.equal(p.result?.page_url, 'https://example.com/');
  assert.equal(p.result_url, `/v1/jobs/${job.id}/download`);
  assert.equal(p.repository, 'acme/site');
  assert.equal(p.pull_request, null);
  assert.equal('failures' in p, false);
  // The webhook URL often holds a token; the status is not known until this very payload lands.
  assert.doesNotMatch(JSON.stringify(p), /secret-token|webhook_/);
  assertMatchesSchema(p);
  // Context fields that were not given are absent, not empty.
  const bare = buildPayload(job);
  assert.equal('repository' in bare, false);
  assert.equal('pull_request' in bare, false);
  assertMatchesSchema(bare);
});

test('partial payload: failures capped at 50 with failures_total, valid by the schema', () => {
  const job = finishedJob('partial', 100, 60);
  job.error = '60 of 100 URLs failed';
  const failures = failedUrls(60);
  failures[0]!.error = 'x'.repeat(2000);
  const p = buildPayload(job, { failures, event: 'job.partial' });
  assert.equal(p.event, 'job.partial');
  assert.equal(p.status, 'partial');
  assert.ok(p.event === 'job.partial');
  assert.equal(p.failures.length, FAILURES_CAP);
  assert.equal(p.failures_total, 60);
  assert.deepEqual(p.failures[1], failures[1]);
  assert.equal([...p.failures[0]!.error!].length, 500, 'long error texts are cut');
  assertMatchesSchema(p);

  // A list already capped by its holder still reports the job's own count.
  const capped = buildPayload(job, { failures: failures.slice(0, 10) });
  assert.ok(capped.event === 'job.partial');
  assert.equal(capped.failures.length, 10);
  assert.equal(capped.failures_total, 60);
  // No list at all: still the fields, as the schema requires for partial.
  const none = buildPayload(job);
  assert.ok(none.event === 'job.partial');
  assert.deepEqual(none.failures, []);
  assertMatchesSchema(none);
});

test('failed payload: carries the error (or says why when the job has none), valid by the schema', () => {
  const job = finishedJob('failed', 2, 2);
  job.error = 'Render failed: no Chromium found: set CHROME_PATH or install chromium';
  const p = buildPayload(job, { failures: failedUrls(2) });
  assert.equal(p.event, 'job.failed');
  assert.equal(p.status, 'failed');
  assert.equal(p.error, job.error);
  assert.ok(p.event === 'job.failed');
  assert.equal(p.failures?.length, 2);
  assertMatchesSchema(p);

  const silent = finishedJob('failed', 0, 0);
  const q = buildPayload(silent);
  assert.equal(q.error, 'Render failed: no URLs to capture');
  assert.equal('failures' in q, false);
  assertMatchesSchema(q);
  assert.equal(buildPayload(finishedJob('failed', 4, 4)).error, 'Render failed: all 4 URLs failed');
});

test('progress payload for a running job; the event must agree with the status', () => {
  const job = newJob('batch');
  job.status = 'processing';
  job.started_at = new Date().toISOString();
  job.progress = progressOf(10, 4, 1);
  const p = buildPayload(job, { event: 'job.progress' });
  assert.equal(p.event, 'job.progress');
  assert.equal(p.status, 'processing');
  assert.equal(p.progress.percentage, 50);
  assertMatchesSchema(p);
  assert.throws(() => buildPayload(job, { event: 'job.completed' }), /announced by job.progress/);
  assert.equal(webhookEventFor({ status: 'pending' }), 'job.progress');
  assert.equal(webhookEventFor({ status: 'completed' }), 'job.completed');
  assert.equal(webhookEventFor({ status: 'partial' }), 'job.partial');
  assert.equal(webhookEventFor({ status: 'failed' }), 'job.failed');
});

test('the schema check can fail: it rejects payloads that break the contract', () => {
  const good = JSON.parse(JSON.stringify(buildPayload(finishedJob('partial', 3, 1), { failures: failedUrls(1) })));
  assert.deepEqual(validate(SCHEMA, good), []);
  const { failures: _dropped, ...noFailures } = good;
  assert.match(validate(SCHEMA, noFailures).join('\n'), /missing failures/);
  assert.match(validate(SCHEMA, { ...good, status: 'completed' }).join('\n'), /expected "partial"/);
  assert.match(validate(SCHEMA, { ...good, job_id: 'job_x' }).join('\n'), /job_id/);
  assert.match(validate(SCHEMA, { ...good, failures: failedUrls(51) }).join('\n'), /more than 50/);
  const completed = JSON.parse(JSON.stringify(completedPayload()));
  assert.match(validate(SCHEMA, { ...completed, error: 'boom' }).join('\n'), /expected null/);
  assert.match(validate(SCHEMA, { ...completed, progress: { total: 1 } }).join('\n'), /missing completed/);
  // A capture result without its page_url (the shape before result.url meant the image) is not the contract.
  const legacy = { id: 'cap_01KNS1WNPW9FCHZSK4XNTHMB0H', url: 'https://example.com/', width: 1600, height: 900, format: 'png' };
  assert.match(validate(SCHEMA, { ...completed, type: 'capture', result: legacy }).join('\n'), /result: matches 0 of oneOf/);
  assert.match(validate((SCHEMA.$defs as Record<string, Schema>).captureResult!, legacy, SCHEMA).join('\n'), /missing page_url/);
});

test('the payload examples in docs/webhooks.md are valid by the schema', () => {
  const doc = readFileSync(new URL('../docs/webhooks.md', import.meta.url), 'utf8');
  const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  assert.deepEqual(
    examples.map((e) => e.event),
    ['job.completed', 'job.completed', 'job.partial', 'job.failed', 'job.canceled', 'job.progress', 'job.changed'],
  );
  for (const e of examples) assertMatchesSchema(e);
  // The queue server's capture example shows result.url as the image, not the page.
  const capture = examples.find((e) => e.type === 'capture' && e.result) as { result: { id: string; url: string; page_url: string } };
  assert.match(capture.result.url, new RegExp(`^https://[^/]+/v1/captures/${capture.result.id}\\.png$`));
  assert.doesNotMatch(capture.result.page_url, /\/v1\/captures\//);
});

// ---------------------------------------------------------------------------
// Events and settings

test('parseWebhookEvents reads short and long names, lists, all; errors list the valid ones', () => {
  assert.deepEqual(parseWebhookEvents(['failed', 'job.completed']), ['job.completed', 'job.failed']);
  assert.deepEqual(parseWebhookEvents(['Completed, PARTIAL', ' failed ']), ['job.completed', 'job.partial', 'job.failed']);
  assert.deepEqual(parseWebhookEvents(['all']), ['job.completed', 'job.partial', 'job.failed', 'job.canceled', 'job.progress', 'job.changed']);
  assert.deepEqual(parseWebhookEvents(['changed']), ['job.changed']);
  assert.deepEqual(parseWebhookEvents(['progress', 'job.progress']), ['job.progress']);
  assert.throws(
    () => parseWebhookEvents(['completed', 'finished']),
    (err: Error) => err instanceof UserError && /unknown webhook event "finished"/.test(err.message) && /completed, partial, failed, canceled, progress/.test(err.message),
  );
  assert.throws(() => parseWebhookEvents(['job.done']), UserError);
  assert.throws(() => parseWebhookEvents([' ', '']), /no webhook events given/);
});

test('webhookConfig fills defaults and stops bad settings with UserErrors that echo no secret', () => {
  const c = webhookConfig({ url: 'https://hooks.example.com/x', secret: '', events: [''] });
  assert.equal(c.secret, null, "an unset CI secret ('') means unsigned");
  assert.deepEqual(c.events, ['job.completed', 'job.partial', 'job.failed', 'job.canceled', 'job.changed']);
  assert.equal(c.attemptTimeoutMs, 10_000);
  assert.equal(c.deadlineMs, 60_000);
  assert.equal(c.maxAttempts, 6);
  assert.deepEqual(webhookConfig({ url: 'http://127.0.0.1:9/', events: ['failed'] }).events, ['job.failed']);

  const bad = (input: Parameters<typeof webhookConfig>[0], re: RegExp) =>
    assert.throws(() => webhookConfig(input), (err: Error) => err instanceof UserError && re.test(err.message));
  bad({ url: 'hooks.example.com/path-token' }, /not an absolute URL/);
  bad({ url: 'ftp://example.com/' }, /must start with https:\/\/ or http:\/\/ \(got ftp:\)/);
  bad({ url: 'https://user:pass@example.com/' }, /send credentials as a webhook header/);
  bad({ url: 'https://example.com/', secret: 'whsec_not base64!' }, /not valid base64/);
  bad({ url: 'https://example.com/', maxAttempts: 0 }, /max attempts must be a whole number/);
  bad({ url: 'https://example.com/', deadlineMs: 1.5 }, /webhook timeout/);
  bad({ url: 'https://example.com/', headers: { 'Webhook-Signature': 'v1,forged' } }, /set by framecap/);
  bad({ url: 'https://example.com/', headers: { 'bad name': 'x' } }, /not a valid HTTP header name/);
  // A value with a line break would make fetch throw an error quoting it; ours names only the header.
  assert.throws(
    () => webhookConfig({ url: 'https://example.com/', headers: { Authorization: 'Bearer s3cr3t\r\nX: y' } }),
    (err: Error) => err instanceof UserError && /"Authorization"/.test(err.message) && !err.message.includes('s3cr3t'),
  );
  assert.throws(() => webhookConfig({ url: 'not a url /with/token-abc123' }), (err: Error) => !err.message.includes('token-abc123'));

  assert.equal(describeWebhookUrl('https://hooks.slack.com/services/T0/B0/XYZ?x=1'), 'https://hooks.slack.com/…');
  assert.equal(describeWebhookUrl('http://127.0.0.1:8080/'), 'http://127.0.0.1:8080');
  assert.deepEqual(webhookSecrets({ secret: 'whsec_abcd', headers: { Authorization: 'Bearer t' } }), ['whsec_abcd', 'Bearer t']);
  assert.throws(() => (DEFAULT_WEBHOOK.events as string[]).push('job.progress'), TypeError, 'the defaults are frozen');
});

// ---------------------------------------------------------------------------
// Signing

test('signWebhook matches the reference implementation, for whsec_ and raw secrets', () => {
  const secret = newSecret();
  const body = JSON.stringify(completedPayload());
  const ts = Math.floor(Date.now() / 1000);
  const ours = signWebhook(secret, 'msg_01TEST', ts, body);
  assert.match(ours, /^v1,[A-Za-z0-9+/]{43}=$/);
  assert.equal(ours, new Webhook(secret).sign('msg_01TEST', new Date(ts * 1000), body));
  // The same headers verify with the reference verifier.
  new Webhook(secret).verify(body, { 'webhook-id': 'msg_01TEST', 'webhook-timestamp': String(ts), 'webhook-signature': ours });

  // A raw (non-whsec_) secret signs with its UTF-8 bytes, multi-byte characters included.
  const raw = 'correct horse battery staple ✓';
  const rawSig = signWebhook(raw, 'msg_01TEST', ts, body);
  assert.equal(rawSig, new Webhook(Buffer.from(raw, 'utf8'), { format: 'raw' }).sign('msg_01TEST', new Date(ts * 1000), body));
  assert.deepEqual(webhookKey(raw), Buffer.from(raw, 'utf8'));
  assert.throws(() => webhookKey(''), UserError);
  assert.throws(() => webhookKey('whsec_'), /not valid base64/);
  assert.throws(() => webhookKey('whsec_YWJj\n'), /stray spaces or newlines/);
});

test('tampering after signing: a changed body, timestamp, id or secret fails verification', async () => {
  const secret = newSecret();
  const receiver = await startReceiver(() => ({ status: 200 }), { verifier: new Webhook(secret) });
  try {
    const result = await deliverWebhook(config(receiver.url, { secret }), completedPayload());
    assert.equal(result.status, 'delivered');
    const { headers, body } = receiver.received[0]!;
    const wh = new Webhook(secret);
    assert.doesNotThrow(() => wh.verify(body, headers));
    assert.throws(() => wh.verify(body.replace('"completed":3', '"completed":2'), headers), /No matching signature/);
    assert.throws(() => wh.verify(`${body} `, headers), /No matching signature/);
    const ts = Number(headers['webhook-timestamp']);
    assert.throws(() => wh.verify(body, { ...headers, 'webhook-timestamp': String(ts + 1) }), /No matching signature/);
    assert.throws(() => wh.verify(body, { ...headers, 'webhook-id': `${headers['webhook-id']}X` }), /No matching signature/);
    assert.throws(() => new Webhook(newSecret()).verify(body, headers), /No matching signature/);
  } finally {
    await receiver.close();
  }
});

// ---------------------------------------------------------------------------
// Delivery against the real receiver

test('200: delivered in one attempt, signed, with the documented headers', async () => {
  const secret = newSecret();
  const receiver = await startReceiver(() => ({ status: 200 }), { verifier: new Webhook(secret) });
  try {
    const payload = completedPayload();
    const outcomes: string[] = [];
    const before = Math.floor(Date.now() / 1000);
    const result = await deliverWebhook(config(receiver.url, { secret, headers: { 'X-Team': 'docs' } }), payload, {
      onAttempt: (n, o) => outcomes.push(`${n}: ${o}`),
    });
    assert.deepEqual(result, { status: 'delivered', attempts: 1, webhookId: result.webhookId, responseStatus: 200, error: null });
    assert.match(result.webhookId, /^msg_[0-9A-HJKMNP-TV-Z]{26}$/);
    assert.equal(receiver.received.length, 1);
    const got = receiver.received[0]!;
    assert.equal(got.verifyError, null, 'the reference verifier accepts the request');
    assert.equal(got.headers['webhook-id'], result.webhookId);
    assert.equal(got.headers['content-type'], 'application/json');
    assert.equal(got.headers['user-agent'], `framecap/${VERSION}`);
    assert.equal(got.headers['x-team'], 'docs');
    const ts = Number(got.headers['webhook-timestamp']);
    assert.ok(ts >= before && ts <= before + 5, `timestamp ${ts} is unix seconds of the attempt`);
    assert.deepEqual(JSON.parse(got.body), JSON.parse(JSON.stringify(payload)));
    assert.deepEqual(outcomes, ['1: delivered (HTTP 200)']);
  } finally {
    await receiver.close();
  }
});

test('connection refused: retried up to maxAttempts, then failed with a message about the connection', async () => {
  const url = await refusingUrl();
  const outcomes: string[] = [];
  const result = await deliverWebhook(config(url, { secret: newSecret(), maxAttempts: 3 }), completedPayload(), {
    random: () => 0.01,
    onAttempt: (n, o) => outcomes.push(`${n}: ${o}`),
  });
  assert.equal(result.status, 'failed');
  assert.equal(result.attempts, 3);
  assert.equal(result.responseStatus, null);
  assert.match(result.error!, /gave up after 3 attempts: connection refused/);
  assert.equal(outcomes.length, 3);
  assert.match(outcomes[0]!, /^1: connection refused.*retrying in \d+ ms$/);
  assert.match(outcomes[2]!, /giving up$/);
});

test('500 then 200: delivered on the second attempt, same webhook-id, each attempt validly signed', async () => {
  const secret = newSecret();
  const receiver = await startReceiver((n) => ({ status: n === 1 ? 500 : 200 }), { verifier: new Webhook(secret) });
  try {
    const result = await deliverWebhook(config(receiver.url, { secret }), completedPayload(), { random: () => 0.01 });
    assert.equal(result.status, 'delivered');
    assert.equal(result.attempts, 2);
    assert.equal(result.responseStatus, 200);
    const [a, b] = receiver.received;
    assert.equal(receiver.received.length, 2);
    assert.equal(a!.headers['webhook-id'], result.webhookId);
    assert.equal(b!.headers['webhook-id'], result.webhookId);
    assert.equal(a!.body, b!.body, 'the same bytes every attempt');
    assert.equal(a!.verifyError, null);
    assert.equal(b!.verifyError, null);
  } finally {
    await receiver.close();
  }
});

test('each attempt is signed for its own timestamp (503 + Retry-After: 3 on a fake clock)', async () => {
  const secret = newSecret();
  const receiver = await startReceiver((n) => (n === 1 ? { status: 503, headers: { 'retry-after': '3' } } : { status: 200 }), { verifier: new Webhook(secret) });
  try {
    const clock = fakeTime();
    const result = await deliverWebhook(config(receiver.url, { secret }), completedPayload(), clock);
    assert.equal(result.status, 'delivered');
    assert.deepEqual(clock.slept, [3000], 'waited exactly what Retry-After asked');
    const [a, b] = receiver.received.map((r) => Number(r.headers['webhook-timestamp']));
    assert.ok(b! - a! >= 3 && b! - a! <= 4, `second attempt stamped later (${a} → ${b})`);
    assert.equal(receiver.received[0]!.verifyError, null);
    assert.equal(receiver.received[1]!.verifyError, null);
    assert.notEqual(receiver.received[0]!.headers['webhook-signature'], receiver.received[1]!.headers['webhook-signature']);
  } finally {
    await receiver.close();
  }
});

test('429 with Retry-After: 1, real time: waits about a second, then delivered', async () => {
  const secret = newSecret();
  const receiver = await startReceiver((n) => (n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 }), { verifier: new Webhook(secret) });
  try {
    const started = Date.now();
    const result = await deliverWebhook(config(receiver.url, { secret }), completedPayload());
    assert.equal(result.status, 'delivered');
    assert.equal(result.attempts, 2);
    const gap = receiver.received[1]!.at - receiver.received[0]!.at;
    assert.ok(gap >= 900, `the second attempt came ${gap} ms after the first`);
    assert.ok(Date.now() - started < 10_000);
    assert.equal(receiver.received[1]!.verifyError, null);
  } finally {
    await receiver.close();
  }
});

test('Retry-After as an HTTP date is honoured; one past the deadline ends the delivery', async () => {
  const clock = fakeTime();
  const receiver = await startReceiver((n) =>
    n === 1 ? { status: 503, headers: { 'retry-after': new Date(clock.now() + 5000).toUTCString() } } : { status: 200 },
  );
  try {
    const result = await deliverWebhook(config(receiver.url), completedPayload(), clock);
    assert.equal(result.status, 'delivered');
    assert.equal(clock.slept.length, 1);
    assert.ok(clock.slept[0]! > 3000 && clock.slept[0]! <= 5000, `waited ${clock.slept[0]} ms`);
  } finally {
    await receiver.close();
  }

  const far = await startReceiver(() => ({ status: 429, headers: { 'retry-after': '120' } }));
  try {
    const clock2 = fakeTime();
    const result = await deliverWebhook(config(far.url, { deadlineMs: 60_000 }), completedPayload(), clock2);
    assert.equal(result.status, 'failed');
    assert.equal(result.attempts, 1);
    assert.equal(result.responseStatus, 429);
    assert.match(result.error!, /asked to retry after 120 s, past the 60 s webhook timeout/);
    assert.deepEqual(clock2.slept, []);
  } finally {
    await far.close();
  }
  assert.equal(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:00 GMT')), 60_000);
  assert.equal(parseRetryAfter('soon', 0), null);
  assert.equal(parseRetryAfter(null, 0), null);
});

test('a receiver that hangs: each attempt times out, retried, failed within the deadline', async () => {
  const receiver = await startReceiver(() => 'hang');
  try {
    const started = Date.now();
    const outcomes: string[] = [];
    const result = await deliverWebhook(
      config(receiver.url, { attemptTimeoutMs: 250, deadlineMs: 1200, maxAttempts: 20 }),
      completedPayload(),
      { random: () => 0.2, onAttempt: (n, o) => outcomes.push(`${n}: ${o}`) },
    );
    const elapsed = Date.now() - started;
    assert.equal(result.status, 'failed');
    assert.ok(result.attempts >= 2, `retried (${result.attempts} attempts)`);
    assert.ok(result.attempts < 20, 'stopped by the deadline, not by maxAttempts');
    // Every attempt is a real request; the receiver (on this process's event loop) records one when it has read
    // it, which on a loaded machine can be after the sender gave it up, and an attempt that timed out while still
    // connecting never reaches it at all: at most the last one can be missing.
    await until('the receiver to see the attempts', () => receiver.received.length >= result.attempts - 1, 5_000);
    assert.ok(receiver.received.length <= result.attempts && receiver.received.length >= result.attempts - 1,
      `the receiver saw ${receiver.received.length} of ${result.attempts} attempts`);
    assert.match(result.error!, /timed out: no response within \d+ ms/);
    assert.match(result.error!, /webhook timeout/);
    assert.ok(elapsed < 1200 + 600, `took ${elapsed} ms for a 1200 ms deadline`);
    assert.match(outcomes[0]!, /^1: timed out: no response within 250 ms; retrying/);
  } finally {
    await receiver.close();
  }
});

test('400: failed at once, exactly one attempt; other refusals likewise', async () => {
  const receiver = await startReceiver(() => ({ status: 400 }));
  try {
    const result = await deliverWebhook(config(receiver.url), completedPayload());
    assert.deepEqual(
      { status: result.status, attempts: result.attempts, responseStatus: result.responseStatus },
      { status: 'failed', attempts: 1, responseStatus: 400 },
    );
    assert.match(result.error!, /HTTP 400/);
    assert.equal(receiver.received.length, 1);
  } finally {
    await receiver.close();
  }
  for (const [status, hint] of [[401, /secret/], [404, /check the webhook URL/], [410, /gone/]] as const) {
    const r = await startReceiver(() => ({ status }));
    try {
      const result = await deliverWebhook(config(r.url), completedPayload());
      assert.equal(result.attempts, 1, `HTTP ${status} is not retried`);
      assert.match(result.error!, hint);
    } finally {
      await r.close();
    }
  }
});

test('408, 502 and 504 are retried', async () => {
  const statuses = [408, 502, 504, 200];
  const receiver = await startReceiver((n) => ({ status: statuses[n - 1]! }));
  try {
    const clock = fakeTime();
    const result = await deliverWebhook(config(receiver.url), completedPayload(), { ...clock, random: () => 0.5 });
    assert.equal(result.status, 'delivered');
    assert.equal(result.attempts, 4);
    assert.deepEqual(clock.slept, [250, 500, 1000], 'full jitter of 500 ms · 2^n at random = 0.5');
  } finally {
    await receiver.close();
  }
});

test('backoff stops when the next wait would pass the deadline, or at maxAttempts', async () => {
  const receiver = await startReceiver(() => ({ status: 500 }));
  try {
    const clock = fakeTime();
    // Waits just under 500, 1000, 2000 (3.5 s so far); the next (~4 s) would pass 5 s.
    const result = await deliverWebhook(config(receiver.url, { deadlineMs: 5000, maxAttempts: 10 }), completedPayload(), {
      ...clock,
      random: () => 0.999,
    });
    assert.equal(result.status, 'failed');
    assert.equal(result.attempts, 4);
    assert.deepEqual(clock.slept, [499, 999, 1998]);
    assert.match(result.error!, /gave up after 4 attempts \(the next retry would pass the 5 s webhook timeout\): the receiver answered HTTP 500/);
    assert.equal(result.responseStatus, 500);

    const few = await deliverWebhook(config(receiver.url, { maxAttempts: 2 }), completedPayload(), { ...fakeTime(), random: () => 0 });
    assert.equal(few.attempts, 2);
    assert.match(few.error!, /gave up after 2 attempts/);
  } finally {
    await receiver.close();
  }
  assert.equal(backoffMs(1, () => 0.5), 250);
  assert.equal(backoffMs(3, () => 0.5), 1000);
  assert.equal(backoffMs(12, () => 0.5), BACKOFF.capMs / 2, 'capped at 30 s before jitter');
  assert.equal(backoffMs(2, () => 0), 0);
});

test('a redirect is a failure, not followed', async () => {
  const target = await startReceiver(() => ({ status: 200 }));
  const receiver = await startReceiver(() => ({ status: 302, headers: { location: `${target.url}?token=abc` } }));
  try {
    const result = await deliverWebhook(config(receiver.url), completedPayload());
    assert.equal(result.status, 'failed');
    assert.equal(result.attempts, 1);
    assert.equal(result.responseStatus, 302);
    assert.match(result.error!, /HTTP 302, a redirect to http:\/\/127\.0\.0\.1:\d+; redirects are not followed/);
    assert.doesNotMatch(result.error!, /token=abc|hooks/);
    assert.equal(target.received.length, 0);
  } finally {
    await receiver.close();
    await target.close();
  }
});

test('no secret: sent unsigned (no signature header), still with id and timestamp', async () => {
  const receiver = await startReceiver(() => ({ status: 204 }));
  try {
    const result = await deliverWebhook(config(receiver.url, { secret: null }), completedPayload());
    assert.equal(result.status, 'delivered');
    const got = receiver.received[0]!;
    assert.equal(got.headers['webhook-signature'], undefined);
    assert.equal(got.headers['webhook-id'], result.webhookId);
    assert.match(got.headers['webhook-timestamp']!, /^\d{10}$/);
    assert.throws(() => new Webhook(newSecret()).verify(got.body, got.headers), /Missing required headers/);
  } finally {
    await receiver.close();
  }
});

test('a raw (non-whsec_) secret verifies as raw UTF-8 key bytes', async () => {
  const raw = 'plain-password-ü-2026';
  const receiver = await startReceiver(() => ({ status: 200 }), { verifier: new Webhook(Buffer.from(raw, 'utf8'), { format: 'raw' }) });
  try {
    const result = await deliverWebhook(config(receiver.url, { secret: raw }), completedPayload());
    assert.equal(result.status, 'delivered');
    assert.equal(receiver.received[0]!.verifyError, null);
  } finally {
    await receiver.close();
  }
});

test('events not chosen are skipped without a request; the same id can be reused', async () => {
  const receiver = await startReceiver(() => ({ status: 200 }));
  try {
    const skipped = await deliverWebhook(config(receiver.url, { events: ['job.failed'] }), completedPayload());
    assert.equal(skipped.status, 'skipped');
    assert.equal(skipped.attempts, 0);
    assert.equal(receiver.received.length, 0);
    const again = await deliverWebhook(config(receiver.url), completedPayload(), { webhookId: 'msg_RESENT' });
    assert.equal(again.webhookId, 'msg_RESENT');
    assert.equal(receiver.received[0]!.headers['webhook-id'], 'msg_RESENT');
  } finally {
    await receiver.close();
  }
});

test('secrets and header values never appear in errors or attempt outcomes', async () => {
  const secret = newSecret();
  const token = 'Bearer tok_9f8e7d6c5b4a';
  const receiver = await startReceiver((n) => (n === 1 ? { status: 503 } : { status: 401 }), { verifier: new Webhook(secret) });
  const url = await refusingUrl();
  try {
    const outcomes: string[] = [];
    const deps = { random: () => 0, onAttempt: (_n: number, o: string) => outcomes.push(o) };
    const headers = { Authorization: token };
    const a = await deliverWebhook(config(receiver.url, { secret, headers }), completedPayload(), deps);
    const b = await deliverWebhook(config(url, { secret, headers, maxAttempts: 2 }), completedPayload(), deps);
    assert.equal(receiver.received[0]!.headers.authorization, token, 'the header itself is sent');
    assert.equal(a.status, 'failed');
    assert.match(a.error!, /HTTP 401/);
    assert.equal(b.status, 'failed');
    const text = [a.error, b.error, ...outcomes].join('\n');
    assert.ok(outcomes.length >= 4);
    for (const secretText of [secret, secret.slice(6), token, 'tok_9f8e7d6c5b4a', '/hooks']) {
      assert.ok(!text.includes(secretText), `"${secretText}" leaked into: ${text}`);
    }
  } finally {
    await receiver.close();
  }
});

test('deliverWebhook refuses a config the doors should have rejected', async () => {
  await assert.rejects(deliverWebhook(config('file:///etc/passwd'), completedPayload()), UserError);
  await assert.rejects(deliverWebhook(config('https://example.com/', { secret: 'whsec_%%%' }), completedPayload()), UserError);
});

// ---------------------------------------------------------------------------
// job.changed

function changeRow(url: string, change: 'new' | 'changed' | 'unchanged', share?: number): ManifestRow {
  const file = `${new URL(url).pathname.slice(1) || 'index'}.png`;
  return {
    url, final_url: null, http_status: 200, status: 'ok', file, width: 1280, height: 800, format: 'png', bytes: 1000, sha256: null,
    duration_ms: 10, attempts: 1, error: null, change,
    ...(change === 'changed' ? { changed_share: share ?? 0.1, diff: `changes/${file.replace(/\.png$/, '.diff.png')}`, side_by_side: `changes/${file.replace(/\.png$/, '.side.png')}` } : {}),
    ...(change === 'unchanged' ? { changed_share: 0, reused: true } : {}),
  };
}

const REPORT: ChangeReport = {
  baseline: 'https://github.com/acme/docs/actions/runs/4650/artifacts/1987',
  baseline_job_id: 'job_01KNRZZ0Y1X2W3V4T5S6R7Q8P9',
  counts: { new: 1, changed: 2, unchanged: 1, removed: 1, reused: 1 },
  removed: [{ url: 'https://docs.example.com/old', file: 'old.png' }],
};
const CHANGE_ROWS = [
  changeRow('https://docs.example.com/', 'unchanged'),
  changeRow('https://docs.example.com/install', 'changed', 0.012),
  changeRow('https://docs.example.com/new-guide', 'new'),
  changeRow('https://docs.example.com/pricing', 'changed', 0.184),
];

test('job.changed payload: the change report and the new/changed pages, most changed first, valid by the schema', () => {
  const job = finishedJob('completed', 4, 0);
  const p = buildChangesPayload(job, REPORT, CHANGE_ROWS, { repository: 'acme/docs', pull_request: 12 });
  assert.equal(p.event, 'job.changed');
  assert.equal(p.status, 'completed');
  assert.deepEqual(p.changes, REPORT);
  assert.deepEqual(p.pages, [
    { url: 'https://docs.example.com/pricing', file: 'pricing.png', change: 'changed', changed_share: 0.184, diff: 'changes/pricing.diff.png' },
    { url: 'https://docs.example.com/install', file: 'install.png', change: 'changed', changed_share: 0.012, diff: 'changes/install.diff.png' },
    { url: 'https://docs.example.com/new-guide', file: 'new-guide.png', change: 'new', changed_share: null, diff: null },
  ]);
  assert.equal(p.pages_total, 3);
  assert.equal(p.pull_request, 12);
  assertMatchesSchema(p);
  assert.throws(() => buildChangesPayload({ ...job, status: 'processing' }, REPORT, CHANGE_ROWS), /no change report yet/);
  // The schema holds job.changed to its fields.
  const wire = JSON.parse(JSON.stringify(p)) as Record<string, unknown>;
  const { pages: _pages, ...noPages } = wire;
  assert.match(validate(SCHEMA, noPages).join('\n'), /missing pages/);
  assert.match(validate(SCHEMA, { ...wire, status: 'processing' }).join('\n'), /not in enum/);
});

test('job.changed payload: pages and removed pages are capped, the totals say how many', () => {
  const rows = Array.from({ length: CHANGES_CAP + 40 }, (_, i) => changeRow(`https://docs.example.com/p${i}`, i % 2 ? 'new' : 'changed', (i % 100) / 100));
  const removed = Array.from({ length: CHANGES_CAP + 7 }, (_, i) => ({ url: `https://docs.example.com/gone-${i}`, file: null }));
  const report: ChangeReport = { ...REPORT, counts: { ...REPORT.counts, removed: removed.length }, removed };
  const p = buildChangesPayload(finishedJob('partial', rows.length + 1, 1), report, rows);
  assert.equal(p.pages.length, CHANGES_CAP);
  assert.equal(p.pages_total, rows.length);
  assert.equal(p.changes.removed.length, CHANGES_CAP);
  assert.equal(p.changes.counts.removed, CHANGES_CAP + 7);
  assert.ok(p.pages.every((x, i) => i === 0 || x.change === 'new' || (x.changed_share ?? 0) <= (p.pages[i - 1]!.changed_share ?? 0)), 'most changed first');
  assertMatchesSchema(p);
});

test('job.changed is delivered signed to a real receiver when selected and something changed; otherwise nothing is sent', async () => {
  const secret = newSecret();
  const receiver = await startReceiver(() => ({ status: 200 }), { verifier: new Webhook(secret) });
  const logs: string[] = [];
  const log = { info: (l: string) => logs.push(l), warn: (l: string) => logs.push(`warn: ${l}`) };
  const settings = (events?: WebhookConfig['events']) => ({
    config: config(receiver.url, { secret, ...(events ? { events } : {}) }), fail: 'warn' as const, progressEvery: null,
  });
  try {
    const job = finishedJob('completed', 4, 0);
    const result = await sendChangesWebhook(job, REPORT, CHANGE_ROWS, settings(), { repository: 'acme/docs' }, log);
    assert.equal(result?.status, 'delivered');
    assert.equal(receiver.received.length, 1);
    const got = receiver.received[0]!;
    assert.equal(got.verifyError, null, 'signed like every other event: the reference verifier accepts it');
    const body = JSON.parse(got.body) as Record<string, unknown>;
    assert.equal(body.event, 'job.changed');
    assert.equal(body.pages_total, 3);
    assert.equal(body.repository, 'acme/docs');
    assertMatchesSchema(body);
    assert.ok(!got.body.includes(secret));
    assert.ok(logs.some((l) => l.startsWith('webhook job.changed delivered to http://127.0.0.1:')), logs.join('\n'));

    // Not selected, no report, or a report with nothing new/changed/removed: no request at all.
    assert.equal(await sendChangesWebhook(job, REPORT, CHANGE_ROWS, settings(['job.completed', 'job.failed']), {}, log), null);
    assert.equal(await sendChangesWebhook(job, undefined, CHANGE_ROWS, settings(), {}, log), null);
    const quiet: ChangeReport = { ...REPORT, counts: { new: 0, changed: 0, unchanged: 4, removed: 0, reused: 4 }, removed: [] };
    assert.equal(await sendChangesWebhook(job, quiet, [changeRow('https://docs.example.com/', 'unchanged')], settings(), {}, log), null);
    assert.equal(receiver.received.length, 1);
  } finally {
    await receiver.close();
  }
});
