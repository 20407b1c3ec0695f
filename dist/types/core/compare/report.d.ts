import type { ChangeReport } from '../types.js';
/** True when anything is new, changed or removed: what --fail-on-change gates on and job.changed announces. */
export declare function hasChanges(changes: ChangeReport | null | undefined): changes is ChangeReport;
