// Telling a ZIP from anything else by its first four bytes, without opening it
// as an archive: a downloaded job result, a baseline that may be a ZIP or a manifest.

import { open } from 'node:fs/promises';

/** True when the file starts like a ZIP: a local file header, or the end record of an empty archive. */
export async function startsLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b
      && ((head[2] === 0x03 && head[3] === 0x04) || (head[2] === 0x05 && head[3] === 0x06));
  } finally {
    await handle.close();
  }
}
