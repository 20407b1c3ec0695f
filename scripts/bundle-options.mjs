// How framecap's code is bundled, shared by the build (scripts/build.mjs →
// dist/) and the benchmark's start-up measurement (bench/first-capture.ts),
// so the benchmark starts a process that loads code exactly as dist/ does.

/** Packages that cannot be bundled: sharp's native binding, playwright-core's computed requires. */
export const EXTERNAL = ['sharp', 'playwright-core'];

/** esbuild options for every bundle; the caller adds absWorkingDir, entryPoints and outdir. */
export const BUNDLE_OPTIONS = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __framecapCreateRequire } from 'node:module';\nconst require = __framecapCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
};
