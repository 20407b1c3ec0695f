import type { LoginStep, Step } from '../core/steps/step.js';
/** What a door lets settings read beyond its own strings. */
export interface SettingsAccess {
    /** Where `env:NAME` values come from; null: refused. */
    readonly env: Readonly<Record<string, string | undefined>> | null;
    /** Reads a css/js `@file` as UTF-8; null: refused. */
    readonly readFile: ((path: string) => string) | null;
    /** Caps on a request's steps (the queue server); absent = none. */
    readonly limits?: StepLimits;
}
export interface StepLimits {
    maxSteps: number;
    /** Per css or js step, UTF-8 bytes. */
    maxCodeBytes: number;
}
/** The queue server's caps: a request is a stranger's input. */
export declare const SERVER_STEP_LIMITS: StepLimits;
/** No environment, no files: what a door that is not the user's own machine allows. */
/** Steps as YAML holds them (maps, such as `- fill: "#email"` with `value: …`): one JSON text each, which the steps parser reads as YAML. */
export declare function stepItemsAsText(items: readonly unknown[]): string[];
export declare const NO_ACCESS: SettingsAccess;
/**
 * Every env: name and @file reads as a stand-in: for checking a rule's shape
 * where the file is read (config/file.ts), before resolveSettings reads the
 * real values with the door's access.
 */
export declare const SHAPE_ONLY: SettingsAccess;
export interface ParsedSteps {
    steps: Step[];
    /** Values read from the environment: secrets every door masks. */
    secrets: string[];
}
/**
 * `raw`: YAML text of a list of steps (an Action input, framecap.yml), or
 * items each holding one step or a list of them (CLI flags in the order
 * given, framecap.yml and request bodies as JSON). `label` names the setting
 * the door's way (`--steps`, `input 'steps'`, `steps`).
 */
export declare function parseSteps(raw: string | readonly string[], access: SettingsAccess, label: string): ParsedSteps;
export interface ParsedLoginSteps {
    steps: LoginStep[];
    /** Every value the steps type (literal or env:): a login types credentials, so the door masks them all. */
    secrets: string[];
}
/** A login block's `steps:` list (already parsed YAML or JSON): the page steps' kinds and checks, and goto. */
export declare function parseLoginSteps(items: readonly unknown[], access: SettingsAccess, label: string): ParsedLoginSteps;
/** Steps as a Jobs API body carries them (async mode): values and file contents inline, as the server accepts them. */
export declare function stepsBody(steps: readonly LoginStep[]): Array<Record<string, string | number>>;
