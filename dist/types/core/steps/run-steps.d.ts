import type { Page, Response } from 'playwright-core';
import type { LoginStep } from './step.js';
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
export declare function outOfTime(label: string, budgetMs: number): string;
export declare function runSteps(steps: readonly LoginStep[], run: StepRun): Promise<void>;
/** A goto that got an error page (or the egress guard's refusal) did not get where the steps were going. */
export declare function checkAnswer(response: Response | null): void;
