// A recording ActionIO for the Action's tests, in the way
// actions/typescript-action's __fixtures__/core.ts stands in for
// @actions/core: inputs given as a record, everything the step says kept.
// `log` is the step's log as the runner would show it (workflow commands
// included), so tests can check the order of masks and what is printed.
import type { ActionIO } from '../../src/action/io.ts';

export interface FakeActionIO extends ActionIO {
  /** Set outputs, by name (a value set twice keeps the last, as the runner does). */
  readonly outputs: Record<string, string>;
  readonly secrets: string[];
  /** The log text: info lines as they are, notices, warnings, masks and errors as ::command:: lines. */
  log(): string;
  /** Markdown appended to the job summary. */
  summary(): string;
  /** The setFailed message, or null. */
  failed(): string | null;
}

/** @actions/core's escaping of a command's message. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** `inputs` keyed by input name, as `with:` gives them; values are read as @actions/core reads INPUT_* (trimmed). */
export function fakeActionIO(inputs: Record<string, string> = {}, opts: { debug?: boolean } = {}): FakeActionIO {
  let log = '';
  let summary = '';
  let failed: string | null = null;
  const outputs: Record<string, string> = {};
  const secrets: string[] = [];
  const command = (name: string, message: string): void => { log += `::${name}::${escapeData(message)}\n`; };
  const getInput = (name: string): string => (inputs[name] ?? '').trim();
  return {
    outputs,
    secrets,
    getInput,
    getMultilineInput: (name) => getInput(name).split('\n').filter((x) => x !== '').map((x) => x.trim()),
    setOutput: (name, value) => { outputs[name] = String(value); },
    setSecret: (value) => { secrets.push(value); command('add-mask', value); },
    info: (line) => { log += `${line}\n`; },
    notice: (line) => command('notice', line),
    warning: (line) => command('warning', line),
    appendSummary: async (markdown) => { summary += markdown; },
    setFailed: (message) => { failed = message; command('error', message); },
    isDebug: () => opts.debug === true,
    log: () => log,
    summary: () => summary,
    failed: () => failed,
  };
}

export interface Step {
  failure: string | null;
  outputs: Record<string, string>;
  summary: string;
  printed: string;
}

/**
 * One Action step in-process: the runner's variables exactly as given (every
 * other INPUT_, GITHUB_, ACTIONS_ and RUNNER_ variable unset, since the
 * toolkit's clients read them from process.env), the inputs through a fake ActionIO.
 */
export async function runStep(runner: Record<string, string>, inputs: Record<string, string>): Promise<Step> {
  const { runAction } = await import('../../src/action/run-action.ts');
  for (const k of Object.keys(process.env)) if (/^(INPUT_|GITHUB_|ACTIONS_|RUNNER_)/.test(k)) delete process.env[k];
  Object.assign(process.env, runner);
  const io = fakeActionIO(inputs);
  const failure = await runAction(process.env, io);
  return { failure, outputs: io.outputs, summary: io.summary(), printed: io.log() };
}
