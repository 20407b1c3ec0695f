import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every regular file below `dir`, as full paths, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}
