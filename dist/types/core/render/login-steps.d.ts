import type { Page, Response } from 'playwright-core';
import type { LoginStep } from '../options.js';
/** How the login runs one step; each has the page timeout as its budget. */
export type StepRunner = (page: Page, step: LoginStep, timeoutMs: number) => Promise<void>;
export declare const runLoginStep: StepRunner;
/** "step 2 (fill #password)": how errors name a step; never its value. */
export declare function describeStep(step: LoginStep, index: number): string;
/** A navigation that got an error page (or the egress guard's refusal) did not get where the login was going. */
export declare function checkAnswer(response: Response | null): void;
