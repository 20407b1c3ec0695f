import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CleanupStack, Warnings } from '../src/core/run/setup.ts';

test('the cleanup stack closes last-opened first, and a failing close does not skip the others', async () => {
  const closed: string[] = [];
  const stack = new CleanupStack();
  stack.defer(async () => { closed.push('baseline'); });
  stack.defer(async () => { closed.push('renderer'); throw new Error('renderer would not close'); });
  stack.defer(async () => { closed.push('sink'); });
  await assert.rejects(stack.unwind(), /renderer would not close/);
  assert.deepEqual(closed, ['sink', 'renderer', 'baseline']);
  await stack.unwind();
  assert.deepEqual(closed, ['sink', 'renderer', 'baseline'], 'a second unwind closes nothing twice');
});

test('warnings: every one reaches the door, the manifest keeps 1000 and says how many it dropped', () => {
  const heard: string[] = [];
  const warnings = new Warnings({ warning: (m) => heard.push(m) });
  for (let i = 0; i < 1_003; i++) warnings.warn(`w${i}`);
  assert.equal(heard.length, 1_003);
  const kept = warnings.forManifest();
  assert.equal(kept.length, 1_001);
  assert.equal(kept[999], 'w999');
  assert.equal(kept[1_000], '… 3 more warnings not kept');
});
