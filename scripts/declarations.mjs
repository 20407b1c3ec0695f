// The library's .d.ts files: tsc's declaration emit for tsconfig.types.json,
// with relative `./x.ts` specifiers rewritten to `./x.js`. tsc leaves them as
// written in declarations even with rewriteRelativeImportExtensions
// (microsoft/TypeScript#61037); TypeScript accepts them, but older compilers,
// editors and other tools reading dist/types/ look for files that do not exist.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** Emits into the config's outDir; throws with tsc's diagnostics when the sources do not type-check. */
export function emitDeclarations(root, configFile = 'tsconfig.types.json') {
  buildInPage(root);
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(format([d])); } };
  const config = ts.getParsedCommandLineOfConfigFile(join(root, configFile), undefined, host);
  if (config.errors.length) throw new Error(format(config.errors));
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences });
  let files = 0;
  const result = program.emit(undefined, (file, text) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, jsSpecifiers(file, text));
    files++;
  }, undefined, true);
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length || result.emitSkipped) throw new Error(`build: the type declarations did not emit:\n${format(diagnostics)}`);
  return files + copyInPage(root, config.options.outDir);
}

/**
 * The in-page functions are their own project (DOM types, no Node's): the
 * program below reads their declarations, which tsc -b writes to .tsbuild/.
 */
const IN_PAGE_DECLARATIONS = '.tsbuild/in-page';

function buildInPage(root) {
  const host = ts.createSolutionBuilderHost(ts.sys, undefined, (d) => { throw new Error(format([d])); });
  const status = ts.createSolutionBuilder(host, [join(root, 'src/core/render/in-page')], {}).build();
  if (status !== ts.ExitStatus.Success) throw new Error('build: the in-page functions (src/core/render/in-page) do not type-check: run npm run typecheck');
}

/** The in-page project's declarations beside the rest: modules of the library's types import their argument types. */
function copyInPage(root, outDir) {
  const from = join(root, IN_PAGE_DECLARATIONS);
  const to = join(outDir, 'core/render/in-page');
  mkdirSync(to, { recursive: true });
  // Only those of sources that still exist: tsc -b leaves the declarations of a deleted file behind.
  const names = readdirSync(from).filter((n) => n.endsWith('.d.ts') && existsSync(join(root, 'src/core/render/in-page', n.replace(/\.d\.ts$/, '.ts'))));
  for (const name of names) writeFileSync(join(to, name), jsSpecifiers(join(to, name), readFileSync(join(from, name), 'utf8')));
  return names.length;
}

function jsSpecifiers(file, text) {
  let out = '';
  let at = 0;
  // preProcessFile is tsc's own scanner: it finds `from '…'`, `import('…')` and `/// <reference>` alike.
  for (const { fileName, pos } of ts.preProcessFile(text, true, true).importedFiles) {
    if (!/^\.\.?\//.test(fileName)) continue;
    if (!fileName.endsWith('.ts') || fileName.endsWith('.d.ts')) throw new Error(`build: ${file} imports ${fileName}; relative imports in src/ end in .ts`);
    // pos is where the string literal starts, its quote included.
    const start = text.indexOf(fileName, pos);
    out += text.slice(at, start) + fileName.slice(0, -'.ts'.length) + '.js';
    at = start + fileName.length;
  }
  return out + text.slice(at);
}

function format(diagnostics) {
  return ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' });
}
