// Memory and CPU of the whole process tree: this node process and every
// Chromium process below it. RSS is VmRSS summed over the tree (shared pages
// counted once per process, as `ps` would), and each process's CPU time,
// both sampled on a timer (see watchTree); and the machine's own busy time,
// which tells how much of the CPU others used while a mode ran.

import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports CPU times in clock ticks; 100 on every mainstream kernel config. */
const TICKS_PER_SECOND = 100;

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

/** Every process under `root`, leaving out the subtrees of `leaveOut` (a helper the measurement is not about). */
export function descendants(root: number, leaveOut: ReadonlySet<number> = new Set()): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const ppid = parentOf(pid);
    if (ppid === null) continue;
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const out: number[] = [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (leaveOut.has(pid)) continue;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

export function rssBytes(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0; // exited between listing and reading
  }
}

/** utime + stime of one process, ms; null once it has exited. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After ')': state(0) ppid(1) … utime(11) stime(12).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * (1000 / TICKS_PER_SECOND);
  } catch {
    return null;
  }
}

/** What a process in the tree is: node itself, or Chromium's browser, GPU (viz), renderer, utility (network, storage) or zygote process. */
export type ProcessKind = 'node' | 'browser' | 'gpu' | 'renderer' | 'utility' | 'zygote' | 'other';
export const PROCESS_KINDS: readonly ProcessKind[] = ['node', 'browser', 'gpu', 'renderer', 'utility', 'zygote', 'other'];

/** RSS per kind, bytes; `oneRenderer` is the largest single renderer's. */
export type KindBytes = Record<ProcessKind, number> & { oneRenderer: number };

function noKindBytes(): KindBytes {
  return { node: 0, browser: 0, gpu: 0, renderer: 0, utility: 0, zygote: 0, other: 0, oneRenderer: 0 };
}

/** Chromium's `--type=` switch says what a child is; the browser has none. */
export function processKind(pid: number): ProcessKind {
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return 'other';
  }
  // Chromium rewrites its children's command lines as one space-separated string (its process title).
  const type = /(?:^|[\0 ])--type=([a-z-]+)/.exec(cmdline)?.[1];
  if (type === 'renderer') return 'renderer';
  if (type === 'gpu-process') return 'gpu';
  if (type === 'utility') return 'utility';
  if (type === 'zygote') return 'zygote';
  if (type === undefined && /chrom/i.test(cmdline.split(/[\0 ]/)[0] ?? '')) return 'browser';
  return 'other';
}

export interface TreeWatch {
  /** The peak so far, without stopping. */
  peek(): { peakBytes: number; peakProcesses: number; samples: number };
  /**
   * Stop sampling: the peak over the watch (one last sample included) and the tree's CPU; `atPeak`, the tree's
   * RSS by kind in the sample of its peak; `kindPeaks`, each kind's own peak (not at the same moment).
   */
  stop(rootLifetimeCpuMs?: number): {
    peakBytes: number; peakProcesses: number; samples: number; cpuMs: number; atPeak: KindBytes; kindPeaks: KindBytes;
    /** The tree's CPU by kind of process (node: the root, or this process and its threads). */
    cpuMsByKind: Record<ProcessKind, number>;
  };
}

// RSS is VmRSS, not Pss from smaps_rollup: the kernel walks every mapping to
// answer that, ~75 ms per sample for a browser with four pages, which on two
// cores would slow the very run it measures. VmRSS costs ~0.02 ms a process.

/**
 * Samples the tree under `root` every `intervalMs`: RSS (for the peak) and
 * each process's own CPU time. CPU is node's own (all its threads) plus, per
 * descendant, the last CPU time seen while it lived. Reaped-children counters
 * (cutime) are not enough: Chromium's renderers are children of its zygote,
 * which is killed without reaping them, so their CPU — most of a page's —
 * would never be counted. What a process uses after its last sample (at most
 * one interval) is missed, so the number is a slight underestimate.
 * A `root` other than this process (a child the caller started) is counted
 * like a descendant, not through this process's own usage. A child started for
 * the watch is usually gone by `stop`, so the caller passes the CPU it reported
 * on its way out (its whole life's: the watch counts it from zero).
 */
export function watchTree(intervalMs = 200, root = process.pid, leaveOut: ReadonlySet<number> = new Set()): TreeWatch {
  let peakBytes = 0;
  let peakProcesses = 0;
  let samples = 0;
  const ownRoot = root === process.pid;
  const self0 = process.cpuUsage();
  /** Per descendant: CPU when first seen (processes older than the watch count from there) and last seen. */
  const cpu = new Map<number, { first: number; last: number; kind: ProcessKind }>();
  let startup = true;
  let atPeak = noKindBytes();
  const kindPeaks = noKindBytes();
  const noteCpu = (pid: number, kind: ProcessKind): void => {
    const ms = processCpuMs(pid);
    if (ms === null) return;
    const seen = cpu.get(pid);
    // A process on its way out (a zombie) has no command line left, so it reads as 'other': keep what it was.
    if (seen) Object.assign(seen, { last: ms, kind: kind === 'other' ? seen.kind : kind });
    else cpu.set(pid, { first: startup ? ms : 0, last: ms, kind });
  };
  const take = (): void => {
    const pids = descendants(root, leaveOut);
    const own = rssBytes(root);
    if (!ownRoot) noteCpu(root, 'node');
    let bytes = own;
    const byKind = noKindBytes();
    byKind.node = own;
    for (const pid of pids) {
      const rss = rssBytes(pid);
      bytes += rss;
      // Read every time, not once per pid: until a child execs or renames itself (the zygote's renderers) it shows its parent's command line.
      const kind = processKind(pid);
      byKind[kind] += rss;
      if (kind === 'renderer' && rss > byKind.oneRenderer) byKind.oneRenderer = rss;
      noteCpu(pid, kind);
    }
    startup = false;
    samples++;
    if (bytes > peakBytes) {
      peakBytes = bytes;
      atPeak = byKind;
    }
    for (const kind of [...PROCESS_KINDS, 'oneRenderer'] as const) kindPeaks[kind] = Math.max(kindPeaks[kind], byKind[kind]);
    if (pids.length + 1 > peakProcesses) peakProcesses = pids.length + 1;
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    peek: () => ({ peakBytes, peakProcesses, samples }),
    stop(rootLifetimeCpuMs) {
      clearInterval(timer);
      take();
      if (!ownRoot && rootLifetimeCpuMs !== undefined) cpu.set(root, { first: 0, last: Math.max(cpu.get(root)?.last ?? 0, rootLifetimeCpuMs), kind: 'node' });
      const self = process.cpuUsage(self0);
      const cpuMsByKind = Object.fromEntries(PROCESS_KINDS.map((k) => [k, 0])) as Record<ProcessKind, number>;
      if (ownRoot) cpuMsByKind.node = (self.user + self.system) / 1000;
      for (const { first, last, kind } of cpu.values()) cpuMsByKind[kind] += last - first;
      const tree = Object.values(cpuMsByKind).reduce((a, b) => a + b, 0);
      return { peakBytes, peakProcesses, samples, cpuMs: tree, atPeak, kindPeaks, cpuMsByKind };
    },
  };
}

/** Busy and total CPU time of the whole machine so far, ms (every process, not only ours). */
export function machineCpuMs(): { busyMs: number; totalMs: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  // cpu  user nice system idle iowait irq softirq steal …
  const t = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = t.reduce((a, b) => a + b, 0);
  const idle = t[3]! + t[4]!;
  const toMs = 1000 / TICKS_PER_SECOND;
  return { busyMs: (total - idle) * toMs, totalMs: total * toMs };
}
