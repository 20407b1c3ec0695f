import type { Job, WebhookStatus } from '../core/job.js';
import type { Failure, JobRecord, JobStore } from './store.js';
/** Delivers the end-of-job webhook; resolves to the status to record (null: not sent, the event is not subscribed). */
export type Notifier = (job: Job, failures: Failure[], webhookId: string) => Promise<WebhookStatus | null>;
export interface DeliveryDeps {
    store: JobStore;
    notify: Notifier;
    /** The server's publicUrl (image and download links in the payload). */
    publicUrl: string | null;
    log: {
        error(obj: object, msg: string): void;
    };
}
export declare class WebhookDeliveries {
    private readonly deps;
    private readonly inFlight;
    private readonly delivering;
    constructor(deps: DeliveryDeps);
    /**
     * Starts the delivery of an ended job's webhook, unless none is due or one
     * is already on its way; resolves once it is recorded. `publicUrl`: the
     * job's own, when it came with the job (Redis workers serve many servers' settings).
     */
    deliverIfDue(record: JobRecord, publicUrl?: string | null): Promise<void>;
    /** Deliveries still in flight. */
    settled(): Promise<unknown>;
    private deliver;
}
