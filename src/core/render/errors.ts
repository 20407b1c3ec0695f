// Failure types and the translation of Playwright's messages into short,
// human ones. Playwright appends multi-line call logs to its errors; a
// manifest row wants one line that says what went wrong.

import { STATUS_CODES } from 'node:http';
import type { FailureCategory } from '../types.ts';

export type { FailureCategory };

export interface CaptureFailure {
  /** Tries made; 0 when the URL was refused before any. */
  attempts: number;
  finalUrl?: string | null;
  httpStatus?: number | null;
  /** Whether trying again later could help. */
  transient?: boolean;
  /** What kind of failure, for the manifest and for sorting a failed run's rows; unset: from httpStatus. */
  category?: FailureCategory;
}

/** A capture that finally failed. */
export class CaptureError extends Error {
  override name = 'CaptureError';
  readonly attempts: number;
  readonly finalUrl: string | null;
  readonly httpStatus: number | null;
  readonly transient: boolean;
  readonly category: FailureCategory;
  constructor(message: string, failure: CaptureFailure) {
    super(message);
    this.attempts = failure.attempts;
    this.finalUrl = failure.finalUrl ?? null;
    this.httpStatus = failure.httpStatus ?? null;
    this.transient = failure.transient ?? false;
    this.category = failure.category ?? categoryFor(null, this.httpStatus);
  }
}

/** Why one attempt failed, and whether another attempt could help. */
export class AttemptFailure extends Error {
  override name = 'AttemptFailure';
  constructor(
    message: string,
    readonly transient: boolean,
    readonly detail: {
      finalUrl?: string | null;
      httpStatus?: number | null;
      /** The slot's page is still in a known state (e.g. a clean 404), so it need not be rebuilt. */
      slotHealthy?: boolean;
      /** Server-requested wait (Retry-After on 429/503), ms. */
      retryAfterMs?: number | null;
      /** Unset: derived from httpStatus, else 'other'. */
      category?: FailureCategory;
    } = {},
  ) {
    super(message);
  }

  get category(): FailureCategory {
    return categoryFor(this.detail.category ?? null, this.detail.httpStatus ?? null);
  }
}

export function categoryFor(explicit: FailureCategory | null, httpStatus: number | null): FailureCategory {
  if (explicit) return explicit;
  if (httpStatus !== null && httpStatus >= 500) return 'http_5xx';
  if (httpStatus !== null && httpStatus >= 400) return 'http_4xx';
  return 'other';
}

/** A timeout of one step of the attempt (navigation, wait-for, screenshot …). */
export function timeoutFailure(message: string): AttemptFailure {
  return new AttemptFailure(message, true, { category: 'timeout' });
}

/** Statuses that say "try again": timeout, rate limit, and the gateway/overload family. */
const TRANSIENT_STATUSES = new Set([408, 429, 502, 503, 504]);

/**
 * 500 is deliberately not retried: it is usually a deterministic bug in the
 * page, and retrying every broken page of a large site multiplies the run
 * time for nothing. 502/503/504 come from proxies and overloaded origins
 * (deploys in progress, cold starts), where a second try often succeeds.
 */
export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status);
}

export function httpStatusMessage(status: number, statusText: string): string {
  const text = statusText.trim() || STATUS_CODES[status] || '';
  return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}

/** net:: errors that will not change on a second try. */
const PERMANENT_NET_ERRORS: Record<string, string> = {
  ERR_UNSAFE_REDIRECT: 'refused: the page redirected to a non-http(s) URL',
  ERR_UNSAFE_PORT: 'refused: the browser does not connect to that port',
  ERR_INVALID_URL: 'invalid URL',
  ERR_INVALID_REDIRECT: 'the page redirected to an invalid URL',
  ERR_TOO_MANY_REDIRECTS: 'too many redirects',
  ERR_BLOCKED_BY_CLIENT: 'blocked by the browser',
  ERR_BLOCKED_BY_RESPONSE: 'blocked by the response headers',
  ERR_ABORTED: 'navigation aborted: the server sent no page (a 204, or a download)',
};

const NET_ERROR_TEXT: Record<string, string> = {
  ERR_CONNECTION_REFUSED: 'connection refused',
  ERR_CONNECTION_RESET: 'connection reset',
  ERR_CONNECTION_CLOSED: 'connection closed',
  ERR_EMPTY_RESPONSE: 'the server sent an empty response',
  ERR_NAME_NOT_RESOLVED: 'host not found (DNS)',
  ERR_INTERNET_DISCONNECTED: 'no network',
  ERR_ADDRESS_UNREACHABLE: 'address unreachable',
  ERR_TIMED_OUT: 'connection timed out',
  ERR_CONNECTION_TIMED_OUT: 'connection timed out',
};

/** First line, without Playwright's "page.goto: " prefix or its call log. */
export function firstLine(message: string): string {
  const line = message.split('\n').find((l) => l.trim() !== '') ?? message;
  return line.replace(/^[a-zA-Z]+\.[a-zA-Z]+: /, '').trim();
}

/**
 * Turn anything a Playwright call threw into an AttemptFailure. Errors of
 * our own pass through; unknown errors count as transient (the browser
 * misbehaved) so they get another try on a fresh page.
 */
export function classifyError(err: unknown): AttemptFailure {
  if (err instanceof AttemptFailure) return err;
  const raw = err instanceof Error ? err.message : String(err);
  const line = firstLine(raw);
  const net = /net::(ERR_[A-Z_]+)/.exec(line)?.[1];
  if (net) {
    const permanent = PERMANENT_NET_ERRORS[net];
    if (permanent) return new AttemptFailure(`${permanent} (net::${net})`, false, { category: netCategory(net) });
    if (net.startsWith('ERR_CERT_') || net.startsWith('ERR_SSL_')) {
      return new AttemptFailure(`TLS error: the site's certificate or TLS setup was refused (net::${net})`, false, { category: 'tls' });
    }
    return new AttemptFailure(`${NET_ERROR_TEXT[net] ?? 'network error'} (net::${net})`, true, { category: netCategory(net) });
  }
  if (/Download is starting/i.test(line)) {
    return new AttemptFailure('the URL is a download, not a page', false);
  }
  if (/crash/i.test(line)) return new AttemptFailure('the page crashed', true, { category: 'crash' });
  if (/has been closed|browser has disconnected|Target closed/i.test(line)) {
    return new AttemptFailure('the browser closed the page (crashed or restarted)', true, { category: 'crash' });
  }
  if (/Timeout \d+ms exceeded/i.test(line)) return new AttemptFailure(line, true, { category: 'timeout' });
  return new AttemptFailure(line || 'unknown browser error', true);
}

function netCategory(net: string): FailureCategory {
  if (net === 'ERR_NAME_NOT_RESOLVED' || net === 'ERR_NAME_RESOLUTION_FAILED') return 'dns';
  if (net === 'ERR_TIMED_OUT' || net === 'ERR_CONNECTION_TIMED_OUT') return 'timeout';
  if (net.startsWith('ERR_BLOCKED_') || net === 'ERR_UNSAFE_REDIRECT' || net === 'ERR_UNSAFE_PORT') return 'blocked';
  if (net.startsWith('ERR_CERT_') || net.startsWith('ERR_SSL_')) return 'tls';
  return 'network';
}
