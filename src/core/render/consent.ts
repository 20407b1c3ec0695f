// --dismiss-consent: opt out of cookie/consent banners with DuckDuckGo's
// autoconsent, the way its Playwright runner drives it: the content script
// runs in every frame at document start and talks to us through one exposed
// binding; we answer its `init` with the config and the rule bundle shipped
// in the npm package (nothing is fetched), and run its `eval` requests in
// the frame that asked.
//
// One ConsentBridge lives with a slot's page across targets; `reset()` before
// each navigation forgets the previous page's banner.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

/** How long a page gets to show a banner autoconsent recognises, counted from the start of navigation. */
export const CONSENT_DETECT_MS = 2_500;
/** How long an opt-out (clicks through a CMP's dialogs) may take once a banner was found. */
export const CONSENT_OPT_OUT_MS = 5_000;
/** A page cannot make us send the rule bundle more often than this per navigation. */
const MAX_INITS_PER_NAVIGATION = 32;

const CONFIG = {
  enabled: true,
  autoAction: 'optOut',
  disabledCmps: [],
  enablePrehide: true,
  enableCosmeticRules: true,
  enableGeneratedRules: true,
  // 500 ms apart: a banner that appears within ~2 s of load is found.
  detectRetries: 4,
  isMainWorld: false,
  prehideTimeout: 2_000,
  enableHeuristicDetection: true,
  enablePopupMutationObserver: false,
  visualTest: false,
  heuristicMode: 'off',
  heuristicPopupSearchTimeout: 0,
  performanceLoggingEnabled: false,
  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
};

interface Assets {
  script: string;
  /** `autoconsentReceiveMessage({type:'initResp', …})`, built once: the rules are ~700 kB of JSON. */
  initResponse: string;
}

let assets: Promise<Assets> | null = null;

/** The content script and rules from the installed package, read once per process. */
export function loadConsentAssets(): Promise<Assets> {
  assets ??= (async () => {
    const require = createRequire(import.meta.url);
    const dist = dirname(require.resolve('@duckduckgo/autoconsent'));
    const [script, rules] = await Promise.all([
      readFile(join(dist, 'autoconsent.playwright.js'), 'utf8'),
      readFile(require.resolve('@duckduckgo/autoconsent/rules/rules.json'), 'utf8'),
    ]);
    const initResponse = `autoconsentReceiveMessage({ type: "initResp", config: ${JSON.stringify(CONFIG)}, rules: ${rules} })`;
    return { script, initResponse };
  })();
  assets.catch(() => { assets = null; });
  return assets;
}

interface Message {
  type?: unknown;
  cmp?: unknown;
  result?: unknown;
  id?: unknown;
  code?: unknown;
  mainFrame?: unknown;
  state?: { lifecycle?: unknown };
}

export class ConsentBridge {
  private startedAt = Date.now();
  private found: string | null = null;
  private dismissed: string | null = null;
  private finished = false;
  private inits = 0;

  private constructor(private readonly assets: Assets) {}

  static async attach(page: Page): Promise<ConsentBridge> {
    const bridge = new ConsentBridge(await loadConsentAssets());
    await page.exposeBinding('autoconsentSendMessage', ({ frame }: { frame: Frame }, message: unknown) =>
      bridge.receive(frame, message));
    await page.addInitScript(bridge.assets.script);
    return bridge;
  }

  /** Before each navigation. */
  reset(): void {
    this.startedAt = Date.now();
    this.found = null;
    this.dismissed = null;
    this.finished = false;
    this.inits = 0;
  }

  /**
   * Wait (bounded) until autoconsent has found no banner, or has opted out of
   * the one it found. Returns the consent platform's name when it dismissed one.
   */
  async settle(maxMs: number): Promise<string | null> {
    const until = Date.now() + maxMs;
    for (;;) {
      const now = Date.now();
      if (this.finished || now >= until) break;
      if (!this.found && now - this.startedAt >= CONSENT_DETECT_MS) break;
      if (this.found && now - this.startedAt >= CONSENT_DETECT_MS + CONSENT_OPT_OUT_MS) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.dismissed;
  }

  private async receive(frame: Frame, raw: unknown): Promise<void> {
    if (!raw || typeof raw !== 'object') return;
    const message = raw as Message;
    switch (message.type) {
      case 'init':
        if (++this.inits > MAX_INITS_PER_NAVIGATION) return;
        await frame.evaluate(this.assets.initResponse).catch(() => undefined);
        return;
      case 'eval': {
        if (typeof message.code !== 'string' || typeof message.id !== 'string') return;
        const result: unknown = await frame.evaluate(message.code).catch(() => false);
        const reply = { id: message.id, type: 'evalResp', result: result ?? false };
        await frame.evaluate(`autoconsentReceiveMessage(${JSON.stringify(reply)})`).catch(() => undefined);
        return;
      }
      case 'popupFound':
        if (typeof message.cmp === 'string') this.found = message.cmp;
        return;
      case 'optOutResult':
        if (message.result !== true) this.finished = true;
        return;
      case 'autoconsentDone':
        if (typeof message.cmp === 'string') this.dismissed = message.cmp;
        this.finished = true;
        return;
      case 'report':
        // The top document found nothing: there is no banner to wait for.
        if (message.mainFrame === true && message.state?.lifecycle === 'nothingDetected' && !this.found) this.finished = true;
        return;
      default:
    }
  }
}
