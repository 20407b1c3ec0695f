/**
 * `what`'s value, or the error `onTimeout` makes once `ms` have passed; the
 * timer is always cleared. `what` losing the race never rejects unhandled.
 */
export declare function within<T>(what: Promise<T>, ms: number, onTimeout: () => Error): Promise<T>;
/** The value, or undefined when `what` takes longer than `ms` or fails. */
export declare function bounded<T>(what: Promise<T>, ms: number): Promise<T | undefined>;
