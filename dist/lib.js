import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  loadConfigFile,
  mergeSettings,
  parseConfig
} from "./chunks/chunk-F4O2AFM4.js";
import {
  EgressRefused,
  SETTING_NAMES,
  SPEC,
  VERSION,
  blockedReason,
  compareImages,
  defaultCaptureOptions,
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
} from "./chunks/chunk-SYMF2VXX.js";
import "./chunks/chunk-FPIK3LRF.js";
import "./chunks/chunk-IROS6DFE.js";
import {
  UserError
} from "./chunks/chunk-R7XW5ZO3.js";
export {
  EgressRefused,
  SPEC as SETTINGS_SPEC,
  SETTING_NAMES,
  UserError,
  VERSION,
  blockedReason,
  compareImages,
  defaultCaptureOptions,
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
