// One build: bundle src/ into dist/ with esbuild, emit the library's type
// declarations into dist/types/, copy the frame data, and vendor the two
// packages that cannot be bundled (sharp's native binding, playwright-core's
// computed requires) with their runtime dependencies into dist/node_modules,
// so the Action runs from a fresh checkout with no install. The npm package
// leaves dist/node_modules out (package.json `files`): a library install gets
// sharp and playwright-core as dependencies, for the user's platform.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_OPTIONS, EXTERNAL } from './bundle-options.mjs';
import { emitDeclarations } from './declarations.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: {
    action: 'src/action/index.ts',
    cli: 'src/cli/index.ts',
    lib: 'src/index.ts',
    server: 'src/server/index.ts',
    client: 'src/client/index.ts',
    // Forked by the embedded queue for each job (src/server/render-off-loop.ts finds it beside the bundle).
    'render-child': 'src/server/render-child.ts',
  },
  outdir: 'dist',
  ...BUNDLE_OPTIONS,
});

const declarations = emitDeclarations(root);

cpSync(join(root, 'frames'), join(dist, 'frames'), { recursive: true });

// Vendor EXTERNAL and their dependency closure, as installed for this platform.
const vendored = new Set();
function vendor(name, fromDir) {
  let dir = fromDir;
  let pkgDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) { pkgDir = candidate; break; }
    const up = dirname(dir);
    if (up === dir) return false;
    dir = up;
  }
  if (vendored.has(pkgDir)) return true;
  vendored.add(pkgDir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const target = join(dist, 'node_modules', relative(join(root, 'node_modules'), pkgDir));
  cpSync(pkgDir, target, { recursive: true, filter: (src) => keep(src) });
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    if (!vendor(dep, pkgDir)) throw new Error(`build: ${name} needs ${dep}, which is not installed`);
  }
  // Optional deps are the per-platform binaries; only the installed ones (linux-x64 on CI) ship.
  for (const dep of Object.keys(pkg.optionalDependencies ?? {})) vendor(dep, pkgDir);
  return true;
}

// Type declarations, native-build sources, docs and maps are not needed at run time.
const DROP = new Set(['playwright-core/types', 'sharp/src', 'sharp/install']);
function keep(src) {
  const rel = relative(join(root, 'node_modules'), src);
  if (DROP.has(rel)) return false;
  return !/\.(d\.[cm]?ts|map|md)$/.test(rel);
}

for (const name of EXTERNAL) {
  if (!vendor(name, root)) throw new Error(`build: ${name} is not installed; run npm ci first`);
}
// autoconsent (--dismiss-consent) is never imported: its content script and rules are read as files
// and injected into pages, so only those files ship, not its 15 MB package.
const AUTOCONSENT = ['package.json', 'LICENSE', 'dist/autoconsent.cjs.js', 'dist/autoconsent.playwright.js', 'rules/rules.json'];
for (const file of AUTOCONSENT) {
  const target = join(dist, 'node_modules/@duckduckgo/autoconsent', file);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(root, 'node_modules/@duckduckgo/autoconsent', file), target);
}

const hasLinuxBinary = existsSync(join(dist, 'node_modules/@img/sharp-linux-x64'));
if (!hasLinuxBinary) throw new Error('build: @img/sharp-linux-x64 is missing; dist/ must carry the linux-x64 binaries (npm install --os=linux --cpu=x64 sharp)');

// A marker so runtime code and tests can tell a bundled build apart.
writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'module', private: true }, null, 2) + '\n');
console.log(`built dist/ (${declarations} type declarations, ${[...vendored].length} vendored packages)`);
