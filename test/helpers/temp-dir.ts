// One way a test file gets its scratch folder: made when the file loads,
// removed when its process exits.
//
// Exit rather than an after() hook: hooks run in the order they are
// registered, and this folder is made before the servers that write into it
// and the tmpfs mounts made inside it, so an after() of its own would remove
// it while they still hold it. At exit every hook has run. Each test file is
// its own process (scripts/test.mjs, node --test), so this is per file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the OS temp dir (`<prefix>XXXXXX`), removed when the test file's process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
