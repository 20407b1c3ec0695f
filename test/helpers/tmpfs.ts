// A small tmpfs of our own, to meet a full or read-only disk for real. Needs
// root (or CAP_SYS_ADMIN); where mount is not permitted, mountTmpfs says why
// and the caller falls back to an injected error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Tmpfs {
  dir: string;
  /** Unmounts and removes the mount point; safe to call twice. */
  unmount(): void;
}

/** A tmpfs of `sizeKb` at a fresh folder, or the reason it cannot be mounted here. */
export function mountTmpfs(sizeKb: number, opts: { readOnly?: boolean } = {}): Tmpfs | { unavailable: string } {
  const dir = mkdtempSync(join(tmpdir(), 'framecap-tmpfs-'));
  const options = `size=${sizeKb}k${opts.readOnly ? ',ro' : ''}`;
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { unavailable: `cannot mount a tmpfs here (${(r.stderr || r.error?.message || `exit ${r.status}`).trim()})` };
  }
  let mounted = true;
  return {
    dir,
    unmount() {
      if (!mounted) return;
      mounted = false;
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills a tmpfs until fewer than `leaveKb` are free (tmpfs counts whole pages, so this is approximate). */
export function fillTmpfs(dir: string, leaveKb: number): void {
  const df = spawnSync('df', ['-k', '--output=avail', dir], { encoding: 'utf8' });
  const availKb = Number(df.stdout.trim().split('\n').pop());
  if (!Number.isFinite(availKb)) throw new Error(`df failed: ${df.stderr}`);
  const fillKb = Math.max(0, availKb - leaveKb);
  spawnSync('dd', ['if=/dev/zero', `of=${join(dir, 'filler')}`, 'bs=1k', `count=${fillKb}`], { encoding: 'utf8' });
}
