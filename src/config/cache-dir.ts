// Where a run may keep derived data between runs (today: the ad blocker's
// parsed filter lists). Read from the environment by the doors, which pass it
// to the core; the core never reads env vars.

import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** $XDG_CACHE_HOME/framecap, else ~/.cache/framecap, else a folder under the OS temp dir. */
export function cacheDirFrom(env: Record<string, string | undefined>): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'framecap');
  if (env.HOME && isAbsolute(env.HOME)) return join(env.HOME, '.cache', 'framecap');
  return join(tmpdir(), 'framecap-cache');
}
