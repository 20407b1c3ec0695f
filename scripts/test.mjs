// Runs every test/**/*.test.ts, each file in its own node process (as node's
// runner does), bundled first with the CLI it starts (scripts/test-bundle.mjs),
// in two lanes at once:
//   - unit files (listed in scripts/test-lanes.mjs): no browser, no Redis, no
//     spawned framecap; two at a time.
//   - every other file drives Chromium, Redis or child processes: at most
//     FRAMECAP_TEST_JOBS of them at a time (default 3). These files spend much
//     of their time waiting (on page timeouts, slow routes, lock expiries,
//     process starts): with two at a time a 2-core machine sat 40% idle, so a
//     third one fills the wait. Once the unit files are done, one of their
//     slots takes browser files too.
// FRAMECAP_TEST_JOBS=1 runs every file one by one, as the suite ran before,
// to tell a test that fails only beside another from one that fails alone.
// A file nobody listed runs in the browser lane: slower, never wrong.
// Each file's output is printed whole when it ends, so two files never interleave.
// Files start longest first, by the wall times the last run kept in
// test/.artifacts/test-times.json, else scripts/test-times.json (files neither has a time for first of all), so
// the slow ones do not start last; the order never changes what runs.
// Extra arguments filter by file name: `npm test -- plan` (one file: its output streams).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNIT_FILES } from './test-lanes.mjs';
import { bundleTests } from './test-bundle.mjs';

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' || e.name.startsWith('.') ? [] : find(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}

// A test file that was killed (a crash, Ctrl-C twice) never ran its clean-up, and what it left in /dev/shm (an npm
// install of the packed tarball is ~350 MB) stays in memory until the machine restarts. Every file is done in
// minutes, so a scratch folder of ours hours old belongs to no running suite.
const STALE_SCRATCH_MS = 2 * 60 * 60 * 1000;
for (const name of (() => { try { return readdirSync('/dev/shm'); } catch { return []; } })()) {
  if (!name.startsWith('framecap-')) continue;
  const path = join('/dev/shm', name);
  try {
    if (Date.now() - statSync(path).mtimeMs > STALE_SCRATCH_MS) rmSync(path, { recursive: true, force: true });
  } catch {
    // gone meanwhile, or not ours to remove
  }
}

const filters = process.argv.slice(2);
const files = find('test').sort().filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}

// Each file runs as its own bundle (scripts/test-bundle.mjs), executed directly: node runs the tests in
// the process it starts (`--test` would start a second process for the one file). FRAMECAP_TEST_TSX=1
// runs the sources under tsx instead, as before the bundles, to tell a bundling fault from a real one.
const fromSource = process.env.FRAMECAP_TEST_TSX === '1';
let scripts = new Map();
if (!fromSource) {
  const t0 = Date.now();
  try {
    const bundle = await bundleTests(process.cwd(), files);
    scripts = bundle.scripts;
    process.env.FRAMECAP_TEST_CLI = bundle.cli;
  } catch (err) {
    console.error(`bundling the tests failed (FRAMECAP_TEST_TSX=1 runs them from source): ${err.message}`);
    process.exit(1);
  }
  console.log(`bundled ${scripts.size} test files and the CLI in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
const nodeTest = (file) => scripts.has(file)
  ? [process.execPath, ['--test-reporter=spec', scripts.get(file)]]
  : [process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', file]];

if (files.length === 1) {
  const [cmd, args] = nodeTest(files[0]);
  process.exit(spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1);
}

const browserJobs = positiveInt(process.env.FRAMECAP_TEST_JOBS, 3);
function positiveInt(text, fallback) {
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`FRAMECAP_TEST_JOBS must be a whole number of at least 1 (got "${text}")`);
    process.exit(2);
  }
  return n;
}

// Node 24 is installed on first use; two dist tests at once would both run npm into .tools/.
if (files.some((f) => readFileSync(f, 'utf8').includes('helpers/checkout.ts'))) {
  const r = spawnSync(process.execPath, ['scripts/node24.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const TIMES = 'test/.artifacts/test-times.json';
// A clean clone (every CI run) has no times of its own: without these (wall times of one whole run on a
// quiet 2-core machine) its files started in name order, the slowest among the last. A checkout's own last
// run's times, when it has them, take precedence.
const SEED_TIMES = 'scripts/test-times.json';
const times = { ...readTimes(SEED_TIMES), ...readTimes(TIMES) };
function readTimes(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}
const longestFirst = (a, b) => (times[b] ?? Infinity) - (times[a] ?? Infinity) || a.localeCompare(b);
const unit = files.filter((f) => UNIT_FILES.has(f)).sort(longestFirst);
const browser = files.filter((f) => !UNIT_FILES.has(f)).sort(longestFirst);
const color = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
const started = Date.now();
const results = [];

/** One file in its own node --test process; resolves with its counts and wall time. */
function runFile(file) {
  const [cmd, args] = nodeTest(file);
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...color } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - t0) / 1000;
      const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(stripColor(out))?.[1] ?? NaN);
      const r = { file, code: code ?? 1, signal, seconds, tests: count('tests'), pass: count('pass'), fail: count('fail'),
        cancelled: count('cancelled'), skipped: count('skipped'), todo: count('todo') };
      process.stdout.write(`\n━━ ${file} (${seconds.toFixed(1)} s${r.code === 0 ? '' : `, exit ${signal ?? r.code}`})\n${out}`);
      results.push(r);
      resolve(r);
    });
  });
}

/** A list of files taken in order by whichever worker is free. */
function queue(list) {
  let next = 0;
  return { take: () => (next < list.length ? list[next++] : undefined) };
}

/** Runs the files of each queue in turn, one at a time, until all are taken. */
async function worker(...queues) {
  for (const q of queues) {
    for (let file = q.take(); file !== undefined; file = q.take()) await runFile(file);
  }
}

const workers = (n, ...queues) => Array.from({ length: n }, () => worker(...queues));
const unitQueue = queue(unit);
const browserQueue = queue(browser);
if (browserJobs === 1) {
  await worker(unitQueue, browserQueue);
} else {
  // The unit files are done in the first third of a run; after them, one of their two slots takes
  // browser files too (browserJobs + 1 at once), so the rest of the run does not leave a core idle.
  await Promise.all([...workers(browserJobs, browserQueue), worker(unitQueue, browserQueue), worker(unitQueue)]);
}

for (const r of results) times[r.file] = Math.round(r.seconds * 10) / 10;
mkdirSync('test/.artifacts', { recursive: true });
writeFileSync(TIMES, JSON.stringify(times, null, 1) + '\n');

const sum = (key) => results.reduce((n, r) => n + (Number.isNaN(r[key]) ? 0 : r[key]), 0);
const failed = results.filter((r) => r.code !== 0 || Number.isNaN(r.tests));
const wall = (Date.now() - started) / 1000;
console.log(`\n━━ slowest files`);
for (const r of [...results].sort((a, b) => b.seconds - a.seconds).slice(0, 10)) console.log(`${r.seconds.toFixed(1).padStart(7)} s  ${r.file}`);
const unitJobs = browserJobs === 1 ? 1 : 2;
console.log(`\n━━ ${results.length} files (${unit.length} unit, ${unitJobs} at a time; ${browser.length} browser/server, ${browserJobs} at a time, ${browserJobs === 1 ? 1 : browserJobs + 1} after the unit files) in ${wall.toFixed(1)} s`);
console.log(`tests ${sum('tests')}, pass ${sum('pass')}, fail ${sum('fail')}, cancelled ${sum('cancelled')}, skipped ${sum('skipped')}, todo ${sum('todo')}`);
if (failed.length > 0) {
  console.log(`failed: ${failed.map((r) => r.file).join(' ')}`);
  process.exit(1);
}

function stripColor(s) {
  return s.replace(/\x1b\[[0-9;]*m/g, '');
}
