// The ways people screenshot many pages without framecap, each as an
// experienced engineer would write it with playwright-core: plain PNG
// screenshots at 1280×800 (or of the whole page: Playwright's `fullPage:
// true`), waitUntil 'load' (framecap's default), each shot written to disk as
// it is taken (framecap writes to its ZIP as it goes).
// Every mode drives the same browser executable framecap picks, so the ratios
// measure the tools, not the browser builds.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { findBrowser } from '../src/core/render/find-browser.ts';
import type { Progress } from './measure.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
export const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT_MS = 30_000;

export interface BaselineResult {
  captured: number;
  failures: string[];
}

/** The executable framecap itself would drive on this machine (or the one named), for every mode. */
export async function benchBrowser(explicit: string | null = null): Promise<string> {
  return (await findBrowser(explicit, process.env)).path;
}

export function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export async function chromiumVersion(executablePath: string): Promise<string> {
  const browser = await launch(executablePath);
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

/** What each shot shows: the viewport, or the whole page (Playwright scrolls nothing; it resizes the capture to the document). */
export type ShotKind = 'viewport' | 'full-page';

async function shoot(page: Page, url: string, file: string, kind: ShotKind = 'viewport'): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
  if (!response || response.status() >= 400) throw new Error(`HTTP ${response?.status() ?? 'no response'}`);
  await writeFile(file, await page.screenshot({ type: 'png', fullPage: kind === 'full-page', timeout: TIMEOUT_MS }));
}

const shotFile = (dir: string, i: number): string => join(dir, `${String(i).padStart(5, '0')}.png`);

/** 1. A new browser per URL: the script most people write first. */
export async function naive(browserPath: string, urls: string[], dir: string, progress: Progress): Promise<BaselineResult> {
  const failures: string[] = [];
  let captured = 0;
  for (const [i, url] of urls.entries()) {
    const browser = await launch(browserPath);
    try {
      const page = await browser.newPage({ viewport: VIEWPORT });
      await shoot(page, url, shotFile(dir, i));
      captured++;
      progress.captured();
    } catch (err) {
      failures.push(`${url}: ${(err as Error).message}`);
    } finally {
      await browser.close();
    }
  }
  return { captured, failures };
}

/** 2. One browser, a pool of `size` contexts with one reused page each, pulling from a shared queue. */
export async function expertPool(
  browserPath: string, urls: string[], dir: string, size: number, progress: Progress, kind: ShotKind = 'viewport',
): Promise<BaselineResult> {
  const failures: string[] = [];
  let captured = 0;
  let next = 0;
  const browser = await launch(browserPath);
  try {
    const pages = await Promise.all(Array.from({ length: size }, async () => {
      const context = await browser.newContext({ viewport: VIEWPORT });
      return context.newPage();
    }));
    await Promise.all(pages.map(async (page) => {
      for (let i = next++; i < urls.length; i = next++) {
        try {
          await shoot(page, urls[i]!, shotFile(dir, i), kind);
          captured++;
          progress.captured();
        } catch (err) {
          failures.push(`${urls[i]}: ${(err as Error).message}`);
        }
      }
    }));
  } finally {
    await browser.close();
  }
  return { captured, failures };
}
