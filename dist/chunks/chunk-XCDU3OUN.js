import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);

// src/core/frame/sharp-tuning.ts
import sharp from "sharp";
function tuneSharpForCaptures() {
  sharp.cache(false);
  sharp.concurrency(1);
}

export {
  tuneSharpForCaptures
};
