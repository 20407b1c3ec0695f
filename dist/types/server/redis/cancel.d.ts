import { Relay } from 'bullmq';
export declare const cancelTopic: (jobId: string) => string;
/** `leaseMs`: how long the node (and its inbox) outlives a lost connection; BullMQ's default is 30 s. */
export declare function openRelay(url: string, name: string, leaseMs?: number): Relay;
export declare function publishCancel(relay: Relay, jobId: string): Promise<void>;
/** The worker's side: calls onCancel(jobId) when a cancel for a job it runs arrives (or had arrived before it took it). */
export declare class CancelListener {
    private readonly relay;
    private readonly onCancel;
    private readonly watched;
    constructor(relay: Relay, onCancel: (jobId: string) => void);
    watch(jobId: string): Promise<void>;
    private subscribe;
    unwatch(jobId: string): Promise<void>;
    /** After the Relay node was re-registered: a fresh subscription delivers retained cancels again. */
    private resubscribeAll;
}
