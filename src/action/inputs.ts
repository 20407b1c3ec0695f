// The only file that reads Action inputs. Each input is read once; capture
// inputs become the same RawSettings the CLI builds and are validated by
// resolveSettings, the Action's own inputs (artifact, summary, comment,
// merge) are validated here. Every error names the input:
// `input 'viewport' must be …`.

import { readFileSync } from 'node:fs';
import { loadConfigFile, mergeSettings } from '../config/file.ts';
import { resolveSettings, thisMachine } from '../config/settings.ts';
import type { RawSettings, ResolvedSettings, SettingsAccess, WebhookSettings } from '../config/settings.ts';
import { isListKind, SETTING_NAMES, settingsWhere, specOf } from '../config/spec.ts';
import type { SettingName } from '../config/spec.ts';
import type { CaptureOptions, FailOn } from '../core/options.ts';
import { UserError } from '../core/types.ts';
import { artifactServiceName, defaultArtifactName } from './artifact.ts';
import type { BaselineArtifact, FoundBaseline } from './baseline-artifact.ts';
import { toolkitIO } from './io.ts';
import type { ActionIO } from './io.ts';

/** Action input name → capture setting, from the settings spec. */
export const ACTION_INPUTS: Readonly<Record<string, SettingName>> = Object.fromEntries(
  SETTING_NAMES.flatMap((setting) => {
    const input = specOf(setting).input;
    return input === null ? [] : [[input, setting] as const];
  }),
);

/** The Action's own inputs: what happens around the capture. */
export const STEP_INPUTS = [
  'config', 'merge', 'upload', 'artifact-name', 'retention-days', 'summary',
  'comment', 'comment-images-branch', 'pull-request', 'github-token',
  'mode', 'api-url', 'api-key', 'poll-timeout',
] as const;

/** List settings are multi-line inputs, one item a line. */
const MULTI_LINE = new Set<SettingName>(settingsWhere((spec) => isListKind(spec.kind)));
const SOURCE_SETTINGS: readonly SettingName[] = ['sitemap', 'site', 'urls', 'url-file'];

export type CommentMode = 'off' | 'on' | 'auto';

/** What the step does: capture pages, or merge the outputs of shard jobs. */
export type ActionWork =
  /** remote: async mode, a queue server renders (null: render on the runner). */
  | { kind: 'capture'; options: CaptureOptions; remote: RemoteSettings | null }
  | { kind: 'merge'; inputs: string[]; output: string };

export interface RemoteSettings {
  apiUrl: string;
  apiKey: string | null;
  pollTimeoutMs: number;
}

export interface ActionSettings {
  work: ActionWork;
  failOn: FailOn;
  webhook: WebhookSettings | null;
  /** Values masked wherever the step prints. */
  secrets: string[];
  artifact: {
    upload: boolean;
    /** null: named after the output file (plus the shard, when sharded). */
    name: string | null;
    /** null: the repository's default retention. */
    retentionDays: number | null;
  };
  summary: boolean;
  comment: {
    mode: CommentMode;
    /** Branch that hosts the comment's thumbnails; null: no images, table and link only. */
    imagesBranch: string | null;
    /** null: from the event (pull_request, or workflow_run of a same-repo PR). */
    pullRequest: number | null;
  };
  /** null when no token was given (comments are then skipped with a notice). */
  token: string | null;
  /** Fail the step when the change report lists new, changed or removed pages. */
  failOnChange: boolean;
  /** The artifact `baseline: latest` found and downloaded; null: none, or the baseline was given as a path or URL. */
  baselineArtifact: BaselineArtifact | null;
}

/** What readInputs needs from outside to resolve `baseline: latest`. */
export interface InputHooks {
  /**
   * Finds and downloads the newest artifact of this name (as the artifact
   * service keeps it) from the default branch; null when there is none (it
   * says why). Absent: `baseline: latest` finds nothing.
   */
  latestBaseline?: (artifactName: string, token: string | null) => Promise<FoundBaseline | null>;
}

/** An Action input with a bad value; the message names it. */
export class InputError extends UserError {
  constructor(readonly input: string, message: string) {
    super(message);
  }
}

const labelFor = (setting: SettingName): string => `input '${specOf(setting).input ?? setting}'`;

/** Characters an artifact name may not hold (the artifact service refuses them). */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;

export async function readInputs(hooks: InputHooks = {}, io: ActionIO = toolkitIO): Promise<ActionSettings> {
  const token = io.getInput('github-token');
  if (token) io.setSecret(token);
  const apiKey = io.getInput('api-key');
  if (apiKey) io.setSecret(apiKey);

  const raw: RawSettings = {};
  for (const [input, setting] of Object.entries(ACTION_INPUTS)) {
    if (MULTI_LINE.has(setting)) {
      const lines = io.getMultilineInput(input);
      if (lines.length > 0) raw[setting] = lines;
    } else {
      const value = io.getInput(input);
      if (value !== '') raw[setting] = value;
    }
  }
  maskRawSecrets(io, raw);

  const config = io.getInput('config');
  const fromFile = config ? await loadConfigFile(config) : {};
  const machine = thisMachine();
  // Steps' and the login's env:NAME values come from the step's env: (secrets.X passed through), @file paths from the workspace.
  const access: SettingsAccess = { env: process.env, readFile: (path) => readFileSync(path, 'utf8') };
  const mergeInputs = io.getMultilineInput('merge');

  const artifactInput = artifactName(io.getInput('artifact-name'));
  let resolved: ResolvedSettings;
  let work: ActionWork;
  let baselineArtifact: BaselineArtifact | null = null;
  if (mergeInputs.length > 0) {
    const given = SOURCE_SETTINGS.find((s) => raw[s] !== undefined);
    if (given) throw new InputError('merge', `input 'merge' replaces capturing: remove ${labelFor(given)}, or run the merge in a job of its own`);
    // resolveSettings checks a whole capture; a merge uses only its output,
    // fail-on and webhook settings, so a source that is never read stands in.
    const settings: RawSettings = { ...mergeSettings(fromFile, raw), sitemap: undefined, site: undefined, 'url-file': undefined, urls: ['https://merge.invalid/'], baseline: undefined, incremental: undefined };
    resolved = resolveSettings(settings, machine, labelFor, access);
    work = { kind: 'merge', inputs: mergeInputs, output: resolved.options.output.path };
  } else {
    const remote = remoteInputs(io, apiKey);
    // The queue server cannot read a file on the runner: latest is for runs that render here.
    const find = remote ? null : hooks.latestBaseline ?? null;
    const chosen = await chooseBaseline(mergeSettings(fromFile, raw), artifactInput, machine, find, token || null, access);
    if (remote && chosen.wanted) io.notice('baseline: latest is not used with mode: async (the queue server cannot read the runner\'s files): give baseline a URL the server can fetch');
    baselineArtifact = chosen.artifact;
    resolved = resolveSettings(chosen.raw, machine, labelFor, access);
    work = { kind: 'capture', options: resolved.options, remote };
  }
  for (const s of resolved.secrets) io.setSecret(s);

  return {
    work,
    failOn: resolved.failOn,
    webhook: resolved.webhook,
    secrets: [...resolved.secrets, ...(token ? [token] : []), ...(apiKey ? [apiKey] : [])],
    artifact: {
      upload: booleanInput(io, 'upload', true),
      name: artifactInput,
      retentionDays: intInput(io, 'retention-days', 1, 90),
    },
    summary: booleanInput(io, 'summary', true),
    comment: {
      mode: oneOfInput(io, 'comment', ['off', 'on', 'auto'] as const, 'auto'),
      imagesBranch: branchInput(io, 'comment-images-branch'),
      pullRequest: intInput(io, 'pull-request', 1, Number.MAX_SAFE_INTEGER),
    },
    token: token || null,
    // Parsed by resolveSettings with the other #12 settings; absent there, nothing fails on change.
    failOnChange: resolved.failOnChange,
    baselineArtifact,
  };
}

/**
 * `baseline: latest`, or `incremental: true` with no baseline: the newest
 * artifact of this step's artifact name from the default branch, downloaded
 * and passed on as a path. Found none: the run goes on without a baseline
 * (and so not incrementally), every page new.
 */
async function chooseBaseline(
  merged: RawSettings, artifactInput: string | null, machine: { cores: number; freeMemBytes: number },
  find: InputHooks['latestBaseline'] | null, token: string | null, access: SettingsAccess,
): Promise<{ raw: RawSettings; artifact: BaselineArtifact | null; wanted: boolean }> {
  const wanted = merged.baseline === undefined ? isTrue(merged.incremental) : /^latest$/i.test(String(merged.baseline).trim());
  if (!wanted) return { raw: merged, artifact: null, wanted };
  const without: RawSettings = { ...merged, baseline: undefined, incremental: undefined };
  // Resolved once without a baseline only to learn the output and shard the artifact is named after.
  const { output, plan } = resolveSettings(without, machine, labelFor, access).options;
  const name = artifactServiceName(artifactInput ?? defaultArtifactName(output.path, plan.shard), /\.zip$/i.test(output.path) ? 'zip' : 'dir');
  const found = find ? await find(name, token) : null;
  return found ? { raw: { ...merged, baseline: found.path }, artifact: found.artifact, wanted } : { raw: without, artifact: null, wanted };
}

/** A raw boolean as YAML or an input gives it; anything else is left for resolveSettings to reject. */
const isTrue = (v: unknown): boolean => v === true || (typeof v === 'string' && /^true$/i.test(v.trim()));

/** mode: async hands the capture to a queue server (framecap serve) instead of rendering on the runner. */
function remoteInputs(io: ActionIO, apiKey: string): RemoteSettings | null {
  const mode = oneOfInput(io, 'mode', ['local', 'async'] as const, 'local');
  const apiUrl = io.getInput('api-url');
  if (mode === 'local') {
    if (apiUrl) throw new InputError('api-url', "input 'api-url' is used with mode: async; set mode: async or remove it");
    return null;
  }
  if (!apiUrl) throw new InputError('api-url', "mode: async needs input 'api-url', the queue server's origin (e.g. https://shots.example.com)");
  if (!/^https?:\/\//i.test(apiUrl)) throw new InputError('api-url', `input 'api-url' must be an http(s) URL (got "${apiUrl}")`);
  return { apiUrl, apiKey: apiKey || null, pollTimeoutMs: intInput(io, 'poll-timeout', 1_000, 24 * 3_600_000) ?? 3_600_000 };
}

/** Masked before validation, so a value quoted in an error is masked too. */
function maskRawSecrets(io: ActionIO, raw: RawSettings): void {
  for (const name of ['webhook-secret', 'webhook-url'] as const) {
    if (typeof raw[name] === 'string') io.setSecret(raw[name]);
  }
  const auth = raw['http-auth'];
  if (typeof auth === 'string' && auth.includes(':')) io.setSecret(auth.slice(auth.indexOf(':') + 1));
  for (const line of [...(raw.header as string[] | undefined) ?? [], ...(raw['webhook-header'] as string[] | undefined) ?? []]) {
    const value = line.slice(line.indexOf(':') + 1).trim();
    if (value) io.setSecret(value);
  }
  for (const line of (raw.cookie as string[] | undefined) ?? []) {
    const value = (line.split(';')[0] ?? '').split('=').slice(1).join('=').trim();
    if (value) io.setSecret(value);
  }
}

function booleanInput(io: ActionIO, name: string, fallback: boolean): boolean {
  const s = io.getInput(name);
  if (s === '') return fallback;
  if (/^true$/i.test(s)) return true;
  if (/^false$/i.test(s)) return false;
  throw new InputError(name, `input '${name}' must be true or false (got "${s}")`);
}

function intInput(io: ActionIO, name: string, min: number, max: number): number | null {
  const s = io.getInput(name);
  if (s === '') return null;
  const n = /^\d+$/.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `a whole number from ${min}` : `a whole number from ${min} to ${max}`;
    throw new InputError(name, `input '${name}' must be ${range} (got "${s}")`);
  }
  return n;
}

function oneOfInput<T extends string>(io: ActionIO, name: string, allowed: readonly T[], fallback: T): T {
  const s = io.getInput(name);
  if (s === '') return fallback;
  const v = s.toLowerCase() as T;
  if (!allowed.includes(v)) throw new InputError(name, `input '${name}' must be one of ${allowed.join(', ')} (got "${s}")`);
  return v;
}

function artifactName(s: string): string | null {
  if (s === '') return null;
  const bad = ARTIFACT_NAME_FORBIDDEN.exec(s);
  if (bad) throw new InputError('artifact-name', `input 'artifact-name' may not contain ${JSON.stringify(bad[0])} (nor any of " : < > | * ? \\ / or a line break)`);
  if (s.length > 200) throw new InputError('artifact-name', `input 'artifact-name' must be at most 200 characters (got ${s.length})`);
  // With a .zip on the end the artifact would be "<name>.zip.zip".
  return s.replace(/\.zip$/i, '');
}

/** A branch name git and the API accept: no spaces, "..", "~^:?*[\\", leading "-" or "/", trailing "/" or ".lock". */
function branchInput(io: ActionIO, name: string): string | null {
  const s = io.getInput(name).replace(/^refs\/heads\//, '');
  if (s === '') return null;
  const ok = /^[A-Za-z0-9._/-]+$/.test(s) && !s.includes('..') && !s.includes('//') && !/^[-/.]/.test(s) && !/(\/|\.lock|\.)$/.test(s);
  if (!ok) throw new InputError(name, `input '${name}' must be a branch name such as framecap-previews (got "${s}")`);
  return s;
}
