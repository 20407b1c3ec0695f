// sharp, loaded with require(). It stays outside the bundle (dist/ vendors
// it), and an ESM `import` of it goes through its ESM wrapper and node's
// scan of the CommonJS source for named exports (cjs-module-lexer) at every
// process start. Measured on this 2-core machine: import 0.22 s CPU,
// require 0.11 s; with playwright-core (src/util/playwright.ts), 0.3 s off
// each start, on the way to the first capture.
import { createRequire } from 'node:module';
import type sharpFunction from 'sharp';

export const sharp: typeof sharpFunction = createRequire(import.meta.url)('sharp');
