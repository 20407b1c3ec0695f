/** $XDG_CACHE_HOME/framecap, else ~/.cache/framecap, else a folder under the OS temp dir. */
export declare function cacheDirFrom(env: Record<string, string | undefined>): string;
