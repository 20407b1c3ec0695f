/** Checks a redis:// or rediss:// URL; throws a UserError that says what a good one looks like. */
export declare function checkRedisUrl(url: string): string;
/** host:port of a Redis URL, without user or password. */
export declare function describeRedisUrl(url: string): string;
