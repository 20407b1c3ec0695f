// raceLost (src/core/render/race-lost.ts): a call raced against a slot's
// never-settling `lost` promise settles as `what` does, fails when the page
// is lost, and leaves nothing of what it resolved with reachable from `lost`.
// The last is checked with the garbage collector itself: a WeakRef to the
// value must clear once the caller lets go, and the same check on a plain
// Promise.race shows the hold it replaced.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { raceLost } from '../src/core/render/race-lost.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type Race = (what: Promise<object>) => Promise<object>;

/** One raced call, in a frame of its own: once it returns, nothing but the race can hold its value. */
async function raceOne(race: Race, i: number): Promise<WeakRef<object>> {
  const value = { shot: Buffer.alloc(1024, i) };
  assert.equal(await race(Promise.resolve(value)), value);
  return new WeakRef(value);
}

/** How many of 20 values `race` resolved with can still be reached once their callers have let go of them. */
async function stillHeld(race: Race): Promise<number> {
  const refs: Array<WeakRef<object>> = [];
  for (let i = 0; i < 20; i++) refs.push(await raceOne(race, i));
  // Finalization runs on a later turn of the event loop.
  for (let i = 0; i < 5; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
  }
  return refs.filter((r) => r.deref() !== undefined).length;
}

test('a settled call is not held by the slot\'s lost promise; Promise.race held every one', async () => {
  const lost = new Promise<never>(() => undefined);
  assert.equal(await stillHeld((what) => raceLost(what, lost)), 0, 'raceLost lets every value go');
  // The check sees a hold when there is one: lost is alive to here.
  assert.equal(await stillHeld((what) => Promise.race([what, lost])), 20, 'Promise.race held every value');
  void lost;
});

test('it settles as the call does, fails with the page lost, and fails at once after that', async () => {
  let markLost!: (err: Error) => void;
  const lost = new Promise<never>((_, reject) => { markLost = reject; });
  lost.catch(() => undefined);
  assert.equal(await raceLost(Promise.resolve(7), lost), 7);
  await assert.rejects(raceLost(Promise.reject(new Error('call failed')), lost), /call failed/);
  const pending = raceLost(new Promise<number>(() => undefined), lost);
  markLost(new Error('page crashed'));
  await assert.rejects(pending, /page crashed/);
  await assert.rejects(raceLost(Promise.resolve(1), lost), /page crashed/, 'a call after the loss');
});
