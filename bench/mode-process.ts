// The parent's side of bench/mode-child.ts: start one mode in a fresh node
// process and measure that process's tree from spawn to exit, start-up and
// shut-down included, as a user of either tool waits for them.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { BaselineResult, ShotKind } from './baselines.ts';
import type { FramecapRun } from './framecap.ts';
import { measureStarted } from './measure.ts';
import type { Finished, Measured } from './measure.ts';
import { watchTree } from './process-tree.ts';

/** What the child runs: an expert pool writing shots to `dir`, or framecap writing `zip`. */
export type ModeSpec =
  | { mode: 'pool'; browserPath: string; urls: string[]; dir: string; size: number; shots: ShotKind }
  | { mode: 'framecap'; browserPath: string; sitemapUrl: string; zip: string; shots: ShotKind; framed: boolean };

/** What a framecap child reports of its run (the run's rows stay in its ZIP). */
export type FramecapSummary = Pick<FramecapRun, 'concurrency' | 'browserVersion' | 'warnings'>;

type ValueOf<S extends ModeSpec> = S extends { mode: 'pool' } ? BaselineResult : FramecapSummary;

const CHILD_TIMEOUT_MS = 30 * 60_000;

export function measureInChild<S extends ModeSpec>(script: string, spec: S, sampleMs: number): Promise<{ value: ValueOf<S>; measured: Measured }> {
  return measureStarted((progress) => {
    const child = spawn(process.execPath, [script, JSON.stringify(spec)], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const watch = watchTree(sampleMs, child.pid!);
    const done = (async (): Promise<Finished<ValueOf<S>>> => {
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000); });
      // Typed through `as`: set in a callback, so a plain `= null` would leave it narrowed to null below.
      let result = null as { value: ValueOf<S>; cpuMs: number } | null;
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line === 'captured') progress.captured();
        else if (line.startsWith('done ')) result = JSON.parse(line.slice(5)) as typeof result;
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
      const [code, signal] = await once(child, 'exit') as [number | null, string | null];
      clearTimeout(timer);
      // 'exit' can come before the last lines are read: wait for stdout to end.
      if (!child.stdout.readableEnded) await once(child.stdout, 'end');
      if (code !== 0 || !result) {
        throw new Error(`${spec.mode} child exited ${code ?? signal}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      }
      return { value: result.value, rootLifetimeCpuMs: result.cpuMs };
    })();
    return { watch, done };
  });
}
