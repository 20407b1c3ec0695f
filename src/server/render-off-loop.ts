// runCapture in a child process, with the same signature: the embedded
// queue's runner calls it so that rendering (Chromium's protocol traffic,
// sharp's callbacks, the ZIP writer) never shares the API's event loop.
// Measured in bench/poll-latency.ts: GET /v1/jobs/{id} while a batch renders.
//
// The child gets the CaptureOptions and the identity by IPC (structured
// clone), runs the one pipeline, and sends the events and the RunResult
// back; the output file it writes is the parent's to store, as in-process.

import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Progress } from '../core/job.ts';
import type { CaptureOptions } from '../core/options.ts';
import type { runCapture, RunDeps, RunEvents, RunResult } from '../core/run.ts';
import { UserError } from '../core/types.ts';

type EventName = 'planned' | 'discoveryDone' | 'result' | 'warning';

export type ParentMessage =
  | { type: 'run'; options: CaptureOptions; deps: Pick<RunDeps, 'identity' | 'cacheDir'> }
  | { type: 'abort'; reason: unknown };

export type ChildMessage =
  | { type: 'event'; event: EventName; args: unknown[] }
  | { type: 'done'; result: RunResult }
  | { type: 'failed'; error: { message: string; user: boolean } };

/** The child's entry: next to this file from source, or beside/above the bundle's chunk in dist/. */
/**
 * The render child died before the run ended (the OOM killer, kill -9): not
 * the job's fault, like a crashed worker. The runner puts the job back in the
 * queue, up to maxAttempts.
 */
export class RenderProcessDied extends Error {
  constructor(readonly how: string) {
    super(`the render process stopped (${how}) before the run ended: out of memory, or killed`);
  }
}

function childEntry(): { path: string; execArgv: string[] } {
  const candidates = ['./render-child.ts', './render-child.js', '../render-child.js'];
  for (const candidate of candidates) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    // From source the child needs the same TypeScript loader as this process.
    if (existsSync(path)) return { path, execArgv: path.endsWith('.ts') ? ['--import', 'tsx'] : [] };
  }
  throw new Error(`the render child process (render-child.js) is missing next to ${fileURLToPath(import.meta.url)}: reinstall framecap`);
}

/** Whether options can cross to a child: a function in them (a test's DNS lookup) cannot. */
export function canRenderOffLoop(options: CaptureOptions): boolean {
  try {
    structuredClone(options);
    return true;
  } catch {
    return false;
  }
}

export const runCaptureInChild: typeof runCapture = (options, events = {}, deps = {}) => {
  const { path, execArgv } = childEntry();
  const child = fork(path, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise<RunResult>((resolve, reject) => {
    let settled = false;
    const onAbort = (): void => {
      if (child.connected) child.send({ type: 'abort', reason: deps.signal?.reason } satisfies ParentMessage);
    };
    deps.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      deps.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'event') dispatch(events, message.event, message.args);
      else if (message.type === 'done') settle(() => resolve(message.result));
      else settle(() => reject(message.error.user ? new UserError(message.error.message) : new Error(message.error.message)));
    });
    child.once('error', (err) => settle(() => reject(err)));
    // 'close', not 'exit': by then every message the child sent has been read.
    child.once('close', (code, signal) => settle(() => reject(new RenderProcessDied(signal ?? `exit code ${code}`))));
    child.send({
      type: 'run',
      options,
      deps: { ...(deps.identity ? { identity: deps.identity } : {}), ...(deps.cacheDir ? { cacheDir: deps.cacheDir } : {}) },
    } satisfies ParentMessage);
    if (deps.signal?.aborted) onAbort();
  });
};

function dispatch(events: RunEvents, event: EventName, args: unknown[]): void {
  switch (event) {
    case 'planned':
      events.planned?.(args[0] as never, args[1] as number);
      break;
    case 'discoveryDone':
      events.discoveryDone?.(args[0] as number, args[1] as never);
      break;
    case 'result':
      events.result?.(args[0] as never, args[1] as Progress);
      break;
    case 'warning':
      events.warning?.(args[0] as string);
      break;
  }
}
