// The login block, run: once per run before the first capture, in a context
// of its own made like the capture slots' (emulation, credential headers for
// the login page's origin only, the egress guard's proxy when it is on). Its
// storage state is what every slot's context starts with.
//
// A page that lands on the login URL mid-run has lost its session: the first
// to notice logs in again, the others that noticed meanwhile wait for that
// same login instead of starting their own, and each retries its page once.
// A login that fails stops the run, naming the step; a login page is never
// passed off as a capture. Its steps are page steps (and goto), run by the
// same runner as a capture's: opening the login page, each step and the last
// check each have the page timeout as their budget, as a capture's steps do.

import { writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { storageSecrets } from '../auth/storage-state.ts';
import type { LoginOptions, NamedStorageState, RenderOptions, StorageState } from '../options.ts';
import { UserError } from '../types.ts';
import { contextOptions, originHeaders } from './context-options.ts';
import { checkAnswer, outOfTime, runSteps } from '../steps/run-steps.ts';
import { guarded } from './capture-page.ts';
import { classifyError } from './errors.ts';
import { TargetOnlyHeaders } from './target-headers.ts';

/** Logins a run may make after its first: a site that ends every session at once must not be logged into once per page. */
export const MAX_RENEWALS = 3;

/** The login did not get through; the message names the step or the check that failed. */
export class LoginFailed extends UserError {}

export interface LoginDeps {
  /** The live browser (relaunched if it died). */
  browser: () => Promise<Browser>;
  /** Masks secret values in messages (the renderer's redactor). */
  redact: (text: string) => string;
  /** Told each cookie value a login receives, so a door masks it too (the Action's setSecret). */
  onSecret?: (value: string) => void;
}

export class LoginSession {
  private current: NamedStorageState;
  private renewing: Promise<NamedStorageState> | null = null;
  private renewals = 0;
  /** Logins made, the first one included. */
  logins = 1;

  private constructor(
    private readonly login: LoginOptions,
    private readonly options: RenderOptions,
    private readonly deps: LoginDeps,
    first: NamedStorageState,
  ) {
    this.current = first;
  }

  /** Logs in; throws LoginFailed naming the step when it does not get through. */
  static async start(login: LoginOptions, options: RenderOptions, deps: LoginDeps): Promise<LoginSession> {
    const first = await logIn(login, options, deps);
    for (const value of storageSecrets(first.state)) deps.onSecret?.(value);
    return new LoginSession(login, options, deps, first);
  }

  /** The storage state pages start with now. */
  get state(): NamedStorageState {
    return this.current;
  }

  /** The values of the session's cookies, for redactors. */
  secrets(): string[] {
    return storageSecrets(this.current.state);
  }

  /** Whether a page that ended on `url` was sent to the login page (its origin and path; query and fragment aside). */
  isLoginPage(url: string): boolean {
    return samePage(url, this.login.url);
  }

  /**
   * A page made with `used` landed on the login page: log in again, once for
   * all the pages that noticed the same lost session. Throws LoginFailed when
   * the login fails or the run has renewed too often.
   */
  async renew(used: NamedStorageState | null): Promise<NamedStorageState> {
    if (used !== this.current) return this.current;
    if (this.renewing) return this.renewing;
    if (this.renewals >= MAX_RENEWALS) {
      throw new LoginFailed(`the session ended ${MAX_RENEWALS + 1} times in this run (pages kept landing on ${this.login.url}); check success-url and that the site keeps the session`);
    }
    this.renewals++;
    this.renewing = logIn(this.login, this.options, this.deps).then((state) => {
      for (const value of storageSecrets(state.state)) this.deps.onSecret?.(value);
      this.logins++;
      this.current = state;
      return state;
    }).finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }
}

/** One login, start to finish, in a context of its own; the resulting storage state (saved when asked). */
export async function logIn(login: LoginOptions, options: RenderOptions, deps: LoginDeps): Promise<NamedStorageState> {
  const browser = await deps.browser();
  const context = await browser.newContext({
    ...contextOptions(options),
    // --storage-state is where a login starts from (a site may need both: a device cookie and a password).
    ...(options.storageState ? { storageState: options.storageState.state } : {}),
  });
  try {
    const page = await context.newPage();
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    const cdp = await context.newCDPSession(page);
    const headers = TargetOnlyHeaders.attach(cdp, originHeaders(options));
    await headers?.sendTo(new URL(login.url).origin);
    const budgetMs = options.timeoutMs;
    // The login's own page has no slot to lose: only the deadline bounds it.
    const guard = { deadline: Date.now() + budgetMs, lost: new Promise<never>(() => undefined) };
    const startBudget = (): void => { guard.deadline = Date.now() + budgetMs; };
    const left = (): number => Math.max(0, guard.deadline - Date.now());
    const fail = (what: string, err: unknown): never => {
      throw new LoginFailed(deps.redact(`login failed at ${what}: ${classifyError(err).message}`));
    };
    const opening = `opening ${login.url}`;
    try {
      checkAnswer(await guarded(page.goto(login.url, { waitUntil: options.waitUntil, timeout: Math.max(1, left()) }), guard, outOfTime(opening, budgetMs)));
    } catch (err) {
      const failure = classifyError(err);
      // A timeout's message already names what ran out of time.
      if (failure.category === 'timeout') throw new LoginFailed(deps.redact(`login failed at ${failure.message}`));
      fail(opening, failure);
    }
    try {
      await runSteps(login.steps, { page, left, budgetMs, startBudget, guard: (what, message) => guarded(what, guard, message) });
      startBudget();
    } catch (err) {
      // The runner's message names the step ("step 2 of 3 (fill "#password"): …") and never what it typed.
      throw new LoginFailed(deps.redact(`login failed at ${classifyError(err).message}`));
    }
    await arrived(page, login, Math.max(1, left())).catch((err: unknown) => fail('its last check', err));
    const state = (await context.storageState()) as StorageState;
    const named: NamedStorageState = { name: 'login', state: { cookies: state.cookies, origins: state.origins } };
    if (login.saveState) await saveState(login.saveState, named.state);
    return named;
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** After the steps: on success-url, or (without one) anywhere but the login page. */
async function arrived(page: Page, login: LoginOptions, timeout: number): Promise<void> {
  try {
    if (login.successUrl) await page.waitForURL(login.successUrl, { timeout });
    else await page.waitForURL((url) => !samePage(url.href, login.url), { timeout });
  } catch (err) {
    const at = withoutQuery(page.url());
    throw new Error(login.successUrl
      ? `the page is at ${at}, not at success-url ${login.successUrl} (wrong credentials, or a step missing?)`
      : `the page is still at the login page ${at} (wrong credentials, or a step missing? success-url says where a login lands)`, { cause: err });
  }
}

/** The state file a later run (or shard) loads with --storage-state: owner-only, it holds the session. */
export async function saveState(path: string, state: StorageState): Promise<void> {
  try {
    await writeFile(path, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  } catch (err) {
    throw new UserError(`cannot write the login's state to ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; check that its folder exists and is writable`);
  }
}

function samePage(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
}

function withoutQuery(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}
