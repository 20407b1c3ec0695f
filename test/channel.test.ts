import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Channel } from '../src/core/channel.ts';

test('push waits while the channel is full, and take releases it', async () => {
  const ch = new Channel<number>(2);
  await ch.push(1);
  await ch.push(2);
  let third = false;
  const p = ch.push(3).then(() => { third = true; });
  await new Promise((r) => setImmediate(r));
  assert.equal(third, false, 'third push must wait: discovery may not run ahead of rendering');
  assert.deepEqual(await ch.take(), { value: 1, done: false });
  await p;
  assert.equal(third, true);
});

test('takers drain what is left after close, then see done', async () => {
  const ch = new Channel<string>(4);
  const waiting = ch.take();
  await ch.push('a');
  assert.deepEqual(await waiting, { value: 'a', done: false });
  await ch.push('b');
  ch.close();
  assert.deepEqual(await ch.take(), { value: 'b', done: false });
  assert.equal((await ch.take()).done, true);
  await assert.rejects(ch.push('c'));
});
