import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  tuneSharpForCaptures
} from "./chunks/chunk-HOMBALN2.js";
import {
  loadConfigFile,
  mergeSettings,
  parseConfig
} from "./chunks/chunk-MO4J7TUP.js";
import {
  SETTING_NAMES,
  SPEC,
  defaultCaptureOptions,
  parsePageRules,
  parseVariants,
  resolveSettings
} from "./chunks/chunk-BCSQKF4B.js";
import {
  EgressRefused,
  VERSION,
  VIDEO_FORMATS,
  VIDEO_LIMITS,
  blockedReason,
  compareImages,
  defaultConcurrency,
  defaultFps,
  egressPolicy,
  findBrowser,
  hasChanges,
  jobTypeOf,
  loadCatalog,
  openBaseline,
  runCapture,
  urlTemplate
} from "./chunks/chunk-ABTWOHNP.js";
import "./chunks/chunk-AYOILTGW.js";
import "./chunks/chunk-46ZZMMYQ.js";
import "./chunks/chunk-3FDA5EIA.js";
import {
  UserError
} from "./chunks/chunk-2DT44WLF.js";
import "./chunks/chunk-7UBRMGLF.js";
export {
  EgressRefused,
  SPEC as SETTINGS_SPEC,
  SETTING_NAMES,
  UserError,
  VERSION,
  VIDEO_FORMATS,
  VIDEO_LIMITS,
  blockedReason,
  compareImages,
  defaultCaptureOptions,
  defaultConcurrency,
  defaultFps,
  egressPolicy,
  findBrowser,
  hasChanges,
  jobTypeOf,
  loadCatalog,
  loadConfigFile,
  mergeSettings,
  openBaseline,
  parseConfig,
  parsePageRules,
  parseVariants,
  resolveSettings,
  runCapture,
  tuneSharpForCaptures,
  urlTemplate
};
