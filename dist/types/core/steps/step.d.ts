/** Steps aimed at the first element a selector matches (Playwright selectors, so `text=Accept` works too). */
export declare const ELEMENT_STEPS: readonly ["click", "hover", "scroll-to", "wait-for", "wait-for-hidden"];
/** Steps that style every element a CSS selector matches, now and later: remove = display:none, hide = visibility:hidden. */
export declare const STYLE_STEPS: readonly ["remove", "hide"];
/** Steps that type or choose a value in the first matching element. */
export declare const VALUE_STEPS: readonly ["fill", "select"];
export type ElementStepKind = (typeof ELEMENT_STEPS)[number];
export type StyleStepKind = (typeof STYLE_STEPS)[number];
export type ValueStepKind = (typeof VALUE_STEPS)[number];
/** css/js text, inline or read from a file at settings time (the manifest names the file, never the text). */
export interface StepSource {
    readonly text: string;
    /** The file it was read from (`@file`), as the user wrote it; null when inline. */
    readonly file: string | null;
}
export type Step = {
    readonly kind: ElementStepKind | StyleStepKind;
    readonly selector: string;
} | {
    readonly kind: ValueStepKind;
    readonly selector: string;
    readonly value: string;
} | {
    readonly kind: 'press';
    readonly key: string;
} | {
    readonly kind: 'wait-for-function';
    readonly expression: string;
} | {
    readonly kind: 'wait-for-url';
    readonly glob: string;
} | {
    readonly kind: 'wait';
    readonly ms: number;
} | {
    readonly kind: 'css';
    readonly css: StepSource;
} | {
    readonly kind: 'js';
    readonly js: StepSource;
};
export type StepKind = Step['kind'];
/**
 * A login's own step: open another page on the way (a two-page sign-in).
 * Not a page step: a capture stays on the page it was given.
 */
export interface GotoStep {
    readonly kind: 'goto';
    readonly url: string;
}
/** What a login block runs: every page step, and goto. */
export type LoginStep = Step | GotoStep;
export type LoginStepKind = LoginStep['kind'];
export declare const STEP_KINDS: readonly StepKind[];
export declare const LOGIN_STEP_KINDS: readonly LoginStepKind[];
/** What the step acts on, as a person reads it: its selector, key, glob or file; null for inline code and waits. Never a value. */
export declare function stepTarget(step: LoginStep): string | null;
/** "step 2 of 3 (click "#accept")": how errors name a step (1-based, as a person counts a list). */
export declare function stepLabel(step: LoginStep, index: number, count: number): string;
/** A step as manifest.json records it: the kind and its selector (or the file of css/js), never a value or code. */
export interface StepSummary {
    kind: StepKind;
    selector?: string;
    file?: string;
}
export declare function stepSummary(step: Step): StepSummary;
/** Values that must never be printed: what fill and select steps type or choose. */
export declare function stepValues(steps: readonly LoginStep[]): string[];
