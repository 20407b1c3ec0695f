// The renderer's side of a video: the page is ready (settled, steps run), so
// record its scroll and hand it on as a Shot whose image is the first frame.

import { scrollToTop } from '../render/in-page/scroll.ts';
import type { CDPSession, Page } from 'playwright-core';
import { AttemptFailure } from '../render/errors.ts';
import { blankPixels, decodePng } from '../render/blank.ts';
import { pageTitle } from '../render/page-title.ts';
import type { Shot } from '../types.ts';
import type { VideoOptions } from './options.ts';
import { recordScroll } from './record.ts';

export async function recordVideoShot(page: Page, cdp: CDPSession | undefined, video: VideoOptions, finalUrl: string): Promise<Omit<Shot, 'httpStatus'>> {
  if (!cdp) throw new AttemptFailure('a video needs the page\'s CDP session, which this browser did not give', false);
  const recorded = await recordScroll(page, cdp, video);
  const png = recorded.frames[0]!;
  const pixels = await decodePng(png);
  const verdict = blankPixels(pixels);
  if (verdict.blank) {
    throw new AttemptFailure(
      `blank capture: the page rendered as one flat colour (${verdict.colour}); check that it renders without JavaScript errors, or use --wait-for a selector of its content`,
      false,
      { finalUrl, slotHealthy: true, category: 'blank' },
    );
  }
  // The slot's page stays scrolled otherwise, and the next target on it starts from the top.
  await page.evaluate(scrollToTop);
  return { png, pixels, width: pixels.width, height: pixels.height, finalUrl, title: await pageTitle(page), video: recorded };
}
