// dist/ the way GitHub runs it: a copy of what a checkout holds at run time
// (no node_modules anywhere up the tree) and Node 24 from the npm registry.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scratchRoot } from './scratch.ts';

const CHECKOUT_PATHS = ['action.yml', 'package.json', 'bin', 'dist'];

export function freshCheckout(prefix: string): string {
  assert.ok(existsSync('dist/action.js'), 'dist/ is missing: run `npm run build`');
  const checkout = mkdtempSync(join(scratchRoot(), prefix));
  for (const p of CHECKOUT_PATHS) cpSync(p, join(checkout, p), { recursive: true });
  for (let d = checkout; d !== dirname(d); d = dirname(d)) {
    assert.ok(!existsSync(join(d, 'node_modules')), `${d}/node_modules would hide a missing vendored package`);
  }
  return checkout;
}

/** Path of a Node 24 binary (installed into .tools/ on first use). */
export function node24(): string {
  return execFileSync(process.execPath, ['scripts/node24.mjs'], { encoding: 'utf8' }).trim().split('\n').pop()!;
}
