// Runs steps on a page, in order: a capture's after the page is ready and
// before the shot, and a login's (src/core/render/login.ts), which may also
// goto. A step that fails stops the attempt with category `step` and an error
// naming the step (index, kind, selector); the shot is never taken of a
// half-done page. The page is then discarded (its context may hold whatever
// the steps did), and the run goes on with the next target.
//
// Each step has the page timeout as its budget (#21): a step that waits for a
// slow dashboard widget is not cut short by what the load before it took. A
// step that fails stops the steps, so a page whose first wait never ends holds
// its slot for one timeout, not one per step; the queue server caps steps at 50.

import type { Page, Response } from 'playwright-core';
import { makeRedactor } from '../../util/redact.ts';
import { REFUSED_HEADER } from '../net/proxy.ts';
import { AttemptFailure, classifyError } from '../render/errors.ts';
import { sleep } from '../render/retry.ts';
import type { LoginStep } from './step.ts';
import { addStyleRule, scrollToElementTop } from '../render/in-page/element.ts';
import { stepLabel, stepValues } from './step.ts';

export interface StepRun {
  page: Page;
  /** ms left of the current step's budget. */
  left(): number;
  /** Gives the next step the page timeout as its budget (moves the deadline). */
  startBudget(): void;
  /** Each step's budget (the page timeout), for messages. */
  budgetMs: number;
  /** Races a call against the page being lost and the deadline's backstop (capture-page's guard). */
  guard<T>(what: Promise<T>, timeoutMessage: string): Promise<T>;
}

/** What a step that ran out of time says: which step, and what to raise. */
export function outOfTime(label: string, budgetMs: number): string {
  return `${label}: not done within the ${budgetMs} ms page timeout (each step's budget); raise --timeout`;
}

export async function runSteps(steps: readonly LoginStep[], run: StepRun): Promise<void> {
  // Playwright quotes what a call was given in some errors: what fill and select typed must not reach the manifest.
  const redact = makeRedactor(stepValues(steps));
  for (const [index, step] of steps.entries()) {
    const label = stepLabel(step, index, steps.length);
    const timedOut = outOfTime(label, run.budgetMs);
    run.startBudget();
    try {
      await run.guard(runStep(step, run), timedOut);
    } catch (err) {
      const failure = classifyError(err);
      // A crashed page is the browser's failure, retried as any crash is; everything else is this step's.
      if (failure.category === 'crash') throw failure;
      const why = failure.category === 'timeout' ? timedOut : `${label}: ${redact(failure.message)}`;
      throw new AttemptFailure(why, false, { category: 'step' });
    }
  }
}

async function runStep(step: LoginStep, run: StepRun): Promise<void> {
  const { page } = run;
  const timeout = Math.max(1, run.left());
  switch (step.kind) {
    case 'goto':
      checkAnswer(await page.goto(step.url, { timeout }));
      return;
    case 'click': return page.locator(step.selector).first().click({ timeout });
    case 'hover': return page.locator(step.selector).first().hover({ timeout });
    case 'fill': return page.locator(step.selector).first().fill(step.value, { timeout });
    case 'select': {
      await page.locator(step.selector).first().selectOption(step.value, { timeout });
      return;
    }
    case 'press': return page.keyboard.press(step.key);
    case 'scroll-to': {
      const element = page.locator(step.selector).first();
      await element.waitFor({ state: 'attached', timeout });
      // To the top of the viewport, not just "into view": a viewport shot then shows the same part on every run.
      await element.evaluate(scrollToElementTop);
      return;
    }
    case 'wait-for': return page.locator(step.selector).first().waitFor({ state: 'visible', timeout });
    case 'wait-for-hidden': return page.locator(step.selector).first().waitFor({ state: 'hidden', timeout });
    case 'wait-for-function': {
      await page.waitForFunction(step.expression, undefined, { timeout });
      return;
    }
    case 'wait-for-url': return page.waitForURL(step.glob, { timeout });
    case 'wait': {
      if (step.ms > run.left()) throw new AttemptFailure(`waiting ${step.ms} ms would pass the ${run.budgetMs} ms page timeout (each step's budget); raise --timeout`, false);
      return sleep(step.ms);
    }
    case 'css': {
      await page.addStyleTag({ content: step.css.text });
      return;
    }
    // The body of an async function, so `await` works; it runs in the page like the page's own scripts.
    case 'js': {
      await page.evaluate(`(async () => {\n${step.js.text}\n})()`);
      return;
    }
    case 'remove':
    case 'hide': {
      const problem = await page.evaluate(addStyleRule, { selector: step.selector, kind: step.kind });
      if (problem) throw new AttemptFailure(problem, false);
      return;
    }
  }
}

/** A goto that got an error page (or the egress guard's refusal) did not get where the steps were going. */
export function checkAnswer(response: Response | null): void {
  if (!response) return;
  const refused = response.headers()[REFUSED_HEADER];
  if (refused !== undefined) throw new AttemptFailure(`refused: ${decodeURIComponent(refused)}`, false);
  if (response.status() >= 400) throw new AttemptFailure(`the server answered HTTP ${response.status()}`, false);
}

