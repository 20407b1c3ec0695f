import type { Job } from '../job.js';
import type { Manifest, ManifestSettings } from '../manifest.js';
import type { ManifestRow } from '../types.js';
/** The settings of the run that decide whether its captures can stand in for another run's. */
export interface OutputLook {
    viewport?: string;
    scale?: number;
    full_page?: boolean;
    device?: string;
    theme?: string;
    background?: string;
    format?: string;
    /** --selector / --clip as text; null = the viewport or full page. */
    region?: string | null;
    /** --split's part height; null = none. */
    split?: number | null;
    /** --video as text; null = stills (also what a manifest from before videos means). */
    video: string | null;
}
export interface CheckedManifest {
    /** The framecap version that wrote it. */
    framecap: string | null;
    /** The run's Job document, when id, type and status check out. */
    job: Job | null;
    /** The job's id alone, when it is a plain id (it is printed and compared, never used as a path). */
    jobId: string | null;
    /** Every settings field that checked out. */
    settings: Partial<ManifestSettings> | null;
    look: OutputLook;
    warnings: string[];
    warnings_dropped: number;
    /** The rows that checked out, in order; a row's bad optional fields are left out. */
    captures: ManifestRow[];
    /** Rows dropped because they cannot be used. */
    dropped: number;
    /** Every problem found, e.g. `captures[3].file: …`: dropped rows and left-out fields alike. */
    faults: string[];
}
/**
 * A relative POSIX path that stays inside a folder or ZIP on every OS:
 * what a manifest may ask us to read.
 */
export declare function isSafeOutputFile(name: unknown): name is string;
/**
 * Checks a manifest.json. Throws a UserError (`label` first, `hint` last)
 * only when it is no manifest at all: not JSON, no "captures" list, too many rows.
 */
export declare function checkManifest(data: string | Buffer, label: string, hint?: string): CheckedManifest;
/** The manifest of an output we take whole (to merge it, to publish it): every field must have checked out. */
export declare function completeManifest(checked: CheckedManifest, label: string, hint?: string): Manifest;
