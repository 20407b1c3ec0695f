import type { Readable } from 'node:stream';
import type { S3StorageOptions } from './storage-s3.js';
/** Part of an object, as an HTTP Range asks for it: bytes start..end (inclusive; end defaults to the last byte), or the last `suffix` bytes. */
export type ByteRange = {
    start: number;
    end?: number;
} | {
    suffix: number;
};
export interface StoredObject {
    stream: Readable;
    /** Size of the whole object, also when only a range of it is streamed. */
    size: number;
    /** The bytes streamed (inclusive), when a range was asked for. */
    range?: {
        start: number;
        end: number;
    };
}
/** The range asked for starts past the end of the object (HTTP 416). */
export declare class RangeNotSatisfiable extends Error {
    readonly size: number;
    constructor(size: number);
}
/** Options of a URL that serves an object without this server. */
export interface PresignOptions {
    /** Lifetime of the URL. */
    expiresInSeconds: number;
    /** The name and type the download gets (Content-Disposition, Content-Type). */
    filename: string;
    contentType: string;
    disposition: 'attachment' | 'inline';
}
export interface ResultStorage {
    /** Stores the bytes under key (`<job_id>.zip`, `captures/<cap_id>.png`), replacing any older ones. */
    put(key: string, body: Readable): Promise<{
        size: number;
    }>;
    /** The stored bytes (or the range of them asked for), or null when there are none (never stored, deleted, expired). */
    get(key: string, range?: ByteRange): Promise<StoredObject | null>;
    /** Removes the object; removing one that is not there is not an error. */
    delete(key: string): Promise<void>;
    /**
     * A URL anyone holding it may GET the object from, for expiresInSeconds.
     * Only backends that can hand out such URLs (object storage) have it.
     */
    presign?(key: string, options: PresignOptions): Promise<string>;
    /** Where the results are, for start-up lines and logs, without secrets: `folder /data/results`, `s3://bucket/prefix`. */
    describe(): string;
    /** Lets go of connections; called by whoever opened the storage (createServer, startWorker for an `s3://` URL). */
    close?(): Promise<void>;
}
/** Keys are built by the server from job and capture ids; refuse anything else outright. */
export declare function checkKey(key: string): string;
/** A range against an object of `size` bytes, as inclusive offsets; throws RangeNotSatisfiable past the end. */
export declare function resolveRange(range: ByteRange, size: number): {
    start: number;
    end: number;
};
export declare class DiskResultStorage implements ResultStorage {
    private readonly root;
    constructor(dataDir: string);
    put(key: string, body: Readable): Promise<{
        size: number;
    }>;
    get(key: string, range?: ByteRange): Promise<StoredObject | null>;
    delete(key: string): Promise<void>;
    describe(): string;
    private pathOf;
}
/**
 * The storage a server or worker was configured with: a ResultStorage as
 * is; `s3://bucket/prefix` for a bucket (the AWS SDK is loaded only then),
 * checked with a write, read and delete; nothing for the folder dataDir/results.
 */
export declare function openResultStorage(spec: ResultStorage | string | undefined, dataDir: string, s3?: S3StorageOptions): Promise<ResultStorage>;
