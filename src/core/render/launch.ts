// One Chromium process per run, and the single place that restarts it.
// When the browser dies, every slot notices at once; they all wait on the
// same relaunch instead of each starting a browser of their own.

import { chromium } from '../../util/playwright.ts';
import type { Browser } from 'playwright-core';
import type { ProxySettings } from '../options.ts';
import type { Warn } from '../types.ts';
import { UserError } from '../types.ts';
import { AttemptFailure, firstLine } from './errors.ts';
import type { BrowserCandidate } from './find-browser.ts';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const LAUNCH_TIMEOUT_MS = 60_000;
/** Launches that fail in a row before the run stops trying (a browser that cannot start will not start on the 4th try). */
const MAX_FAILED_RELAUNCHES = 3;

export interface LiveBrowser {
  browser: Browser;
  /** Bumped on every (re)launch, so a slot can tell its context belongs to a dead browser. */
  generation: number;
}

/** With a proxy (the egress guard's or --proxy): all traffic through it (Playwright adds <-loopback> so loopback is proxied too), no direct UDP. */
const PROXIED_ARGS: readonly string[] = [
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--disable-quic',
];

/** A browser to use instead of launching one, or null to launch as usual. */
export type SharedBrowserSource = (candidate: BrowserCandidate, extraArgs: readonly string[], proxy: ProxySettings | null) => Promise<Browser | null>;
let sharedBrowserSource: SharedBrowserSource | null = null;

/**
 * Tests only (test/helpers/shared-browser.ts): a test file whose tests each start a run, and are not about the
 * launch, connects them all to one Chromium instead of starting one a run. A launch and close costs ~0.12 s CPU
 * (page-steps.test.ts, 15 runs: 8.3 s CPU shared vs 10.2 s, medians of 3 pairs). No door calls this and no
 * option reaches it.
 */
export function shareBrowsersForTests(source: SharedBrowserSource | null): void {
  sharedBrowserSource = source;
}

export async function launchChromium(candidate: BrowserCandidate, extraArgs: readonly string[] = [], proxy: ProxySettings | null = null): Promise<Browser> {
  const shared = await sharedBrowserSource?.(candidate, extraArgs, proxy);
  if (shared) return shared;
  try {
    return await chromium.launch({
      executablePath: candidate.path,
      headless: true,
      args: [...CHROMIUM_ARGS, ...(proxy ? PROXIED_ARGS : []), ...extraArgs],
      ...(proxy ? { proxy } : {}),
      timeout: LAUNCH_TIMEOUT_MS,
      // The run owns shutdown (it must finish writing the ZIP); don't let Playwright close the browser under it.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (err) {
    throw new UserError(
      `could not start the browser at ${candidate.path} (from ${candidate.source}): ${launchReason(err)}; ` +
      `check that \`${candidate.path} --headless --version\` runs, or point CHROME_PATH or --browser-path at another Chrome/Chromium`,
    );
  }
}

/** Playwright's first line is generic ("Target closed"); the browser's own log line says why. */
function launchReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const logLine = message
    .split('\n')
    .map((l) => l.replace(/^\s*(\[pid=\d+\]\s*)?(\[err\]\s*)?/, '').trim())
    .find((l) => /error while loading|cannot open|no such file|failed to|fatal/i.test(l));
  const first = firstLine(message);
  return (logLine && logLine !== first ? `${first} (${logLine})` : first).slice(0, 400);
}

export class BrowserHost {
  private live: LiveBrowser;
  private alive = true;
  private closing = false;
  private relaunching: Promise<LiveBrowser> | null = null;
  private failedRelaunches = 0;
  private lastLaunchError: Error | null = null;
  readonly version: string;

  private constructor(
    browser: Browser,
    private readonly candidate: BrowserCandidate,
    private readonly extraArgs: readonly string[],
    private readonly warn: Warn,
    private readonly proxy: ProxySettings | null,
  ) {
    this.live = { browser, generation: 1 };
    this.version = browser.version();
    this.watch(browser);
  }

  static async start(candidate: BrowserCandidate, warn: Warn, extraArgs: readonly string[] = [], proxy: ProxySettings | null = null): Promise<BrowserHost> {
    return new BrowserHost(await launchChromium(candidate, extraArgs, proxy), candidate, extraArgs, warn, proxy);
  }

  /** The live browser, relaunching it first if it died. */
  async get(): Promise<LiveBrowser> {
    if (this.closing) throw new AttemptFailure('the renderer is closed', false);
    if (this.alive) return this.live;
    return this.relaunch();
  }

  /** Whether the browser behind `generation` is still the live one. */
  isCurrent(generation: number): boolean {
    return this.alive && this.live.generation === generation;
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.relaunching?.catch(() => undefined);
    if (this.alive) await this.live.browser.close().catch(() => undefined);
  }

  private watch(browser: Browser): void {
    browser.on('disconnected', () => {
      if (this.closing || this.live.browser !== browser) return;
      this.alive = false;
    });
  }

  private giveUp(): AttemptFailure {
    const reason = this.lastLaunchError?.message ?? 'unknown error';
    return new AttemptFailure(`the browser died and could not be restarted ${MAX_FAILED_RELAUNCHES} times: ${reason}`, false);
  }

  private relaunch(): Promise<LiveBrowser> {
    if (this.relaunching) return this.relaunching;
    if (this.failedRelaunches >= MAX_FAILED_RELAUNCHES) {
      return Promise.reject(this.giveUp());
    }
    const generation = this.live.generation + 1;
    this.relaunching = (async () => {
      try {
        const browser = await launchChromium(this.candidate, this.extraArgs, this.proxy);
        if (this.closing) {
          await browser.close().catch(() => undefined);
          throw new AttemptFailure('the renderer is closed', false);
        }
        this.live = { browser, generation };
        this.alive = true;
        this.failedRelaunches = 0;
        this.watch(browser);
        this.warn(`the browser exited unexpectedly and was restarted (restart #${generation - 1})`);
        return this.live;
      } catch (err) {
        if (this.closing) throw err;
        this.failedRelaunches++;
        this.lastLaunchError = err as Error;
        if (this.failedRelaunches >= MAX_FAILED_RELAUNCHES) throw this.giveUp();
        throw new AttemptFailure(`the browser died and restarting it failed: ${(err as Error).message}`, true);
      } finally {
        this.relaunching = null;
      }
    })();
    return this.relaunching;
  }
}
