// What the runner tells the step about its run: read from the environment
// and the event file, once, here. Nothing else in the Action reads env.

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { PayloadContext } from '../notify/payload.ts';

export interface PullRequestInfo {
  number: number;
  /** The PR's head repository differs from the base: GITHUB_TOKEN is read-only on `pull_request`. */
  fromFork: boolean;
}

export interface RunnerContext {
  eventName: string | null;
  /** GITHUB_REPOSITORY as given, e.g. "acme/site". */
  repository: string | null;
  repo: { owner: string; repo: string } | null;
  serverUrl: string;
  apiUrl: string;
  runId: string | null;
  runAttempt: string;
  workflow: string;
  job: string;
  sha: string | null;
  pullRequest: PullRequestInfo | null;
  /** The repository's default branch as the event payload names it; null: ask the API. */
  defaultBranch: string | null;
  /** The artifact service is reachable only from a step of a real run. */
  canUploadArtifacts: boolean;
  tempDir: string;
  stepSummaryPath: string | null;
}

type Env = Record<string, string | undefined>;

export function runnerContext(env: Env): RunnerContext {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME || null;
  return {
    eventName,
    repository: env.GITHUB_REPOSITORY || null,
    repo: owner && repo ? { owner, repo } : null,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID || null,
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    workflow: env.GITHUB_WORKFLOW || 'workflow',
    job: env.GITHUB_JOB || 'job',
    sha: env.GITHUB_SHA || null,
    pullRequest: pullRequestOf(eventName, event),
    defaultBranch: isObject(event.repository) ? stringOf(event.repository.default_branch) : null,
    canUploadArtifacts: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    tempDir: env.RUNNER_TEMP || tmpdir(),
    stepSummaryPath: env.GITHUB_STEP_SUMMARY || null,
  };
}

/** The fields the Action adds to webhook payloads. */
export function githubContext(ctx: RunnerContext): PayloadContext {
  const context: PayloadContext = {};
  if (ctx.repository) context.repository = ctx.repository;
  if (ctx.sha) context.sha = ctx.sha;
  const url = runUrl(ctx);
  if (url) context.run_url = url;
  context.pull_request = ctx.pullRequest?.number ?? null;
  return context;
}

export function runUrl(ctx: RunnerContext): string | null {
  return ctx.repo && ctx.runId ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}` : null;
}

type Json = Record<string, unknown>;

function readEvent(path: string | undefined): Json {
  if (!path) return {};
  try {
    const doc: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return isObject(doc) ? doc : {};
  } catch {
    return {};
  }
}

function pullRequestOf(eventName: string | null, event: Json): PullRequestInfo | null {
  const pr = isObject(event.pull_request) ? event.pull_request : null;
  if (pr && typeof pr.number === 'number') {
    const head = fullName(pr.head);
    const base = fullName(pr.base) ?? (isObject(event.repository) ? stringOf(event.repository.full_name) : null);
    // pull_request_target runs in the base repository with its token: not read-only.
    return { number: pr.number, fromFork: eventName === 'pull_request' && head !== null && head !== base };
  }
  // workflow_run lists the PR only when it comes from the same repository.
  const run = isObject(event.workflow_run) ? event.workflow_run : null;
  const first = run && Array.isArray(run.pull_requests) ? run.pull_requests[0] : null;
  if (isObject(first) && typeof first.number === 'number') return { number: first.number, fromFork: false };
  return null;
}

function fullName(side: unknown): string | null {
  return isObject(side) && isObject(side.repo) ? stringOf(side.repo.full_name) : null;
}

const stringOf = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
