import type { AllowRule } from './address.js';
export type LookupFn = (hostname: string) => Promise<Array<{
    address: string;
    family: number;
}>>;
/**
 * Turns on the guard for a run (the queue server does; the CLI and the
 * Action do not: CI captures localhost previews). Requests to loopback,
 * private, link-local, metadata, multicast … addresses are refused unless an
 * `allow` entry matches.
 */
export interface EgressPolicy {
    allow: AllowRule[];
    /** DNS lookup; tests replace it. Default: the system resolver (getaddrinfo). */
    lookup?: LookupFn;
}
/** A request the guard refused; `message` says why and how to allow it. */
export declare class EgressRefused extends Error {
    name: string;
    /** Why, without the advice: "10.0.0.1 is a private (RFC 1918) address", for callers that word the advice themselves. */
    readonly reason: string;
    constructor(message: string, reason?: string);
}
export interface Destination {
    /** The address to connect to: the one that was checked. */
    address: string;
    family: 4 | 6;
}
export declare function egressPolicy(entries: readonly string[], lookup?: LookupFn): EgressPolicy;
export declare class EgressGuard {
    private readonly policy;
    private readonly lookup;
    constructor(policy: EgressPolicy);
    /**
     * Where to connect for `host`:`port`. Throws EgressRefused when no address
     * of the host may be reached; DNS failures are thrown as they come.
     */
    resolve(host: string, port: number): Promise<Destination>;
    /** resolve() for a URL, with the URL's default port. */
    resolveUrl(url: URL): Promise<Destination>;
}
export declare function portOf(url: URL): number;
/**
 * The host as a browser would read it: lower case, no trailing dot, IPv4 in
 * any legacy spelling (2130706433, 0x7f.1, 0177.0.0.1) made dotted-decimal.
 */
export declare function canonicalHost(host: string): string;
