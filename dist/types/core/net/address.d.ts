/** An IP address without brackets or zone, or null when `host` is not an IP literal. */
export declare function ipLiteral(host: string): string | null;
/**
 * Why the guard refuses to connect to `ip` (a literal IPv4 or IPv6 address),
 * or null when it is a public address.
 */
export declare function blockedReason(ip: string): string | null;
/**
 * One allow-list entry. A host entry matches the name as requested (before
 * DNS); a network entry matches the address it resolved to. Either may name
 * one port, else every port.
 */
export type AllowRule = {
    kind: 'host';
    name: string;
    wildcard: boolean;
    port: number | null;
} | {
    kind: 'network';
    family: 4 | 6;
    base: bigint;
    prefix: number;
    port: number | null;
};
/**
 * Parses the operator's allow-list entries:
 *   intranet.example.com      that host name, any port
 *   *.corp.example.com        any name under it
 *   localhost:8080            a name and one port
 *   10.0.0.5, [fd00::5]       one address, any port
 *   127.0.0.1:3000, [::1]:3000  one address and one port
 *   10.0.0.0/8, fd00::/8      a network (CIDR), any port
 */
export declare function parseAllowRule(entry: string): AllowRule;
/** Whether an allow-list entry lets a request for `host`:`port` connect to `ip`. */
export declare function ruleAllows(rule: AllowRule, host: string, ip: string, port: number): boolean;
