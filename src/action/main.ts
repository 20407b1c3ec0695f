// The Action door. Only this file calls core.setFailed: everything below
// throws errors with messages a user can act on, or returns why the step fails.
// The platform is checked before the rest loads, because the rest loads sharp.

import * as core from '@actions/core';
import { UserError } from '../core/types.ts';
import { currentPlatform, platformProblem } from './platform.ts';

export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  const problem = platformProblem(currentPlatform());
  if (problem) {
    core.setFailed(problem);
    return;
  }
  try {
    const { runAction } = await import('./run-action.ts');
    const failure = await runAction(env);
    if (failure) core.setFailed(failure);
  } catch (err) {
    core.setFailed(err instanceof UserError ? err.message : `framecap: unexpected error: ${(err as Error).stack ?? String(err)}`);
  }
}
