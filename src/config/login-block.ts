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
// Steps are one-key maps, the same names and shapes as the page steps of
// issue #21; a login takes the kinds it needs (goto, fill, click, press,
// wait-for, wait-for-url). `value: env:NAME` is read from the door's
// environment here, so the core never reads process.env; the queue server
// passes none, so a request cannot read the server's environment. Every value
// a login types is a secret: the door masks it wherever it prints.

import { parse as parseYaml } from 'yaml';
import type { LoginOptions, LoginStep } from '../core/options.ts';
import { UserError } from '../core/types.ts';

export const LOGIN_LIMITS = { steps: 50, valueLength: 8_192, selectorLength: 2_000 } as const;

export const LOGIN_STEP_KINDS = ['goto', 'fill', 'click', 'press', 'wait-for', 'wait-for-url'] as const;

/** The environment `env:NAME` values are read from; null: none may be (the queue server). */
export type StepEnv = Readonly<Record<string, string | undefined>> | null;

export interface ParsedLogin {
  login: LoginOptions;
  /** The values the steps type, for the door to mask. */
  secrets: string[];
}

/** `block`: YAML or JSON text, or the parsed map; `where` names it in errors (`login:` in framecap.yml, input 'login'). */
export function parseLoginBlock(block: unknown, env: StepEnv, where: string): ParsedLogin {
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
  if (rawSteps.length > LOGIN_LIMITS.steps) return fail(`at most ${LOGIN_LIMITS.steps} steps (got ${rawSteps.length})`);
  const secrets: string[] = [];
  const steps = rawSteps.map((raw: unknown, i): LoginStep => {
    const step = parseStep(raw, env, (what) => fail(`step ${i + 1}: ${what}`));
    if (step.kind === 'fill') secrets.push(step.value);
    return step;
  });
  const successUrl = optionalText(doc['success-url'] ?? doc.successUrl, 'success-url', fail);
  const saveState = optionalText(doc['save-state'] ?? doc.saveState, 'save-state', fail);
  return { login: { url, steps, successUrl, saveState }, secrets };
}

function parseStep(raw: unknown, env: StepEnv, fail: (what: string) => never): LoginStep {
  if (!isMap(raw)) return fail('must be a one-key map such as click: "#submit"');
  const kinds = Object.keys(raw).filter((k) => k !== 'value');
  const kind = kinds[0];
  if (kinds.length !== 1 || kind === undefined) return fail(`must name one step kind (${LOGIN_STEP_KINDS.join(', ')}), got ${kinds.length ? kinds.join(', ') : 'none'}`);
  if (!(LOGIN_STEP_KINDS as readonly string[]).includes(kind)) {
    return fail(`"${kind}" is not a step a login runs: use ${LOGIN_STEP_KINDS.join(', ')}`);
  }
  const arg = raw[kind];
  if (typeof arg !== 'string' || arg.trim() === '' || arg.length > LOGIN_LIMITS.selectorLength) {
    return fail(`${kind}: needs a ${kind === 'goto' ? 'URL' : kind === 'press' ? 'key' : kind === 'wait-for-url' ? 'URL glob' : 'CSS selector'} of at most ${LOGIN_LIMITS.selectorLength} characters`);
  }
  if (kind !== 'fill' && raw.value !== undefined) return fail(`${kind}: takes no value: (only fill does)`);
  switch (kind) {
    case 'goto': return { kind, url: httpUrl(arg, 'goto', fail) };
    case 'fill': return { kind, selector: arg, value: stepValue(raw.value, env, fail) };
    case 'click': return { kind, selector: arg };
    case 'press': return { kind, key: arg, selector: null };
    case 'wait-for': return { kind, selector: arg };
    default: return { kind: 'wait-for-url', glob: arg };
  }
}

/** A literal, or env:NAME from the door's environment. */
function stepValue(value: unknown, env: StepEnv, fail: (what: string) => never): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return fail('fill: needs value: (the text, or env:NAME to read it from the environment)');
  if (value.length > LOGIN_LIMITS.valueLength) return fail(`value: at most ${LOGIN_LIMITS.valueLength} characters`);
  const name = /^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(value)?.[1];
  if (name === undefined) return value;
  if (env === null) return fail(`value: ${value}: env: values are read only by the CLI and the Action; a request sends the value itself`);
  const found = env[name];
  if (found === undefined || found === '') {
    return fail(`value: ${value}: ${name} is not set; export it, or in GitHub Actions pass it to the step as env: ${name}: \${{ secrets.${name} }}`);
  }
  return found;
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
