// One measured run of one mode: wall time from the mode's first line (browser
// launch included) to its last (browser closed, output written), time to the
// first finished capture, CPU of the whole process tree, and peak RSS.

import { treeCpuMs, watchRss } from './process-tree.ts';

export type ModeId = 'naive' | 'sequential' | 'expert-pool' | 'framecap';

export interface Measured {
  seconds: number;
  firstCaptureMs: number | null;
  cpuMs: number;
  peakRssBytes: number;
  peakProcesses: number;
  rssSamples: number;
}

/** What a mode reports while it runs. */
export interface Progress {
  /** Call when a capture is finished (written); the first call sets time to first capture. */
  captured(): void;
  /** Peak RSS of the tree so far (long runs log it as they go). */
  peakRssBytes(): number;
}

export async function measure<T>(run: (progress: Progress) => Promise<T>, sampleMs: number): Promise<{ value: T; measured: Measured }> {
  const watch = watchRss(sampleMs);
  const cpu0 = treeCpuMs();
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
  const rss = watch.stop();
  const cpu1 = treeCpuMs();
  return {
    value,
    measured: {
      seconds,
      firstCaptureMs: first,
      cpuMs: cpu1.selfMs - cpu0.selfMs + cpu1.childrenMs - cpu0.childrenMs,
      peakRssBytes: rss.peakBytes,
      peakProcesses: rss.peakProcesses,
      rssSamples: rss.samples,
    },
  };
}
