// playwright-core, loaded with require() for the reason src/util/sharp.ts
// gives: import 0.60 s CPU, require 0.40 s on this 2-core machine. Types
// still come from `import type ... from 'playwright-core'`.
import { createRequire } from 'node:module';
import type { chromium as chromiumType, errors as errorsType } from 'playwright-core';

const playwright: { chromium: typeof chromiumType; errors: typeof errorsType } = createRequire(import.meta.url)('playwright-core');
export const { chromium, errors } = playwright;
