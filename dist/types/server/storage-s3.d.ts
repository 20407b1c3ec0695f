import type { S3ClientConfig } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import type { ByteRange, PresignOptions, ResultStorage, StoredObject } from './storage.js';
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
export declare const MIN_PART_SIZE: number;
/** `s3://bucket/some/prefix` → bucket and prefix ('' or `some/prefix`, no slashes at the ends). */
export declare function parseS3Url(url: string): {
    bucket: string;
    prefix: string;
};
export declare class S3ResultStorage implements ResultStorage {
    readonly bucket: string;
    readonly prefix: string;
    private readonly client;
    private readonly partSize;
    private readonly queueSize;
    constructor(url: string, options?: S3StorageOptions);
    /** The object's key in the bucket: the prefix, then the server's key. */
    objectKey(key: string): string;
    put(key: string, body: Readable): Promise<{
        size: number;
    }>;
    get(key: string, range?: ByteRange): Promise<StoredObject | null>;
    delete(key: string): Promise<void>;
    presign(key: string, options: PresignOptions): Promise<string>;
    /**
     * Writes, reads back and deletes a small object under the prefix, so a
     * wrong endpoint, bucket, region or permission stops the server or worker
     * at start, not on its first job (which would then fail).
     */
    check(): Promise<void>;
    describe(): string;
    close(): Promise<void>;
    /** The object's size, or null when there is none. */
    private sizeOf;
    /** An error that says which object, and what to check; never the credentials. */
    private failure;
}
