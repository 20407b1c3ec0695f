import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  sharp
} from "./chunk-AYOILTGW.js";

// src/core/frame/sharp-tuning.ts
function tuneSharpForCaptures() {
  sharp.cache(false);
  sharp.concurrency(1);
}

export {
  tuneSharpForCaptures
};
