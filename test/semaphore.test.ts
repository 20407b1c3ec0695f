// The weighted semaphore that full-page shots take turns through
// (src/util/semaphore.ts): what runs at once never weighs more than the
// capacity, a task heavier than it runs alone, first come first served.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { semaphore, WeightedSemaphore } from '../src/util/semaphore.ts';

/** A task that records the weight running beside it, and finishes when told. */
function probe(gate: WeightedSemaphore, log: { running: number; peak: number; order: string[] }) {
  return (name: string, weight: number): { done: Promise<string>; finish: () => void; started: () => boolean } => {
    let finish!: () => void;
    let started = false;
    const done = gate.run(weight, async () => {
      started = true;
      log.order.push(name);
      log.running += Math.min(weight, gate.capacity);
      log.peak = Math.max(log.peak, log.running);
      await new Promise<void>((resolve) => { finish = resolve; });
      log.running -= Math.min(weight, gate.capacity);
      return name;
    });
    return { done, finish: () => finish(), started: () => started };
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('WeightedSemaphore', () => {
  test('tasks whose weights fit run together; the next waits for room', async () => {
    const log = { running: 0, peak: 0, order: [] as string[] };
    const start = probe(new WeightedSemaphore(10), log);
    const a = start('a', 4);
    const b = start('b', 6);
    const c = start('c', 3);
    await tick();
    assert.deepEqual([a.started(), b.started(), c.started()], [true, true, false]);
    a.finish();
    await a.done;
    await tick();
    assert.equal(c.started(), true);
    b.finish();
    c.finish();
    assert.deepEqual(await Promise.all([b.done, c.done]), ['b', 'c']);
    assert.equal(log.peak, 10);
  });

  test('a task heavier than the capacity runs alone, and lighter ones behind it wait their turn', async () => {
    const log = { running: 0, peak: 0, order: [] as string[] };
    const start = probe(new WeightedSemaphore(10), log);
    const small = start('small', 2);
    const huge = start('huge', Number.POSITIVE_INFINITY);
    const after = start('after', 1);
    await tick();
    // The huge one waits for the small one, and the light one does not overtake it.
    assert.deepEqual([small.started(), huge.started(), after.started()], [true, false, false]);
    small.finish();
    await small.done;
    await tick();
    assert.deepEqual([huge.started(), after.started()], [true, false]);
    huge.finish();
    await huge.done;
    await tick();
    assert.equal(after.started(), true);
    after.finish();
    await after.done;
    assert.deepEqual(log.order, ['small', 'huge', 'after']);
    assert.equal(log.peak, 10);
  });

  test('a task that throws gives its weight back', async () => {
    const gate = new WeightedSemaphore(1);
    await assert.rejects(gate.run(1, async () => { throw new Error('boom'); }), /boom/);
    assert.equal(await gate.run(1, async () => 'next'), 'next');
  });

  test('semaphore(n) runs at most n tasks at once', async () => {
    const limit = semaphore(2);
    let running = 0;
    let peak = 0;
    await Promise.all(Array.from({ length: 6 }, () => limit(async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
    })));
    assert.equal(peak, 2);
  });
});
