// One measured run of one mode: wall time from the mode's first line (browser
// launch included) to its last (browser closed, output written), time to the
// first finished capture, CPU of the whole process tree, peak RSS, and how
// busy the machine was meanwhile.

import { machineCpuMs, watchTree } from './process-tree.ts';

/**
 * expert-pool: N = cores × 2 contexts; expert-pool-cores: N = cores (on a CPU-bound machine the smaller pool can be faster);
 * framecap-unframed: framecap with `device: none` (viewport lists only), what its pipeline costs without the frame.
 */
export type ModeId = 'naive' | 'sequential' | 'expert-pool' | 'expert-pool-cores' | 'framecap' | 'framecap-unframed';

export interface Measured {
  seconds: number;
  firstCaptureMs: number | null;
  cpuMs: number;
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

/** `leaveOut`: child processes that are not the mode's (the bench site's server), left out of its tree. */
export async function measure<T>(
  run: (progress: Progress) => Promise<T>, sampleMs: number, leaveOut: ReadonlySet<number> = new Set(),
): Promise<{ value: T; measured: Measured }> {
  const watch = watchTree(sampleMs, process.pid, leaveOut);
  const machine0 = machineCpuMs();
  const t0 = performance.now();
  let first: number | null = null;
  let value: T;
  try {
    value = await run({ captured: () => { first ??= performance.now() - t0; }, peakRssBytes: () => watch.peek().peakBytes });
  } catch (err) {
    watch.stop();
    throw err;
  }
  const seconds = (performance.now() - t0) / 1000;
  const tree = watch.stop();
  const machine1 = machineCpuMs();
  const machineTotal = Math.max(1, machine1.totalMs - machine0.totalMs);
  const machineBusy = (machine1.busyMs - machine0.busyMs) / machineTotal;
  return {
    value,
    measured: {
      seconds,
      firstCaptureMs: first,
      cpuMs: tree.cpuMs,
      peakRssBytes: tree.peakBytes,
      peakProcesses: tree.peakProcesses,
      rssSamples: tree.samples,
      machineBusy,
      othersBusy: Math.max(0, machineBusy - tree.cpuMs / machineTotal),
    },
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function medianOf(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}
