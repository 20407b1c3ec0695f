// Page steps as the doors give them → the core's typed Step list, checked
// once: unknown kinds, missing values and unreadable files are errors here,
// naming the step, not failures on every page. `env:NAME` values and `@file`
// css/js are read here too, through what the door allows (SettingsAccess):
// the CLI and the Action read their own environment and files, the queue
// server neither (a request must not reach the server's secrets or disk).

import { parse as parseYaml } from 'yaml';
import { ELEMENT_STEPS, LOGIN_STEP_KINDS, STEP_KINDS, STYLE_STEPS, VALUE_STEPS, stepValues } from '../core/steps/step.ts';
import type { LoginStep, LoginStepKind, Step, StepKind, StepSource } from '../core/steps/step.ts';
import { UserError } from '../core/types.ts';

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
export const SERVER_STEP_LIMITS: StepLimits = { maxSteps: 50, maxCodeBytes: 64 * 1024 };

/** No environment, no files: what a door that is not the user's own machine allows. */
/** Steps as YAML holds them (maps, such as `- fill: "#email"` with `value: …`): one JSON text each, which the steps parser reads as YAML. */
export function stepItemsAsText(items: readonly unknown[]): string[] {
  return items.map((step) => (typeof step === 'string' ? step : JSON.stringify(step)));
}

export const NO_ACCESS: SettingsAccess = { env: null, readFile: null };

/**
 * Every env: name and @file reads as a stand-in: for checking a rule's shape
 * where the file is read (config/file.ts), before resolveSettings reads the
 * real values with the door's access.
 */
export const SHAPE_ONLY: SettingsAccess = {
  env: new Proxy({}, { get: () => 'x' }) as Record<string, string>,
  readFile: () => 'x',
};

/** The longest `wait:` step, ms (as --delay). */
const MAX_WAIT_MS = 60_000;
/** A selector, key or URL glob longer than this is a mistake (or an attack on the server), not a page's selector. */
const MAX_SELECTOR_LENGTH = 2_000;
/** What a fill or select step may type. */
const MAX_VALUE_LENGTH = 8_192;
/** `@path`: no spaces or braces, so CSS that starts with an at-rule (`@media (…) {`) is never taken for a file. */
const FILE_REFERENCE = /^@([^\s{};]+)$/;
const ENV_REFERENCE = /^env:(.*)$/s;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

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
export function parseSteps(raw: string | readonly string[], access: SettingsAccess, label: string): ParsedSteps {
  const items = (typeof raw === 'string' ? [raw] : raw).flatMap((text) => stepItems(text, label));
  const secrets: string[] = [];
  const steps = eachItem(items, access, label, (item, where) => parseStep(item, where, access, (secret) => secrets.push(secret), STEP_KINDS));
  return { steps, secrets };
}

export interface ParsedLoginSteps {
  steps: LoginStep[];
  /** Every value the steps type (literal or env:): a login types credentials, so the door masks them all. */
  secrets: string[];
}

/** A login block's `steps:` list (already parsed YAML or JSON): the page steps' kinds and checks, and goto. */
export function parseLoginSteps(items: readonly unknown[], access: SettingsAccess, label: string): ParsedLoginSteps {
  const steps = eachItem(items, access, label, (item, where) => parseLoginStep(item, where, access));
  return { steps, secrets: stepValues(steps) };
}

function eachItem<T>(items: readonly unknown[], access: SettingsAccess, label: string, parse: (item: unknown, where: string) => T): T[] {
  if (access.limits && items.length > access.limits.maxSteps) {
    throw new UserError(`${label} may hold at most ${access.limits.maxSteps} steps (got ${items.length})`);
  }
  return items.map((item, index) => parse(item, `${label}: step ${index + 1} of ${items.length}`));
}

function stepItems(text: string, label: string): unknown[] {
  if (text.trim() === '') return [];
  let doc: unknown;
  try {
    doc = parseYaml(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new UserError(`${label} is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return [];
  return Array.isArray(doc) ? doc : [doc];
}

const KNOWN = new Set<string>(LOGIN_STEP_KINDS);

function parseLoginStep(item: unknown, where: string, access: SettingsAccess): LoginStep {
  if (isMap(item) && Object.hasOwn(item, 'goto') && Object.keys(item).length === 1) {
    return { kind: 'goto', url: httpUrl(item.goto, `${where}: goto`) };
  }
  // Its values are all secrets (ParsedLoginSteps.secrets), not only the env: ones.
  return parseStep(item, where, access, () => undefined, LOGIN_STEP_KINDS);
}

/** `kinds`: what this list may hold, for messages; goto is checked apart (parseLoginStep), since a page step is never one. */
function parseStep(item: unknown, where: string, access: SettingsAccess, secret: (value: string) => void, kinds: readonly LoginStepKind[]): Step {
  if (!isMap(item)) {
    throw new UserError(`${where} must be a one-key map such as {click: "#accept"} (got ${JSON.stringify(item) ?? String(item)})`);
  }
  const entries = Object.entries(item);
  const named = entries.filter(([key]) => KNOWN.has(key));
  const unknown = entries.find(([key]) => !KNOWN.has(key) && key !== 'value');
  if (unknown) throw new UserError(`${where}: unknown step kind "${unknown[0]}" (known: ${kinds.join(', ')})`);
  if (named.length !== 1) {
    throw new UserError(`${where} must have exactly one kind (one of ${kinds.join(', ')}), got ${named.length === 0 ? 'none' : named.map(([k]) => k).join(' and ')}`);
  }
  if (named[0]![0] === 'goto') {
    throw new UserError(kinds.includes('goto')
      ? `${where}: goto takes only a URL, nothing beside it`
      : `${where}: goto is a login step (login: steps:); a capture's steps act on the page it was given`);
  }
  const [kindKey, arg] = named[0]!;
  const kind = kindKey as StepKind;
  const hasValue = Object.hasOwn(item, 'value');
  const isValueStep = (VALUE_STEPS as readonly string[]).includes(kind);
  if (hasValue && !isValueStep) throw new UserError(`${where}: value: is for fill and select steps, not ${kind}`);
  const text = (what: string, maxLength = Infinity): string => {
    if (typeof arg === 'number' && kind === 'press') return String(arg);
    if (typeof arg !== 'string' || arg.trim() === '') throw new UserError(`${where}: ${kind} needs ${what} (e.g. ${example(kind)})`);
    if (arg.length > maxLength) throw new UserError(`${where}: ${kind} takes ${what} of at most ${maxLength} characters (got ${arg.length})`);
    return arg.trim();
  };
  const selector = (): string => text('a selector', MAX_SELECTOR_LENGTH);

  if ((ELEMENT_STEPS as readonly string[]).includes(kind) || (STYLE_STEPS as readonly string[]).includes(kind)) {
    return { kind: kind as (typeof ELEMENT_STEPS)[number], selector: selector() };
  }
  switch (kind) {
    case 'fill':
    case 'select': {
      const target = selector();
      if (!hasValue) throw new UserError(`${where}: ${kind} needs value: beside it (e.g. {${kind}: "${target}", value: "…"}, or value: env:NAME)`);
      return { kind, selector: target, value: stepValue(item.value, `${where} (${kind} ${JSON.stringify(target)})`, access, secret) };
    }
    case 'press': return { kind, key: text('a key name', MAX_SELECTOR_LENGTH) };
    case 'wait-for-function': return { kind, expression: text('a JavaScript expression') };
    case 'wait-for-url': return { kind, glob: text('a URL glob', MAX_SELECTOR_LENGTH) };
    case 'wait': {
      const ms = typeof arg === 'string' && /^\d+$/.test(arg.trim()) ? Number(arg) : arg;
      if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0 || ms > MAX_WAIT_MS) {
        throw new UserError(`${where}: wait needs a whole number of ms from 0 to ${MAX_WAIT_MS} (got ${JSON.stringify(arg)}); a wait-for step is usually better`);
      }
      return { kind, ms };
    }
    case 'css': return { kind, css: source(text('CSS text or @file'), where, 'css', access) };
    case 'js': return { kind, js: source(text('JavaScript code or @file'), where, 'js', access) };
  }
  throw new Error(`unhandled step kind ${kind}`);
}

function stepValue(value: unknown, where: string, access: SettingsAccess, secret: (value: string) => void): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') throw new UserError(`${where}: value: must be text (or env:NAME)`);
  if (value.length > MAX_VALUE_LENGTH) throw new UserError(`${where}: value: at most ${MAX_VALUE_LENGTH} characters`);
  const env = ENV_REFERENCE.exec(value);
  if (!env) return value;
  const name = env[1]!.trim();
  if (!ENV_NAME.test(name)) throw new UserError(`${where}: value: env:${name} is not an environment variable name (letters, digits, _)`);
  if (!access.env) {
    throw new UserError(`${where}: value: env:${name} cannot be read here (a request never reads the server's environment): send the value itself, it is kept secret`);
  }
  const read = access.env[name];
  if (read === undefined || read === '') {
    throw new UserError(`${where}: value: env:${name} is not set: export ${name}, or in GitHub Actions pass it to the step as env: ${name}: \${{ secrets.${name} }}`);
  }
  secret(read);
  return read;
}

function source(text: string, where: string, kind: 'css' | 'js', access: SettingsAccess): StepSource {
  const file = FILE_REFERENCE.exec(text)?.[1] ?? null;
  let body = text;
  if (file !== null) {
    if (!access.readFile) {
      throw new UserError(`${where}: ${kind}: @${file} names a file, and a request never reads files on the server: send the ${kind === 'css' ? 'CSS' : 'code'} itself`);
    }
    try {
      body = access.readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UserError(`${where}: cannot read ${kind} file ${file}${code === 'ENOENT' ? ': no such file' : code ? `: ${code}` : ''} (paths are relative to the working directory)`);
    }
  }
  const bytes = Buffer.byteLength(body);
  if (access.limits && bytes > access.limits.maxCodeBytes) {
    throw new UserError(`${where}: ${kind} may be at most ${access.limits.maxCodeBytes / 1024} KB (got ${Math.ceil(bytes / 1024)} KB)`);
  }
  return { text: body, file };
}

function httpUrl(value: unknown, where: string): string {
  if (typeof value === 'string') {
    try {
      const url = new URL(value);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // said below
    }
  }
  throw new UserError(`${where} needs an http(s) URL such as https://example.com/login (got ${JSON.stringify(value)?.slice(0, 100) ?? String(value)})`);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function example(kind: StepKind): string {
  switch (kind) {
    case 'press': return '{press: Escape}';
    case 'wait-for-function': return '{wait-for-function: "window.appReady === true"}';
    case 'wait-for-url': return '{wait-for-url: "**/dashboard"}';
    case 'css': return '{css: "header { display: none }"} or {css: "@dark.css"}';
    case 'js': return '{js: "document.body.classList.add(\'dark\')"}';
    default: return `{${kind}: "#main"}`;
  }
}

/** Steps as a Jobs API body carries them (async mode): values and file contents inline, as the server accepts them. */
export function stepsBody(steps: readonly LoginStep[]): Array<Record<string, string | number>> {
  return steps.map((step): Record<string, string | number> => {
    switch (step.kind) {
      case 'goto': return { goto: step.url };
      case 'fill':
      case 'select': return { [step.kind]: step.selector, value: step.value };
      case 'press': return { press: step.key };
      case 'wait-for-function': return { [step.kind]: step.expression };
      case 'wait-for-url': return { [step.kind]: step.glob };
      case 'wait': return { wait: step.ms };
      case 'css': return { css: step.css.text };
      case 'js': return { js: step.js.text };
      default: return { [step.kind]: step.selector };
    }
  });
}
