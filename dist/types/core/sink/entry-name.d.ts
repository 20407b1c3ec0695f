/**
 * Checks a name is a plain relative POSIX path that stays inside the output
 * on every OS, and returns it unchanged. Throws otherwise: names come from
 * the planner, so a bad one is a bug, not user input to repair.
 */
export declare function safeEntryName(name: string): string;
/** Why `name` is not a safe entry name (see safeEntryName), or null when it is one. */
export declare function entryNameProblem(name: string): string | null;
