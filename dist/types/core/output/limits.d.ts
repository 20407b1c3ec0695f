/** A manifest of 100,000 rows is about 50 MB; anything far beyond is not ours. */
export declare const MAX_MANIFEST_BYTES: number;
/** Rows read from one manifest.json; a million is ten times the biggest run we have seen. */
export declare const MAX_MANIFEST_ROWS = 1000000;
/** A retina full-page PNG is tens of MB; a bigger file is a broken or hostile input (and would be held in memory). */
export declare const MAX_FILE_BYTES: number;
/** Files (ZIP entries) in one output: a capture, its thumbnail and diff images per row, with room to spare. */
export declare const MAX_OUTPUT_ENTRIES = 2000000;
/**
 * What a ZIP's directory may claim in all, unpacked. Not a memory bound (one
 * file at a time is, by MAX_FILE_BYTES), but a ZIP64 directory can claim
 * exabytes; 1 TiB is a million rows of 1 MB captures.
 */
export declare const MAX_OUTPUT_BYTES: number;
/** Largest output downloaded from a URL, or unwrapped from a downloaded artifact. */
export declare const MAX_DOWNLOAD_BYTES: number;
/** The caps above as the ZIP reader takes them. */
export declare const OUTPUT_ZIP_LIMITS: {
    readonly maxEntries: 2000000;
    readonly maxEntryBytes: number;
    readonly maxTotalBytes: number;
};
