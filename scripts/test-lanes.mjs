// Which test files run in the unit lane of scripts/test.mjs: no browser, no
// redis-server, no spawned framecap; in-process HTTP servers and quick tools
// (python3, unzip, bash --check) are fine. Two of them run at a time beside
// the browser lane. A file that is not listed runs in the browser lane, so a
// new file is never raced against the others before someone says it may be;
// list it here once it holds no browser, no Redis and no child framecap.
export const UNIT_FILES = new Set([
  'action-baseline', 'action-inputs', 'action-services', 'action-thumbnails', 'action-workflows', 'api-contract', 'archive-safety', 'auth-settings',
  'channel', 'client', 'compare', 'composite-layout', 'context-profile', 'deploy-files', 'describe-error',
  'discover', 'docs', 'egress-address', 'egress-fetch', 'egress-proxy', 'frame-golden', 'frame-shadow', 'frame',
  'gallery', 'in-page', 'output-reader', 'page-rules-config', 'per-pattern', 'plan', 'property-variants', 'property', 'run-loop', 'semaphore', 'race-lost',
  'server-abuse', 'server-routes', 'service-flags', 'settings-spec', 'settings', 'sink', 'steps-settings', 'system-packages',
  'webhook',
].map((name) => `test/${name}.test.ts`));
