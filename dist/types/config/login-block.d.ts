import type { LoginOptions } from '../core/options.js';
export declare const LOGIN_LIMITS: {
    readonly steps: 50;
    readonly valueLength: 8192;
    readonly selectorLength: 2000;
};
export declare const LOGIN_STEP_KINDS: readonly ["goto", "fill", "click", "press", "wait-for", "wait-for-url"];
/** The environment `env:NAME` values are read from; null: none may be (the queue server). */
export type StepEnv = Readonly<Record<string, string | undefined>> | null;
export interface ParsedLogin {
    login: LoginOptions;
    /** The values the steps type, for the door to mask. */
    secrets: string[];
}
/** `block`: YAML or JSON text, or the parsed map; `where` names it in errors (`login:` in framecap.yml, input 'login'). */
export declare function parseLoginBlock(block: unknown, env: StepEnv, where: string): ParsedLogin;
