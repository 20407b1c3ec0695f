// URL lists: URLs given directly, or a file (or stdin) with one URL a line,
// `#` comment lines and blank lines ignored. Files are read line by line, so
// a list of any length streams.

import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { DiscoveredUrl, Warn } from '../types.ts';
import { UserError } from '../types.ts';
import { SkipLog, checkPageUrl } from './entries.ts';

export function* urlsFromList(urls: string[], warn: Warn): Generator<DiscoveredUrl> {
  const log = new SkipLog('URL list', warn);
  for (const raw of urls) {
    const checked = checkPageUrl(raw.trim());
    if ('reason' in checked) log.skip(raw, checked.reason);
    else yield { url: checked.url, source: 'argv' };
  }
  log.flush();
}

/** `path` '-' reads `stdin`. */
export async function* urlsFromFile(
  path: string,
  stdin: () => NodeJS.ReadableStream,
  warn: Warn,
): AsyncGenerator<DiscoveredUrl> {
  const source = path === '-' ? 'stdin' : path;
  let input: NodeJS.ReadableStream;
  let close = (): void => {};
  if (path === '-') {
    input = stdin();
  } else {
    let handle;
    try {
      handle = await open(path, 'r');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UserError(
        code === 'ENOENT' ? `URL list file not found: ${path}` : `cannot read URL list file ${path} (${code ?? String(err)})`,
      );
    }
    const stream = handle.createReadStream({ encoding: 'utf8' });
    input = stream;
    close = () => stream.destroy();
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  const log = new SkipLog(source, warn);
  try {
    let first = true;
    for await (const line of lines) {
      const value = (first ? line.replace(/^\uFEFF/, '') : line).trim();
      first = false;
      if (value === '' || value.startsWith('#')) continue;
      const checked = checkPageUrl(value);
      if ('reason' in checked) log.skip(value, checked.reason);
      else yield { url: checked.url, source };
    }
    log.flush();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw err;
    throw new UserError(`cannot read URL list ${source} (${code})`);
  } finally {
    lines.close();
    close();
  }
}
