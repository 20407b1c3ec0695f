// Outputs by URL: a ZIP is downloaded to a temporary file first (ZIPs need
// random access), a manifest.json's captures are fetched next to it one at a
// time; both capped in size. Credentials in the URL become a Basic header
// and never reach a message.

import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../types.ts';

const FETCH_TIMEOUT_MS = 120_000;

/** A URL fit for messages and the manifest: no credentials, no query (tokens live there), no fragment. */
export function redactedUrl(raw: string): string {
  try {
    const url = new URL(raw);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return '(invalid URL)';
  }
}

function requestInit(url: URL): { url: URL; init: RequestInit } {
  const clean = new URL(url.href);
  const headers: Record<string, string> = {};
  if (url.username || url.password) {
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    clean.username = '';
    clean.password = '';
  }
  return { url: clean, init: { headers, redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) } };
}

/** Saves the body of `url` to `file`; a UserError starting with `label` when it cannot, or it is bigger than `max`. */
export async function download(url: URL, file: string, max: number, label: string, doFetch: typeof fetch): Promise<void> {
  const { url: clean, init } = requestInit(url);
  let response: Response;
  try {
    response = await doFetch(clean, init);
  } catch (err) {
    throw new UserError(`${label}: cannot download it (${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message})`);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    const hint = response.status === 404 ? ': no such file; check the URL, or run once without --baseline to make one' : '';
    throw new UserError(`${label}: HTTP ${response.status}${hint}`);
  }
  if (Number(response.headers.get('content-length') ?? 0) > max) {
    await response.body.cancel().catch(() => undefined);
    throw new UserError(`${label}: larger than ${max} bytes`);
  }
  let seen = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > max ? new UserError(`${label}: larger than ${max} bytes`) : null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), cap, createWriteStream(file));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${label}: the download broke off (${(err as Error).message})`);
  }
}

/** The body of `url`, at most `max` bytes; plain errors (the caller says which file it was). */
export async function fetchBytes(url: URL, max: number, doFetch: typeof fetch): Promise<Buffer> {
  const { url: clean, init } = requestInit(url);
  const response = await doFetch(clean, init);
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error(`HTTP ${response.status}`);
  }
  const chunks: Buffer[] = [];
  let seen = 0;
  for await (const chunk of Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)) {
    seen += (chunk as Buffer).length;
    if (seen > max) throw new Error(`larger than ${max} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
