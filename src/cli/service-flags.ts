// The flags `framecap serve` and `framecap worker` share, each with its
// environment fallback, defined once: a deployment passes the same values to
// both (the same Redis, bucket, secret and allow-list), so both must read them
// the same way.

import { Option } from 'commander';
import type { Command } from 'commander';
import type { CliIO } from './io.ts';

export type ServiceRole = 'serve' | 'worker';
type Opts = Record<string, string | boolean | undefined>;

interface SharedFlag {
  flag: string;
  /** commander's key for the flag. */
  key: string;
  /** The environment variable read when the flag is absent. */
  env: string | null;
  help: Record<ServiceRole, string>;
}

const STORAGE_HELP = 'keep results in an S3-compatible bucket, e.g. s3://my-bucket/framecap; credentials, AWS_REGION and AWS_ENDPOINT_URL_S3 the AWS SDK\'s way';
const ALLOW_HELP = 'comma-separated hosts, addresses or networks jobs may reach although private or local';

const SHARED: readonly SharedFlag[] = [
  {
    flag: '--redis <url>', key: 'redis', env: 'FRAMECAP_REDIS_URL',
    help: { serve: 'keep jobs in Redis and leave rendering to `framecap worker` processes', worker: 'the Redis the queue server uses, e.g. redis://127.0.0.1:6379' },
  },
  { flag: '--storage <s3://bucket/prefix>', key: 'storage', env: 'FRAMECAP_STORAGE', help: { serve: STORAGE_HELP, worker: `${STORAGE_HELP}; the same as framecap serve` } },
  {
    flag: '--s3-path-style', key: 's3PathStyle', env: 'FRAMECAP_S3_FORCE_PATH_STYLE',
    help: { serve: 'address the bucket as endpoint/bucket (MinIO, Ceph)', worker: 'address the bucket as endpoint/bucket (MinIO, Ceph)' },
  },
  { flag: '--browser-path <path>', key: 'browserPath', env: null, help: { serve: 'Chrome/Chromium executable', worker: 'Chrome/Chromium executable' } },
  {
    flag: '--webhook-secret <whsec_…>', key: 'webhookSecret', env: 'FRAMECAP_WEBHOOK_SECRET',
    help: { serve: 'sign webhook deliveries', worker: 'sign webhook deliveries, as on the server' },
  },
  {
    flag: '--allow-host <entries>', key: 'allowHost', env: 'FRAMECAP_ALLOW_HOSTS',
    help: { serve: `${ALLOW_HELP}, e.g. 127.0.0.1:3000,10.0.0.0/8`, worker: `${ALLOW_HELP}, as on the server` },
  },
];

const RENDER_IN_HELP: Record<ServiceRole, string> = {
  serve: 'child: render each job in a child process, so status polls stay fast while a batch renders; inline: in the server process',
  worker: 'child: render each job in a child process, so a renderer killed for memory sends its job back to the queue and the worker goes on; inline: in the worker process',
};

/** --render-in: both render (serve with the embedded queue), each job in a child process by default. */
export function renderInOption(role: ServiceRole): Option {
  return new Option('--render-in <where>', RENDER_IN_HELP[role]).choices(['child', 'inline']).default('child');
}

export function renderInOf(opts: Opts): 'child' | 'inline' {
  return opts.renderIn === 'inline' ? 'inline' : 'child';
}

/** Adds the shared flags to `command`, each naming its environment variable. */
export function addServiceFlags(command: Command, role: ServiceRole): Command {
  for (const f of SHARED) {
    const env = f.env ? ` (env ${f.env}${f.key === 's3PathStyle' ? '=1' : ''})` : '';
    command.option(f.flag, `${f.help[role]}${env}`);
  }
  return command;
}

export interface ServiceSettings {
  redis?: string;
  storage?: string;
  s3?: { forcePathStyle: true };
  browserPath?: string;
  webhookSecret?: string;
  /** The egress guard's allow-list. */
  allowHosts: string[];
}

/** The shared flags' values: the flag, else its environment variable. */
export function serviceSettings(opts: Opts, io: CliIO): ServiceSettings {
  const value = (key: string): string | undefined => {
    const f = SHARED.find((s) => s.key === key)!;
    const given = opts[key];
    if (typeof given === 'string' && given !== '') return given;
    const fromEnv = f.env ? io.env?.[f.env] : undefined;
    return fromEnv ? fromEnv : undefined;
  };
  const [redis, storage, browserPath, webhookSecret] = [value('redis'), value('storage'), value('browserPath'), value('webhookSecret')];
  const pathStyle = opts.s3PathStyle === true || /^(1|true|yes)$/i.test(io.env?.FRAMECAP_S3_FORCE_PATH_STYLE ?? '');
  return {
    ...(redis ? { redis } : {}),
    ...(storage ? { storage } : {}),
    ...(pathStyle ? { s3: { forcePathStyle: true as const } } : {}),
    ...(browserPath ? { browserPath } : {}),
    ...(webhookSecret ? { webhookSecret } : {}),
    allowHosts: (value('allowHost') ?? '').split(',').map((h) => h.trim()).filter(Boolean),
  };
}
