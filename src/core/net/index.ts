// The egress guard: what server-side fetches (the browser's and our own) may reach.

export { blockedReason, ipLiteral, parseAllowRule, ruleAllows } from './address.ts';
export type { AllowRule } from './address.ts';
export { canonicalHost, EgressGuard, egressPolicy, EgressRefused, portOf } from './guard.ts';
export type { Destination, EgressPolicy, LookupFn } from './guard.ts';
export { guardedFetch } from './fetch.ts';
export type { GuardedFetch, GuardedInit } from './fetch.ts';
export { REFUSED_HEADER, startEgressProxy } from './proxy.ts';
export type { EgressProxy } from './proxy.ts';
