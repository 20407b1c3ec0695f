// The CLI door: argv → RawSettings (flags over framecap.yml) → CaptureOptions
// → runCapture, with progress on stderr and the result on stdout.
// Exit codes: 0 completed (or allowed by --fail-on), 1 failed, 2 usage error.

import { existsSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { cacheDirFrom } from '../config/cache-dir.ts';
import { findConfigFile, loadConfigFile, mergeSettings } from '../config/file.ts';
import { resolveSettings, SettingError, thisMachine } from '../config/settings.ts';
import { loadCatalog } from '../core/frame/index.ts';
import { runFails } from '../core/job.ts';
import type { Job } from '../core/job.ts';
import { runCapture } from '../core/run.ts';
import { debugFromEnv, describeFailure } from '../core/describe-error.ts';
import { UserError } from '../core/types.ts';
import type { ChangeReport, ManifestRow } from '../core/types.ts';
import { hasChanges } from '../core/compare/report.ts';
import { createRunNotifier } from '../notify/run-notifier.ts';
import type { RunNotifier } from '../notify/run-notifier.ts';
import { runRemote } from '../client/remote-run.ts';
import type { CaptureOptions } from '../core/options.ts';
import { addApiOptions, clientFrom, registerServerCommands } from './server-commands.ts';
import { registerMergeCommand } from './merge-command.ts';
import { registerLoginCommand } from './login-command.ts';
import { localAccess } from './io.ts';
import type { CliIO } from './io.ts';
import type { ApiFlags } from './server-commands.ts';
import { makeRedactor } from '../util/redact.ts';
import type { Redact } from '../util/redact.ts';
import { VERSION } from '../version.ts';

import { addCaptureFlags, flagSettings } from './flags.ts';
import { createProgress, formatDuration } from './progress.ts';
import type { ProgressView } from './progress.ts';

export type { CliIO } from './io.ts';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Usage problems exit 2; everything else a user can act on exits 1. */
class UsageError extends UserError {}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version "fail" with exit code 0.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError || err instanceof SettingError) {
      io.stderr.write(`framecap: ${err.message}\n(see framecap capture --help)\n`);
      return EXIT.usage;
    }
    // One line a user can act on; the stack only with the debug switch (it helps us, not them).
    const failure = describeFailure(err);
    const debug = debugFromEnv(io.env ?? {}) || program.opts().debug === true;
    const hint = failure.expected || debug ? '' : ' (run again with --debug to see where, and please report it)';
    io.stderr.write(`framecap: ${failure.message}${hint}\n`);
    if (debug) io.stderr.write(`${failure.stack}\n`);
    return EXIT.failed;
  }
  return exitCode;
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('framecap')
    .description('Screenshot every page of a site into framed captures, one ZIP with a manifest.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'on failure, print the stack trace too (or set FRAMECAP_DEBUG=1)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(add --help for usage)');

  const capture = program
    .command('capture')
    .description('capture pages from URLs, a sitemap, a site or a URL file')
    .argument('[urls...]', 'page URLs to capture')
    .option('-c, --config <file>', 'settings file (default: ./framecap.yml when present)')
    .option('--json', 'print the Job document as JSON on stdout')
    .option('-q, --quiet', 'no progress or per-URL lines; errors and the result only')
    .option('--async', 'let a queue server (framecap serve) render: submit, wait, download the ZIP')
    .option('--poll-timeout <ms>', 'async mode: stop waiting after this long (default 3600000)')
    .exitOverride();
  addApiOptions(capture);
  addCaptureFlags(capture);
  capture.addHelpText('after', `
Examples:
  framecap capture https://example.com/ -o shot.zip
  framecap capture --sitemap https://example.com/sitemap.xml --device browser-macos --theme dark
  framecap capture --site https://docs.example.com --include "/guide/**" --limit 50 --scale 2
  cat urls.txt | framecap capture --urls - --device none --format webp -o shots/

Exit codes: 0 completed, 1 failed (see --fail-on), 2 usage error.`);
  capture.action(async (urls: string[], opts: Record<string, unknown>, cmd: Command) => {
    setExit(await runCaptureCommand(urls, opts, cmd, io));
  });

  program
    .command('devices')
    .description('list frames (devices, browser windows) and background presets')
    .option('--json', 'print as JSON')
    .exitOverride()
    .action(async (opts: { json?: boolean }) => {
      const catalog = await loadCatalog();
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(catalog, null, 2)}\n`);
        return;
      }
      io.stdout.write('Frames (--device):\n');
      for (const f of catalog.frames) {
        const own = f.emulation?.deviceScaleFactor;
        const vp = f.viewport ? ` [${f.viewport.width}x${f.viewport.height}${own ? ` @${own}x` : ''}]` : '';
        io.stdout.write(`  ${f.id.padEnd(18)} ${f.themes.join('/').padEnd(11)} ${f.description}${vp}\n`);
      }
      io.stdout.write('\nBackgrounds (--background; or any CSS colour):\n');
      for (const b of catalog.backgrounds) io.stdout.write(`  ${b.name.padEnd(18)} ${b.kind.padEnd(11)} ${b.description}\n`);
    });

  registerServerCommands(program, io);
  registerMergeCommand(program, io, setExit);
  registerLoginCommand(program, io);
  return program;
}

async function runCaptureCommand(urls: string[], opts: Record<string, unknown>, cmd: Command, io: CliIO): Promise<number> {
  const configPath = (opts.config as string | undefined) ?? findConfigFile(io.cwd);
  let resolved;
  try {
    const fromFile = configPath ? await loadConfigFile(configPath) : {};
    const fromEnv = io.env?.FRAMECAP_WEBHOOK_SECRET ? { 'webhook-secret': io.env.FRAMECAP_WEBHOOK_SECRET } : {};
    const raw = mergeSettings(fromFile, fromEnv, flagSettings(urls, opts, cmd));
    resolved = resolveSettings(raw, thisMachine(), undefined, localAccess(io));
  } catch (err) {
    if (err instanceof UserError && !(err instanceof SettingError)) throw new UsageError(err.message);
    throw err;
  }
  const { options, failOn, failOnChange, secrets, webhook } = resolved;
  // The queue server has no access to a local baseline and does not sample: say so rather than ignore it.
  if (opts.async && (options.compare || options.plan.perPattern)) {
    throw new UsageError(`${options.compare ? '--baseline' : '--per-pattern'} runs locally only: drop --async`);
  }
  // Grows while the run learns secrets (the cookies a login receives).
  const known = [...secrets];
  let masks = makeRedactor(known);
  const redact: Redact = (text) => masks(text);
  const learn = (secret: string): void => {
    known.push(secret);
    masks = makeRedactor(known);
  };
  const quiet = opts.quiet === true;
  const json = opts.json === true;
  const progress = createProgress(io.stderr, !quiet, Date.now);
  const say = (line: string): void => {
    if (!quiet) progress.log(redact(line));
  };
  if (configPath && !opts.config) say(`using settings from ${configPath}`);

  const controller = new AbortController();
  io.onInterrupt?.(() => {
    if (!controller.signal.aborted) {
      progress.log('interrupted: finishing pages in flight and writing what is done (press again to force quit)');
      controller.abort();
    }
  });

  const notifyLog = { info: say, warn: (l: string) => say(`warning: ${l}`) };
  const notifier = createRunNotifier(webhook, {}, notifyLog);
  notifier.warn();

  const started = Date.now();
  const outcome = opts.async
    ? await runAsyncCapture(options, opts as ApiFlags & { pollTimeout?: string }, io, progress, say)
    : await runLocal({ options, io, progress, say, notifier, signal: controller.signal, learn });

  const { job, rows, outputPath, changes } = outcome;
  const { failsRun: webhookFailed } = await notifier.finish({ job, rows, changes: changes ?? null });
  if (json) io.stdout.write(`${redact(JSON.stringify(job, null, 2))}\n`);
  else io.stdout.write(redact(summaryText(job, rows, outputPath, Date.now() - started) + changeText(changes, rows)));
  const changedGate = failOnChange && hasChanges(changes);
  if (changedGate && json) io.stderr.write('framecap: pages changed since the baseline (--fail-on-change)\n');
  return webhookFailed || runFails(job, failOn) || changedGate ? EXIT.failed : EXIT.ok;
}

/** Steps (and the login's) read `env:NAME` from the CLI's environment and `@file` css/js from its working directory. */
interface RunOutcome {
  job: Job;
  rows: ManifestRow[];
  outputPath: string;
  /** manifest.changes, when the run had a baseline. */
  changes?: ChangeReport;
}

type Say = (line: string) => void;

interface LocalRun {
  options: CaptureOptions;
  io: CliIO;
  progress: ProgressView;
  say: Say;
  /** Handed the job once it has an id, then each finished page. */
  notifier: RunNotifier;
  signal: AbortSignal;
  /** Secrets the run learns (the cookies a login receives), redacted from everything printed after. */
  learn: (secret: string) => void;
}

async function runLocal({ options, io, progress, say, notifier, signal, learn }: LocalRun): Promise<RunOutcome> {
  let discovering = true;
  let last = { total: 0, completed: 0, failed: 0, percentage: 0 };
  const result = await runCapture(options, {
    warning: (m) => say(`warning: ${m}`),
    secret: learn,
    started: (info) => {
      say(`framecap ${VERSION} · ${info.browserVersion} · ${info.concurrency} workers → ${info.output}`);
      notifier.started(info.job);
    },
    planned: (_t, n) => {
      last = { ...last, total: n };
      progress.update(last, discovering);
    },
    discoveryDone: (total) => {
      discovering = false;
      last = { ...last, total };
      progress.update(last, discovering);
    },
    result: (row, p) => {
      last = p;
      if (row.status === 'failed') say(`failed: ${row.url}: ${row.error}`);
      progress.update(p, discovering);
      notifier.tick(p);
    },
  }, { signal, env: io.env ?? {}, cacheDir: cacheDirFrom(io.env ?? {}) });
  progress.done();
  return {
    job: result.job, rows: result.manifest.captures, outputPath: result.output.path,
    ...(result.manifest.changes ? { changes: result.manifest.changes } : {}),
  };

}

/** Async mode: the queue server renders; this process submits, waits, downloads. */
async function runAsyncCapture(
  options: CaptureOptions, flags: ApiFlags & { pollTimeout?: string }, io: CliIO, progress: ProgressView, say: Say,
): Promise<RunOutcome> {
  const { job, outputPath, manifest } = await runRemote(options, clientFrom(flags, io), {
    pollTimeoutMs: flags.pollTimeout ? Number(flags.pollTimeout) : 3_600_000,
    readStdin,
    cwd: io.cwd,
  }, { say, progress: (j) => progress.update(j.progress, j.status === 'pending') });
  progress.done();
  return { job, rows: manifest?.captures ?? [], outputPath, ...(manifest?.changes ? { changes: manifest.changes } : {}) };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** One line on what changed since the baseline, then the pages (a few of each kind). */
function changeText(changes: ChangeReport | undefined, rows: ManifestRow[]): string {
  if (!changes) return '';
  const { counts } = changes;
  const lines = [
    `  changes since ${changes.baseline}: ${counts.changed} changed, ${counts.new} new, ${counts.removed} removed, ` +
      `${counts.unchanged} unchanged${counts.reused ? ` (${counts.reused} reused without rendering)` : ''}`,
  ];
  const listed: [string, string[]][] = [
    ['~', rows.filter((r) => r?.change === 'changed').map((r) => `${r.url}  ${((r.changed_share ?? 0) * 100).toFixed(2)}% of pixels`)],
    ['+', rows.filter((r) => r?.change === 'new').map((r) => r.url)],
    ['−', changes.removed.map((r) => r.url)],
  ];
  for (const [mark, items] of listed) {
    for (const item of items.slice(0, 10)) lines.push(`  ${mark} ${item}`);
    if (items.length > 10) lines.push(`  … and ${items.length - 10} more (see manifest.json)`);
  }
  return `${lines.join('\n')}\n`;
}

function summaryText(job: Job, rows: ManifestRow[], output: string, ms: number): string {
  const { total, completed, failed } = job.progress;
  const mark = job.status === 'completed' ? '✔' : job.status === 'partial' ? '▲' : '✖';
  const lines = [`${mark} ${job.status}: ${completed}/${total} captured${failed ? `, ${failed} failed` : ''} in ${formatDuration(ms / 1000)} → ${output}`];
  if (job.error) lines.push(`  ${job.error}`);
  const failures = rows.filter((r) => r?.status === 'failed');
  for (const r of failures.slice(0, 10)) lines.push(`  ✖ ${r.url}  ${r.error ?? ''}`);
  if (failures.length > 10) lines.push(`  … and ${failures.length - 10} more (see manifest.json)`);
  return `${lines.join('\n')}\n`;
}
