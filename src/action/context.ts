// What the run's GitHub context adds to webhook payloads: read from the
// runner's environment and event file, once, here.

import { readFileSync } from 'node:fs';
import type { PayloadContext } from '../notify/payload.ts';

export function githubContext(env: Record<string, string | undefined>): PayloadContext {
  const context: PayloadContext = {};
  if (env.GITHUB_REPOSITORY) context.repository = env.GITHUB_REPOSITORY;
  if (env.GITHUB_SHA) context.sha = env.GITHUB_SHA;
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    context.run_url = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  context.pull_request = pullRequestNumber(env.GITHUB_EVENT_PATH);
  return context;
}

function pullRequestNumber(eventPath: string | undefined): number | null {
  if (!eventPath) return null;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: unknown } };
    const n = event.pull_request?.number;
    return typeof n === 'number' ? n : null;
  } catch {
    return null;
  }
}
