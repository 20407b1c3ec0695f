import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
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
} from "./chunks/chunk-JRZVPKU4.js";
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
