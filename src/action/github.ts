// The REST client for comments and the thumbnails branch. The API address
// comes from the runner (GITHUB_API_URL), passed in rather than read at import.

import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export function githubClient(token: string, apiUrl: string): GitHubClient {
  return getOctokit(token, { baseUrl: apiUrl });
}

/** The HTTP status of a failed API call (Octokit's RequestError), or null for other errors. */
export function httpStatusOf(err: unknown): number | null {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** 401/403/404 from GitHub mean "this token may not": a permission, not a bug. */
export function isPermissionProblem(err: unknown): boolean {
  const status = httpStatusOf(err);
  return status === 401 || status === 403 || status === 404;
}
