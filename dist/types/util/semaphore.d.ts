export declare class WeightedSemaphore {
    readonly capacity: number;
    private used;
    private readonly waiting;
    constructor(capacity: number);
    /**
     * `task` once the weights running leave room for `weight`; one heavier than the capacity runs alone. First come,
     * first served: lighter tasks do not overtake a heavy one that waits, so it is never starved.
     */
    run<T>(weight: number, task: () => Promise<T>): Promise<T>;
    private startWaiting;
}
/** At most `max` tasks at once. */
export declare function semaphore(max: number): <T>(task: () => Promise<T>) => Promise<T>;
