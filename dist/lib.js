import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  loadConfigFile,
  mergeSettings,
  parseConfig
} from "./chunks/chunk-OWB7YJRO.js";
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
} from "./chunks/chunk-2TDEIW7F.js";
import "./chunks/chunk-3K2ALKP5.js";
import "./chunks/chunk-46ZZMMYQ.js";
import {
  UserError
} from "./chunks/chunk-LKA667FY.js";
import "./chunks/chunk-7UBRMGLF.js";
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
