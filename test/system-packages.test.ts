// One list of system packages (scripts/system-packages.txt): the README's first
// command, .ci/run and GitHub's CI install from it, and the tests ask for
// nothing it does not name. A drift between them is what left `npm test` red on
// a fresh machine after the quickstart (redis-server and the filter lists were
// only in .ci/run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { OS_PACKAGE } from '../src/core/render/blocker.ts';
import { FONT_SCRIPTS } from '../src/core/render/font-check.ts';
import { PACKAGE_LIST, requireSystemPackage, systemPackages } from './helpers/system.ts';

const INSTALLER = 'scripts/install-system-packages.sh';

test('the list is well formed: one row a package, each with the file that proves it', () => {
  const rows = systemPackages();
  assert.ok(rows.length >= 10, `${rows.length} rows`);
  assert.equal(new Set(rows.map((r) => r.name)).size, rows.length, 'no package twice');
  for (const r of rows) {
    assert.match(r.name, /^[a-z0-9][a-z0-9.+-]+$/, r.name);
    assert.match(r.proof, /^\/\S+$/, `${r.name}: an absolute path`);
    assert.ok(r.why.length > 10, `${r.name}: says what needs it`);
  }
  for (const name of ['chromium', 'chromium-headless-shell', 'redis-server', 'webext-ublock-origin-chromium', 'fonts-noto-color-emoji', 'python3']) {
    assert.ok(rows.some((r) => r.name === name), `${name} is listed`);
  }
});

test("the README's first command, .ci/run and ci.yml install from the list, and name no package of their own", () => {
  const quickstart = readFileSync('scripts/quickstart.sh', 'utf8');
  const ciRun = readFileSync('.ci/run', 'utf8');
  const readme = readFileSync('README.md', 'utf8');
  assert.match(readme, /^bash scripts\/quickstart\.sh\b/m, "the README's first command is the quickstart");
  for (const [name, text] of [['scripts/quickstart.sh', quickstart], ['.ci/run', ciRun]] as const) {
    assert.match(text, /^bash scripts\/install-system-packages\.sh\s*$/m, `${name} runs the installer`);
    assert.doesNotMatch(text, /apt-get\s+install/, `${name} installs no package by name`);
  }
  // .ci/run installs before it runs the tests.
  assert.ok(ciRun.indexOf(INSTALLER) < ciRun.indexOf('npm test'));

  const ci = parseYaml(readFileSync('.github/workflows/ci.yml', 'utf8')) as { jobs: Record<string, { steps: Array<{ run?: string }> }> };
  const testJob = Object.values(ci.jobs).find((j) => j.steps.some((s) => /^npm test\b/m.test(s.run ?? '')));
  assert.ok(testJob, 'ci.yml has a job that runs npm test');
  const runs = testJob.steps.map((s) => s.run ?? '');
  const installAt = runs.findIndex((r) => r.includes(`bash ${INSTALLER}`));
  assert.ok(installAt >= 0, 'ci.yml runs the installer');
  assert.ok(installAt < runs.findIndex((r) => /^npm test\b/m.test(r)), 'before the tests');
  for (const r of runs) assert.doesNotMatch(r, /apt-get\s+install/, 'ci.yml installs no package by name');
  // What apt cannot give on Ubuntu, ci.yml provides and names for the tests.
  assert.ok(systemPackages().some((p) => p.where === 'debian'));
  assert.ok(runs.some((r) => /playwright-core install chromium-headless-shell/.test(r) && /FRAMECAP_TEST_SHELL=/.test(r)), 'ci.yml gives the tests a headless shell');
});

test('every system package a test asks for is on the list', () => {
  const listed = new Set(systemPackages().map((p) => p.name));
  const files = ['test', 'test/helpers'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => join(d, f)))
    .filter((f) => f !== 'test/system-packages.test.ts');
  let asked = 0;
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/requireSystemPackage\('([^']+)'\)/g)) {
      asked++;
      assert.ok(listed.has(m[1]!), `${file} asks for ${m[1]}, which ${PACKAGE_LIST} does not list`);
    }
  }
  assert.ok(asked >= 5, `${asked} asks`);
});

test("every package framecap's own advice names is on the list, so the quickstart machine never hears it", () => {
  const listed = new Set(systemPackages().map((p) => p.name));
  for (const pkg of [...FONT_SCRIPTS.map((f) => f.pkg), OS_PACKAGE]) assert.ok(listed.has(pkg), `${pkg} is on the list`);
});

test('a test that needs a missing package fails, naming it and the installer', () => {
  assert.throws(() => requireSystemPackage('no-such-package'), /no-such-package is not in scripts\/system-packages\.txt/);
  // A real row whose proof file is absent: the same check the installer makes.
  const dir = mkdtempSync(join(tmpdir(), 'framecap-pkgs-'));
  try {
    const rows = systemPackages(`# comment\nsome-tool  ${dir}/absent  all  a tool a test needs\n`);
    assert.deepEqual(rows, [{ name: 'some-tool', proof: `${dir}/absent`, where: 'all', why: 'a tool a test needs' }]);
    assert.throws(() => requireSystemPackage('some-tool', rows),
      new RegExp(`^Error: ${dir}/absent is missing: this test needs the some-tool package \\(a tool a test needs\\); \`bash scripts/install-system-packages\.sh\``));
    writeFileSync(join(dir, 'absent'), '');
    assert.equal(requireSystemPackage('some-tool', rows), `${dir}/absent`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the installer, given a list, reports exactly what is missing (--check)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framecap-installer-'));
  try {
    copyFileSync(INSTALLER, join(dir, 'install-system-packages.sh'));
    const present = join(dir, 'present');
    writeFileSync(present, '');
    const check = (list: string): { code: number | null; out: string } => {
      writeFileSync(join(dir, 'system-packages.txt'), list);
      const r = spawnSync('bash', [join(dir, 'install-system-packages.sh'), '--check'], { encoding: 'utf8' });
      return { code: r.status, out: r.stdout + r.stderr };
    };
    const ok = check(`# c\nthere-pkg  ${present}  all  present already\n`);
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /all present/);
    const missing = check(`there-pkg  ${present}  all  present\ngone-pkg  ${dir}/gone  all  not installed\n`);
    assert.equal(missing.code, 1, missing.out);
    assert.match(missing.out, /missing system packages: gone-pkg \(bash scripts\/install-system-packages\.sh installs them\)/);
    assert.doesNotMatch(missing.out, /there-pkg/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('this machine has every package on the list (after the README\'s first command)', () => {
  const r = spawnSync('bash', [INSTALLER, '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
