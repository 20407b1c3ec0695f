// Memory and CPU of the whole process tree: this node process and every
// Chromium process below it. RSS is VmRSS summed over the tree (shared pages
// counted once per process, as `ps` would), sampled on a timer; CPU comes
// from node's own usage plus the children it has reaped (cutime/cstime),
// which after the browser exits includes every Chromium process.

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

export function descendants(root: number): number[] {
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
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function rssBytes(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0; // exited between listing and reading
  }
}

export interface TreeSample {
  /** Sum of VmRSS (what \`ps\`/\`top\` show per process; shared pages count once per process). */
  bytes: number;
  processes: number;
}

// Not Pss from smaps_rollup: the kernel walks every mapping to answer it,
// ~75 ms per sample for a browser with four pages, which on two cores would
// slow the very run it measures. VmRSS costs ~0.02 ms a process.
export function sampleTree(root = process.pid): TreeSample {
  const pids = [root, ...descendants(root)];
  return { bytes: pids.reduce((sum, pid) => sum + rssBytes(pid), 0), processes: pids.length };
}

export interface RssWatch {
  /** The peak so far, without stopping. */
  peek(): { peakBytes: number; peakProcesses: number; samples: number };
  /** Stop sampling; the peak over the watch (one last sample included). */
  stop(): { peakBytes: number; peakProcesses: number; samples: number };
}

export function watchRss(intervalMs = 200, root = process.pid): RssWatch {
  let peakBytes = 0;
  let peakProcesses = 0;
  let samples = 0;
  const take = (): void => {
    const s = sampleTree(root);
    samples++;
    if (s.bytes > peakBytes) peakBytes = s.bytes;
    if (s.processes > peakProcesses) peakProcesses = s.processes;
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    peek: () => ({ peakBytes, peakProcesses, samples }),
    stop() {
      clearInterval(timer);
      take();
      return { peakBytes, peakProcesses, samples };
    },
  };
}

/** CPU ms used so far by this process (all threads, sharp's included) and by reaped children. */
export function treeCpuMs(): { selfMs: number; childrenMs: number } {
  const u = process.cpuUsage();
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After ')': state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
  const children = (Number(fields[13]) + Number(fields[14])) * (1000 / TICKS_PER_SECOND);
  return { selfMs: (u.user + u.system) / 1000, childrenMs: children };
}
