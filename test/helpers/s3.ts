// A real S3 API server for tests: s3rver on 127.0.0.1 (a free port), objects
// in a temp folder removed on stop, one bucket. The code under test talks to
// it through the real AWS SDK, path-style, as to MinIO. docs/scale-out.md says
// what s3rver does not check (signatures, IAM, lifecycle rules).
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { S3ClientConfig } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

export interface TestS3 {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  bucket: string;
  /** What a framecap S3 storage needs to reach it: endpoint, region, credentials. */
  client: S3ClientConfig;
  /** Each request the server received, as `METHOD /bucket/key?query-names` (values and x-id left out), in order. */
  requests: string[];
  /** Every key in the bucket, sorted. */
  keys(): Promise<string[]>;
  /** An object's bytes, read with a client of the test's own. */
  bytes(key: string): Promise<Buffer>;
  stop(): Promise<void>;
}

export async function startS3(bucket = 'framecap-test'): Promise<TestS3> {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = await server.run();
  const requests: string[] = [];
  // s3rver has no request hook: listen on its HTTP server before its own handler runs.
  (server as unknown as { httpServer: Server }).httpServer.prependListener('request', (req: IncomingMessage) => {
    const url = new URL(req.url ?? '/', 'http://s3');
    // x-id repeats the operation's name for the SDK's own purposes; the method, path and other names say it already.
    const names = [...url.searchParams.keys()].filter((k) => k !== 'x-id');
    requests.push(`${req.method} ${url.pathname}${names.length ? `?${names.join('&')}` : ''}`);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver's one account. Region and endpoint are given, not read from the environment: the tests never reach AWS.
  const client: S3ClientConfig = { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } };
  const own = new S3Client({ ...client, forcePathStyle: true });
  return {
    endpoint,
    bucket,
    client,
    requests,
    async keys() {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await own.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        keys.push(...(page.Contents ?? []).map((o) => o.Key!));
        token = page.NextContinuationToken;
      } while (token);
      return keys.sort();
    },
    async bytes(key) {
      const res = await own.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return Buffer.from(await res.Body!.transformToByteArray());
    },
    async stop() {
      own.destroy();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
