// libvips settings for a process whose images are framecap's captures. They
// are process-wide (libvips has one cache and one thread pool), so the core
// never sets them: the framecap processes do (the CLI, the Action, the render
// child), and a library user who frames many captures may call this too.

import { sharp } from '../../util/sharp.ts';

export function tuneSharpForCaptures(): void {
  // libvips keeps the results of its last 100 operations (up to 50 MB) in case they are asked for again;
  // every capture is new, so that cache only holds memory, and makes peak RSS wander over a long run.
  sharp.cache(false);
  // One libvips thread per image: a run frames several captures at once (one per page slot), so
  // splitting each image over more threads buys no time there and costs CPU in their hand-offs
  // (decode + compose of a 1280x800 shot: 51-54 ms CPU at 1 thread, 52-66 ms at 2, the same wall time).
  sharp.concurrency(1);
}
