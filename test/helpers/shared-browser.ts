// One Chromium for a whole test file, for files whose tests each start a run
// (runCapture, launchRenderer, a server's in-process runner) and are not about
// the launch. Every run still launches and closes "its" browser through
// src/core/render/launch.ts; here that launch connects to a browser server this
// file started, and the run's close() ends only what it made: Playwright's
// close() of a connected browser closes that connection's contexts and
// disconnects, and the browser process lives on for the next run.
//
// Only plain launches are shared: one with extra arguments (a test tagging the
// process it kills, a host-resolver rule) or a proxy (the egress guard's, or
// --proxy) starts its own Chromium as before, so a test about the launch, a
// crash or the network path still gets one.
import { after } from 'node:test';
import type { Browser, BrowserServer } from 'playwright-core';
import { CHROMIUM_ARGS, shareBrowsersForTests } from '../../src/core/render/launch.ts';
import { chromium } from '../../src/util/playwright.ts';

/** Call once at the top of a test file: its runs share one browser per executable; it closes after the file's tests. */
export function shareOneBrowser(): void {
  const servers = new Map<string, Promise<BrowserServer>>();
  shareBrowsersForTests(async (candidate, extraArgs, proxy): Promise<Browser | null> => {
    if (extraArgs.length > 0 || proxy) return null;
    let server = servers.get(candidate.path);
    if (!server) {
      // A path that does not start (a test of the launch error) is left to launchChromium, which words that error.
      // The launch options of launchChromium, so a shared browser runs as a run's own would.
      server = chromium.launchServer({
        executablePath: candidate.path, headless: true, args: [...CHROMIUM_ARGS], timeout: 60_000,
        handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
      });
      servers.set(candidate.path, server);
    }
    const started = await server.catch(() => null);
    if (!started) {
      servers.delete(candidate.path);
      return null;
    }
    // A shared browser that died (a test that crashed it) is not hidden: the run launches its own.
    return chromium.connect(started.wsEndpoint()).catch(() => null);
  });
  after(async () => {
    shareBrowsersForTests(null);
    await Promise.all([...servers.values()].map(async (s) => (await s.catch(() => null))?.close()));
  });
}
