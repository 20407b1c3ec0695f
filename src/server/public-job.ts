// The Job document as the API and webhooks show it, from a stored record.
// Shared by the service (API answers) and the webhook deliveries, which a
// Redis worker runs without an API.

import type { Job } from '../core/job.ts';
import { capturePathOf } from './store.ts';
import type { JobView } from './store.ts';

/**
 * `result.url`, the capture's image, is always made absolute: with publicUrl,
 * else with `origin` (the request being answered; by default the one the job
 * was submitted to, for webhooks). The ZIP links are absolute only with publicUrl.
 */
export function publicJob(record: JobView, publicUrl: string | null, origin: string | null = record.origin ?? null): Job {
  const job = { ...record.job };
  if (job.result && record.capture && job.result.page_url === undefined) {
    // Stored before result.url meant the image: it held the page's address.
    job.result = { ...job.result, page_url: job.result.url, url: capturePathOf(record.capture) };
  }
  if (publicUrl) {
    if (job.result_url?.startsWith('/')) job.result_url = publicUrl + job.result_url;
    if (job.download_url?.startsWith('/')) job.download_url = publicUrl + job.download_url;
  }
  const imageBase = publicUrl ?? origin;
  const absolute = (path: string): string => (imageBase && path.startsWith('/') ? imageBase + path : path);
  if (job.result) {
    job.result = { ...job.result, url: absolute(job.result.url) };
    if (job.result.parts) job.result.parts = job.result.parts.map((part) => ({ ...part, url: absolute(part.url) }));
  }
  return job;
}
