// Element capture (--selector) and a fixed region (--clip): the part of the
// page the shot holds, in document CSS px. Measured after the page is ready
// and the steps have run, so a modal a step closed is gone and an element a
// step revealed has its size.

import type { Page } from 'playwright-core';
import type { CaptureRegion, ClipRect } from '../options.ts';
import { AttemptFailure, classifyError } from './errors.ts';

interface InPageElement {
  scrollIntoView(options: { block: string; inline: string; behavior: string }): void;
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
}

/** The region as the manifest records it (and a baseline compares it). */
export function regionText(region: CaptureRegion): string {
  if (region.kind === 'clip') return `clip ${region.rect.x},${region.rect.y},${region.rect.width},${region.rect.height}`;
  return `selector ${region.selector}${region.padding ? ` +${region.padding}px` : ''}`;
}

/** The document rect to shoot: the element's box plus padding, or the clip, in whole CSS px. */
export async function regionRect(page: Page, region: CaptureRegion, timeoutMs: number): Promise<ClipRect> {
  if (region.kind === 'clip') return insidePage(page, region.rect);
  const { selector, padding } = region;
  const named = JSON.stringify(selector);
  let box: { x: number; y: number; width: number; height: number } | null;
  try {
    const matches = page.locator(selector);
    if ((await matches.count()) === 0) {
      throw new AttemptFailure(`--selector ${named} matches no element on the page (after its steps, if any)`, false, { category: 'selector' });
    }
    box = await matches.first().evaluate((el: InPageElement) => {
      // Into view first: lazy content in and around it loads, sticky headers settle where they would be.
      el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      const w = globalThis as unknown as { scrollX: number; scrollY: number };
      return r.width > 0 && r.height > 0 ? { x: r.left + w.scrollX, y: r.top + w.scrollY, width: r.width, height: r.height } : null;
    }, undefined, { timeout: Math.max(1, timeoutMs) });
  } catch (err) {
    const failure = classifyError(err);
    if (failure.category === 'selector' || failure.category === 'crash' || failure.category === 'timeout') throw failure;
    throw new AttemptFailure(`--selector ${named} cannot be used: ${failure.message}`, false, { category: 'selector' });
  }
  if (!box) throw new AttemptFailure(`--selector ${named} matches an element that is not displayed (no size)`, false, { category: 'selector' });
  // Outward to whole px: a box at 10.5 px keeps its edge pixels.
  const x = Math.max(0, Math.floor(box.x - padding));
  const y = Math.max(0, Math.floor(box.y - padding));
  return { x, y, width: Math.ceil(box.x + box.width + padding) - x, height: Math.ceil(box.y + box.height + padding) - y };
}

/** A clip that starts past the page's right or bottom edge would show nothing: say so instead of Playwright's assertion. */
async function insidePage(page: Page, rect: ClipRect): Promise<ClipRect> {
  const size = await page.evaluate(() => {
    const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; scrollHeight: number } } }).document.documentElement;
    return { width: d.scrollWidth, height: d.scrollHeight };
  }, undefined);
  if (rect.x >= size.width || rect.y >= size.height) {
    throw new AttemptFailure(
      `--clip ${rect.x},${rect.y},${rect.width},${rect.height} starts outside the page (${size.width}x${size.height} CSS px): give x and y inside it`,
      false, { category: 'selector' },
    );
  }
  return rect;
}
