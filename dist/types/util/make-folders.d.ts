/**
 * Creates `path` and any missing parents. Resolves to the topmost folder it
 * created (as `mkdir(path, { recursive: true })` does), or undefined when the
 * folder was there. Throws Node's own errors (ENOTDIR, EACCES, ENOENT, ...).
 */
export declare function makeFolders(path: string, mode?: number): Promise<string | undefined>;
