// What every CLI command is given: its streams, folder and environment. Its own
// module so that commands (login, merge, serve, worker) and main.ts, which
// registers them, do not import each other.

import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { SettingsAccess } from '../config/settings.ts';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  cwd: string;
  /** For settings that should not be typed on a command line (FRAMECAP_WEBHOOK_SECRET). */
  env?: Record<string, string | undefined>;
  /** Signals that interrupt a run (SIGINT/SIGTERM in the real CLI). */
  onInterrupt?: (handler: () => void) => void;
}

/** Settings' files (--headers-file and the like) are read relative to the command's folder; secrets come from its environment. */
export function localAccess(io: CliIO): SettingsAccess {
  return { env: io.env ?? {}, readFile: (path) => readFileSync(resolvePath(io.cwd, path), 'utf8') };
}
