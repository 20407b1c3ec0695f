import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import "./chunks/chunk-MBGJPVZI.js";
import {
  JobsApiError,
  JobsClient
} from "./chunks/chunk-JKHYEUB5.js";
import {
  parseRetryAfter
} from "./chunks/chunk-46ZZMMYQ.js";
import "./chunks/chunk-2DT44WLF.js";
import "./chunks/chunk-7UBRMGLF.js";
export {
  JobsApiError,
  JobsClient,
  parseRetryAfter
};
