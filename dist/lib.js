import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  loadConfigFile,
  mergeSettings,
  parseConfig
} from "./chunks/chunk-KHDFAHO2.js";
import {
  EgressRefused,
  SETTING_NAMES,
  VERSION,
  blockedReason,
  compareImages,
  defaultConcurrency,
  egressPolicy,
  findBrowser,
  hasChanges,
  jobTypeOf,
  loadCatalog,
  openBaseline,
  resolveSettings,
  runCapture,
  urlTemplate
} from "./chunks/chunk-A3FTA7JN.js";
import "./chunks/chunk-IROS6DFE.js";
import {
  UserError
} from "./chunks/chunk-R7XW5ZO3.js";
export {
  EgressRefused,
  SETTING_NAMES,
  UserError,
  VERSION,
  blockedReason,
  compareImages,
  defaultConcurrency,
  egressPolicy,
  findBrowser,
  hasChanges,
  jobTypeOf,
  loadCatalog,
  loadConfigFile,
  mergeSettings,
  openBaseline,
  parseConfig,
  resolveSettings,
  runCapture,
  urlTemplate
};
