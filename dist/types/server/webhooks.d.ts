import type { EgressPolicy } from '../core/net/guard.js';
import type { Notifier } from './service.js';
export interface NotifierLog {
    warn(obj: object, msg: string): void;
}
export declare function createNotifier(secret: string | null, log: NotifierLog, egress?: EgressPolicy | null): Notifier;
