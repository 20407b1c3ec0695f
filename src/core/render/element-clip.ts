// Element capture (--selector) and a fixed region (--clip): the part of the
// page the shot holds, in document CSS px. Measured after the page is ready
// and the steps have run, so a modal a step closed is gone and an element a
// step revealed has its size.

import type { Page } from 'playwright-core';
import type { CaptureRegion, ClipRect } from '../options.ts';
import { AttemptFailure, classifyError } from './errors.ts';
import { elementBox, scrollSize } from './in-page/element.ts';
import type { DocumentBox } from './in-page/element.ts';

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
  let box: DocumentBox | null;
  try {
    const matches = page.locator(selector);
    if ((await matches.count()) === 0) {
      throw new AttemptFailure(`--selector ${named} matches no element on the page (after its steps, if any)`, false, { category: 'selector' });
    }
    box = await matches.first().evaluate(elementBox, undefined, { timeout: Math.max(1, timeoutMs) });
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
  const size = await page.evaluate(scrollSize);
  if (rect.x >= size.width || rect.y >= size.height) {
    throw new AttemptFailure(
      `--clip ${rect.x},${rect.y},${rect.width},${rect.height} starts outside the page (${size.width}x${size.height} CSS px): give x and y inside it`,
      false, { category: 'selector' },
    );
  }
  return rect;
}
