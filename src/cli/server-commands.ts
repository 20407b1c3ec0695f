// `framecap serve` (the queue server) and `framecap jobs …` (its client).

import { Command, Option } from 'commander';
import type { Job } from '../core/job.ts';
import { UserError } from '../core/types.ts';
import { JobsClient } from '../client/index.ts';
import type { CliIO } from './main.ts';

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
  if (job.download_url && (job.status === 'completed' || job.status === 'partial')) lines.push(`  download: ${job.download_url}`);
  if (job.expires_at) lines.push(`  expires: ${job.expires_at}`);
  return `${lines.join('\n')}\n`;
}

const ENDED = new Set(['completed', 'partial', 'failed']);

export function registerServerCommands(program: Command, io: CliIO): void {
  program
    .command('serve')
    .description('run the queue server (Jobs API) for async mode')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <addr>', 'address to bind (0.0.0.0 in a container)', '127.0.0.1')
    .requiredOption('--data-dir <dir>', 'folder for jobs and results (survives restarts)')
    .option('--api-keys <keys>', 'comma-separated bearer keys, 16+ characters each (env FRAMECAP_API_KEYS)')
    .option('--allow-no-auth', 'run without keys (127.0.0.1 only; for local testing)')
    .option('--workers <n>', 'jobs rendered at once', '1')
    .option('--result-ttl <hours>', 'how long results stay downloadable', '24')
    .option('--public-url <url>', 'public origin, to make download URLs absolute')
    .option('--browser-path <path>', 'Chrome/Chromium executable')
    .option('--webhook-secret <whsec_…>', 'sign webhook deliveries (env FRAMECAP_WEBHOOK_SECRET)')
    .exitOverride()
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      // Loaded on demand: capture runs need none of the server's code.
      const { createServer } = await import('../server/index.ts');
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
        ...(opts.browserPath ? { browserPath: String(opts.browserPath) } : {}),
        ...(opts.webhookSecret || io.env?.FRAMECAP_WEBHOOK_SECRET
          ? { webhookSecret: String(opts.webhookSecret ?? io.env?.FRAMECAP_WEBHOOK_SECRET) } : {}),
      });
      const origin = await server.start();
      io.stderr.write(`framecap queue server on ${origin} (data: ${String(opts.dataDir)}, ${keys.length} API key(s))\n`);
      await new Promise<void>((resolve) => {
        io.onInterrupt?.(() => {
          io.stderr.write('shutting down: running jobs are put back in the queue\n');
          void server.close().then(resolve);
        });
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
    .addOption(new Option('--status <status>', 'only jobs with this status').choices(['pending', 'processing', 'completed', 'partial', 'failed']))
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

function positiveInt(value: unknown, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UserError(`${flag} must be a whole number ≥ ${min} (got "${String(value)}")`);
  return n;
}
