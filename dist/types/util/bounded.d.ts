/** The value, or undefined when `what` takes longer than `ms` or fails. */
export declare function bounded<T>(what: Promise<T>, ms: number): Promise<T | undefined>;
