export { JobsClient, JobsApiError, parseRetryAfter } from './jobs-client.js';
export type { JobsClientOptions, SubmitOptions, Submitted, JobList, WaitOptions, BatchBody, CaptureBody, SitemapBody, } from './jobs-client.js';
