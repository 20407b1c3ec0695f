// The README is the reference: its tables are generated from the flags and
// action.yml, and must not be stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { CAPTURE_FLAGS } from '../src/cli/flags.ts';
import { renderReadme } from '../scripts/docs-tables.ts';

const readme = readFileSync('README.md', 'utf8');

test('README tables match the settings spec (src/cli/flags.ts) and action.yml (run `npm run docs`)', () => {
  assert.equal(renderReadme(readme), readme, 'README.md is stale: run `npm run docs`');
});

test('README documents every capture flag, Action input and output', () => {
  for (const f of CAPTURE_FLAGS) assert.ok(readme.includes(`\`${f.flag.replaceAll('|', '\\|')}\``), `README lacks ${f.flag}`);
  const action = parseYaml(readFileSync('action.yml', 'utf8'));
  for (const name of Object.keys(action.inputs)) assert.ok(readme.includes(`| \`${name}\` |`), `README lacks input ${name}`);
  for (const name of Object.keys(action.outputs)) assert.ok(readme.includes(`| \`${name}\` |`), `README lacks output ${name}`);
});

test('README has the two-command quick start and an Architecture section', () => {
  assert.match(readme, /bash scripts\/quickstart\.sh/);
  assert.match(readme, /^npm test/m);
  assert.match(readme, /^## Architecture/m);
});
