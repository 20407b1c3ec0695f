import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  loadConfigFile,
  mergeSettings,
  parseConfig
} from "./chunks/chunk-GS2XAVXM.js";
import {
  SETTING_NAMES,
  UserError,
  VERSION,
  defaultConcurrency,
  findBrowser,
  jobTypeOf,
  loadCatalog,
  resolveSettings,
  runCapture
} from "./chunks/chunk-FZE32QI5.js";
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
