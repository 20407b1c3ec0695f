// Installing Chromium's headless shell with playwright-core's own installer:
// the build playwright-core was released with, from its CDN or from the host
// in PLAYWRIGHT_DOWNLOAD_HOST (a mirror, or a test's local server), into
// Playwright's browser cache, where findBrowser looks first.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { UserError } from '../types.ts';
import type { Env } from './find-browser.ts';
import { playwrightCacheRoot } from './find-browser.ts';

export interface ShellBuild {
  /** Playwright's revision number: the cache folder is chromium_headless_shell-<revision>. */
  revision: string;
  browserVersion: string;
  /** Where the installer puts it. */
  dir: string;
}

const INSTALL_TIMEOUT_MS = 10 * 60_000;

function playwrightCoreDir(): string {
  // playwright-core is external to the bundle: this resolves to the copy beside dist/ (or node_modules).
  return dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
}

/** The headless shell this playwright-core installs, and where. */
export function headlessShellBuild(env: Env): ShellBuild {
  const root = playwrightCacheRoot(env);
  if (!root) {
    throw new UserError('PLAYWRIGHT_BROWSERS_PATH=0 keeps browsers inside node_modules, which framecap does not search: unset it to install the headless shell');
  }
  const browsers = JSON.parse(readFileSync(join(playwrightCoreDir(), 'browsers.json'), 'utf8')) as {
    browsers: Array<{ name: string; revision: string; browserVersion: string }>;
  };
  const shell = browsers.browsers.find((b) => b.name === 'chromium-headless-shell');
  if (!shell) throw new Error('playwright-core lists no chromium-headless-shell build');
  return { revision: shell.revision, browserVersion: shell.browserVersion, dir: join(root, `chromium_headless_shell-${shell.revision}`) };
}

/**
 * Runs `playwright-core install chromium-headless-shell` with `env` (which
 * carries PLAYWRIGHT_DOWNLOAD_HOST and PLAYWRIGHT_BROWSERS_PATH when set).
 * A failure is a UserError with the installer's last lines: most are a
 * network or mirror problem the user can fix.
 */
export async function installHeadlessShell(env: Env): Promise<void> {
  const cli = join(playwrightCoreDir(), 'cli.js');
  const child = spawn(process.execPath, [cli, 'install', 'chromium-headless-shell'], {
    env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    // The installer draws a progress bar; the last few KB hold its error, if any.
    output = (output + chunk.toString('utf8')).slice(-8_192);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const timer = setTimeout(() => child.kill('SIGKILL'), INSTALL_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve(status));
  }).finally(() => clearTimeout(timer));
  if (code === 0) return;
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('at ') && !/\d+%/.test(l));
  const tail = lines.slice(-3).join(' / ') || `exit code ${code}`;
  const host = env.PLAYWRIGHT_DOWNLOAD_HOST ? ` from PLAYWRIGHT_DOWNLOAD_HOST=${env.PLAYWRIGHT_DOWNLOAD_HOST}` : '';
  throw new UserError(
    `installing the headless shell${host} failed (${code === null ? 'timed out' : `exit ${code}`}): ${tail}. ` +
    'Check the runner can reach the download host, or use browser: auto to take the Chrome the runner has',
  );
}
