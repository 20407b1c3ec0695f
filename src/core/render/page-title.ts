// A page's title, for the frame's tab and the manifest. Best-effort: a page
// busy in script must not hold a capture up, so it is '' after a second.

import type { Page } from 'playwright-core';
import { bounded } from '../../util/bounded.ts';

const TITLE_WAIT_MS = 1_000;

export async function pageTitle(page: Page): Promise<string> {
  return (await bounded(page.title(), TITLE_WAIT_MS)) ?? '';
}
