// Results in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, Ceph…)
// through the AWS SDK v3, so API servers and render workers share results
// without sharing a folder. Configured the SDK's own way: the default
// credential chain, AWS_REGION, AWS_ENDPOINT_URL_S3 for other endpoints.
// Loaded only when `--storage s3://…` is given.

import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3ClientConfig } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { randomBytes } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../core/types.ts';
import { RangeNotSatisfiable, checkKey, resolveRange } from './storage.ts';
import type { ByteRange, PresignOptions, ResultStorage, StoredObject } from './storage.ts';

export interface S3StorageOptions {
  /**
   * Address the bucket as endpoint/bucket/key instead of bucket.endpoint/key.
   * MinIO, Ceph and most self-hosted servers need it. Default off.
   */
  forcePathStyle?: boolean;
  /** Size of each part of a multipart upload. Default 8 MiB; S3 refuses parts under 5 MiB (but the last). */
  partSizeBytes?: number;
  /** Parts of one object uploaded at once (memory: queueSize × partSizeBytes per upload). Default 4. */
  queueSize?: number;
  /**
   * More S3Client settings (endpoint, region, credentials…). Without them the
   * SDK's defaults apply: AWS_REGION, AWS_ENDPOINT_URL_S3, the default credential chain.
   */
  client?: S3ClientConfig;
}

export const MIN_PART_SIZE = 5 * 1024 * 1024;
const DEFAULT_PART_SIZE = 8 * 1024 * 1024;

// Objects get the type their download is served with, also when a presigned URL serves them.
const CONTENT_TYPES: Record<string, string> = {
  zip: 'application/zip', png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif',
};

// S3's bucket naming rules (3-63 lower-case letters, digits, dots, hyphens), loosely: the server has the last word.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** `s3://bucket/some/prefix` → bucket and prefix ('' or `some/prefix`, no slashes at the ends). */
export function parseS3Url(url: string): { bucket: string; prefix: string } {
  const match = /^s3:\/\/([^/?#]+)\/?([^?#]*)$/.exec(url);
  const bucket = match?.[1] ?? '';
  if (!match || !BUCKET.test(bucket)) {
    throw new UserError(`--storage must look like s3://bucket-name/optional/prefix (got "${url}"); bucket names are 3-63 lower-case letters, digits, dots and hyphens`);
  }
  const prefix = (match[2] ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix.split('/').some((part) => part === '.' || part === '..' || (part === '' && prefix !== ''))) {
    throw new UserError(`the prefix of --storage ${url} has an empty, "." or ".." segment: use plain names such as s3://${bucket}/framecap/results`);
  }
  return { bucket, prefix };
}

export class S3ResultStorage implements ResultStorage {
  readonly bucket: string;
  readonly prefix: string;
  private readonly client: S3Client;
  private readonly partSize: number;
  private readonly queueSize: number;

  constructor(url: string, options: S3StorageOptions = {}) {
    ({ bucket: this.bucket, prefix: this.prefix } = parseS3Url(url));
    this.partSize = options.partSizeBytes ?? DEFAULT_PART_SIZE;
    if (!Number.isInteger(this.partSize) || this.partSize < MIN_PART_SIZE) {
      throw new UserError(`the S3 part size must be at least 5 MiB (${MIN_PART_SIZE} bytes), S3's minimum (got ${this.partSize})`);
    }
    this.queueSize = options.queueSize ?? 4;
    this.client = new S3Client({
      ...(options.forcePathStyle ? { forcePathStyle: true } : {}),
      ...options.client,
    });
  }

  /** The object's key in the bucket: the prefix, then the server's key. */
  objectKey(key: string): string {
    checkKey(key);
    return this.prefix ? `${this.prefix}/${key}` : key;
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    const Key = this.objectKey(key);
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(null, chunk);
      },
    });
    // Multipart above one part: the object is streamed in parts of partSize, never held whole in memory.
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key, Body: counter, ContentType: contentTypeOf(key) },
      partSize: this.partSize,
      queueSize: this.queueSize,
    });
    const reading = pipeline(body, counter);
    try {
      await Promise.all([reading, upload.done()]);
    } catch (err) {
      // Whichever side failed, stop the other: no open file, no upload left waiting for bytes.
      body.destroy();
      counter.destroy();
      await upload.abort().catch(() => {});
      throw this.failure('store', Key, err);
    }
    return { size };
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    const Key = this.objectKey(key);
    try {
      let asked = range;
      if (asked && 'suffix' in asked) {
        // Sent as start-end: not every S3-compatible server reads bytes=-n (s3rver takes it for bytes=0-n).
        const size = await this.sizeOf(Key);
        if (size === null) return null;
        asked = resolveRange(asked, size);
      }
      const res = await this.client.send(new GetObjectCommand({
        Bucket: this.bucket, Key, ...(asked ? { Range: `bytes=${asked.start}-${asked.end ?? ''}` } : {}),
      }));
      const stream = res.Body as Readable;
      const length = res.ContentLength ?? 0;
      if (!asked) return { stream, size: length };
      const [, start, total] = /^bytes (\d+)-\d+\/(\d+)$/.exec(res.ContentRange ?? '') ?? [];
      if (start === undefined || total === undefined) {
        stream.destroy();
        throw new Error(`the server answered a range request without a usable Content-Range (${res.ContentRange ?? 'none'})`);
      }
      return { stream, size: Number(total), range: { start: Number(start), end: Number(start) + length - 1 } };
    } catch (err) {
      if (err instanceof RangeNotSatisfiable) throw err;
      if (missing(err)) return null;
      if (statusOf(err) === 416) throw new RangeNotSatisfiable((await this.sizeOf(Key)) ?? 0);
      throw this.failure('read', Key, err);
    }
  }

  async delete(key: string): Promise<void> {
    const Key = this.objectKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key }));
    } catch (err) {
      if (missing(err)) return;
      throw this.failure('delete', Key, err);
    }
  }

  async presign(key: string, options: PresignOptions): Promise<string> {
    const Key = this.objectKey(key);
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key,
      ResponseContentDisposition: `${options.disposition}; filename="${options.filename}"`,
      ResponseContentType: options.contentType,
      ResponseCacheControl: 'private, no-store',
    });
    try {
      return await getSignedUrl(this.client, command, { expiresIn: options.expiresInSeconds });
    } catch (err) {
      throw this.failure('sign a URL for', Key, err);
    }
  }

  /**
   * Writes, reads back and deletes a small object under the prefix, so a
   * wrong endpoint, bucket, region or permission stops the server or worker
   * at start, not on its first job (which would then fail).
   */
  async check(): Promise<void> {
    const key = `probe/${randomBytes(8).toString('hex')}.txt`;
    const text = `framecap storage check ${new Date().toISOString()}\n`;
    await this.put(key, Readable.from([Buffer.from(text)]));
    const back = await this.get(key);
    const read = back ? Buffer.concat(await back.stream.toArray()).toString() : null;
    await this.delete(key);
    if (read !== text) throw new Error(`s3://${this.bucket}/${this.objectKey(key)} read back ${read === null ? 'as missing' : 'different bytes'} right after it was written: is the endpoint really S3-compatible?`);
  }

  describe(): string {
    return `s3://${this.bucket}${this.prefix ? `/${this.prefix}` : ''}`;
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  /** The object's size, or null when there is none. */
  private async sizeOf(Key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key }));
      return head.ContentLength ?? 0;
    } catch (err) {
      if (missing(err)) return null;
      throw err;
    }
  }

  /** An error that says which object, and what to check; never the credentials. */
  private failure(action: string, Key: string, err: unknown): Error {
    const e = err as Error & { $metadata?: { httpStatusCode?: number } };
    const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
    const hint = /region is missing/i.test(e.message ?? '')
      ? 'set AWS_REGION (us-east-1 for MinIO, auto for R2)'
      : 'check the bucket, AWS_REGION, AWS_ENDPOINT_URL_S3 (and --s3-path-style for MinIO/Ceph) and the credentials';
    return new Error(`cannot ${action} s3://${this.bucket}/${Key}: ${e.name}: ${e.message}${status}; ${hint}`, { cause: err });
  }
}

function contentTypeOf(key: string): string {
  return CONTENT_TYPES[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/**
 * No such object. A missing bucket is not this (it is a configuration error), and neither is
 * the 403 S3 answers for a missing key to a role without s3:ListBucket.
 */
function missing(err: unknown): boolean {
  const name = (err as Error).name;
  // HEAD answers carry no body, so no error code: only the status says it.
  return name === 'NoSuchKey' || (name === 'NotFound' && statusOf(err) === 404);
}

function statusOf(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}
