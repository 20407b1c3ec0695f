// A real redis-server for tests: its own port on 127.0.0.1, no RDB snapshots,
// AOF on (as production should run it), data in a temp folder removed on stop.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireSystemPackage } from './system.ts';

/** REDIS_SERVER picks another build; without it, a machine lacking the package fails here, naming it. */
export const REDIS_SERVER = process.env.REDIS_SERVER ?? requireSystemPackage('redis-server');

export interface TestRedis {
  /** redis://127.0.0.1:<port> */
  url: string;
  port: number;
  /** The AOF folder. */
  dir: string;
  /** Kills redis-server (SIGKILL: no shutdown save) and starts it again on the same port and folder. */
  crashAndRestart(): Promise<void>;
  /** Kills redis-server (SIGKILL) and leaves it down; restart() brings it back on the same port and folder. */
  crash(): Promise<void>;
  restart(): Promise<void>;
  /** Stops redis-server (SIGTERM, then SIGKILL) and removes its folder. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startRedis(): Promise<TestRedis> {
  const dir = await mkdtemp(join(tmpdir(), 'framecap-redis-'));
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    let child = await launch(port, dir);
    const crash = async (): Promise<void> => {
      if (child!.exitCode !== null || child!.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()));
      child!.kill('SIGKILL');
      await exited;
    };
    const restart = async (): Promise<void> => {
      child = await launch(port, dir);
      if (!child) throw new Error(`redis-server did not restart on port ${port}`);
    };
    if (child) {
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        dir,
        crashAndRestart: async () => {
          await crash();
          await restart();
        },
        crash: () => crash(),
        restart: () => restart(),
        stop: () => stopChild(child!, dir),
      };
    }
    // Another process may have taken the port between the check and the start: try another.
    if (attempt >= 2) {
      await rm(dir, { recursive: true, force: true });
      throw new Error('redis-server did not start (see its output above)');
    }
  }
}

/** redis-server on port, with its AOF in dir; null (after printing its output) when it did not come up. */
async function launch(port: number, dir: string): Promise<ChildProcess | null> {
  const child = spawn(REDIS_SERVER, [
    '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--dir', dir,
    // What docs/scale-out.md asks of production: fsync every write, never evict queue keys.
    '--appendfsync', 'always', '--maxmemory-policy', 'noeviction',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => { output += d; });
  child.stderr!.on('data', (d: Buffer) => { output += d; });
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 10_000);
    const check = (): void => {
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  if (ready) return child;
  await stopChild(child, null);
  process.stderr.write(`redis-server did not start on port ${port}:\n${output}\n`);
  return null;
}

async function stopChild(child: ChildProcess, dir: string | null): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  if (dir) await rm(dir, { recursive: true, force: true });
}
