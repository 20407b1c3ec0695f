// Failures a user can cause or meet, through the real CLI: each ends with one
// line that says what happened and what to do, exit 1, and no stack trace
// unless --debug or FRAMECAP_DEBUG=1 asks for one. The full and read-only
// disks are real tmpfs mounts (we run as root); the port is really taken.
// What the binary itself does (the exit code reaching the shell, the stack
// under FRAMECAP_DEBUG, browser discovery from PATH, a port and a lock held by
// a process, the Action's own entry) runs as a child process; the other
// messages come from main(argv, io) in this process, the same code less one
// Node and tsx start-up each (about 1.2 s of CPU a run).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startExampleSite } from './helpers/site.ts';
import { childEnv, cliArgs, runCli, runProcess } from './helpers/run.ts';
import type { ProcessRun } from './helpers/run.ts';
import { runMain } from './helpers/main.ts';
import { fillTmpfs, mountTmpfs } from './helpers/tmpfs.ts';
import type { Tmpfs } from './helpers/tmpfs.ts';
import { tempDir } from './helpers/temp-dir.ts';

let site: Awaited<ReturnType<typeof startExampleSite>>;
const dir = tempDir('framecap-cli-errors-');
const mounts: Tmpfs[] = [];

before(async () => {
  site = await startExampleSite();
});
after(async () => {
  for (const m of mounts) m.unmount();
  await site.close();
});

const STACK_LINE = /^\s+at /m;

/** The run failed with exactly this one line on stderr (-q: no progress lines) and no stack. */
function assertOneLine(r: ProcessRun, expected: string | RegExp): void {
  assert.equal(r.code, 1, `exit 1\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, STACK_LINE, 'no stack trace');
  assert.doesNotMatch(r.stderr, /unexpected error/);
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `one line on stderr:\n${r.stderr}`);
  if (typeof expected === 'string') assert.equal(lines[0], expected);
  else assert.match(lines[0]!, expected);
}

function tmpfs(t: { skip(message: string): void; diagnostic(message: string): void }, sizeKb: number, readOnly = false): Tmpfs | null {
  const fs = mountTmpfs(sizeKb, { readOnly });
  if ('unavailable' in fs) {
    // The sink tests cover the same messages where mount is not permitted.
    t.diagnostic(`${fs.unavailable}: this end-to-end check cannot run here`);
    t.skip(fs.unavailable);
    return null;
  }
  mounts.push(fs);
  return fs;
}

const capture = (output: string, ...extra: string[]): string[] =>
  ['capture', '--site', site.origin, '--limit', '3', '--device', 'none', '-q', '-o', output, ...extra];

test('a disk that fills up: one line naming the ZIP and the full disk, no file at the output path', async (t) => {
  const fs = tmpfs(t, 256);
  if (!fs) return;
  fillTmpfs(fs.dir, 40);
  const zip = join(fs.dir, 'out.zip');
  const r = await runCli(capture(zip));
  assertOneLine(r, `framecap: cannot write the ZIP ${zip}: the disk is full (ENOSPC): free some space or write the output elsewhere`);
  assert.deepEqual(readdirSync(fs.dir), ['filler'], 'neither the ZIP nor its temporary file is left');
});

test('a disk that fills up keeps the earlier ZIP as it was; FRAMECAP_DEBUG=1 adds the stack', async (t) => {
  const fs = tmpfs(t, 256);
  if (!fs) return;
  const zip = join(fs.dir, 'out.zip');
  writeFileSync(zip, 'the earlier run');
  fillTmpfs(fs.dir, 40);
  const r = await runCli(capture(zip), { env: childEnv({ FRAMECAP_DEBUG: '1' }) });
  assert.equal(r.code, 1);
  const [first, ...rest] = r.stderr.split('\n');
  assert.equal(first, `framecap: cannot write the ZIP ${zip}: the disk is full (ENOSPC): free some space or write the output elsewhere`);
  assert.match(rest.join('\n'), STACK_LINE, 'the stack follows with FRAMECAP_DEBUG=1');
  assert.match(rest.join('\n'), /ENOSPC: no space left on device/, "and Node's own error as the cause");
  assert.equal(readFileSync(zip, 'utf8'), 'the earlier run');
  assert.deepEqual(readdirSync(fs.dir).sort(), ['filler', 'out.zip']);
});

test('a folder output on a full disk: one line naming the file, the folder removed again', async (t) => {
  const fs = tmpfs(t, 256);
  if (!fs) return;
  fillTmpfs(fs.dir, 40);
  const shots = join(fs.dir, 'shots');
  const r = await runMain(capture(shots));
  assertOneLine(r, new RegExp(`^framecap: cannot write ${shots}/[\\w.-]+\\.png: the disk is full \\(ENOSPC\\): free some space or write the output elsewhere$`));
  assert.deepEqual(readdirSync(fs.dir), ['filler'], 'the folder this run made is gone');
});

test('a read-only disk: one line saying so', async (t) => {
  const fs = tmpfs(t, 64, true);
  if (!fs) return;
  const zip = join(fs.dir, 'out.zip');
  assertOneLine(await runMain(capture(zip)), `framecap: cannot write the ZIP ${zip}: the file system is read-only (EROFS): choose a writable path`);
});

test('a folder where the ZIP should go, a file where a folder should be: one line each; --debug shows the stack', async () => {
  const folder = join(dir, 'taken.zip');
  mkdirSync(folder);
  assertOneLine(await runMain(capture(folder)), `framecap: cannot write the ZIP ${folder}: a folder has that name; choose another output path`);

  const file = join(dir, 'a-file');
  writeFileSync(file, 'x');
  assertOneLine(await runMain(capture(join(file, 'out.zip'))),
    `framecap: cannot write the ZIP ${join(file, 'out.zip')}: a part of the path is a file, not a folder (ENOTDIR): choose another output path`);
  assertOneLine(await runMain(capture(file)), `framecap: cannot write screenshots to the folder ${file}: a file has that name; choose another output path`);

  // --debug before the command or after it.
  for (const args of [['--debug', ...capture(join(file, 'out.zip'))], [...capture(join(file, 'out.zip')), '--debug']]) {
    const r = await runMain(args);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^framecap: cannot write the ZIP .*\(ENOTDIR\)/);
    assert.match(r.stderr, STACK_LINE, `${args.join(' ')} prints the stack`);
  }
  assert.equal(readFileSync(file, 'utf8'), 'x', 'the file is untouched');
  assert.ok(!existsSync(join(dir, '.taken.zip')));
});

test('no browser: one line saying where we looked and how to install one', async () => {
  const empty = join(dir, 'no-browsers');
  mkdirSync(empty);
  const env = childEnv({ PATH: empty, PLAYWRIGHT_BROWSERS_PATH: empty }, (name) => name === 'CHROME_PATH');
  const r = await runCli(capture(join(dir, 'never.zip')), { env });
  assertOneLine(r, /^framecap: no Chrome or Chromium found \(looked at CHROME_PATH, .*\): install one .*CHROME_PATH or --browser-path/);
  assert.ok(!existsSync(join(dir, 'never.zip')));
});

test('serve on a port in use: one line naming the port, the process ends and frees the data folder', { timeout: 60_000 }, async () => {
  const taken: Server = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const port = (taken.address() as AddressInfo).port;
  const dataDir = join(dir, 'serve-data');
  try {
    const r = await runCli(['serve', '--port', String(port), '--data-dir', dataDir, '--allow-no-auth']);
    assertOneLine(r, `framecap: cannot start the queue server: port ${port} on 127.0.0.1 is already in use (EADDRINUSE): stop the program listening there, or choose another port (--port)`);
  } finally {
    taken.close();
  }
  // The failed start released the data folder's lock: a server on a free port takes it at once.
  const child = spawn(process.execPath, cliArgs(['serve', '--port', '0', '--data-dir', dataDir, '--allow-no-auth']), { env: childEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const started = await new Promise<boolean>((resolve) => {
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d;
      if (/queue server on http:\/\/127\.0\.0\.1:\d+/.test(stderr)) resolve(true);
    });
    child.on('exit', () => resolve(false));
  });
  if (child.exitCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  assert.ok(started, `a second server starts on the same data folder: ${stderr}`);
});

test('a bad Redis URL: unparseable, wrong scheme, nobody listening; one line each', { timeout: 60_000 }, async () => {
  const dataDir = join(dir, 'redis-data');
  assertOneLine(await runMain(['serve', '--data-dir', dataDir, '--allow-no-auth', '--port', '0', '--redis', 'not a url']),
    'framecap: --redis must be a URL such as redis://127.0.0.1:6379 (got "(unparseable URL)")');
  assertOneLine(await runMain(['worker', '--data-dir', dataDir, '--redis', 'http://127.0.0.1:6379']),
    'framecap: --redis must start with redis:// or rediss:// (got http://…)');

  // A loopback port nobody listens on: take one, then free it.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const r = await runMain(['worker', '--data-dir', dataDir, '--redis', `redis://:s3cret-password@127.0.0.1:${port}`]);
  assertOneLine(r, `framecap: cannot reach Redis at redis://127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port}): is redis-server running, and is the URL right?`);
  assert.doesNotMatch(r.stderr, /s3cret/, 'the password never shows');
});

test('the Action door fails a full disk with the same one ::error:: line, no stack', async (t) => {
  const fs = tmpfs(t, 256);
  if (!fs) return;
  fillTmpfs(fs.dir, 40);
  const zip = join(fs.dir, 'action.zip');
  const outputFile = join(dir, 'action-outputs.txt');
  writeFileSync(outputFile, '');
  const env = childEnv({
    GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir,
    INPUT_URLS: `${site.origin}/`, INPUT_DEVICE: 'none', INPUT_OUTPUT: zip, INPUT_UPLOAD: 'false',
  }, (name) => /^(INPUT_|GITHUB_|ACTIONS_|RUNNER_|FRAMECAP_)/.test(name));
  const loader = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
  const r = await runProcess(process.execPath, ['--import', loader, join(process.cwd(), 'src/action/index.ts')], { cwd: dir, env });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
  assert.deepEqual(errors, [`::error::cannot write the ZIP ${zip}: the disk is full (ENOSPC): free some space or write the output elsewhere`]);
  assert.doesNotMatch(r.stdout + r.stderr, STACK_LINE, 'no stack trace');
  assert.deepEqual(readdirSync(fs.dir), ['filler']);
});
