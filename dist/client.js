import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import "./chunks/chunk-MBGJPVZI.js";
import {
  JobsApiError,
  JobsClient
} from "./chunks/chunk-5IJF4HZP.js";
import {
  parseRetryAfter
} from "./chunks/chunk-IROS6DFE.js";
import "./chunks/chunk-LKA667FY.js";
import "./chunks/chunk-7UBRMGLF.js";
export {
  JobsApiError,
  JobsClient,
  parseRetryAfter
};
