// The login block (framecap.yml `login:`, the Action's `login` input, the
// Jobs API's `login` object) → LoginOptions, checked once at the door.
//
//   login:
//     url: https://app.example.com/login
//     steps:
//       - fill: "#email"
//         value: env:LOGIN_EMAIL
//       - fill: "#password"
//         value: env:LOGIN_PASSWORD
//       - click: button[type=submit]
//     success-url: "**/dashboard"
//     save-state: auth.json
//
// Steps are the page steps (src/config/steps.ts parses both, with the same
// kinds, checks and messages), plus goto for a sign-in that spans pages; the
// page steps' runner runs them. `value: env:NAME` is read through the door's
// access here, so the core never reads process.env; the queue server allows
// none, so a request cannot read the server's environment. Every value a
// login types is a secret: the door masks it wherever it prints.

import { parse as parseYaml } from 'yaml';
import type { LoginOptions } from '../core/options.ts';
import { UserError } from '../core/types.ts';
import { parseLoginSteps } from './steps.ts';
import type { SettingsAccess } from './steps.ts';

/** At most this many steps in a login, whichever door (the queue server caps page steps the same). */
export const MAX_LOGIN_STEPS = 50;

export interface ParsedLogin {
  login: LoginOptions;
  /** The values the steps type, for the door to mask. */
  secrets: string[];
}

/** `block`: YAML or JSON text, or the parsed map; `where` names it in errors (`login:` in framecap.yml, input 'login'). */
export function parseLoginBlock(block: unknown, access: SettingsAccess, where: string): ParsedLogin {
  const fail = (what: string): never => {
    throw new UserError(`${where}: ${what} (see docs/page-actions.md, "Logging in")`);
  };
  let doc = block;
  if (typeof block === 'string') {
    try {
      doc = parseYaml(block, { maxAliasCount: 100 });
    } catch (err) {
      return fail(`not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  if (!isMap(doc)) return fail('must be a map with url: and steps:');
  const known = new Set(['url', 'steps', 'success-url', 'successUrl', 'save-state', 'saveState']);
  const unknown = Object.keys(doc).find((k) => !known.has(k));
  if (unknown !== undefined) return fail(`unknown key "${unknown}": a login has url, steps, success-url and save-state`);
  const url = httpUrl(doc.url, 'url', fail);
  const rawSteps = doc.steps;
  if (!Array.isArray(rawSteps) || rawSteps.length === 0) return fail('steps: must be a list of steps, e.g. - fill: "#password" with value: env:LOGIN_PASSWORD');
  if (rawSteps.length > MAX_LOGIN_STEPS) return fail(`at most ${MAX_LOGIN_STEPS} steps (got ${rawSteps.length})`);
  const { steps, secrets } = parseLoginSteps(rawSteps, access, where);
  const successUrl = optionalText(doc['success-url'] ?? doc.successUrl, 'success-url', fail);
  const saveState = optionalText(doc['save-state'] ?? doc.saveState, 'save-state', fail);
  return { login: { url, steps, successUrl, saveState }, secrets };
}

function httpUrl(value: unknown, key: string, fail: (what: string) => never): string {
  if (typeof value !== 'string') return fail(`${key}: must be the login page's http(s) URL`);
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // fall through
  }
  return fail(`${key}: must be an http(s) URL such as https://example.com/login (got "${value.slice(0, 100)}")`);
}

function optionalText(value: unknown, key: string, fail: (what: string) => never): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') return fail(`${key}: must be text`);
  return value.trim();
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
