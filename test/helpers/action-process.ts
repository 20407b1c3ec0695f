// The Action as a runner starts it: `node dist/action.js` in a child process
// with the step's variables (INPUT_*, GITHUB_*, …) and nothing of this test
// process's own, outputs read back from the GITHUB_OUTPUT file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutputs } from '../action-stand-ins.ts';
import { childEnv, runProcess } from './run.ts';
import type { ProcessRun } from './run.ts';

export interface ActionRun extends ProcessRun {
  outputs: Record<string, string>;
}

/** Variables a runner sets for a step: the step gets exactly the ones given. */
const RUNNER_VARIABLE = /^(INPUT_|GITHUB_|ACTIONS_|RUNNER_)/;

/**
 * Runs `checkout`'s dist/action.js on `node` in `cwd`. `env` holds the step's
 * variables (INPUT_URLS, GITHUB_WORKSPACE, …); a GITHUB_OUTPUT file is made
 * unless it names one. `drop` leaves out more of this process's variables.
 */
export async function runDistAction(node: string, checkout: string, opts: {
  cwd: string;
  env: Record<string, string>;
  drop?: (name: string) => boolean;
}): Promise<ActionRun> {
  const outputFile = opts.env.GITHUB_OUTPUT ?? join(mkdtempSync(join(opts.cwd, 'github-output-')), 'output.txt');
  writeFileSync(outputFile, '');
  const env = childEnv({ ...opts.env, GITHUB_OUTPUT: outputFile }, (name) => RUNNER_VARIABLE.test(name) || (opts.drop?.(name) ?? false));
  const r = await runProcess(node, [join(checkout, 'dist/action.js')], { cwd: opts.cwd, env });
  return { ...r, outputs: parseOutputs(readFileSync(outputFile, 'utf8')) };
}
