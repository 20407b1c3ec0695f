import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { NamedStorageState, RenderOptions } from '../options.js';
import type { Blocker, PageBlocker } from './blocker.js';
import { ConsentBridge } from './consent.js';
import type { BrowserHost } from './launch.js';
import { NetworkTracker } from './readiness.js';
import { TargetOnlyHeaders } from './target-headers.js';
export declare const RECYCLE_AFTER = 50;
/** Pages at once: two per core keeps Chromium busy while one page waits on the network; ~300 MB each. */
export declare function defaultConcurrency(cores: number, freeMemBytes: number): number;
interface OpenPage {
    /** ContextProfile.key of the settings the context was made with. */
    profile: string;
    context: BrowserContext;
    page: Page;
    generation: number;
    uses: number;
    /** Origins captured since the last clean-up, whose storage the next target must not see. */
    visited: Set<string>;
    cdp: CDPSession;
    /** The page's requests in flight, for readiness's network-quiet check. */
    network: NetworkTracker;
    /** Rejects when the page crashes or is closed under us; raced against every step of a capture. */
    lost: Promise<never>;
    /** --dismiss-consent's autoconsent bridge for this page; null when off. */
    consent: ConsentBridge | null;
    /** --block-ads/--block-trackers: this page's route and cosmetic passes; null when off. */
    blocking: PageBlocker | null;
    /** Set with `lost`, so an idle slot whose page crashed is rebuilt before its next capture, not during it. */
    dead: boolean;
    /** Sends --header values to the current target's origin only; null without --header. */
    headers: TargetOnlyHeaders | null;
    /** The storage state this context was made with (its local storage is in an init script). */
    storageState: NamedStorageState | null;
}
export declare class Slot {
    readonly id: number;
    open: OpenPage | null;
    /** Contexts of other profiles kept for this slot's next targets, least recently used first. */
    parked: OpenPage[];
    constructor(id: number);
}
export declare class SlotPool {
    private readonly host;
    private readonly options;
    readonly size: number;
    private readonly recycleAfter;
    private readonly blocker;
    /** The storage state each target starts with (--storage-state, or the login's latest); read per target, as a login may renew it. */
    private readonly storageState;
    /** Contexts a slot may keep, each for another profile (1: one, rebuilt when the profile changes). */
    private readonly profilesPerSlot;
    private readonly idle;
    private readonly waiting;
    private opened;
    constructor(host: BrowserHost, options: RenderOptions, size: number, recycleAfter?: number, blocker?: Blocker | null, 
    /** The storage state each target starts with (--storage-state, or the login's latest); read per target, as a login may renew it. */
    storageState?: () => NamedStorageState | null, 
    /** Contexts a slot may keep, each for another profile (1: one, rebuilt when the profile changes). */
    profilesPerSlot?: number);
    /** Contexts created so far (a reused one is not counted again): how well targets were ordered for reuse. */
    get contextsOpened(): number;
    /** An idle slot, preferring one whose context has this profile, then one without a context. */
    acquire(profile?: string): Promise<Slot>;
    private pick;
    release(slot: Slot): void;
    /**
     * A ready page for `url` in this slot, rendering with `render` (the target's
     * settings); the context is rebuilt when it is stale or made for another profile.
     */
    pageFor(slot: Slot, url: URL, render?: RenderOptions): Promise<OpenPage>;
    /** Parks the slot's context and takes back one made for `profile`, if the slot kept one; closes the least recently used beyond the limit. */
    private switchProfile;
    /** Host-only for the target's host (see cookie-scope.ts): no other host ever gets them. */
    private addCookies;
    /** Drop the cookies and storage the previous targets left, keeping the HTTP cache. */
    private forget;
    /** After a capture whose page is still usable (a success, or a clean HTTP error): count the use. */
    reused(slot: Slot): void;
    /**
     * After a full-page shot: the slot's page goes to about:blank, so its renderer lets the long document go while the
     * shot is framed and the slot waits for its next target, instead of holding it until the next navigation. Four
     * slots on 24 long pages (bench/full-page-memory.ts, 3 rounds against the same code without it, load 17–25): the
     * renderers at the tree's peak 856–947 MB against 987–1,156, the peak 2,562 MB against 2,768 (median); a navigation
     * to about:blank costs ~10–30 ms a page, inside the rounds' noise in CPU a page.
     */
    releaseDocument(slot: Slot): Promise<void>;
    /** Throw the slot's context away; the next capture builds a fresh one. */
    discard(slot: Slot): Promise<void>;
    close(): Promise<void>;
    /** `render` gives the context's profile (emulation included); headers, credentials, cookies, consent and blocking are the run's (this.options). */
    private openPage;
}
export {};
