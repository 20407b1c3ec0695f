import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import "./chunks/chunk-MBGJPVZI.js";
import {
  JobsApiError,
  JobsClient,
  parseRetryAfter
} from "./chunks/chunk-7KDZT4CS.js";
import "./chunks/chunk-R7XW5ZO3.js";
export {
  JobsApiError,
  JobsClient,
  parseRetryAfter
};
