import type { Browser } from 'playwright-core';
import type { LoginOptions, NamedStorageState, RenderOptions, StorageState } from '../options.js';
import { UserError } from '../types.js';
/** Logins a run may make after its first: a site that ends every session at once must not be logged into once per page. */
export declare const MAX_RENEWALS = 3;
/** The login did not get through; the message names the step or the check that failed. */
export declare class LoginFailed extends UserError {
}
export interface LoginDeps {
    /** The live browser (relaunched if it died). */
    browser: () => Promise<Browser>;
    /** Masks secret values in messages (the renderer's redactor). */
    redact: (text: string) => string;
    /** Told each cookie value a login receives, so a door masks it too (the Action's setSecret). */
    onSecret?: (value: string) => void;
}
export declare class LoginSession {
    private readonly login;
    private readonly options;
    private readonly deps;
    private current;
    private renewing;
    private renewals;
    /** Logins made, the first one included. */
    logins: number;
    private constructor();
    /** Logs in; throws LoginFailed naming the step when it does not get through. */
    static start(login: LoginOptions, options: RenderOptions, deps: LoginDeps): Promise<LoginSession>;
    /** The storage state pages start with now. */
    get state(): NamedStorageState;
    /** The values of the session's cookies, for redactors. */
    secrets(): string[];
    /** Whether a page that ended on `url` was sent to the login page (its origin and path; query and fragment aside). */
    isLoginPage(url: string): boolean;
    /**
     * A page made with `used` landed on the login page: log in again, once for
     * all the pages that noticed the same lost session. Throws LoginFailed when
     * the login fails or the run has renewed too often.
     */
    renew(used: NamedStorageState | null): Promise<NamedStorageState>;
}
/** One login, start to finish, in a context of its own; the resulting storage state (saved when asked). */
export declare function logIn(login: LoginOptions, options: RenderOptions, deps: LoginDeps): Promise<NamedStorageState>;
/** The state file a later run (or shard) loads with --storage-state: owner-only, it holds the session. */
export declare function saveState(path: string, state: StorageState): Promise<void>;
