/** A URL fit for messages and the manifest: no credentials, no query (tokens live there), no fragment. */
export declare function redactedUrl(raw: string): string;
/** Saves the body of `url` to `file`; a UserError starting with `label` when it cannot, or it is bigger than `max`. */
export declare function download(url: URL, file: string, max: number, label: string, doFetch: typeof fetch): Promise<void>;
/** The body of `url`, at most `max` bytes; plain errors (the caller says which file it was). */
export declare function fetchBytes(url: URL, max: number, doFetch: typeof fetch): Promise<Buffer>;
