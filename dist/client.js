import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import "./chunks/chunk-MBGJPVZI.js";
import {
  JobsApiError,
  JobsClient
} from "./chunks/chunk-44YEONO2.js";
import {
  parseRetryAfter
} from "./chunks/chunk-IROS6DFE.js";
import "./chunks/chunk-R7XW5ZO3.js";
export {
  JobsApiError,
  JobsClient,
  parseRetryAfter
};
