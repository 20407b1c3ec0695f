// One measured run of one mode: wall time from the mode's start (its first
// line in this process, or the spawn of a process of its own) to its end
// (browser closed, output written; or that process's exit), time to the first
// finished capture, CPU of the whole process tree, peak RSS, and how busy the
// machine was meanwhile.

import { machineCpuMs, watchTree } from './process-tree.ts';
import type { ProcessKind, TreeWatch } from './process-tree.ts';

/**
 * expert-pool: N = cores × 2 contexts; expert-pool-cores: N = cores (on a CPU-bound machine the smaller pool can be faster);
 * framecap-unframed: framecap with `device: none` (viewport lists only), what its pipeline costs without the frame.
 */
export type ModeId = 'naive' | 'sequential' | 'expert-pool' | 'expert-pool-cores' | 'framecap' | 'framecap-unframed';

export interface Measured {
  seconds: number;
  firstCaptureMs: number | null;
  cpuMs: number;
  /** The same by kind of process: node (with its threads: libvips, libuv), Chromium's browser, renderers, GPU, utility. */
  cpuMsByKind: Record<ProcessKind, number>;
  peakRssBytes: number;
  peakProcesses: number;
  rssSamples: number;
  /** The machine's busy CPU over the mode, as a share of all its cores' time (ours and everyone else's). */
  machineBusy: number;
  /** CPU used by processes outside this tree while the mode ran, as a share of all cores' time. */
  othersBusy: number;
}

/** What a mode reports while it runs. */
export interface Progress {
  /** Call when a capture is finished (written); the first call sets time to first capture. */
  captured(): void;
  /** Peak RSS of the tree so far (long runs log it as they go). */
  peakRssBytes(): number;
}

/** What a measured run returns: its value and, when it ran in a child it started, that child's whole life's CPU. */
export interface Finished<T> {
  value: T;
  rootLifetimeCpuMs?: number;
}

/**
 * Measures a run that `start` begins: `start` returns the watch over the run's
 * process tree (this process's, or a child's it has just started) and the run's
 * end. The clock starts before `start` is called.
 */
export async function measureStarted<T>(
  start: (progress: Progress) => { watch: TreeWatch; done: Promise<Finished<T>> },
): Promise<{ value: T; measured: Measured }> {
  const machine0 = machineCpuMs();
  const t0 = performance.now();
  let first: number | null = null;
  let watch: TreeWatch | null = null;
  const started = start({ captured: () => { first ??= performance.now() - t0; }, peakRssBytes: () => watch?.peek().peakBytes ?? 0 });
  watch = started.watch;
  let finished: Finished<T>;
  try {
    finished = await started.done;
  } catch (err) {
    watch.stop();
    throw err;
  }
  const seconds = (performance.now() - t0) / 1000;
  const tree = watch.stop(finished.rootLifetimeCpuMs);
  const machine1 = machineCpuMs();
  const machineTotal = Math.max(1, machine1.totalMs - machine0.totalMs);
  const machineBusy = (machine1.busyMs - machine0.busyMs) / machineTotal;
  return {
    value: finished.value,
    measured: {
      seconds,
      firstCaptureMs: first,
      cpuMs: tree.cpuMs,
      cpuMsByKind: tree.cpuMsByKind,
      peakRssBytes: tree.peakBytes,
      peakProcesses: tree.peakProcesses,
      rssSamples: tree.samples,
      machineBusy,
      othersBusy: Math.max(0, machineBusy - tree.cpuMs / machineTotal),
    },
  };
}

/** A run in this process. `leaveOut`: child processes that are not the mode's (the bench site's server), left out of its tree. */
export function measure<T>(
  run: (progress: Progress) => Promise<T>, sampleMs: number, leaveOut: ReadonlySet<number> = new Set(),
): Promise<{ value: T; measured: Measured }> {
  return measureStarted((progress) => {
    const watch = watchTree(sampleMs, process.pid, leaveOut);
    return { watch, done: run(progress).then((value) => ({ value })) };
  });
}

/** The middle value (the mean of the two middle ones for an even count). */
export function medianOf(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}
