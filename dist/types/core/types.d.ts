import type { ImageFormat } from './options.js';
import type { PageRecipe } from './recipe.js';
import type { VideoFormat } from './video/options.js';
import type { RecordedScroll } from './video/record.js';
/** Sink for non-fatal problems (skipped <loc>, capped file, ...). */
export type Warn = (message: string) => void;
/**
 * A discovery warning. 'incomplete' marks the ones after which pages may have
 * gone unseen (a sitemap skipped, capped or cut short, the URL cap reached):
 * a run compared with a baseline then cannot say which pages were removed.
 * Any Warn is one.
 */
export type DiscoveryWarn = (message: string, effect?: 'incomplete') => void;
export interface DiscoveredUrl {
    url: string;
    /** Sitemap <lastmod>, when valid ISO 8601. */
    lastmod?: string;
    /** Where it came from: the sitemap URL/path, 'argv', a file path, 'stdin'. */
    source: string;
}
/** A planned page: a normalized URL and the safe file stem its captures are written under. */
export interface PlannedPage {
    /** 0-based position in the plan. */
    index: number;
    url: string;
    /** Safe relative file stem, no extension, e.g. "docs/getting-started" or "index". */
    name: string;
    lastmod?: string;
}
/** One capture to make: a planned page in one variant, with the recipe it is captured with. */
export interface Target extends PlannedPage {
    /** 0-based position among the run's captures (page by page, each page's variants in order); rows in the manifest follow it. */
    index: number;
    /** The file stem: the page's, plus "@<variant>" when the run has variants. */
    name: string;
    /** The page's own index in the plan (shared by its variants). */
    page: number;
    /** The variant's name; null when the run has no variants. */
    variant: string | null;
    recipe: PageRecipe;
    /** Labels of the page rules that matched, in the order they applied. */
    rules: string[];
}
/** A raw page screenshot from the browser, before framing. */
export interface Shot {
    /** PNG bytes at device pixels (viewport × scale). */
    png: Buffer;
    width: number;
    height: number;
    finalUrl: string;
    httpStatus: number | null;
    /** Page title, for frames that show one. */
    title: string;
    /** Readiness conditions that were still unmet when their time ran out (the shot was taken anyway). */
    readinessTimeouts?: ReadinessCondition[];
    /** The consent-management platform whose banner was dismissed (--dismiss-consent), if any. */
    consent?: string | null;
    /** The main document's ETag, Last-Modified and body hash (RenderOptions.recordValidators). */
    document?: PageValidators;
    /** What the ad/tracker blocker did on this page; absent when it is off. */
    blocking?: {
        blockedRequests: number;
        hiddenElements: number;
    };
    /** `png` decoded, when the renderer already decoded it (the blank check): the compositor uses it instead of decoding again. */
    pixels?: RawPixels;
    /**
     * The page's full height, CSS px, when the capture stopped short of it
     * (RenderOptions.heightCap): the shot shows only the top of the page.
     */
    fullHeight?: number;
    /** --video: the recorded scroll (`png` is its first frame); the compositor frames it into a video. */
    video?: RecordedScroll;
    /** `png` was encoded for speed, not size (bigger than it need be): whoever would store it as it is re-encodes it first. */
    fastPng?: boolean;
    /**
     * --split: the page was taller than a part, so it was shot as two or more
     * parts, top to bottom; `png`, `pixels`, `width` and `height` are the first's.
     */
    parts?: readonly ShotPart[];
    /**
     * A full page too big to read back at once, shot in bands top to bottom (full-page-shot.ts bandHeight): the image is
     * the bands joined, `width` × `height` as a whole, and `png` is the first band. Never with `parts` or `pixels`.
     */
    bands?: readonly ShotPart[];
}
/** One part of a page shot in parts (--split), or one band of a banded shot. */
export interface ShotPart {
    png: Buffer;
    /** Where the part starts on the page, and how much of the page it shows, CSS px. */
    y: number;
    pageHeight: number;
    /** The PNG's size, device px. */
    width: number;
    height: number;
}
/** Decoded image: 8 bits per channel, rows top to bottom, no padding. */
export interface RawPixels {
    data: Buffer;
    width: number;
    height: number;
    channels: 1 | 2 | 3 | 4;
}
/** What the renderer waits for before a shot; each wait is bounded and, when it runs out, recorded. */
export type ReadinessCondition = 'lazy' | 'images' | 'fonts' | 'busy' | 'network' | 'stable';
/** Why a URL failed, coarsely, so a run's failures can be counted and sorted. */
export type FailureCategory = 'timeout' | 'http_4xx' | 'http_5xx' | 'dns' | 'tls' | 'network' | 'crash' | 'blocked' | 'blank'
/** A page step failed (the error names its index, kind and selector); `selector`: --selector matched nothing usable. */
 | 'step' | 'selector'
/** The login block failed, or a page landed on the login page again after logging in once more. */
 | 'login' | 'other';
/** A finished, encoded image ready for the sink. */
export interface Capture {
    data: Buffer;
    width: number;
    height: number;
    format: ImageFormat;
}
export type RowStatus = 'ok' | 'failed';
/** One row per planned URL in manifest.json; a failed URL is a row, never a gap. */
export interface ManifestRow {
    url: string;
    /** The variant this row is a capture of (runs with variants only); `url` + `variant` is the row's key. */
    variant?: string;
    /** The page rules that matched, in the order they applied: each rule's name, else its place ("pages[1]", "urls[0]"). */
    rules?: string[];
    /** With rules or variants: a fingerprint of the page's settings, so --incremental reuses only a capture made the same way. */
    recipe?: string;
    /** composite: responsive: the devices this one image shows the page on (back, left, right); absent for one framed shot. */
    composite?: string[];
    final_url: string | null;
    http_status: number | null;
    status: RowStatus;
    /** Path inside the ZIP/folder, null when failed. */
    file: string | null;
    width: number | null;
    height: number | null;
    /** The image's format; for a video (kind: video), the video's. */
    format: ImageFormat | VideoFormat | null;
    bytes: number | null;
    sha256: string | null;
    duration_ms: number;
    attempts: number;
    error: string | null;
    /** Failed rows: what kind of failure. */
    category?: FailureCategory | null;
    /** Readiness conditions that timed out before the shot (omitted when none did). */
    readiness_timeouts?: ReadinessCondition[];
    /** The consent banner's platform when --dismiss-consent dismissed one. */
    consent?: string | null;
    /** Incremental runs: how this page compares with the baseline run's capture. */
    change?: ChangeKind;
    /** Share of pixels that differ from the baseline's capture, 0..1 (compared pages only). */
    changed_share?: number;
    /** Not rendered this run: the baseline's capture was carried over (--incremental). */
    reused?: boolean;
    /** Paths in the output of the highlighted diff and the side-by-side image (changed pages only). */
    diff?: string;
    side_by_side?: string;
    /** What the page's server said, kept so the next incremental run can tell it is unchanged. */
    validators?: PageValidators;
    /** The page was taller than --max-height or the format allows: only its top `cut_at` CSS px are in the image. */
    cropped?: true;
    /** Cut pages: the CSS px of the page the image shows, and the page's whole height. */
    cut_at?: number;
    full_height?: number;
    /**
     * --split: the page was written as these parts, top to bottom (two or
     * more). `file`, `width`, `height`, `bytes` and `sha256` above are the
     * first part's, so a reader that knows one image per row shows the top of the page.
     */
    parts?: SplitPart[];
    /** Set for a video (--video scroll); absent for a still. */
    kind?: 'video';
    /** Videos: the poster image (the first frame, framed, in --format) beside the video file. */
    poster?: string;
    /**
     * Videos: the poster's sha256 (`sha256` above is the video's), so a reader checks
     * the poster as it checks every other file a row lists. Absent in outputs written before it.
     */
    poster_sha256?: string;
    /** Videos: length, frame count and rate. */
    video_duration_ms?: number;
    frames?: number;
    fps?: number;
    /** Videos that stop short of the page's end (the scroll cap, a page that kept growing): why. */
    video_cut?: string;
    /** --block-ads/--block-trackers only: requests a network filter blocked on this page. */
    blocked_requests?: number;
    /** --block-ads/--block-trackers only: elements cosmetic filters hid (and blocked images/frames collapsed). */
    hidden_elements?: number;
}
/** One part of a page written in parts (--split). */
export interface SplitPart {
    /** Path inside the ZIP/folder: `<name>.part-<k>.<ext>`. */
    file: string;
    /** Where the part starts on the page, and how much of the page it shows, CSS px. */
    y: number;
    page_height: number;
    /** The framed image's size, px. */
    width: number;
    height: number;
    format: ImageFormat;
    bytes: number;
    sha256: string;
}
/**
 * What identifies a capture across runs and shards: its page and its variant.
 * Baselines, incremental reuse and merges compare like with like by it.
 */
export declare function captureKey(row: {
    url: string;
    variant?: string | null | undefined;
}): string;
/** How a page compares with the baseline run. `removed` pages appear only in ChangeReport.removed. */
export type ChangeKind = 'new' | 'changed' | 'unchanged' | 'removed';
/** What identifies a page's content without rendering it: compared with the baseline's to skip unchanged pages. */
export interface PageValidators {
    lastmod?: string;
    etag?: string;
    last_modified?: string;
    /** sha256 of the main document's HTML body. */
    content_hash?: string;
}
/** manifest.changes: what changed since the baseline, for the gallery, summary, comment and job.changed webhook. */
export interface ChangeReport {
    /** Where the baseline came from: a path, or a URL without credentials or query. */
    baseline: string;
    baseline_job_id: string | null;
    counts: {
        new: number;
        changed: number;
        unchanged: number;
        removed: number;
        reused: number;
    };
    /** Baseline pages not planned this run. */
    removed: {
        url: string;
        file: string | null;
    }[];
}
/** Error with a message a user can act on; doors print it without a stack. */
export declare class UserError extends Error {
    name: string;
}
