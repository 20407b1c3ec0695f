/** An error from the OS as Node reports it: a code such as ENOSPC, and what it was about. */
export interface SystemError extends Error {
    code: string;
    syscall?: string;
    path?: string;
    address?: string;
    port?: number;
}
export declare function isSystemError(err: unknown): err is SystemError;
/**
 * What happened and what to do, for a system error: "the disk is full
 * (ENOSPC): free some space or write the output elsewhere". The caller says
 * what it was doing to what ("cannot write the ZIP /x/out.zip: …"). Unknown
 * codes keep Node's own words.
 */
export declare function systemProblem(err: SystemError): string;
/** "cannot write /x: the disk is full (ENOSPC): …", from a system error alone (no caller said what it was doing). */
export declare function describeSystemError(err: SystemError): string;
export interface Failure {
    /** The one line to show. */
    message: string;
    /** False for a bug (nothing the user did or met explains it): the door asks for a report. */
    expected: boolean;
    /** The stack (and its causes'), for the debug switch. */
    stack: string;
}
/** What a door prints when a command fails: one line a user can act on; the stack only for debugging. */
export declare function describeFailure(err: unknown): Failure;
/** FRAMECAP_DEBUG=1 (or true/yes): show stacks. */
export declare function debugFromEnv(env: Record<string, string | undefined>): boolean;
