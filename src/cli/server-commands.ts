// `framecap serve` (the queue server) and `framecap jobs …` (its client).

import { Command, Option } from 'commander';
import type { Job } from '../core/job.ts';
import { UserError } from '../core/types.ts';
import { JobsClient } from '../client/index.ts';
import { describeRedisUrl } from '../server/redis/url.ts';
import type { CliIO } from './io.ts';
import { addServiceFlags, renderInOf, renderInOption, serviceSettings } from './service-flags.ts';
import { runUntilSignal } from './service-lifecycle.ts';

export interface ApiFlags {
  apiUrl?: string;
  apiKey?: string;
}

/** --api-url/--api-key, else FRAMECAP_API_URL/FRAMECAP_API_KEY. */
export function clientFrom(flags: ApiFlags, io: CliIO): JobsClient {
  const apiUrl = flags.apiUrl ?? io.env?.FRAMECAP_API_URL;
  if (!apiUrl) throw new UserError('no Jobs API given: pass --api-url https://… or set FRAMECAP_API_URL');
  return new JobsClient({ apiUrl, apiKey: flags.apiKey ?? io.env?.FRAMECAP_API_KEY });
}

export function addApiOptions(cmd: Command): Command {
  return cmd
    .option('--api-url <url>', 'queue server origin (env FRAMECAP_API_URL)')
    .option('--api-key <key>', 'API key (env FRAMECAP_API_KEY; prefer the variable: flags show in ps)');
}

export function describeJob(job: Job): string {
  const p = job.progress;
  const lines = [
    `${job.id}  ${job.type}  ${job.status}  ${p.completed + p.failed}/${p.total} (${p.failed} failed, ${p.percentage}%)`,
  ];
  if (job.error) lines.push(`  error: ${job.error}`);
  if (job.download_url && job.status !== 'failed') lines.push(`  download: ${job.download_url}`);
  if (job.expires_at) lines.push(`  expires: ${job.expires_at}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Past this, a stopping serve/worker exits whatever it still waits for. Under
 * Docker's default 10 s grace before SIGKILL, after the worker's own 8 s for
 * the pages in flight and 3 s for its browser without Redis.
 */
export const STOP_BOUND_MS = 9_500;
/** --finish-on-exit: how long running jobs may take to finish. */
const FINISH_ON_EXIT_MS = 60_000;

const ENDED = new Set(['completed', 'partial', 'failed', 'canceled']);

export function registerServerCommands(program: Command, io: CliIO): void {
  const serve = program
    .command('serve')
    .description('run the queue server (Jobs API) for async mode')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <addr>', 'address to bind (0.0.0.0 in a container)', '127.0.0.1')
    .requiredOption('--data-dir <dir>', 'folder for jobs and results (survives restarts)')
    .option('--api-keys <keys>', 'comma-separated bearer keys, 16+ characters each (env FRAMECAP_API_KEYS)')
    .option('--allow-no-auth', 'run without keys (127.0.0.1 only; for local testing)')
    .option('--workers <n>', 'jobs rendered at once', '1')
    .option('--result-ttl <hours>', 'how long results stay downloadable', '24')
    .option('--public-url <url>', 'public origin of image and download URLs (behind a proxy)');
  addServiceFlags(serve, 'serve')
    .addOption(new Option('--download <mode>', 'proxy: stream results through the server; presign: answer 302 to a presigned URL of the bucket').choices(['proxy', 'presign']).default('proxy'))
    .addOption(renderInOption('serve'))
    .exitOverride()
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      // Loaded on demand: capture runs need none of the server's code.
      const { createServer } = await import('../server/index.ts');
      const shared = serviceSettings(opts, io);
      const { redis } = shared;
      const keys = String(opts.apiKeys ?? io.env?.FRAMECAP_API_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean);
      const server = await createServer({
        dataDir: String(opts.dataDir),
        apiKeys: keys,
        allowNoAuth: opts.allowNoAuth === true,
        host: String(opts.host),
        port: positiveInt(opts.port, '--port', 0),
        workers: positiveInt(opts.workers, '--workers', 1),
        resultTtlMs: positiveInt(opts.resultTtl, '--result-ttl', 1) * 3_600_000,
        ...(opts.publicUrl ? { publicUrl: String(opts.publicUrl) } : {}),
        ...shared,
        download: opts.download === 'presign' ? 'presign' : 'proxy',
        renderIn: renderInOf(opts),
      });
      const origin = await server.start();
      const queueNote = redis ? `, jobs in Redis at ${describeRedisUrl(redis)}: start framecap worker to render them` : '';
      const storageNote = server.config.download === 'presign' ? `, results: ${server.storage.describe()}, downloads presigned` : `, results: ${server.storage.describe()}`;
      io.stderr.write(`framecap queue server on ${origin} (data: ${String(opts.dataDir)}${storageNote}, ${keys.length} API key(s)${queueNote})\n`);
      await runUntilSignal(io, {
        name: 'framecap serve',
        stoppingLine: redis ? 'shutting down: running jobs stay with their workers' : 'shutting down: running jobs are put back in the queue',
        stop: () => server.close(),
        // Embedded jobs first finish their pages in flight; nothing the server holds needs Redis for long.
        boundMs: STOP_BOUND_MS,
      });
    });

  const worker = program
    .command('worker')
    .description('render jobs from a queue server started with --redis (run any number, on any machine)')
    .option('--data-dir <dir>', 'the results folder shared with framecap serve (same --data-dir, e.g. a network volume); with --storage, this worker\'s own scratch folder (default: the OS temp folder)')
    .option('--concurrency <n>', 'jobs this process renders at once', '1')
    .option('--page-concurrency <n>', 'pages rendered at once inside one job (default from cores and memory)');
  addServiceFlags(worker, 'worker')
    .option('--lock-duration <ms>', "how long a job's lock lasts: a crashed worker's job is taken over after about this long", '30000')
    .option('--stalled-interval <ms>', "how often to look for jobs whose worker died", '30000')
    .option('--finish-on-exit', 'on SIGTERM, let running jobs finish (up to 60 s) instead of handing them back at once')
    .addOption(renderInOption('worker'))
    .exitOverride()
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      const { redis, ...shared } = serviceSettings(opts, io);
      if (!redis) throw new UserError('the worker needs the queue server\'s Redis: pass --redis redis://host:6379 or set FRAMECAP_REDIS_URL');
      const { startWorker } = await import('../server/index.ts');
      const running = await startWorker({
        redis,
        ...(opts.dataDir ? { dataDir: String(opts.dataDir) } : {}),
        ...shared,
        concurrency: positiveInt(opts.concurrency, '--concurrency', 1),
        lockDurationMs: positiveInt(opts.lockDuration, '--lock-duration', 1000),
        stalledIntervalMs: positiveInt(opts.stalledInterval, '--stalled-interval', 100),
        ...(opts.pageConcurrency ? { pageConcurrency: positiveInt(opts.pageConcurrency, '--page-concurrency', 1) } : {}),
        renderIn: renderInOf(opts),
        log: lineLog(io),
      });
      const finish = opts.finishOnExit === true;
      await runUntilSignal(io, {
        name: 'framecap worker',
        stoppingLine: finish ? 'worker stopping: finishing running jobs' : 'worker stopping: running jobs go back to the queue',
        stop: () => running.close({ finish, timeoutMs: FINISH_ON_EXIT_MS }),
        boundMs: (finish ? FINISH_ON_EXIT_MS : 0) + STOP_BOUND_MS,
      });
    });

  const jobs = program.command('jobs').description('inspect and manage jobs on a queue server').exitOverride();

  addApiOptions(jobs.command('status').argument('<id>').description('show one job').exitOverride()
    .option('--watch', 'poll until the job ends')
    .option('--json', 'print the Job document'))
    .action(async (id: string, opts: ApiFlags & { watch?: boolean; json?: boolean }) => {
      const client = clientFrom(opts, io);
      let job = await client.get(id);
      if (opts.watch && !ENDED.has(job.status)) {
        job = await client.waitFor(id, { onProgress: (j) => { if (!opts.json) io.stderr.write(describeJob(j)); } });
      }
      io.stdout.write(opts.json ? `${JSON.stringify(job, null, 2)}\n` : describeJob(job));
    });

  addApiOptions(jobs.command('list').description('list your jobs, newest first').exitOverride()
    .addOption(new Option('--status <status>', 'only jobs with this status').choices(['pending', 'processing', 'completed', 'partial', 'failed', 'canceled']))
    .option('--limit <n>', 'at most n jobs (1-100)', '20')
    .option('--offset <n>', 'skip n jobs', '0')
    .option('--json', 'print JSON'))
    .action(async (opts: ApiFlags & { status?: Job['status']; limit: string; offset: string; json?: boolean }) => {
      const list = await clientFrom(opts, io).list({
        ...(opts.status ? { status: opts.status } : {}),
        limit: positiveInt(opts.limit, '--limit', 1),
        offset: positiveInt(opts.offset, '--offset', 0),
      });
      if (opts.json) io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      else {
        for (const job of list.jobs) io.stdout.write(describeJob(job));
        io.stdout.write(`${list.jobs.length} of ${list.total} job(s)\n`);
      }
    });

  addApiOptions(jobs.command('download').argument('<id>').description("download a job's ZIP").exitOverride()
    .requiredOption('-o, --output <file.zip>', 'where to write the ZIP'))
    .action(async (id: string, opts: ApiFlags & { output: string }) => {
      const { path, bytes } = await clientFrom(opts, io).download(id, opts.output);
      io.stdout.write(`${path} (${bytes} bytes)\n`);
    });

  addApiOptions(jobs.command('cancel').argument('<id>').description('cancel a pending or running job').exitOverride())
    .action(async (id: string, opts: ApiFlags) => {
      io.stdout.write(describeJob(await clientFrom(opts, io).cancel(id)));
    });
}

/** One line per event on stderr: `framecap worker: job started {"jobId":…}`. Errors show their message only. */
function lineLog(io: CliIO) {
  const line = (level: string) => (obj: object, msg: string): void => {
    const fields: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) fields[k] = v instanceof Error ? v.message : v;
    io.stderr.write(`framecap worker: ${level === 'info' ? '' : `${level}: `}${msg} ${JSON.stringify(fields)}\n`);
  };
  return { info: line('info'), warn: line('warn'), error: line('error') };
}

function positiveInt(value: unknown, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UserError(`${flag} must be a whole number ≥ ${min} (got "${String(value)}")`);
  return n;
}
