// Looking for a secret's bytes everywhere a run wrote or sent something.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `root`, with its path. */
export async function filesUnder(root: string): Promise<Array<{ path: string; data: Buffer }>> {
  const out: Array<{ path: string; data: Buffer }> = [];
  for (const e of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push({ path: join(e.parentPath, e.name), data: await readFile(join(e.parentPath, e.name)) });
  }
  return out;
}

/** Fails naming the place (and only the secret's first characters) where `secret` appears. */
export function assertNowhere(secret: string, places: Array<{ what: string; data: Buffer | string }>): void {
  for (const { what, data } of places) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    assert.equal(bytes.indexOf(secret), -1, `${secret.slice(0, 6)}… appears in ${what}`);
  }
}
