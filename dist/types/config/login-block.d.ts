import type { LoginOptions } from '../core/options.js';
import type { SettingsAccess } from './steps.js';
/** At most this many steps in a login, whichever door (the queue server caps page steps the same). */
export declare const MAX_LOGIN_STEPS = 50;
export interface ParsedLogin {
    login: LoginOptions;
    /** The values the steps type, for the door to mask. */
    secrets: string[];
}
/** `block`: YAML or JSON text, or the parsed map; `where` names it in errors (`login:` in framecap.yml, input 'login'). */
export declare function parseLoginBlock(block: unknown, access: SettingsAccess, where: string): ParsedLogin;
