// The Action door. Only this file calls core.setFailed: everything below
// throws errors with messages a user can act on, or returns why the step fails.
// The platform is checked before the rest loads, because the rest loads sharp.

import * as core from '@actions/core';
import { debugFromEnv, describeFailure } from '../core/describe-error.ts';
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
    // The same one line as the CLI's; the stack only with FRAMECAP_DEBUG=1 or the runner's debug logging.
    const failure = describeFailure(err);
    const debug = debugFromEnv(env) || core.isDebug();
    if (debug) core.info(failure.stack);
    const hint = failure.expected || debug ? '' : ' (re-run with debug logging, or set FRAMECAP_DEBUG=1, to see where; please report it)';
    core.setFailed(`${failure.expected ? '' : 'framecap: '}${failure.message}${hint}`);
  }
}
