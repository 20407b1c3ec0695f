/** Takes dataDir/server.lock; resolves to its release. */
export declare function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>>;
