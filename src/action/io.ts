// Everything the Action exchanges with the runner: inputs, outputs, masks, log
// lines, the job summary and the step's failure. run-action.ts and inputs.ts
// take an ActionIO instead of calling @actions/core, so a test passes a fake
// that records (as actions/typescript-action's __fixtures__/core.ts does)
// rather than patching process.stdout; this file is the one real binding.

import * as core from '@actions/core';

export interface ActionIO {
  /** The input's value, trimmed; '' when it is not set. */
  getInput(name: string): string;
  /** The input's non-empty lines, each trimmed. */
  getMultilineInput(name: string): string[];
  setOutput(name: string, value: string | number): void;
  /** From now on the runner shows this value as *** in the log. */
  setSecret(value: string): void;
  info(line: string): void;
  notice(line: string): void;
  warning(line: string): void;
  /** Appends markdown to the job summary (the file GITHUB_STEP_SUMMARY names). */
  appendSummary(markdown: string): Promise<void>;
  /** Marks the step failed with this message; main.ts alone calls it. */
  setFailed(message: string): void;
  /** The runner's debug logging is on (ACTIONS_STEP_DEBUG). */
  isDebug(): boolean;
}

/** The runner's own: @actions/core. */
export const toolkitIO: ActionIO = {
  getInput: (name) => core.getInput(name),
  getMultilineInput: (name) => core.getMultilineInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (value) => core.setSecret(value),
  info: (line) => core.info(line),
  notice: (line) => core.notice(line),
  warning: (line) => core.warning(line),
  appendSummary: async (markdown) => { await core.summary.addRaw(markdown).write(); },
  setFailed: (message) => core.setFailed(message),
  isDebug: () => core.isDebug(),
};

/** The log functions the core and notify modules take, writing to the step's log. */
export function stepLog(io: ActionIO): { info(line: string): void; notice(line: string): void; warn(line: string): void } {
  return { info: (l) => io.info(l), notice: (l) => io.notice(l), warn: (l) => io.warning(l) };
}
