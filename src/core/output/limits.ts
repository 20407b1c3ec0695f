// How much of a framecap output (ZIP, folder or URL) we are willing to read.
// Outputs we read are often not ours (a downloaded artifact, a baseline by
// URL), so every reader takes its caps from here and nowhere else.

/** A manifest of 100,000 rows is about 50 MB; anything far beyond is not ours. */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
/** Rows read from one manifest.json; a million is ten times the biggest run we have seen. */
export const MAX_MANIFEST_ROWS = 1_000_000;
/** A retina full-page PNG is tens of MB; a bigger file is a broken or hostile input (and would be held in memory). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Files (ZIP entries) in one output: a capture, its thumbnail and diff images per row, with room to spare. */
export const MAX_OUTPUT_ENTRIES = 2_000_000;
/**
 * What a ZIP's directory may claim in all, unpacked. Not a memory bound (one
 * file at a time is, by MAX_FILE_BYTES), but a ZIP64 directory can claim
 * exabytes; 1 TiB is a million rows of 1 MB captures.
 */
export const MAX_OUTPUT_BYTES = 1024 ** 4;
/** Largest output downloaded from a URL, or unwrapped from a downloaded artifact. */
export const MAX_DOWNLOAD_BYTES = 4 * 1024 * 1024 * 1024;

/** The caps above as the ZIP reader takes them. */
export const OUTPUT_ZIP_LIMITS = { maxEntries: MAX_OUTPUT_ENTRIES, maxEntryBytes: MAX_FILE_BYTES, maxTotalBytes: MAX_OUTPUT_BYTES } as const;
