/** Runs in every document before its own scripts (context.addInitScript). */
export declare function watchIntersectionObservers(): void;
