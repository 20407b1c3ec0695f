// The last check before a name touches the file system or a ZIP directory.

/**
 * Checks a name is a plain relative POSIX path that stays inside the output
 * on every OS, and returns it unchanged. Throws otherwise: names come from
 * the planner, so a bad one is a bug, not user input to repair.
 */
export function safeEntryName(name: string): string {
  const problem = entryNameProblem(name);
  if (problem) throw new Error(`unsafe output file name ${JSON.stringify(name)}: ${problem}`);
  return name;
}

/** Why `name` is not a safe entry name (see safeEntryName), or null when it is one. */
export function entryNameProblem(name: string): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'it is empty';
  if (name.length > 1024) return 'it is longer than 1024 characters';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'it contains control characters';
  if (name.includes('\\')) return 'it contains a backslash';
  if (name.includes(':')) return 'it contains ":" (a drive or stream name on Windows)';
  if (name.startsWith('/')) return 'it is absolute';
  for (const segment of name.split('/')) {
    if (segment === '') return 'it has an empty path segment';
    if (segment === '.' || segment === '..') return `it has a "${segment}" segment`;
  }
  return null;
}
