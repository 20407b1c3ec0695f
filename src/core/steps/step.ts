// Page steps: what a capture does to a page after it is ready and before the
// shot (close a modal, fill a field, switch a theme). Parsed and checked once
// at the door (src/config/steps.ts), run by run-steps.ts. A step's `value`
// may be a secret (a password from env:NAME), so nothing here that describes
// a step for a person (errors, the manifest) ever shows one.

/** Steps aimed at the first element a selector matches (Playwright selectors, so `text=Accept` works too). */
export const ELEMENT_STEPS = ['click', 'hover', 'scroll-to', 'wait-for', 'wait-for-hidden'] as const;
/** Steps that style every element a CSS selector matches, now and later: remove = display:none, hide = visibility:hidden. */
export const STYLE_STEPS = ['remove', 'hide'] as const;
/** Steps that type or choose a value in the first matching element. */
export const VALUE_STEPS = ['fill', 'select'] as const;

export type ElementStepKind = (typeof ELEMENT_STEPS)[number];
export type StyleStepKind = (typeof STYLE_STEPS)[number];
export type ValueStepKind = (typeof VALUE_STEPS)[number];

/** css/js text, inline or read from a file at settings time (the manifest names the file, never the text). */
export interface StepSource {
  readonly text: string;
  /** The file it was read from (`@file`), as the user wrote it; null when inline. */
  readonly file: string | null;
}

export type Step =
  | { readonly kind: ElementStepKind | StyleStepKind; readonly selector: string }
  | { readonly kind: ValueStepKind; readonly selector: string; readonly value: string }
  | { readonly kind: 'press'; readonly key: string }
  | { readonly kind: 'wait-for-function'; readonly expression: string }
  | { readonly kind: 'wait-for-url'; readonly glob: string }
  | { readonly kind: 'wait'; readonly ms: number }
  | { readonly kind: 'css'; readonly css: StepSource }
  | { readonly kind: 'js'; readonly js: StepSource };

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

export const STEP_KINDS: readonly StepKind[] = [
  'click', 'hover', 'fill', 'press', 'select', 'scroll-to', 'wait-for', 'wait-for-hidden',
  'wait-for-function', 'wait-for-url', 'wait', 'css', 'js', 'remove', 'hide',
];

export const LOGIN_STEP_KINDS: readonly LoginStepKind[] = ['goto', ...STEP_KINDS];

/** What the step acts on, as a person reads it: its selector, key, glob or file; null for inline code and waits. Never a value. */
export function stepTarget(step: LoginStep): string | null {
  switch (step.kind) {
    case 'goto': return step.url;
    case 'press': return step.key;
    case 'wait-for-function': return short(step.expression);
    case 'wait-for-url': return step.glob;
    case 'wait': return `${step.ms} ms`;
    case 'css': return step.css.file && `@${step.css.file}`;
    case 'js': return step.js.file && `@${step.js.file}`;
    default: return step.selector;
  }
}

/** "step 2 of 3 (click "#accept")": how errors name a step (1-based, as a person counts a list). */
export function stepLabel(step: LoginStep, index: number, count: number): string {
  const target = stepTarget(step);
  return `step ${index + 1} of ${count} (${step.kind}${target === null ? '' : ` ${JSON.stringify(target)}`})`;
}

/** A step as manifest.json records it: the kind and its selector (or the file of css/js), never a value or code. */
export interface StepSummary {
  kind: StepKind;
  selector?: string;
  file?: string;
}

export function stepSummary(step: Step): StepSummary {
  if ('selector' in step) return { kind: step.kind, selector: step.selector };
  if (step.kind === 'css' && step.css.file) return { kind: step.kind, file: step.css.file };
  if (step.kind === 'js' && step.js.file) return { kind: step.kind, file: step.js.file };
  return { kind: step.kind };
}

/** Values that must never be printed: what fill and select steps type or choose. */
export function stepValues(steps: readonly LoginStep[]): string[] {
  return steps.flatMap((s) => ('value' in s && s.value ? [s.value] : []));
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
