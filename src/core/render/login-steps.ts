// The step kinds a login needs, run on a Playwright page: goto, fill, click,
// press, wait-for, wait-for-url. They share names and shapes with the page
// steps (src/core/steps/), but not yet the engine: a login also needs goto
// and press on an element, and runs outside a capture's StepRun (its own
// deadline, no lost-page guard). Folding it into src/core/steps/ (one Step
// union, one runner) is open work, left out of the page-auth merge.

import type { Page, Response } from 'playwright-core';
import { REFUSED_HEADER } from '../net/proxy.ts';
import type { LoginStep } from '../options.ts';

/** How the login runs one step; each has the page timeout as its budget. */
export type StepRunner = (page: Page, step: LoginStep, timeoutMs: number) => Promise<void>;

export const runLoginStep: StepRunner = async (page, step, timeout) => {
  switch (step.kind) {
    case 'goto':
      checkAnswer(await page.goto(step.url, { timeout }));
      return;
    case 'fill':
      await page.locator(step.selector).first().fill(step.value, { timeout });
      return;
    case 'click':
      await page.locator(step.selector).first().click({ timeout });
      return;
    case 'press':
      if (step.selector) await page.locator(step.selector).first().press(step.key, { timeout });
      else await page.keyboard.press(step.key);
      return;
    case 'wait-for':
      await page.locator(step.selector).first().waitFor({ state: 'visible', timeout });
      return;
    case 'wait-for-url':
      await page.waitForURL(step.glob, { timeout });
      return;
  }
};

/** "step 2 (fill #password)": how errors name a step; never its value. */
export function describeStep(step: LoginStep, index: number): string {
  const what = step.kind === 'goto' ? step.url
    : step.kind === 'press' ? step.key
    : step.kind === 'wait-for-url' ? step.glob
    : step.selector;
  return `step ${index + 1} (${step.kind} ${what})`;
}

/** A navigation that got an error page (or the egress guard's refusal) did not get where the login was going. */
export function checkAnswer(response: Response | null): void {
  if (!response) return;
  const refused = response.headers()[REFUSED_HEADER];
  if (refused !== undefined) throw new Error(`refused: ${decodeURIComponent(refused)}`);
  if (response.status() >= 400) throw new Error(`the server answered HTTP ${response.status()}`);
}
