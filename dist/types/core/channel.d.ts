export declare class Channel<T> {
    private readonly capacity;
    private readonly items;
    private closed;
    private readonly takers;
    private readonly pushers;
    constructor(capacity: number);
    push(item: T): Promise<void>;
    /** Next item, or done once closed and drained. */
    take(): Promise<IteratorResult<T>>;
    /** No more pushes; takers drain what is left. */
    close(): void;
    /** Remove and return what is still queued (used when a run is interrupted). */
    drain(): T[];
}
