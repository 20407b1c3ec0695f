// The functions of src/core/render/in-page/ reach the page as their own
// source text. Under tsx (esbuild with keepNames), a named inner function or
// `const f = () => …` gains a call to a `__name` helper that exists only in
// the module, and the page throws "__name is not defined". Each export's
// source must stand alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';

const DIR = new URL('../src/core/render/in-page/', import.meta.url);

test('every in-page function is self-contained source: no esbuild __name helper, no module references', async () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length >= 4, `in-page modules: ${files.join(', ')}`);
  let checked = 0;
  for (const file of files) {
    const mod = (await import(new URL(file, DIR).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      const source = value.toString();
      assert.doesNotMatch(source, /__name\b/, `${file} ${name}: a named inner function or arrow constant; write it inline or as a parameter default`);
      // The page runs it with `new Function`-like evaluation: it must parse on its own.
      assert.doesNotThrow(() => new Function(`return (${source});`), `${file} ${name} parses on its own`);
      checked++;
    }
  }
  assert.ok(checked >= 8, `${checked} functions checked`);
});
