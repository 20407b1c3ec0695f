// The Action door. Only this file calls io.setFailed: everything below
// throws errors with messages a user can act on, or returns why the step fails.
// The platform is checked before the rest loads, because the rest loads sharp.

import { debugFromEnv, describeFailure } from '../core/describe-error.ts';
import { toolkitIO } from './io.ts';
import type { ActionIO } from './io.ts';
import { currentPlatform, platformProblem } from './platform.ts';

export async function run(env: Record<string, string | undefined> = process.env, io: ActionIO = toolkitIO): Promise<void> {
  const problem = platformProblem(currentPlatform());
  if (problem) {
    io.setFailed(problem);
    return;
  }
  try {
    const { runAction } = await import('./run-action.ts');
    const failure = await runAction(env, io);
    if (failure) io.setFailed(failure);
  } catch (err) {
    // The same one line as the CLI's; the stack only with FRAMECAP_DEBUG=1 or the runner's debug logging.
    const failure = describeFailure(err);
    const debug = debugFromEnv(env) || io.isDebug();
    if (debug) io.info(failure.stack);
    const hint = failure.expected || debug ? '' : ' (re-run with debug logging, or set FRAMECAP_DEBUG=1, to see where; please report it)';
    io.setFailed(`${failure.expected ? '' : 'framecap: '}${failure.message}${hint}`);
  }
}
