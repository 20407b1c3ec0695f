// The Jobs API client: `framecap jobs …`, async mode, and other programs.
export { JobsClient, JobsApiError, parseRetryAfter } from './jobs-client.ts';
export type {
  JobsClientOptions, SubmitOptions, Submitted, JobList, WaitOptions, BatchBody, CaptureBody, SitemapBody,
} from './jobs-client.ts';
