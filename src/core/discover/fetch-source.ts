// Reads one location into text under a byte cap. The cap counts bytes after
// decompression and reading stops there, so neither a huge file nor a gzip
// bomb is ever held (or inflated) whole. Gzip is recognised by its magic
// bytes: servers label .gz sitemaps every which way (octet-stream, x-gzip,
// Content-Encoding or nothing), and some name them without .gz.

import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { createGunzip } from 'node:zlib';
import { EgressRefused } from '../net/guard.ts';
import { SourceError, networkReason } from './errors.ts';
import type { Location } from './location.ts';

export type FetchFn = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<Response>;

export interface ReadLimits {
  maxBytes: number;
  timeoutMs: number;
  userAgent: string;
  /** Aborted when discovery is stopped by its consumer. */
  signal: AbortSignal;
}

export interface SourceText {
  text: string;
  /** The byte cap was reached: the text is a prefix of the file. */
  cutAtCap: boolean;
  /** Compressed data ended early or was damaged after some output: the text is a prefix. */
  damaged: string | null;
}

const ACCEPT = 'application/xml, text/xml, application/rss+xml, application/atom+xml, text/plain;q=0.9, */*;q=0.5';

export async function readLocation(loc: Location, limits: ReadLimits, fetchFn: FetchFn): Promise<SourceText> {
  return loc.kind === 'file' ? readFile(loc.path, limits) : readUrl(loc.url, limits, fetchFn);
}

async function readUrl(url: URL, limits: ReadLimits, fetchFn: FetchFn): Promise<SourceText> {
  // `done` cancels the response body once we stop reading (cap reached),
  // so the server stops sending and a gzip bomb is not pulled further.
  const done = new AbortController();
  const signal = AbortSignal.any([limits.signal, done.signal, AbortSignal.timeout(limits.timeoutMs)]);
  try {
    let res: Response;
    try {
      res = await fetchFn(url.href, { signal, headers: { 'user-agent': limits.userAgent, accept: ACCEPT } });
    } catch (err) {
      if (err instanceof EgressRefused) throw new SourceError(err.message, 'refused');
      throw new SourceError(networkReason(err, limits.timeoutMs), 'network');
    }
    if (!res.ok) {
      throw new SourceError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, 'http');
    }
    if (!res.body) return { text: '', cutAtCap: false, damaged: null };
    try {
      return await readCapped(res.body, limits.maxBytes);
    } catch (err) {
      if (err instanceof SourceError) throw err;
      throw new SourceError(networkReason(err, limits.timeoutMs), 'network');
    }
  } finally {
    done.abort();
  }
}

async function readFile(path: string, limits: ReadLimits): Promise<SourceText> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SourceError(code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(err)})`, 'missing');
  }
  const stream = handle.createReadStream();
  try {
    return await readCapped(stream, limits.maxBytes);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new SourceError(`cannot read file (${code ?? String(err)})`, 'missing');
  } finally {
    stream.destroy();
  }
}

async function readCapped(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<SourceText> {
  const input = source[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  while (head.length < 2) {
    const next = await input.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
  }
  const raw = prepend(head, input);
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const bytes = gzipped ? gunzip(raw) : raw;

  const chunks: Buffer[] = [];
  let total = 0;
  let cutAtCap = false;
  let damaged: string | null = null;
  try {
    for await (const chunk of bytes) {
      const room = maxBytes - total;
      if (chunk.length > room) {
        chunks.push(toBuffer(chunk.subarray(0, room)));
        total += room;
        cutAtCap = true;
        break;
      }
      chunks.push(toBuffer(chunk));
      total += chunk.length;
    }
  } catch (err) {
    if (!isZlibError(err)) throw err;
    if (total === 0) throw new SourceError(`is not valid gzip data (${err.message})`, 'not-sitemap');
    damaged = err.message;
  }
  // TextDecoder drops a UTF-8 BOM; a multi-byte character cut at the cap
  // becomes U+FFFD, after the last complete entry, so it is never used.
  const text = new TextDecoder('utf-8').decode(Buffer.concat(chunks, total));
  return { text, cutAtCap, damaged };
}

async function* prepend(head: Buffer, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    if (head.length > 0) yield head;
    for (;;) {
      const next = await rest.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await rest.return?.();
  }
}

// Feeds compressed chunks into zlib only as fast as inflated output is
// consumed (zlib honours the readable side's backpressure), so stopping the
// consumer stops inflation within a chunk or two.
async function* gunzip(input: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  const zlib = createGunzip();
  const stop = new AbortController();
  const feeding = (async () => {
    for await (const chunk of input) {
      if (!zlib.write(chunk)) await once(zlib, 'drain', { signal: stop.signal });
    }
    zlib.end();
  })();
  feeding.catch((err: unknown) => {
    if (!stop.signal.aborted) zlib.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  try {
    for await (const out of zlib) yield out as Buffer;
  } finally {
    stop.abort();
    zlib.destroy();
  }
}

function isZlibError(err: unknown): err is Error & { code: string } {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('Z_');
}

function toBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
