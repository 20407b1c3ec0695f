// The Action door: inputs → runCapture → webhook → outputs. Only this file
// calls core.setFailed; everything below throws errors with actionable messages.

import * as core from '@actions/core';
import { runFails } from '../core/job.ts';
import { runCapture } from '../core/run.ts';
import { UserError } from '../core/types.ts';
import { progressNotifier, sendCompletionWebhook, webhookWarnings } from '../notify/notify-job.ts';
import { githubContext } from './context.ts';
import { readInputs } from './inputs.ts';

const PROGRESS_EVERY_MS = 10_000;

export async function run(): Promise<void> {
  try {
    const { options, failOn, webhook } = await readInputs();
    const log = { info: (l: string) => core.info(l), warn: (l: string) => core.warning(l) };
    const context = githubContext(process.env);
    if (webhook) for (const w of webhookWarnings(webhook)) log.warn(w);
    const hook: { progress?: ReturnType<typeof progressNotifier> } = {};
    let lastLog = 0;
    const result = await runCapture(options, {
      warning: (m) => core.warning(m),
      started: (info) => {
        core.info(`framecap: ${info.browserVersion}, ${info.concurrency} workers → ${info.output}`);
        if (webhook) hook.progress = progressNotifier(webhook, info.job, context, log);
      },
      result: (row, p) => {
        if (row.status === 'failed') core.warning(`${row.url}: ${row.error}`);
        hook.progress?.tick(p);
        const now = Date.now();
        if (now - lastLog >= PROGRESS_EVERY_MS) {
          lastLog = now;
          core.info(`progress: ${p.completed + p.failed}/${p.total} (${p.failed} failed)`);
        }
      },
    }, { env: process.env });
    const { job } = result;
    core.info(`${job.status}: ${job.progress.completed}/${job.progress.total} captured → ${result.output.path}`);

    let webhookFailed = false;
    if (webhook) {
      await hook.progress?.flush();
      const delivery = await sendCompletionWebhook(job, result.manifest.captures, webhook, context, log);
      core.setOutput('webhook-status', delivery.status);
      core.setOutput('webhook-attempts', delivery.attempts);
      webhookFailed = delivery.status === 'failed' && webhook.fail === 'error';
    }

    core.setOutput('job-id', job.id);
    core.setOutput('status', job.status);
    core.setOutput('total', job.progress.total);
    core.setOutput('completed', job.progress.completed);
    core.setOutput('failed', job.progress.failed);
    core.setOutput(result.output.kind === 'zip' ? 'zip-path' : 'output-dir', result.output.path);
    core.setOutput('json', JSON.stringify(job));

    if (runFails(job, failOn)) {
      core.setFailed(`framecap ${job.status}: ${job.error ?? `${job.progress.failed} of ${job.progress.total} pages failed`}`);
    } else if (webhookFailed) {
      core.setFailed('framecap: the completion webhook could not be delivered (webhook-fail: error)');
    }
  } catch (err) {
    core.setFailed(err instanceof UserError ? err.message : `framecap: unexpected error: ${(err as Error).stack ?? String(err)}`);
  }
}
