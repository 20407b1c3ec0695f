// Questions about a change report that every door asks (the CLI's exit code,
// the Action's summary and gate, the job.changed webhook). Kept free of the
// image and baseline code so light bundles can import it.

import type { ChangeReport } from '../types.ts';

/** True when anything is new, changed or removed: what --fail-on-change gates on and job.changed announces. */
export function hasChanges(changes: ChangeReport | null | undefined): changes is ChangeReport {
  return !!changes && changes.counts.new + changes.counts.changed + changes.counts.removed > 0;
}
