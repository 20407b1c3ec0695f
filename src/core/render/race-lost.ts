// A slot's `lost` promise rejects when its page crashes or closes, and never
// settles while the page lives, which is for up to RECYCLE_AFTER targets.
// `Promise.race([what, lost])` leaves one reaction on `lost` per call, and
// each reaction holds the race's own promise and so what it resolved with:
// every shot a slot took stayed reachable until the slot was recycled. A heap
// snapshot half-way through a 200-page full-page run found 102 shots, 230 MB
// of PNG, held that way; the node process peaked at 1.2-1.3 GB. Racing
// through one registry per `lost` promise leaves one reaction on it, however
// many calls are raced, and a call that has settled is forgotten.

interface Registry {
  readonly waiting: Set<(err: unknown) => void>;
  /** Set once `lost` has rejected: later calls fail at once. */
  lostWith: { err: unknown } | null;
}

const registries = new WeakMap<Promise<never>, Registry>();

function registryOf(lost: Promise<never>): Registry {
  let registry = registries.get(lost);
  if (registry) return registry;
  const made: Registry = { waiting: new Set(), lostWith: null };
  lost.catch((err: unknown) => {
    made.lostWith = { err };
    for (const reject of made.waiting) reject(err);
    made.waiting.clear();
  });
  registries.set(lost, made);
  registry = made;
  return registry;
}

/** `what`, or `lost`'s rejection if that comes first; once `what` settles, `lost` keeps no hold on it. */
export function raceLost<T>(what: Promise<T>, lost: Promise<never>): Promise<T> {
  const registry = registryOf(lost);
  if (registry.lostWith) {
    what.catch(() => undefined);
    return Promise.reject(registry.lostWith.err);
  }
  return new Promise<T>((resolve, reject) => {
    registry.waiting.add(reject);
    what.then(
      (value) => {
        registry.waiting.delete(reject);
        resolve(value);
      },
      (err: unknown) => {
        registry.waiting.delete(reject);
        reject(err);
      },
    );
  });
}
