// One attempt: navigate, wait, freeze, run the page steps, screenshot. It runs
// against one deadline (timeoutMs covers the load and the shot, not each
// call; each page step, what follows the steps, and a video's recording get
// the page timeout as a budget of their own), and against the slot's "lost"
// promise so a crashed page fails fast instead of waiting out the timeout.

import { documentSize } from './in-page/document-size.ts';
import type { DocumentSize } from './in-page/document-size.ts';
import { bandHeight, shootDocumentRect, usesCdpShot, usesFastFullPage } from './full-page-shot.ts';
import { errors } from '../../util/playwright.ts';
import type { CDPSession, Page, Request, Response } from 'playwright-core';
import { REFUSED_HEADER } from '../net/proxy.ts';
import type { RenderOptions } from '../options.ts';
import type { Shot } from '../types.ts';
import type { ReadinessCondition } from '../types.ts';
import { pngSize } from './blank.ts';
import type { BlankVerdict } from './blank.ts';
import { documentValidators } from './document.ts';
import type { PageBlocker } from './blocker.ts';
import { bounded, within } from '../../util/bounded.ts';
import type { WeightedSemaphore } from '../../util/semaphore.ts';
import type { ConsentBridge } from './consent.ts';
import { AttemptFailure, classifyError, firstLine, httpStatusMessage, isTransientStatus, timeoutFailure } from './errors.ts';
import { regionRect } from './element-clip.ts';
import { runSteps } from '../steps/run-steps.ts';
import { partsVerdict, shootParts } from './split-shot.ts';
import type { Rect } from './split-shot.ts';
import { inspectTaken, sameImage, takenSize } from './taken-shot.ts';
import type { Taken } from './taken-shot.ts';
import { recordVideoShot } from '../video/shot.ts';
import { pageTitle } from './page-title.ts';
import { raceLost } from './race-lost.ts';
import { beforeShotArgs, listensToScroll, NetworkTracker, READINESS_LIMITS, ReadinessLog, settleArgs, settleLimitMs } from './readiness.ts';
import { beforeShot, settlePage } from './in-page/settle.ts';
import { parseRetryAfter, sleep } from './retry.ts';

/** A flat capture gets one more look after this long: the page may still have been painting. */
const BLANK_RECHECK_MS = 1_000;
/** Reading the document size is best-effort: at most this long. */
const SIZE_WAIT_MS = 1_000;
/** Reading the page's scroll listeners (three CDP round trips) is best-effort: at most this long. */
const SCROLL_LISTENERS_MS = 1_000;
/** One cosmetic-filter pass over a page's frames. */
const BLOCKER_PASS_MS = 3_000;
/** Our own timer fires this much after Playwright's, as a backstop for calls that ignore their timeout. */
const BACKSTOP_MS = 250;

export interface AttemptInput {
  page: Page;
  lost: Promise<never>;
  url: string;
  options: RenderOptions;
  /** Epoch ms by which the attempt must be done; page steps and a video's recording move it (each has the page timeout as its budget). */
  deadline: number;
  /** Set with --dismiss-consent: the slot's autoconsent bridge. */
  consent?: ConsentBridge | null;
  /** Set with --block-ads/--block-trackers: the slot's blocker. */
  blocking?: PageBlocker | null;
  /** With the egress guard: why the guard's proxy refused a request to this URL's host, if it did. */
  refusalFor?: (url: string) => string | null;
  /** The page's request tracker (readiness.ts), made with the page. */
  network: NetworkTracker;
  /** The page's CDP session: viewport shots are taken through it directly (see shootViewport). */
  cdp?: CDPSession;
  /** The run's full-page shots take turns through it, each weighing its pixels (see FULL_PAGE_PIXELS_AT_ONCE). */
  fullPageShots?: WeightedSemaphore;
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function hideCss(selectors: readonly string[]): string {
  // One rule per selector: an invalid selector drops only its own rule.
  return selectors.map((s) => `${s}{visibility:hidden!important}`).join('\n');
}

export async function capturePage(input: AttemptInput): Promise<Shot> {
  input.consent?.reset();
  input.blocking?.reset();
  input.network.restart();
  return navigateAndShoot(input, input.network);
}

async function navigateAndShoot(input: AttemptInput, network: NetworkTracker): Promise<Shot> {
  const { finalUrl, httpStatus, response } = await navigate(input);
  network.navigated();
  // Beside settle, not before it: reading the body is a CDP round trip plus a hash (24 ms a page at load ≈ 22,
  // bench/profile.ts) that the settle's network-quiet window hides. It never throws, so nothing is left to reject.
  const validators = input.options.recordValidators && response ? documentValidators(response) : null;
  try {
    const shot = await settleAndShoot(input, network);
    const document = validators ? await validators : null;
    return { ...shot, httpStatus, ...(document ? { document } : {}) };
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

async function navigate(input: AttemptInput): Promise<{ finalUrl: string; httpStatus: number | null; response: Response | null }> {
  const { page, url, options } = input;
  const timeout = (): number => Math.max(1, input.deadline - Date.now());
  const navTimeout = `navigation timeout after ${options.timeoutMs} ms (wait-until: ${options.waitUntil})`;
  // The slot's page still shows the previous target. If only the #fragment differs, goto would be a
  // same-document navigation with no response (no status, no load): start from a blank page instead.
  if (withoutHash(page.url()) === withoutHash(url)) {
    await guarded(page.goto('about:blank', { timeout: timeout() }), input, navTimeout);
  }
  const response = await guardedGoto(input, () => guarded(page.goto(url, { waitUntil: options.waitUntil, timeout: timeout() }), input, navTimeout));
  const finalUrl = requireHttp(page.url());
  const httpStatus = response?.status() ?? null;
  const refused = input.refusalFor ? response?.headers()[REFUSED_HEADER] : undefined;
  if (refused !== undefined) {
    // Our proxy answered, not the site: 403 = the guard refused the address (e.g. after a redirect), else it could not connect.
    const reason = decodeURIComponent(refused);
    if (httpStatus === 403) throw new AttemptFailure(reason, false, { finalUrl, slotHealthy: true, category: 'blocked' });
    throw new AttemptFailure(`could not reach ${new URL(finalUrl).host}: ${reason}`, true, { finalUrl, slotHealthy: true, category: 'network' });
  }
  if (response && httpStatus !== null && httpStatus >= 400) {
    throw new AttemptFailure(httpStatusMessage(httpStatus, response.statusText()), isTransientStatus(httpStatus), {
      finalUrl,
      httpStatus,
      slotHealthy: true,
      retryAfterMs: parseRetryAfter(response.headers()['retry-after']),
    });
  }
  return { finalUrl, httpStatus, response };
}

/**
 * An https navigation (or redirect) the guard refuses fails inside Chromium as
 * a tunnel error that names neither the address nor the rule: the proxy
 * remembers why, so the row can say it.
 */
async function guardedGoto<T>(input: AttemptInput, goto: () => Promise<T>): Promise<T> {
  const refusalFor = input.refusalFor;
  if (!refusalFor) return goto();
  const { page } = input;
  let refusal: string | null = null;
  const onFailed = (request: Request): void => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) refusal = refusalFor(request.url()) ?? refusal;
  };
  page.on('requestfailed', onFailed);
  try {
    return await goto();
  } catch (err) {
    if (refusal !== null) throw new AttemptFailure(refusal, false, { slotHealthy: true, category: 'blocked' });
    throw err;
  } finally {
    page.off('requestfailed', onFailed);
  }
}

/** Everything after navigation: wait-for, delay, freeze and hide, readiness, the shot. */
async function settleAndShoot(input: AttemptInput, network: NetworkTracker): Promise<Omit<Shot, 'httpStatus'>> {
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
  const consent = input.consent ? await step(input.consent.settle(left()), noTime) : null;
  // Ads hidden before the readiness waits, so the page settles (and lazy-loads) around the gaps they leave.
  const { blocking } = input;
  if (blocking) await step(blocking.hide(page, Math.min(BLOCKER_PASS_MS, left())), noTime);
  const settled = await settle(input, network, hideCss(options.hide));
  const { log } = settled;
  // And whatever the page inserted since.
  if (blocking) await step(blocking.hide(page, Math.min(BLOCKER_PASS_MS, left())), noTime);
  if (options.steps?.length) {
    // Each step has the page timeout as its budget, and so has what follows them.
    const startBudget = (): void => { input.deadline = Date.now() + budget; };
    await runSteps(options.steps, { page, left, budgetMs: budget, guard: step, startBudget });
    startBudget();
    // What the steps changed (a closed modal, an opened tab, a new theme) lazy-loads and settles as the page did.
    const again = await settle(input, network, '');
    for (const condition of again.log.timedOut) log.record(condition, false);
    settled.title = again.title;
  }
  const region = options.region ? await step(regionRect(page, options.region, left()), noTime) : null;

  const finalUrl = requireHttp(page.url());
  if (options.video) {
    // The recording has the page timeout as a budget of its own (what the load and the steps left may be too little for its length).
    input.deadline = Date.now() + budget;
    const shot = await step(recordVideoShot(page, input.cdp, options.video, finalUrl), `recording the video took longer than the ${budget} ms page timeout: lower --video-fps or --video-duration, or raise --timeout`);
    return { ...shot, ...(log.timedOut.length > 0 ? { readinessTimeouts: log.timedOut } : {}), ...(consent ? { consent } : {}), ...(blocking ? { blocking: blocking.report() } : {}) };
  }
  const timedOut = `screenshot timed out (page timeout ${budget} ms)`;
  // --omit-background: Playwright's screenshot makes the default background transparent for the shot; the CDP fast path would not.
  const omitBackground = options.emulation?.omitBackground === true;
  // Not at another device scale: our CDP session shoots at scale 1 (see full-page-shot.ts), so a phone's shot
  // would be taken twice, the second time Playwright's way.
  const fastPng = !options.fullPage && !region && usesCdpShot({ scale: options.scale, omitBackground }, input.cdp);
  const fastFullPage = options.fullPage && !region
    && usesFastFullPage({ scale: options.scale, omitBackground, hasTouch: options.hasTouch === true }, input.cdp);
  // A full page past the cap is shot only down to it, so a page the format cannot hold costs no more than one it can.
  const shootFullPage = async (): Promise<Taken> => {
    // The size is read even for Playwright's shot: a page too big to read back at once is shot in bands.
    const size = await bounded(page.evaluate(documentSize), Math.min(SIZE_WAIT_MS, left())) ?? null;
    const clip = capClip(size, options.pageCap);
    const fullHeight = clip?.fullHeight;
    // Without the document's size (no body yet, or the read timed out) Playwright's screenshot measures it itself.
    const cdp = fastFullPage && size ? input.cdp : undefined;
    const take = (rect?: Rect): Promise<Buffer> => cdp && size
      ? shootDocumentRect(cdp, rect ?? { x: 0, y: 0, ...size }, size, options.viewport)
      : page.screenshot({
        type: 'png', fullPage: true, animations: 'disabled', caret: 'hide', timeout: Math.max(1, left()), omitBackground,
        ...(rect ? { clip: rect } : {}),
      });
    // A shot of unknown size weighs the whole budget: it runs alone. Its turn counts against the page's timeout: at
    // ~1.5 s for a 35 Mpx shot, three slots ahead of it wait out a few seconds of the 30 s default, not the timeout.
    const pixels = (rect?: Rect): number => {
      const shown = rect ?? size;
      return shown ? shown.width * shown.height * options.scale ** 2 : Number.POSITIVE_INFINITY;
    };
    const gate = input.fullPageShots;
    const screenshot = (rect?: Rect): Promise<Buffer> => gate ? gate.run(pixels(rect), () => take(rect)) : take(rect);
    const taken = { fast: cdp !== undefined, ...(fullHeight !== undefined ? { fullHeight } : {}) };
    const part = options.pageCap?.part ?? null;
    if (part !== null && clip && clip.rect.height > part) {
      const parts = await shootParts(clip.rect, part, screenshot);
      return { png: parts[0]!.png, parts, ...taken };
    }
    const whole = clip?.rect ?? (size ? { x: 0, y: 0, ...size } : null);
    const band = whole ? bandHeight(whole, options.scale, gate?.capacity) : null;
    if (whole && band !== null) {
      const bands = await shootParts(whole, band, screenshot);
      return { png: bands[0]!.png, bands, ...taken };
    }
    return { png: await screenshot(clip?.rect), ...taken };
  };
  const one = async (png: Promise<Buffer>, fast: boolean): Promise<Taken> => ({ png: await png, fast });
  const shoot = (): Promise<Taken> => region
    ? one(step(page.screenshot({ type: 'png', fullPage: true, clip: region, animations: 'disabled', caret: 'hide', timeout: Math.max(1, left()), omitBackground }), timedOut), false)
    : options.fullPage
      ? step(shootFullPage(), timedOut)
      : !fastPng || !input.cdp
        ? one(step(page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide', timeout: Math.max(1, left()), omitBackground }), timedOut), false)
        : one(step(shootViewport(page, input.cdp, options, left()), timedOut), true);
  let taken = options.stable ? await stableShot(shoot, input, log) : await shoot();
  let inspected = await inspectTaken(taken, !options.fullPage);
  // An element or region may well be one colour (a button, a swatch): the blank check is for pages that did not render.
  const judge = async (): Promise<BlankVerdict> => (region ? { blank: false, colour: null } : partsVerdict(inspected.verdict, taken.parts ?? taken.bands));
  let verdict = await judge();
  // The title read just before the shot, unless the page had longer to change it (--stable's shots, the blank
  // check's second look) or that read timed out.
  let title = options.stable ? null : settled.title;
  if (verdict.blank && left() > BLANK_RECHECK_MS) {
    title = null;
    await network.quiet(READINESS_LIMITS.networkQuietMs, BLANK_RECHECK_MS);
    taken = await shoot();
    inspected = await inspectTaken(taken, !options.fullPage);
    verdict = await judge();
  }
  const { pixels } = inspected;
  if (verdict.blank) {
    throw new AttemptFailure(
      `blank capture: the page rendered as one flat colour (${verdict.colour}); check that it renders without JavaScript errors, or use --wait-for a selector of its content`,
      false,
      { finalUrl, slotHealthy: true, category: 'blank' },
    );
  }
  const { png, fast, fullHeight, parts, bands } = taken;
  const { width, height } = takenSize(taken);
  title ??= await pageTitle(page);
  return {
    png, ...(pixels ? { pixels } : {}), width, height, finalUrl, title, ...(fast ? { fastPng: true } : {}),
    ...(fullHeight !== undefined ? { fullHeight } : {}),
    ...(parts ? { parts } : {}),
    ...(bands ? { bands } : {}),
    ...(log.timedOut.length > 0 ? { readinessTimeouts: log.timedOut } : {}),
    ...(consent ? { consent } : {}),
    ...(blocking ? { blocking: blocking.report() } : {}),
  };
}

/**
 * Lazy content, decoded images, web fonts, no aria-busy, network quiet: each
 * bounded by its own limit and by the attempt's deadline, none fatal. The
 * in-page conditions run in one evaluate. The network check comes after it
 * (so requests the evaluate set off, such as lazy images, are waited for) but
 * costs no extra time for that: its window counts from the last request, not
 * from when the check starts.
 */
async function settle(input: AttemptInput, network: NetworkTracker, css: string): Promise<SettleOutcome> {
  const { page, options } = input;
  const log = new ReadinessLog();
  const left = (): number => Math.max(0, input.deadline - Date.now());
  // A video scrolls the whole page, so its lazy content loads first as a full page's does.
  const wholePage = options.fullPage || Boolean(options.video);
  const lazy = options.lazy !== false;
  // Read only when the page is scrolled through; without a CDP session it may listen (the scroll rests at every step).
  const scrollListeners = wholePage && lazy && input.cdp
    ? await bounded(orLost(listensToScroll(input.cdp), input), Math.min(SCROLL_LISTENERS_MS, left())) ?? true
    : undefined;
  const spec = { css, lazy, scroll: wholePage, ...(scrollListeners === undefined ? {} : { scrollListeners }) };
  const ms = Math.min(settleLimitMs(spec), left());
  const settled = ms > 0 ? await bounded(orLost(page.evaluate(settlePage, settleArgs(spec)), input), ms) : undefined;
  if (spec.lazy) log.record('lazy', settled?.lazy === true);
  log.record('images', settled?.images === true);
  log.record('fonts', settled?.fonts === true);
  log.record('busy', settled?.busy === true);
  const limits = READINESS_LIMITS;
  log.record('network', await orLost(network.quiet(limits.networkQuietMs, Math.min(limits.networkMs, left()), limits.networkQuietStaticMs), input));
  const before = Math.min(READINESS_LIMITS.imagesMs, left());
  const ready = before > 0 ? await bounded(orLost(page.evaluate(beforeShot, beforeShotArgs(!wholePage)), input), before) : undefined;
  log.record('images', ready !== undefined);
  return { log, title: ready?.title ?? null };
}

/** What settle() found: the conditions that ran out of time, and the page's title just before the shot (null = not read). */
interface SettleOutcome {
  log: ReadinessLog;
  title: string | null;
}

/** Whether a full-page shot needs the document's size to be cut: a height or width cap, or --split. */
function capsPage(cap: RenderOptions['pageCap']): boolean {
  return cap !== undefined && (cap.height !== null || cap.width !== null || (cap.part ?? null) !== null);
}

/**
 * The clip that keeps a full-page shot within the cap, and the page's height it cut; null when the page fits
 * (and, with --split, fits in one part), or its size is unknown. `size`: the document's, CSS px, as Playwright's
 * full-page screenshot measures it.
 */
function capClip(size: DocumentSize | null, cap: RenderOptions['pageCap']): { rect: Rect; fullHeight?: number } | null {
  if (!size || !cap || !capsPage(cap)) return null;
  const part = cap.part ?? null;
  const tall = cap.height !== null && size.height > cap.height;
  const wide = cap.width !== null && size.width > cap.width;
  if (!tall && !wide && !(part !== null && size.height > part)) return null;
  const rect = { x: 0, y: 0, width: wide ? cap.width! : size.width, height: tall ? cap.height! : size.height };
  return tall ? { rect, fullHeight: size.height } : { rect };
}

/**
 * A viewport shot through CDP: one round trip instead of Playwright's four
 * (prepare, layout metrics, capture, restore), whose work settle() and the
 * freeze CSS have already done. optimizeForSpeed has Chromium encode its PNG
 * with fast zlib settings, about half the time for bigger bytes; the
 * compositor re-encodes the pixels anyway. A shot that is not viewport ×
 * scale (a page that zoomed its visual viewport) is taken again Playwright's way.
 */
async function shootViewport(page: Page, cdp: CDPSession, options: RenderOptions, timeoutMs: number): Promise<Buffer> {
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true });
  const png = Buffer.from(data, 'base64');
  const { width, height } = pngSize(png);
  if (width === Math.round(options.viewport.width * options.scale) && height === Math.round(options.viewport.height * options.scale)) return png;
  return page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide', timeout: Math.max(1, timeoutMs) });
}

/** --stable: shoot until two consecutive screenshots are byte-identical, or the bound runs out (then the last one). */
async function stableShot(shoot: () => Promise<Taken>, input: AttemptInput, log: ReadinessLog): Promise<Taken> {
  const until = Math.min(input.deadline - BACKSTOP_MS, Date.now() + READINESS_LIMITS.stableMs);
  let previous = await shoot();
  for (let shots = 1; shots < READINESS_LIMITS.stableMaxShots && Date.now() + READINESS_LIMITS.stableIntervalMs < until; shots++) {
    await sleep(READINESS_LIMITS.stableIntervalMs);
    const next = await shoot();
    if (sameImage(next, previous)) return next;
    previous = next;
  }
  log.record('stable', false);
  return previous;
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

/** What a call is raced against: the epoch-ms deadline, and a promise that rejects when the page is lost. */
export interface Guard {
  readonly deadline: number;
  readonly lost: Promise<never>;
}

/** Race a Playwright call against the deadline and the page being lost; map its timeout to our message. */
export async function guarded<T>(what: Promise<T>, input: Guard, timeoutMessage: string): Promise<T> {
  what.catch(() => undefined);
  try {
    return await within(raceLost(what, input.lost), input.deadline - Date.now() + BACKSTOP_MS, () => timeoutFailure(timeoutMessage));
  } catch (err) {
    if (err instanceof errors.TimeoutError) throw timeoutFailure(timeoutMessage);
    throw err;
  }
}

/** A page that crashes mid-wait fails the attempt now, not when the wait's bound runs out. */
function orLost<T>(what: Promise<T>, input: AttemptInput): Promise<T> {
  what.catch(() => undefined);
  return raceLost(what, input.lost);
}
