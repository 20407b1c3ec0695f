// Types for bundle-options.mjs, so the benchmark (TypeScript) can bundle as the build does.
import type { BuildOptions } from 'esbuild';

export const EXTERNAL: string[];
export const BUNDLE_OPTIONS: BuildOptions;
