// serve and worker read their shared flags from one table: each flag, else
// its environment variable, the same way for both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { addServiceFlags, serviceSettings } from '../src/cli/service-flags.ts';
import type { ServiceRole } from '../src/cli/service-flags.ts';

const ENV = {
  FRAMECAP_REDIS_URL: 'redis://env:6379',
  FRAMECAP_STORAGE: 's3://env-bucket/x',
  FRAMECAP_S3_FORCE_PATH_STYLE: '1',
  FRAMECAP_WEBHOOK_SECRET: 'whsec_from_env',
  FRAMECAP_ALLOW_HOSTS: '10.0.0.0/8, 127.0.0.1:3000',
};

function parsed(role: ServiceRole, argv: string[], env: Record<string, string>): ReturnType<typeof serviceSettings> {
  const command = addServiceFlags(new Command(role).exitOverride(), role);
  command.parse(argv, { from: 'user' });
  const io = { stdout: new PassThrough(), stderr: new PassThrough(), cwd: process.cwd(), env };
  return serviceSettings(command.opts(), io);
}

for (const role of ['serve', 'worker'] as const) {
  test(`${role}: each shared setting from its variable; a flag wins over it`, () => {
    assert.deepEqual(parsed(role, [], ENV), {
      redis: 'redis://env:6379', storage: 's3://env-bucket/x', s3: { forcePathStyle: true },
      webhookSecret: 'whsec_from_env', allowHosts: ['10.0.0.0/8', '127.0.0.1:3000'],
    });
    assert.deepEqual(parsed(role, ['--redis', 'redis://flag:1', '--storage', 's3://flag/y', '--webhook-secret', 'whsec_flag', '--allow-host', 'a.local', '--browser-path', '/opt/chrome'], ENV), {
      redis: 'redis://flag:1', storage: 's3://flag/y', s3: { forcePathStyle: true },
      browserPath: '/opt/chrome', webhookSecret: 'whsec_flag', allowHosts: ['a.local'],
    });
    assert.deepEqual(parsed(role, ['--s3-path-style'], {}), { s3: { forcePathStyle: true }, allowHosts: [] });
    assert.deepEqual(parsed(role, [], {}), { allowHosts: [] });
  });
}
