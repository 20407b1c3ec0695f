// Bundles the test files (and the CLI and render child they start) with
// esbuild before a run, so each test process loads one file of plain
// JavaScript instead of resolving and transforming a few hundred TypeScript
// modules through tsx's loader hooks. Measured on this 2-core machine: a test
// process under tsx costs 0.4–1 s more CPU than the same file bundled, and a
// spawned CLI or forked render child 0.7 s more (1.55 against 0.85 s CPU to
// load the capture pipeline); the suite starts ~85 test processes and ~100
// children.
//
// The bundles stay faithful to the sources:
//   - every module keeps its own import.meta.url, .dirname and .filename (the
//     plugin writes in the source file's), so code that finds frames/, fixtures or packages
//     from its own location finds them as it does from source;
//   - except src/server/render-off-loop.ts, which looks for its child beside
//     the bundle, as it does in dist/, so a forked render child is bundled too;
//   - packages stay external: node_modules is loaded as it is from source;
//   - no keepNames (as dist/ is built): in-page functions reach the page as
//     the compiler wrote them.
// Files that import TypeScript at run time (TSX_FILES) still run under tsx.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const BUNDLE_DIR = 'test/.artifacts/bundle';

/**
 * Test files that only run under tsx: in-page imports .ts modules by computed
 * URL (it checks what tsx's transform makes of them); action-workflows uses
 * @actions/workflow-parser, which imports JSON without an import attribute,
 * as only tsx's loader accepts.
 */
export const TSX_FILES = new Set(['test/in-page.test.ts', 'test/action-workflows.test.ts']);

const CHILD_LOOKS_BESIDE_BUNDLE = /[\\/]src[\\/]server[\\/]render-off-loop\.ts$/;

const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(ts|mts|mjs|js)$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const loader = /\.m?ts$/.test(args.path) ? 'ts' : 'js';
      if (CHILD_LOOKS_BESIDE_BUNDLE.test(args.path) || !text.includes('import.meta.')) return { contents: text, loader };
      const own = { url: pathToFileURL(args.path).href, dirname: dirname(args.path), filename: args.path };
      return { contents: text.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) => JSON.stringify(own[key])), loader };
    });
  },
};

/**
 * Bundles `files` (test/*.test.ts) into BUNDLE_DIR; returns a map from each
 * file to the script to run (files in TSX_FILES have none), and the CLI's
 * script. Throws on a build error.
 */
export async function bundleTests(root, files) {
  const out = join(root, BUNDLE_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const entryPoints = { cli: 'src/cli/index.ts', 'render-child': 'src/server/render-child.ts' };
  const scripts = new Map();
  for (const file of files) {
    if (TSX_FILES.has(file)) continue;
    const name = basename(file, '.ts');
    entryPoints[name] = file;
    scripts.set(file, join(out, `${name}.js`));
  }
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    plugins: [ownImportMetaUrl],
    logLevel: 'warning',
  });
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
  return { scripts, cli: join(out, 'cli.js') };
}

