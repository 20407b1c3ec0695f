// Bounds how much work runs at once: tasks each weigh something (1 for a plain
// count, pixels for a screenshot), and those running never weigh more than
// the capacity together.

export class WeightedSemaphore {
  private used = 0;
  private readonly waiting: Array<{ weight: number; start: () => void }> = [];

  constructor(readonly capacity: number) {}

  /**
   * `task` once the weights running leave room for `weight`; one heavier than the capacity runs alone. First come,
   * first served: lighter tasks do not overtake a heavy one that waits, so it is never starved.
   */
  async run<T>(weight: number, task: () => Promise<T>): Promise<T> {
    const w = Math.min(Math.max(0, weight), this.capacity);
    if (this.waiting.length > 0 || this.used + w > this.capacity) await new Promise<void>((start) => this.waiting.push({ weight: w, start }));
    else this.used += w;
    try {
      return await task();
    } finally {
      this.used -= w;
      this.startWaiting();
    }
  }

  private startWaiting(): void {
    while (this.waiting.length > 0 && this.used + this.waiting[0]!.weight <= this.capacity) {
      const next = this.waiting.shift()!;
      this.used += next.weight;
      next.start();
    }
  }
}

/** At most `max` tasks at once. */
export function semaphore(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  const gate = new WeightedSemaphore(max);
  return (task) => gate.run(1, task);
}
