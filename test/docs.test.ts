// The README is the reference: every flag, input and output must be in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { CAPTURE_FLAGS } from '../src/cli/flags.ts';

const readme = readFileSync('README.md', 'utf8');

test('README documents every capture flag', () => {
  const table = readme.slice(readme.indexOf('<!-- flags:start -->'), readme.indexOf('<!-- flags:end -->'));
  for (const f of CAPTURE_FLAGS) {
    const escaped = f.flag.replaceAll('|', '\\|');
    assert.ok(table.includes(`\`${escaped}\``), `README flags table lacks ${f.flag}`);
  }
});

test('README documents every Action input and output', () => {
  const action = parseYaml(readFileSync('action.yml', 'utf8'));
  for (const name of Object.keys(action.inputs)) assert.ok(readme.includes(`| \`${name}\` |`), `README lacks input ${name}`);
  for (const name of Object.keys(action.outputs)) assert.ok(readme.includes(`| \`${name}\` |`), `README lacks output ${name}`);
});

test('README has the two-command quick start and an Architecture section', () => {
  assert.match(readme, /bash scripts\/quickstart\.sh/);
  assert.match(readme, /^npm test/m);
  assert.match(readme, /^## Architecture/m);
});
