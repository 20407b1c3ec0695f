/** `what`, or `lost`'s rejection if that comes first; once `what` settles, `lost` keeps no hold on it. */
export declare function raceLost<T>(what: Promise<T>, lost: Promise<never>): Promise<T>;
