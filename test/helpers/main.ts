// The CLI's main(argv, io) in this process, its output captured: no Node and
// tsx start-up per run. What only the binary does (signals, the exit code
// reaching the shell, stdin) stays with runCli in run.ts.
import { main } from '../../src/cli/main.ts';

/** A stream that keeps what is written to it, for main's stdout and stderr. */
export interface TextSink {
  stream: NodeJS.WritableStream;
  text(): string;
}

export function textSink(): TextSink {
  let text = '';
  const stream = { write: (s: string | Uint8Array) => { text += s.toString(); return true; } } as unknown as NodeJS.WritableStream;
  return { stream, text: () => text };
}

export interface MainRun { code: number; stdout: string; stderr: string }

export async function runMain(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<MainRun> {
  const stdout = textSink();
  const stderr = textSink();
  const code = await main(args, { stdout: stdout.stream, stderr: stderr.stream, cwd: opts.cwd ?? process.cwd(), env: opts.env ?? process.env });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
