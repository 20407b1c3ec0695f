// A bounded async queue between discovery and the render workers: push()
// waits while the queue is full, so discovery never runs far ahead of
// rendering, and memory stays flat however large the site is.

export class Channel<T> {
  private readonly items: T[] = [];
  private closed = false;
  private readonly takers: Array<(v: IteratorResult<T>) => void> = [];
  private readonly pushers: Array<() => void> = [];

  constructor(private readonly capacity: number) {}

  async push(item: T): Promise<void> {
    while (!this.closed && this.items.length >= this.capacity && this.takers.length === 0) {
      await new Promise<void>((resolve) => this.pushers.push(resolve));
    }
    if (this.closed) throw new Error('push to a closed channel');
    const taker = this.takers.shift();
    if (taker) taker({ value: item, done: false });
    else this.items.push(item);
  }

  /** Next item, or done once closed and drained. */
  take(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) {
      this.pushers.shift()?.();
      return Promise.resolve({ value: item, done: false });
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.takers.push(resolve));
  }

  /** No more pushes; takers drain what is left. */
  close(): void {
    this.closed = true;
    for (const t of this.takers.splice(0)) t({ value: undefined, done: true });
    for (const p of this.pushers.splice(0)) p();
  }

  /** Remove and return what is still queued (used when a run is interrupted). */
  drain(): T[] {
    const rest = this.items.splice(0);
    for (const p of this.pushers.splice(0)) p();
    return rest;
  }
}
