// Runs a program under test as a child process and collects its output.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ProcessRun { code: number | null; stdout: string; stderr: string }

/** The child is a program under test, not part of this test run. */
export function childEnv(extra: Record<string, string> = {}, drop: (name: string) => boolean = () => false): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (k !== 'NODE_TEST_CONTEXT' && !drop(k)) env[k] = v;
  return { ...env, ...extra };
}

export function runProcess(command: string, args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd ?? process.cwd(), env: opts.env ?? childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d; });
    child.stderr.on('data', (d: Buffer) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

// An absolute loader path, so the CLI can run in any working directory.
const TSX_LOADER = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
// scripts/test.mjs bundles the CLI from source before a run (scripts/test-bundle.mjs): a child
// then loads in half the CPU. A test file run by hand under tsx starts the CLI through tsx.
const BUNDLED_CLI = process.env.FRAMECAP_TEST_CLI;

/** The CLI from source, as `npm run framecap` runs it (bundled first by the test runner). */
export function runCli(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessRun> {
  return runProcess(process.execPath, cliArgs(args), opts);
}

export function cliArgs(args: string[]): string[] {
  if (BUNDLED_CLI) return [BUNDLED_CLI, ...args];
  return ['--import', TSX_LOADER, join(process.cwd(), 'src/cli/index.ts'), ...args];
}
