// One attempt: navigate, wait, freeze, screenshot. Every step runs against
// one deadline (timeoutMs covers the whole attempt, not each step), and
// against the slot's "lost" promise so a crashed page fails fast instead of
// waiting out the timeout.

import { errors } from 'playwright-core';
import type { Page } from 'playwright-core';
import type { RenderOptions } from '../options.ts';
import type { Shot } from '../types.ts';
import { AttemptFailure, classifyError, firstLine, httpStatusMessage, isTransientStatus } from './errors.ts';
import { parseRetryAfter, sleep } from './retry.ts';

const FREEZE_CSS = '*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}';
/** Web fonts get this long at most: a font host that hangs must not cost the whole page. */
const FONT_WAIT_MS = 3_000;
const TITLE_WAIT_MS = 1_000;
/** Our own timer fires this much after Playwright's, as a backstop for calls that ignore their timeout. */
const BACKSTOP_MS = 250;

export interface AttemptInput {
  page: Page;
  lost: Promise<never>;
  url: string;
  options: RenderOptions;
  /** Epoch ms by which the attempt must be done. */
  deadline: number;
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function hideCss(selectors: readonly string[]): string {
  // One rule per selector: an invalid selector drops only its own rule.
  return selectors.map((s) => `${s}{visibility:hidden!important}`).join('\n');
}

/** Width and height from the PNG's IHDR chunk (no decoding). */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (png.length < 24 || png.subarray(0, 8).toString('hex') !== signature || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new AttemptFailure('the browser returned an image that is not a PNG', true);
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export async function capturePage(input: AttemptInput): Promise<Shot> {
  const { finalUrl, httpStatus } = await navigate(input);
  try {
    return { ...(await settleAndShoot(input)), httpStatus };
  } catch (err) {
    // A failure after the page loaded still tells the manifest where it ended and with what status.
    const failure = classifyError(err);
    const { detail } = failure;
    throw new AttemptFailure(failure.message, failure.transient, {
      ...detail,
      finalUrl: detail.finalUrl ?? finalUrl,
      httpStatus: detail.httpStatus ?? httpStatus,
    });
  }
}

async function navigate(input: AttemptInput): Promise<{ finalUrl: string; httpStatus: number | null }> {
  const { page, url, options } = input;
  const timeout = (): number => Math.max(1, input.deadline - Date.now());
  const navTimeout = `navigation timeout after ${options.timeoutMs} ms (wait-until: ${options.waitUntil})`;
  // The slot's page still shows the previous target. If only the #fragment differs, goto would be a
  // same-document navigation with no response (no status, no load): start from a blank page instead.
  if (withoutHash(page.url()) === withoutHash(url)) {
    await guarded(page.goto('about:blank', { timeout: timeout() }), input, navTimeout);
  }
  const response = await guarded(page.goto(url, { waitUntil: options.waitUntil, timeout: timeout() }), input, navTimeout);
  const finalUrl = requireHttp(page.url());
  const httpStatus = response?.status() ?? null;
  if (response && httpStatus !== null && httpStatus >= 400) {
    throw new AttemptFailure(httpStatusMessage(httpStatus, response.statusText()), isTransientStatus(httpStatus), {
      finalUrl,
      httpStatus,
      slotHealthy: true,
      retryAfterMs: parseRetryAfter(response.headers()['retry-after']),
    });
  }
  return { finalUrl, httpStatus };
}

/** Everything after navigation: wait-for, delay, freeze and hide, fonts, the shot. */
async function settleAndShoot(input: AttemptInput): Promise<Omit<Shot, 'httpStatus'>> {
  const { page, options } = input;
  const budget = options.timeoutMs;
  const left = (): number => Math.max(0, input.deadline - Date.now());
  const step = <T>(what: Promise<T>, timeoutMessage: string): Promise<T> => guarded(what, input, timeoutMessage);

  if (options.waitFor) {
    const selector = options.waitFor;
    await step(
      page.locator(selector).first().waitFor({ state: 'visible', timeout: Math.max(1, left()) }).catch((err: unknown) => {
        if (err instanceof errors.TimeoutError) throw err;
        throw new AttemptFailure(`cannot wait for ${JSON.stringify(selector)}: ${firstLine(err instanceof Error ? err.message : String(err))}`, false);
      }),
      `${JSON.stringify(selector)} did not become visible within the ${budget} ms page timeout`,
    );
  }
  if (options.delay > 0) await sleep(Math.min(options.delay, left()));

  const noTime = `the ${budget} ms page timeout ran out before the screenshot`;
  const css = [FREEZE_CSS, hideCss(options.hide)].filter(Boolean).join('\n');
  await step(page.addStyleTag({ content: css }), noTime);
  await settleFonts(input, Math.min(FONT_WAIT_MS, left()));

  const finalUrl = requireHttp(page.url());
  const png = await step(
    page.screenshot({ type: 'png', fullPage: options.fullPage, animations: 'disabled', caret: 'hide', timeout: Math.max(1, left()) }),
    `screenshot timed out (page timeout ${budget} ms)`,
  );
  const { width, height } = pngSize(png);
  const title = await bounded(page.title(), TITLE_WAIT_MS);
  return { png, width, height, finalUrl, title: title ?? '' };
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** A page that ends on data:, file:, chrome: … is refused, whatever redirected it there. */
function requireHttp(url: string): string {
  if (isHttpUrl(url)) return url;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1] ?? 'unknown';
  throw new AttemptFailure(`refused: the page ended on a ${scheme}: URL, not http(s)`, false);
}

async function settleFonts(input: AttemptInput, ms: number): Promise<void> {
  if (ms <= 0) return;
  // A string, not a function: this package compiles without DOM types.
  await bounded(input.page.evaluate('document.fonts ? document.fonts.ready.then(() => true) : true'), ms).catch(() => undefined);
}

/** Race a Playwright call against the deadline and the page being lost; map its timeout to our message. */
async function guarded<T>(what: Promise<T>, input: AttemptInput, timeoutMessage: string): Promise<T> {
  what.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const backstop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AttemptFailure(timeoutMessage, true)), Math.max(0, input.deadline - Date.now()) + BACKSTOP_MS);
  });
  try {
    return await Promise.race([what, input.lost, backstop]);
  } catch (err) {
    if (err instanceof errors.TimeoutError) throw new AttemptFailure(timeoutMessage, true);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** The value, or undefined when it takes longer than `ms`. */
async function bounded<T>(what: Promise<T>, ms: number): Promise<T | undefined> {
  what.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), ms); });
  try {
    return await Promise.race([what, timeout]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
