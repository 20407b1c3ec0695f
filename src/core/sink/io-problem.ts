// File-system errors in words a user can act on.

export function ioProblem(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOSPC':
      return 'the disk is full: free some space or write the output elsewhere';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied: choose a writable output path';
    case 'ENOTDIR':
      return 'a file stands where a folder is needed: choose another output path';
    default:
      return `${e.message}: check the output path`;
  }
}
