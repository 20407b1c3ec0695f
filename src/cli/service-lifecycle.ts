// How `framecap serve` and `framecap worker` live as processes: started,
// they run until SIGTERM/SIGINT; then they stop taking work, hand back or
// finish what they hold (each its own way, see stop()), and return within a
// bound even when Redis is gone, so a rolling deploy never waits out the
// platform's grace period. A stop that could not hand everything back throws
// a UserError, which the CLI prints as one line and exits 1 with.

import { UserError } from '../core/types.ts';
import type { CliIO } from './io.ts';

export interface ServiceProcess {
  /** Shown on stderr when the signal arrives, e.g. "worker stopping: running jobs go back to the queue". */
  stoppingLine: string;
  /** Stops the service; throws (a UserError) when it could not hand back what it held. */
  stop(): Promise<void>;
  /** The longest stop() may take before the process gives up on it. */
  boundMs: number;
  /** Names the service in the give-up message, e.g. "framecap worker". */
  name: string;
}

/** Resolves once the service stopped after a signal; throws when the stop failed or passed its bound. */
export async function runUntilSignal(io: CliIO, service: ServiceProcess): Promise<void> {
  await new Promise<void>((resolve) => io.onInterrupt?.(resolve));
  io.stderr.write(`${service.stoppingLine}\n`);
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UserError(
      `${service.name} did not stop within ${Math.round(service.boundMs / 1000)} s: exiting anyway; jobs it held are taken over once their locks expire`,
    )), service.boundMs);
  });
  try {
    await Promise.race([service.stop(), bound]);
  } finally {
    clearTimeout(timer);
  }
}
