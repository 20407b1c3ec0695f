// `framecap login`: the login: block alone, writing the storage state that
// later runs load with --storage-state, so a workflow logs in once and its
// shards capture with that one session.
// Exit codes as for capture: 0 logged in, 1 the login failed, 2 usage error.

import type { Command } from 'commander';
import { findConfigFile, loadConfigFile, mergeSettings } from '../config/file.ts';
import { resolveLoginSettings, thisMachine } from '../config/settings.ts';
import { logInOnce } from '../core/render/index.ts';
import { UserError } from '../core/types.ts';
import { makeRedactor } from '../util/redact.ts';
import { addCaptureFlags, flagSettings } from './flags.ts';
import { localAccess } from './io.ts';
import type { CliIO } from './io.ts';

export function registerLoginCommand(program: Command, io: CliIO): void {
  const login = program
    .command('login')
    .description("run framecap.yml's login: block alone and write the storage state (for --storage-state)")
    .option('-c, --config <file>', 'settings file with the login: block (default: ./framecap.yml when present)')
    .option('--save-state <file>', "where to write the storage state (default: the block's save-state)")
    .exitOverride()
    .addHelpText('after', `
Example (log in once, then capture in shards with the session):
  framecap login --save-state auth.json
  framecap capture --sitemap https://app.example.com/sitemap.xml --storage-state auth.json --shard 1/4

The state file holds the session: keep it out of artifacts and repositories.`);
  addCaptureFlags(login);
  login.action(async (opts: Record<string, unknown>, cmd: Command) => {
    const configPath = (opts.config as string | undefined) ?? findConfigFile(io.cwd);
    const fromFile = configPath ? await loadConfigFile(configPath) : {};
    const raw = mergeSettings(fromFile, flagSettings([], opts, cmd));
    const { render, secrets } = resolveLoginSettings(raw, thisMachine(), undefined, localAccess(io));
    const saveState = (opts.saveState as string | undefined) ?? render.login?.saveState ?? null;
    if (!saveState) throw new UserError('say where to write the storage state: --save-state auth.json, or save-state: in the login block');
    const redact = makeRedactor(secrets);
    const state = await logInOnce({ ...render, login: { ...render.login!, saveState } }, (m) => io.stderr.write(`${redact(`warning: ${m}`)}\n`), { env: io.env ?? {} });
    // Names only: the values are the session.
    const names = state.state.cookies.map((c) => c.name).join(', ') || 'none';
    io.stdout.write(`logged in at ${render.login!.url}: ${state.state.cookies.length} cookies (${names}) → ${saveState}\n`);
  });
}
