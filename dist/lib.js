import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  loadConfigFile,
  mergeSettings,
  parseConfig
} from "./chunks/chunk-VU263K4E.js";
import {
  SETTING_NAMES,
  VERSION,
  defaultConcurrency,
  findBrowser,
  jobTypeOf,
  loadCatalog,
  resolveSettings,
  runCapture
} from "./chunks/chunk-7M5YTZGK.js";
import "./chunks/chunk-U4YLKYCL.js";
import {
  UserError
} from "./chunks/chunk-R7XW5ZO3.js";
export {
  SETTING_NAMES,
  UserError,
  VERSION,
  defaultConcurrency,
  findBrowser,
  jobTypeOf,
  loadCatalog,
  loadConfigFile,
  mergeSettings,
  parseConfig,
  resolveSettings,
  runCapture
};
