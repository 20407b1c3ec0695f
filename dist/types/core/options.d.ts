import type { VideoOptions } from './video/options.js';
import type { EgressPolicy } from './net/guard.js';
import type { BrowserChoice } from './render/find-browser.js';
import type { LoginStep, Step } from './steps/step.js';
import type { PageRule, Variant } from './recipe.js';
export type WaitUntil = 'load' | 'domcontentloaded' | 'networkidle';
export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'avif';
export declare const IMAGE_FORMATS: readonly ImageFormat[];
/** File extension and media type of each output format: the ZIP's names, the server's downloads. */
export declare const FORMAT_FILES: Record<ImageFormat, {
    ext: string;
    contentType: string;
}>;
export type ColorScheme = 'light' | 'dark';
export type FailOn = 'partial' | 'failed' | 'never';
export type FrameTheme = 'light' | 'dark';
/** Where URLs come from. A run may combine several. */
export type Source = 
/** A sitemap (urlset, index, gzip, text, RSS, Atom) by URL or local path. */
{
    kind: 'sitemap';
    location: string;
}
/** A site root: robots.txt `Sitemap:` lines, then /sitemap.xml, /sitemap_index.xml. */
 | {
    kind: 'site';
    root: string;
}
/** URLs given directly. */
 | {
    kind: 'urls';
    urls: string[];
}
/** A file with one URL a line (`#` comments); `-` reads stdin. */
 | {
    kind: 'url-file';
    path: string;
};
export interface DiscoverOptions {
    /** How deep nested sitemap indexes are followed (an index at depth 0). */
    maxDepth: number;
    /** Overall cap on URLs discovered across all sources. */
    maxUrls: number;
    /** Per sitemap file caps (the sitemaps.org protocol limits by default). */
    maxUrlsPerFile: number;
    maxBytesPerFile: number;
    /** Timeout for fetching one sitemap/robots file. */
    fetchTimeoutMs: number;
    /** User agent sent when fetching sitemaps and robots.txt. */
    userAgent: string;
    /** Refuse sitemap/robots.txt fetches to loopback, private and link-local addresses (the queue server). Absent = off. */
    egress?: EgressPolicy | null;
}
export interface Shard {
    /** 1-based index of this shard. */
    index: number;
    count: number;
}
export interface PlanOptions {
    /** Glob patterns matched against the URL path (plus query); empty = everything. */
    include: string[];
    exclude: string[];
    /** Keep at most this many URLs (after filtering, before sharding). */
    limit: number | null;
    shard: Shard | null;
    perPattern?: number | null;
}
export interface Viewport {
    width: number;
    height: number;
}
export interface Cookie {
    name: string;
    value: string;
    /** Defaults to the host of each captured URL. */
    domain?: string;
    path?: string;
}
export interface RenderOptions {
    viewport: Viewport;
    /** Device scale factor (1, 2, 3). */
    scale: number;
    fullPage: boolean;
    waitUntil: WaitUntil;
    waitFor: string | null;
    /** Extra wait after load, ms. */
    delay: number;
    /** CSS selectors hidden (visibility: hidden) before the shot. */
    hide: string[];
    colorScheme: ColorScheme;
    /** Secret-bearing: never logged. */
    headers: Record<string, string>;
    /** Secret-bearing: never logged. */
    cookies: Cookie[];
    userAgent: string | null;
    /** Per page, covering navigation + waits + shot. */
    timeoutMs: number;
    /** Extra attempts for transient failures. */
    retries: number;
    concurrency: number;
    /** Explicit browser executable; null = discover. */
    browserPath: string | null;
    /** Which build discovery takes (browserPath, when set, wins: it is one build already). Absent = auto. */
    browser?: BrowserChoice;
    /**
     * Load lazy content first: loading="lazy" images/iframes made eager and, for
     * full-page shots, the page scrolled through once. Absent = true.
     */
    /** Mobile viewport meta handling and touch events, set by device frames. */
    isMobile?: boolean;
    hasTouch?: boolean;
    lazy?: boolean;
    /** Shoot until two consecutive screenshots are identical (bounded). Absent = false. */
    stable?: boolean;
    /** Opt out of cookie/consent banners with DuckDuckGo's autoconsent rules (offline). Absent = false. */
    dismissConsent?: boolean;
    /** Record the main document's ETag, Last-Modified and body hash on each Shot (runs with a baseline). Absent = false. */
    recordValidators?: boolean;
    /** Block ads: EasyList's network and cosmetic filters (or filterLists). Absent = false. */
    blockAds?: boolean;
    /** Block trackers: EasyPrivacy (or filterLists). Absent = false. */
    blockTrackers?: boolean;
    /** The user's own filter list files, replacing EasyList/EasyPrivacy; need blockAds or blockTrackers. */
    filterLists?: string[];
    /** Run after the page is ready and before the shot, in order (src/core/steps/). Absent = none. */
    steps?: readonly Step[];
    /** Shoot only part of the page: an element's box (--selector) or a fixed rect (--clip). Absent or null = the viewport, or the full page. */
    region?: CaptureRegion | null;
    /** Record a framed scroll video instead of a still (src/core/video/). Absent or null = a still. */
    video?: VideoOptions | null;
    /**
     * The largest page, CSS px, a full-page shot may show: the framed image of a
     * taller one would be more than the output format can encode (or than
     * --max-height); with --split, the part height a taller page is shot in.
     * Not a setting: runCapture sets it from the compositor. Absent = none.
     */
    pageCap?: {
        height: number | null;
        width: number | null;
        part?: number | null;
    };
    /**
     * Every request the browser makes goes through a proxy that refuses
     * loopback, private and link-local addresses (the queue server). Absent = off:
     * CI captures of localhost previews must keep working.
     */
    egress?: EgressPolicy | null;
    /** --storage-state, or the login block's result: cookies and local storage every target starts with. Absent = none. */
    storageState?: NamedStorageState | null;
    /** --http-auth: basic auth sent to the target's origin only. Absent = none. Secret-bearing. */
    httpAuth?: HttpAuth | null;
    /** Emulation (src/core/render/context-options.ts); each absent = the browser's own (reduced motion: on). */
    emulation?: Emulation;
    /** The login block (src/core/render/login.ts); absent or null: none. */
    login?: LoginOptions | null;
}
/** A rect in document CSS px (from the page's top-left corner, whatever the scroll). */
export interface ClipRect {
    x: number;
    y: number;
    width: number;
    height: number;
}
/** The part of the page a shot holds, when not the viewport or the full page. */
export type CaptureRegion = 
/** The first element the selector matches, its box grown by padding CSS px on each side. */
{
    kind: 'element';
    selector: string;
    padding: number;
} | {
    kind: 'clip';
    rect: ClipRect;
};
/** Playwright's storage-state JSON: what `storageState()` and `shot-scraper auth` write. Cookie values are secrets. */
export interface StorageState {
    cookies: StorageCookie[];
    origins: Array<{
        origin: string;
        localStorage: Array<{
            name: string;
            value: string;
        }>;
    }>;
}
export interface StorageCookie {
    name: string;
    value: string;
    /** A leading dot: this domain and its subdomains; none: host-only. */
    domain: string;
    path: string;
    /** Unix seconds; -1 = a session cookie. */
    expires: number;
    httpOnly: boolean;
    secure: boolean;
    sameSite: 'Strict' | 'Lax' | 'None';
}
/** A storage state and what the manifest may call it: a file's base name, "inline" or "login". */
export interface NamedStorageState {
    name: string;
    state: StorageState;
}
export interface HttpAuth {
    username: string;
    password: string;
}
export interface Emulation {
    /** IANA zone, e.g. Europe/Berlin. */
    timezone?: string | null;
    /** BCP 47, e.g. de-DE: navigator.language and Accept-Language. */
    locale?: string | null;
    /** With the geolocation permission granted. */
    geolocation?: {
        latitude: number;
        longitude: number;
    } | null;
    /** false: pages render without running their scripts. Absent = true. */
    javaScript?: boolean;
    /** prefers-reduced-motion: reduce. Absent = true. */
    reducedMotion?: boolean;
    /** Transparent page background where the page paints none. Absent = false. */
    omitBackground?: boolean;
    /** Every browser request through this proxy (http, https or socks). Absent = direct. */
    proxy?: ProxySettings | null;
}
export interface ProxySettings {
    /** scheme://host:port, without credentials. */
    server: string;
    /** Comma-separated hosts that bypass it (Chromium's syntax, e.g. ".internal,localhost"). */
    bypass?: string;
    username?: string;
    password?: string;
}
/**
 * The login block: run once before the first capture, its storage state
 * given to every target; run again once when a page lands on `url` mid-run.
 */
export interface LoginOptions {
    /** The login page; a page that redirects here has lost its session. */
    url: string;
    /** Every page step kind, and goto; run by the page steps' runner (src/core/steps/run-steps.ts). */
    steps: LoginStep[];
    /** Glob the page's URL must match once the steps are done; null: any URL that is not the login page. */
    successUrl: string | null;
    /** Write the resulting storage state here (mode 0600); null: keep it in memory only. */
    saveState: string | null;
}
/** --max-failures: more failed URLs than this and the run's status is `failed`. */
export type FailureBudget = {
    kind: 'count';
    max: number;
} | {
    kind: 'percent';
    max: number;
};
export interface FrameOptions {
    /** Frame id from the catalog, or 'none' for the plain shot. */
    device: string;
    theme: FrameTheme;
    /** Background preset name, a CSS colour, or 'transparent'. */
    background: string;
    padding: number;
    radius: number;
    shadow: boolean;
    /** Text for the address bar instead of the page URL. */
    title: string | null;
    /** Multiplies the frame's shadow opacities (0-3; 1 = as designed). Only with shadow. */
    shadowStrength: number;
    /** Longest page, CSS px, shown in a frame; a longer (full-page) shot is cut at the bottom. Null = no cap. */
    maxHeight: number | null;
    /** Width in px of a small copy made of each capture (same format); null = none. */
    thumbnail: number | null;
    /** One framed shot per page, or one image of the page on several devices (src/core/composite/). */
    composite: Composite;
}
/**
 * --composite: `responsive` shows each page on two or three devices, each
 * rendered at its own viewport and scale, on one background: the first
 * behind in the middle, the second in front on the left, the third in
 * front on the right. `device` is then not used.
 */
export type Composite = {
    layout: 'none';
} | {
    layout: 'responsive';
    devices: string[];
};
export interface OutputOptions {
    /** A path ending in .zip writes a ZIP; anything else is a folder. */
    path: string;
    format: ImageFormat;
    /** 1-100 for jpeg/webp; ignored for png. */
    quality: number;
    /**
     * --split: a full page taller than this (CSS px) is written as numbered
     * parts of at most this height, each framed (src/core/split/). Absent or
     * null = one image, cut where the format or --max-height stops it.
     */
    split?: number | null;
}
/**
 * --scale as a run is asked for it: a factor the user chose (it wins), or
 * 'device' when they gave none: a phone or tablet frame renders at its own
 * (3×, 2×), a browser window or laptop at 1. runCapture decides it against
 * the frame (the compositor's `scale`), so the renderer only sees numbers.
 */
export type ScaleChoice = number | 'device';
/** RenderOptions before the frame is known: the scale may still be the device's. */
export type RenderSettings = Omit<RenderOptions, 'scale'> & {
    scale: ScaleChoice;
};
export interface CaptureOptions {
    sources: Source[];
    discover: DiscoverOptions;
    plan: PlanOptions;
    render: RenderSettings;
    frame: FrameOptions;
    output: OutputOptions;
    /** Absent or null: the run fails only when every URL failed. */
    maxFailures?: FailureBudget | null;
    compare?: CompareOptions | null;
    /** Per-page rules, applied in order on top of the run's page-scoped settings (src/core/recipe.ts). Absent = none. */
    pages?: PageRule[];
    /** Each page captured once per variant, as `<page>@<variant>.<ext>`. Absent or empty = once, with no variant. */
    variants?: Variant[];
}
export interface CompareOptions {
    /** A previous run's ZIP, manifest.json or output folder: a local path or an http(s) URL. */
    baseline: string;
    /** Skip rendering pages whose validators match the baseline's and reuse their capture. */
    incremental: boolean;
    /** pixelmatch per-pixel colour threshold, 0..1. */
    threshold: number;
}
export declare const DEFAULT_DISCOVER: DiscoverOptions;
