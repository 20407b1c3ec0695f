// The library door: `import { runCapture } from 'framecap'`.
export { runCapture, jobTypeOf } from './core/run.ts';
export type { RunEvents, RunDeps, RunResult, RunStartInfo } from './core/run.ts';
export { resolveSettings, SETTING_NAMES } from './config/settings.ts';
export type { RawSettings, ResolvedSettings, SettingName } from './config/settings.ts';
export { parseConfig, loadConfigFile, mergeSettings } from './config/file.ts';
export { loadCatalog } from './core/frame/index.ts';
export { findBrowser, defaultConcurrency } from './core/render/index.ts';
export type * from './core/options.ts';
export type * from './core/job.ts';
export type { Manifest, ManifestSettings } from './core/manifest.ts';
export type { ManifestRow, Target, DiscoveredUrl, Shot, Capture } from './core/types.ts';
export { UserError } from './core/types.ts';
export { VERSION } from './version.ts';
export { egressPolicy, EgressRefused, blockedReason } from './core/net/index.ts';
export type { EgressPolicy, AllowRule } from './core/net/index.ts';
