export { blockedReason, ipLiteral, parseAllowRule, ruleAllows } from './address.js';
export type { AllowRule } from './address.js';
export { canonicalHost, EgressGuard, egressPolicy, EgressRefused, portOf } from './guard.js';
export type { Destination, EgressPolicy, LookupFn } from './guard.js';
export { guardedFetch } from './fetch.js';
export type { GuardedFetch, GuardedInit } from './fetch.js';
export { REFUSED_HEADER, startEgressProxy } from './proxy.js';
export type { EgressProxy } from './proxy.js';
