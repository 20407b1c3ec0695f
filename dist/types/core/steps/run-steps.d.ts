import type { Page } from 'playwright-core';
import type { Step } from './step.js';
export interface StepRun {
    page: Page;
    /** ms left before the attempt's deadline. */
    left(): number;
    /** Gives the next step the page timeout as its budget (moves the attempt's deadline). */
    startBudget(): void;
    /** The page timeout, for messages. */
    budgetMs: number;
    /** Races a call against the page being lost and the deadline's backstop (capture-page's guard). */
    guard<T>(what: Promise<T>, timeoutMessage: string): Promise<T>;
}
export declare function runSteps(steps: readonly Step[], run: StepRun): Promise<void>;
