// README's reference tables are generated from the sources they describe:
// the CLI flags from the settings spec (src/config/spec.ts, through
// src/cli/flags.ts), the Action's inputs and outputs from action.yml (itself
// checked against the spec by test/settings-spec.test.ts). `npm run docs`
// rewrites them; test/docs.test.ts fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { CAPTURE_FLAGS } from '../src/cli/flags.ts';

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ').trim();

export function flagsTable(): string {
  const rows = CAPTURE_FLAGS.map((f) => `| \`${cell(f.flag)}\` | ${cell(f.defaultText ?? '')} | ${cell(f.description)}${f.repeatable ? ' (repeatable)' : ''} |`);
  return ['| flag | default | what it does |', '|---|---|---|', ...rows].join('\n');
}

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

export function inputsTable(action: ActionYaml): string {
  const rows = Object.entries(action.inputs).map(([name, i]) => `| \`${name}\` | ${i.default ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`);
  return ['| input | default | what it does |', '|---|---|---|', ...rows].join('\n');
}

export function outputsTable(action: ActionYaml): string {
  const rows = Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return ['| output | what it holds |', '|---|---|', ...rows].join('\n');
}

export function renderReadme(readme: string): string {
  const action = parseYaml(readFileSync('action.yml', 'utf8')) as ActionYaml;
  const tables: Record<string, string> = { flags: flagsTable(), inputs: inputsTable(action), outputs: outputsTable(action) };
  let out = readme;
  for (const [name, table] of Object.entries(tables)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a < 0 || b < a) throw new Error(`README.md lacks the ${start} … ${end} markers`);
    out = `${out.slice(0, a + start.length)}\n${table}\n${out.slice(b)}`;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('README.md', renderReadme(readFileSync('README.md', 'utf8')));
  console.log('README.md tables regenerated');
}
