import type { Job } from '../core/job.js';
import type { JobView } from './store.js';
/**
 * `result.url`, the capture's image, is always made absolute: with publicUrl,
 * else with `origin` (the request being answered; by default the one the job
 * was submitted to, for webhooks). The ZIP links are absolute only with publicUrl.
 */
export declare function publicJob(record: JobView, publicUrl: string | null, origin?: string | null): Job;
