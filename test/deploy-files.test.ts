// The Dockerfile and docker-compose.yml cannot be built or run here (no
// Docker, no registry but npm), so what can be checked is checked: the
// compose file through a real YAML parser, every framecap command and flag in
// it against the CLI's own --help, every FRAMECAP_* variable against what the
// CLI reads, the stop grace against framecap's stop bound; the Dockerfile's
// packages against scripts/system-packages.txt (the one list of what framecap
// needs from the system), and every path it copies or runs against the repo.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runMain } from './helpers/main.ts';
import { STOP_BOUND_MS } from '../src/cli/server-commands.ts';
import { systemPackages } from './helpers/system.ts';

const repo = (path: string): URL => new URL(`../${path}`, import.meta.url);
const read = (path: string): string => readFileSync(repo(path), 'utf8');

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  stop_grace_period?: string;
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
}

const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };

async function helpOf(command: string): Promise<string> {
  const r = await runMain([command, '--help'], { env: {} });
  assert.equal(r.code, 0);
  return r.stdout;
}

function seconds(duration: string): number {
  const m = /^(\d+)(ms|s|m)$/.exec(duration);
  assert.ok(m, `a duration compose understands: ${duration}`);
  return Number(m[1]) * { ms: 0.001, s: 1, m: 60 }[m[2] as 'ms' | 's' | 'm'];
}

test('docker-compose.yml: Redis, an S3-compatible store, one API server and N workers, from one image', () => {
  const s = compose.services;
  assert.deepEqual(Object.keys(s).sort(), ['api', 'bucket', 'minio', 'redis', 'worker']);
  assert.equal(s.api!.build, '.');
  assert.equal(s.worker!.image, s.api!.image, 'workers run the image the API service builds');
  assert.ok((s.worker!.deploy?.replicas ?? 1) >= 2, 'more than one worker');
  assert.deepEqual(s.api!.command!.slice(0, 1), ['serve']);
  assert.deepEqual(s.worker!.command!.slice(0, 1), ['worker']);
  // What docs/scale-out.md asks of Redis, as the test helper runs it.
  for (const flag of ['--appendonly', '--appendfsync', '--maxmemory-policy']) assert.ok(s.redis!.command!.includes(flag), flag);
  assert.equal(s.redis!.command![s.redis!.command!.indexOf('--maxmemory-policy') + 1], 'noeviction');
  // Both framecap services share Redis and the bucket (the YAML merge key gives them one environment).
  for (const name of ['api', 'worker']) {
    const env = s[name]!.environment!;
    assert.equal(env.FRAMECAP_REDIS_URL, 'redis://redis:6379', name);
    assert.match(env.FRAMECAP_STORAGE!, /^s3:\/\/[a-z0-9.-]+\/\w+$/, name);
    assert.equal(env.AWS_ENDPOINT_URL_S3, 'http://minio:9000', name);
    assert.equal(s[name]!.depends_on?.bucket?.condition, 'service_completed_successfully', `${name} starts once the bucket exists`);
  }
});

test('docker-compose.yml: every framecap flag and variable exists in the CLI; the stop grace outlasts framecap\'s own bound', async () => {
  for (const name of ['api', 'worker']) {
    const service = compose.services[name]!;
    const [command, ...args] = service.command!;
    const help = await helpOf(command!);
    for (const flag of args.filter((a) => a.startsWith('--'))) {
      assert.match(help, new RegExp(`(^|\\s)${flag}(\\s|,|$)`, 'm'), `framecap ${command} has ${flag}`);
    }
    // Each flag's help names the variable it falls back to (src/cli/service-flags.ts reads them from the same table).
    for (const variable of Object.keys(service.environment!).filter((v) => v.startsWith('FRAMECAP_'))) {
      assert.match(help.replace(/\s+/g, ' '), new RegExp(`\\(env ${variable}\\b`), `framecap ${command} reads ${variable}`);
    }
    // Docker sends SIGKILL after the grace period: framecap must have exited by itself before.
    assert.ok(seconds(service.stop_grace_period ?? '10s') * 1000 > STOP_BOUND_MS, `${name}: stop_grace_period > ${STOP_BOUND_MS} ms`);
  }
});

/** Instructions of a Dockerfile, continuation lines joined, comments dropped. */
function instructions(text: string): Array<{ op: string; args: string }> {
  return text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => { const [op = '', ...rest] = l.split(/\s+/); return { op: op.toUpperCase(), args: rest.join(' ') }; });
}

test('Dockerfile: a Debian image with the browser and fonts framecap needs, built from files that exist', () => {
  const steps = instructions(read('Dockerfile'));
  const froms = steps.filter((s) => s.op === 'FROM').map((s) => s.args.split(/\s+/)[0]!);
  // The same Debian release as the machines the tests run on, so the packages below are the ones tested.
  const release = /VERSION_CODENAME=(\w+)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
  for (const from of froms) assert.match(from, new RegExp(`^node:20-${release}-slim$`), from);

  const installed = steps.filter((s) => s.op === 'RUN' && s.args.includes('apt-get install'))
    .flatMap((s) => s.args.split(/\s+/)).filter((w) => /^[a-z0-9][a-z0-9.+-]+$/.test(w));
  const needed = systemPackages().filter((p) => p.name === 'chromium-headless-shell' || p.name.startsWith('fonts-'));
  for (const pkg of needed) assert.ok(installed.includes(pkg.name), `the image installs ${pkg.name} (${pkg.why})`);
  const env = steps.filter((s) => s.op === 'ENV').map((s) => s.args).join(' ');
  const chromePath = /CHROME_PATH=(\S+)/.exec(env)?.[1];
  assert.equal(chromePath, needed.find((p) => p.name === 'chromium-headless-shell')!.proof, 'CHROME_PATH is the file the package installs');

  for (const copy of steps.filter((s) => s.op === 'COPY' && !s.args.includes('--from'))) {
    for (const source of copy.args.split(/\s+/).slice(0, -1)) assert.ok(existsSync(repo(source)), `COPY ${source} exists`);
  }
  for (const copy of steps.filter((s) => s.op === 'COPY' && s.args.includes('--from=build'))) {
    const source = copy.args.split(/\s+/)[1]!.replace(/^\/src\//, '');
    // dist/ is what `npm run build` makes in the build stage.
    assert.ok(source === 'dist' || existsSync(repo(source)), `COPY --from=build ${source}`);
  }
  const entry = JSON.parse(steps.find((s) => s.op === 'ENTRYPOINT')!.args) as string[];
  assert.deepEqual(entry.slice(-2), ['node', '/app/bin/framecap.js']);
  assert.ok(existsSync(repo('bin/framecap.js')));
  assert.ok(steps.some((s) => s.op === 'RUN' && s.args.includes('npm run build')));
  assert.ok(steps.some((s) => s.op === 'USER' && s.args !== 'root'), 'Chromium does not run as root');
});
