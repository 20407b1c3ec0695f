// The folder output. Each file is written under a hidden temporary name in
// its final folder and renamed into place, so a reader (or a crash) never
// sees a half-written image. Nothing is ever written outside the folder:
// names are checked, and the real path of every parent folder (symlinks
// resolved) must lie inside the real output folder.

import { realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { isSystemError, systemProblem } from '../describe-error.ts';
import { UserError } from '../types.ts';
import { makeFolders } from '../../util/make-folders.ts';
import { safeEntryName } from './entry-name.ts';
import type { Sink } from './index.ts';

export class DirSink implements Sink {
  readonly kind = 'dir';
  private state: 'open' | 'closed' | 'aborted' = 'open';
  private readonly names = new Set<string>();
  /** Files we wrote, and the topmost folders we created: what abort() removes. */
  private readonly written: string[] = [];
  private readonly createdDirs = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private tempCounter = 0;

  private constructor(
    readonly path: string,
    private readonly realRoot: string,
    /** The topmost folder open() had to create (the root or an ancestor), if any. */
    private readonly createdTop: string | undefined,
  ) {}

  static async open(path: string): Promise<DirSink> {
    const root = resolve(path);
    const existing = await stat(root).catch(() => null);
    if (existing && !existing.isDirectory()) {
      throw new UserError(`cannot write screenshots to the folder ${root}: a file has that name; choose another output path`);
    }
    try {
      const created = await makeFolders(root);
      return new DirSink(root, await realpath(root), created);
    } catch (err) {
      const problem = isSystemError(err) ? systemProblem(err) : `${(err as Error).message}: check the output path`;
      throw new UserError(`cannot create the output folder ${root}: ${problem}`, { cause: err });
    }
  }

  add(name: string, data: Buffer): Promise<void> {
    const job = this.write(name, data).catch((err: unknown) => {
      throw isSystemError(err) ? new UserError(`cannot write ${resolve(this.path, name)}: ${systemProblem(err)}`, { cause: err }) : err;
    });
    this.inFlight.add(job);
    const forget = (): void => {
      this.inFlight.delete(job);
    };
    job.then(forget, forget);
    return job;
  }

  private async write(name: string, data: Buffer): Promise<void> {
    if (this.state !== 'open') throw new Error(`cannot add ${JSON.stringify(name)}: the output folder is ${this.state}`);
    safeEntryName(name);
    if (this.names.has(name)) throw new Error(`duplicate output file ${JSON.stringify(name)}`);
    this.names.add(name);

    const target = resolve(this.path, name);
    if (!target.startsWith(this.path + sep)) throw new Error(`refusing to write ${JSON.stringify(name)} outside ${this.path}`);
    const folder = dirname(target);
    const created = await makeFolders(folder);
    if (created !== undefined) this.createdDirs.add(created);
    const realFolder = await realpath(folder);
    if (realFolder !== this.realRoot && !realFolder.startsWith(this.realRoot + sep)) {
      throw new Error(`refusing to write ${JSON.stringify(name)}: ${folder} leads outside ${this.path}`);
    }

    const temp = join(realFolder, `.${basename(target)}.${process.pid}-${++this.tempCounter}.partial`);
    try {
      await writeFile(temp, data, { flag: 'wx' });
      await rename(temp, join(realFolder, basename(target)));
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
    this.written.push(target);
  }

  async close(): Promise<void> {
    if (this.state !== 'open') throw new Error(`cannot close the output folder: it is already ${this.state}`);
    this.state = 'closed';
    await Promise.allSettled([...this.inFlight]);
  }

  async abort(): Promise<void> {
    if (this.state === 'aborted') return;
    const wasClosed = this.state === 'closed';
    this.state = 'aborted';
    if (wasClosed) return; // complete output: keep it
    await Promise.allSettled([...this.inFlight]);
    // Remove only what this run made: the folder may hold the user's own files.
    if (this.createdTop !== undefined) {
      await rm(this.createdTop, { recursive: true, force: true });
      return;
    }
    await Promise.all(this.written.map((f) => rm(f, { force: true })));
    await Promise.all([...this.createdDirs].map((d) => rm(d, { recursive: true, force: true })));
  }
}
