// Job records in Redis, so API servers and workers on any machine see the
// same jobs. One JSON string per job (written whole, like the embedded
// store's files) plus small indexes:
//
//   framecap:job:<job_id>           the JobRecord (JSON)
//   framecap:view:<job_id>          its JobView (JSON): what a status poll reads, without the request
//   framecap:jobs                   every job id (sorted set, all scores 0: ULIDs sort by time)
//   framecap:owner:<owner>          the job ids of one API key
//   framecap:idem:<owner>:<key>     Idempotency-Key → job id
//   framecap:capture:<cap_id>       capture id → job id
//
// Each save writes the record and its indexes in one MULTI, so a reader never
// sees a record its indexes do not know (or the reverse).

import type { Redis } from 'ioredis';
import { viewOf } from '../store.ts';
import type { JobListFilter, JobRecord, JobStore, JobView } from '../store.ts';
import { KEY_PREFIX, connectRedis, openRedis } from './connection.ts';

const READ_CHUNK = 500;

const keys = {
  job: (id: string) => `${KEY_PREFIX}:job:${id}`,
  view: (id: string) => `${KEY_PREFIX}:view:${id}`,
  all: `${KEY_PREFIX}:jobs`,
  owner: (owner: string) => `${KEY_PREFIX}:owner:${owner}`,
  idem: (owner: string, key: string) => `${KEY_PREFIX}:idem:${owner}:${key}`,
  capture: (id: string) => `${KEY_PREFIX}:capture:${id}`,
};

export class RedisJobStore implements JobStore {
  private readonly redis: Redis;

  constructor(private readonly url: string) {
    this.redis = openRedis(url, 'store');
  }

  async open(): Promise<void> {
    await connectRedis(this.redis, this.url);
  }

  async get(id: string): Promise<JobRecord | null> {
    return parse(await this.redis.get(keys.job(id)));
  }

  /**
   * From its own key, so a poll does not fetch and parse the request (a 10,000-URL
   * batch's record is about 700 KB). A record saved before views were kept has none.
   */
  async view(id: string): Promise<JobView | null> {
    const raw = await this.redis.get(keys.view(id));
    return raw === null ? this.get(id) : (JSON.parse(raw) as JobView);
  }

  async save(record: JobRecord): Promise<void> {
    const id = record.job.id;
    const tx = this.redis.multi()
      // The record holds header and cookie values until the job ends; see docs/scale-out.md on securing Redis.
      .set(keys.job(id), JSON.stringify(record))
      .set(keys.view(id), JSON.stringify(viewOf(record)))
      .zadd(keys.all, 0, id)
      .zadd(keys.owner(record.owner), 0, id);
    if (record.idempotency) tx.set(keys.idem(record.owner, record.idempotency.key), id);
    if (record.capture) tx.set(keys.capture(record.capture.id), id);
    await exec(tx);
  }

  async delete(id: string): Promise<void> {
    const record = await this.get(id);
    const tx = this.redis.multi().del(keys.job(id), keys.view(id)).zrem(keys.all, id);
    if (record) {
      tx.zrem(keys.owner(record.owner), id);
      if (record.idempotency) tx.del(keys.idem(record.owner, record.idempotency.key));
      if (record.capture) tx.del(keys.capture(record.capture.id));
    }
    await exec(tx);
  }

  async list(filter: JobListFilter): Promise<{ records: JobRecord[]; total: number }> {
    const ownerKey = keys.owner(filter.owner);
    if (!filter.status) {
      // Equal scores sort by member: REV gives the newest ULIDs first.
      const [total, ids] = await Promise.all([
        this.redis.zcard(ownerKey),
        this.redis.zrange(ownerKey, filter.offset, filter.offset + filter.limit - 1, 'REV'),
      ]);
      return { records: await this.load(ids), total };
    }
    const ids = await this.redis.zrange(ownerKey, 0, -1, 'REV');
    const matching = (await this.load(ids)).filter((r) => r.job.status === filter.status);
    return { records: matching.slice(filter.offset, filter.offset + filter.limit), total: matching.length };
  }

  async findByIdempotencyKey(owner: string, key: string): Promise<JobRecord | null> {
    const id = await this.redis.get(keys.idem(owner, key));
    return id ? this.get(id) : null;
  }

  async findByCaptureId(captureId: string): Promise<JobRecord | null> {
    const id = await this.redis.get(keys.capture(captureId));
    return id ? this.get(id) : null;
  }

  async all(): Promise<JobRecord[]> {
    return this.load(await this.redis.zrange(keys.all, 0, -1));
  }

  async close(): Promise<void> {
    // QUIT would wait for a reconnect that may never come.
    if (this.redis.status !== 'ready') return this.abandon();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  /** Redis is gone: commands waiting for the reconnect fail now ("Connection is closed") instead of waiting for ever. */
  abandon(): void {
    this.redis.disconnect();
  }

  /** Whether the connection is up now (a shutdown checks it before waiting on Redis). */
  get connected(): boolean {
    return this.redis.status === 'ready';
  }

  /** Resolves when the connection drops (at once when it is not up): a shutdown waiting on Redis stops waiting then. */
  disconnected(): Promise<void> {
    if (this.redis.status !== 'ready') return Promise.resolve();
    return new Promise((resolve) => this.redis.once('close', () => resolve()));
  }

  /** Records for ids, in order; ids whose record is gone (deleted meanwhile) are skipped. */
  private async load(ids: string[]): Promise<JobRecord[]> {
    const out: JobRecord[] = [];
    for (let i = 0; i < ids.length; i += READ_CHUNK) {
      const chunk = ids.slice(i, i + READ_CHUNK);
      if (chunk.length === 0) break;
      for (const raw of await this.redis.mget(chunk.map(keys.job))) {
        const record = parse(raw);
        if (record) out.push(record);
      }
    }
    return out;
  }
}

function parse(raw: string | null): JobRecord | null {
  return raw === null ? null : (JSON.parse(raw) as JobRecord);
}

async function exec(tx: ReturnType<Redis['multi']>): Promise<void> {
  const results = await tx.exec();
  for (const [err] of results ?? []) if (err) throw err;
}
