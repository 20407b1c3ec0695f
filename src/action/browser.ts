// The Action's `browser` input. GitHub's Ubuntu runners have Google Chrome,
// the full build, which costs about 1.8x the CPU per page of Chromium's
// headless shell (docs/benchmarks.md). `headless-shell` installs the shell
// with playwright-core's installer and keeps it in the Actions cache, so a
// workflow downloads it once per playwright-core version; `auto` takes the
// shell when the cache or the machine already has it, and Chrome otherwise.

import * as cache from '@actions/cache';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { listFiles } from '../util/list-files.ts';
import { findBrowser } from '../core/render/index.ts';
import type { BrowserChoice, Env } from '../core/render/index.ts';
import { headlessShellBuild, installHeadlessShell } from '../core/render/install-shell.ts';

export interface ShellCache {
  /** true when the folder was restored. */
  restore(dir: string, key: string): Promise<boolean>;
  save(dir: string, key: string): Promise<void>;
}

export interface BrowserLog {
  info(line: string): void;
  warn(line: string): void;
}

/** The Actions cache, or null where the runner offers none (a local run, GHES without it). */
export function actionsCache(): ShellCache | null {
  if (!cache.isFeatureAvailable()) return null;
  return {
    restore: async (dir, key) => (await cache.restoreCache([dir], key)) !== undefined,
    save: async (dir, key) => {
      await cache.saveCache([dir], key);
    },
  };
}

async function shellInstalled(env: Env): Promise<string | null> {
  return findBrowser(null, env, undefined, 'headless-shell').then((c) => c.path, () => null);
}

/**
 * Makes sure the browser `choice` asks for is there before the run looks for
 * one. A browser the user named (browser-path, CHROME_PATH) is left alone.
 */
export async function prepareBrowser(
  choice: BrowserChoice, browserPath: string | null, env: Env, shellCache: ShellCache | null, log: BrowserLog,
): Promise<void> {
  if (choice === 'chrome' || browserPath || env.CHROME_PATH) return;
  if (await shellInstalled(env)) return;
  const build = headlessShellBuild(env);
  // One key per build and platform: a new playwright-core brings a new shell, and a new key.
  const key = `framecap-${basename(build.dir)}-${process.platform}-${process.arch}`;
  if (shellCache) {
    try {
      if (await shellCache.restore(build.dir, key) && await shellInstalled(env)) {
        log.info(`framecap: Chrome Headless Shell ${build.browserVersion} restored from the Actions cache`);
        return;
      }
    } catch (err) {
      log.warn(`browser: the Actions cache could not be read (${(err as Error).message}); going on without it`);
    }
  }
  if (choice === 'auto') {
    log.info('framecap: using the runner\'s Chrome; `browser: headless-shell` installs Chromium\'s headless shell (same pixels, about half the CPU per page)');
    return;
  }
  const started = Date.now();
  log.info(`framecap: installing Chrome Headless Shell ${build.browserVersion} with playwright-core's installer…`);
  await installHeadlessShell(env);
  const path = await shellInstalled(env);
  if (!path) throw new Error(`the installer finished but no headless shell is in ${build.dir}`);
  const megabytes = Math.round((await folderBytes(build.dir)) / 1e6);
  log.info(`framecap: installed ${path} (${megabytes} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (shellCache) {
    try {
      await shellCache.save(build.dir, key);
      log.info(`framecap: saved the headless shell in the Actions cache (${key})`);
    } catch (err) {
      // Two jobs of one workflow may race to save the same key; either copy serves the next run.
      log.warn(`browser: the headless shell was not saved in the Actions cache (${(err as Error).message})`);
    }
  }
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const path of await listFiles(dir)) total += (await stat(path)).size;
  return total;
}
