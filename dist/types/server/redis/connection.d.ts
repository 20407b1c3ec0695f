import { Redis } from 'ioredis';
export { checkRedisUrl, describeRedisUrl } from './url.js';
/** Prefix of every key framecap writes, BullMQ's included. */
export declare const KEY_PREFIX = "framecap";
/** The BullMQ queue name (BullMQ keys: `framecap:render:*`). */
export declare const QUEUE_NAME = "render";
/**
 * A client for our own commands. maxRetriesPerRequest null: a Redis restart
 * makes commands wait for the reconnect instead of failing a job's progress
 * write; BullMQ requires the same of its connections.
 */
export declare function openRedis(url: string, name: string): Redis;
/** BullMQ connection options for a Redis URL (BullMQ opens and closes its own connections; maxRetriesPerRequest null as for openRedis). */
export declare function bullConnection(url: string): {
    url: string;
    maxRetriesPerRequest: null;
};
/** Connects, failing fast with an actionable message when Redis is not there. */
export declare function connectRedis(client: Redis, url: string): Promise<void>;
