import type { StepKind } from '../core/steps/step.js';
export type FlagGroup = 'Sources' | 'Selection' | 'Rendering' | 'Page actions' | 'Authentication' | 'Emulation' | 'Frame' | 'Video' | 'Output' | 'Changes' | 'Webhook';
/** What a setting holds; the range (or allowed values) is part of its kind. */
export type SettingKind = {
    readonly kind: 'string';
    readonly default: string | null;
}
/** Items as an array, or one a line (Action inputs are multi-line strings). */
 | {
    readonly kind: 'list';
    readonly default: readonly string[] | null;
}
/** A list of http(s) URLs. */
 | {
    readonly kind: 'url-list';
    readonly default: null;
}
/** A list of "Name: value" lines. */
 | {
    readonly kind: 'headers';
    readonly default: null;
}
/** A list of "name=value[; domain=…; path=…]" lines. */
 | {
    readonly kind: 'cookies';
    readonly default: null;
} | {
    readonly kind: 'int';
    readonly min: number;
    readonly max: number;
    readonly default: number | null;
} | {
    readonly kind: 'number';
    readonly min: number;
    readonly max: number;
    readonly default: number | null;
} | {
    readonly kind: 'bool';
    readonly default: boolean;
} | {
    readonly kind: 'enum';
    readonly values: readonly string[];
    readonly default: string;
}
/** WIDTHxHEIGHT, each side within min..max. */
 | {
    readonly kind: 'viewport';
    readonly min: number;
    readonly max: number;
    readonly default: string;
}
/** k/n */
 | {
    readonly kind: 'shard';
    readonly default: null;
}
/** N failed URLs or N% */
 | {
    readonly kind: 'failure-budget';
    readonly default: null;
}
/** A whole number within min..max, or "auto" (from the machine's cores and free memory). */
 | {
    readonly kind: 'concurrency';
    readonly min: number;
    readonly max: number;
    readonly default: 'auto';
}
/** Page steps: YAML text of a list of one-key maps, or items of one step (or a list) each (src/config/steps.ts). */
 | {
    readonly kind: 'steps';
    readonly default: null;
}
/** Per-page rules: YAML (or JSON) text, or the structure itself from framecap.yml (src/config/page-rules.ts). */
 | {
    readonly kind: 'page-rules';
    readonly default: null;
}
/** Named sets of page settings, or name=device pairs (src/config/page-rules.ts). */
 | {
    readonly kind: 'variants';
    readonly default: null;
}
/** A structured block: YAML (or JSON) text, or a map in framecap.yml; a JSON object over HTTP. */
 | {
    readonly kind: 'yaml';
    readonly default: null;
};
export type Kind = SettingKind['kind'];
export interface CliDoor {
    /** commander syntax, e.g. "--viewport <WxH>"; "--no-x" for a boolean that defaults to true. */
    readonly flag: string;
    readonly group: FlagGroup;
    /** The flag may be given several times; each adds an item. */
    readonly repeatable?: true;
    /** Flags that each add one step of a kind (`--click <selector>`), kept in order with the setting's own flag. */
    readonly shorthands?: readonly StepShorthand[];
}
export interface StepShorthand {
    readonly step: StepKind;
    readonly flag: string;
    readonly description: string;
}
/**
 * The Jobs API: a `field` in every POST body, schema and mapping derived from
 * the kind; `shape: 'own'` for fields with their own schema and mapping in
 * src/server/ (the reason says where); or `none` with the reason.
 */
export type HttpDoor = {
    readonly field: string;
    readonly maxLength?: number;
    readonly about?: string;
} | {
    readonly field: string;
    readonly shape: 'own';
    readonly reason: string;
} | {
    readonly none: string;
};
/** page: may differ per page (a per-page rule or a variant may set it); run: one value for the whole run. */
export type Scope = 'page' | 'run';
interface Doors {
    /** One line, as help and the README show it. */
    readonly description: string;
    readonly scope: Scope;
    /** null: no flag of its own (page URLs are the capture command's arguments). */
    readonly cli: CliDoor | null;
    /** The Action input's name; null: no input. */
    readonly input: string | null;
    readonly http: HttpDoor;
    /** Other framecap.yml spellings (the name and its camelCase are always accepted). */
    readonly aliases?: readonly string[];
    /** Giving this setting without that one is an error (filter-list: or block-trackers), so action.yml leaves it empty. */
    readonly requires?: string;
    /** A valid value other than the default, as a door would write it; the door tests use it. */
    readonly example: string;
}
export type SettingSpec = SettingKind & Doors;
type SettingNameOf<T> = Extract<keyof T, string>;
export declare const SPEC: {
    readonly urls: {
        readonly kind: "list";
        readonly default: null;
        readonly scope: "run";
        readonly description: "page URLs to capture";
        readonly example: "https://example.com/a";
        readonly cli: null;
        readonly input: "urls";
        readonly aliases: readonly ["url"];
        readonly http: {
            readonly field: "urls";
            readonly shape: "own";
            readonly reason: "url (capture) or urls (batch), each checked as an http(s) URL in src/server/request.ts";
        };
    };
    readonly sitemap: {
        readonly kind: "list";
        readonly default: null;
        readonly scope: "run";
        readonly description: "sitemap URL or file: urlset, index, .gz, text, RSS or Atom";
        readonly example: "https://example.com/sitemap.xml";
        readonly cli: {
            readonly group: "Sources";
            readonly flag: "--sitemap <url|path>";
            readonly repeatable: true;
        };
        readonly input: "sitemap";
        readonly aliases: readonly ["sitemaps"];
        readonly http: {
            readonly field: "sitemap_url";
            readonly shape: "own";
            readonly reason: "one sitemap URL per /v1/sitemap job; the server never reads its own files for a request";
        };
    };
    readonly site: {
        readonly kind: "url-list";
        readonly default: null;
        readonly scope: "run";
        readonly description: "site root: its robots.txt Sitemap: lines, then /sitemap.xml, /sitemap_index.xml";
        readonly example: "https://example.com/";
        readonly cli: {
            readonly group: "Sources";
            readonly flag: "--site <url>";
            readonly repeatable: true;
        };
        readonly input: "site";
        readonly aliases: readonly ["sites"];
        readonly http: {
            readonly none: "not offered over HTTP: POST /v1/sitemap with the sitemap URL";
        };
    };
    readonly 'url-file': {
        readonly kind: "list";
        readonly default: null;
        readonly scope: "run";
        readonly description: "file with one URL a line (# comments); \"-\" reads stdin";
        readonly example: "urls.txt";
        readonly cli: {
            readonly group: "Sources";
            readonly flag: "--urls <file>";
            readonly repeatable: true;
        };
        readonly input: "url-file";
        readonly aliases: readonly ["url-files"];
        readonly http: {
            readonly none: "names a file: a request never reads files on the server (send urls)";
        };
    };
    readonly include: {
        readonly kind: "list";
        readonly default: null;
        readonly scope: "run";
        readonly description: "only URL paths matching the glob, e.g. \"/docs/**\"";
        readonly example: "/docs/**";
        readonly cli: {
            readonly group: "Selection";
            readonly flag: "--include <glob>";
            readonly repeatable: true;
        };
        readonly input: "include";
        readonly http: {
            readonly field: "include";
            readonly shape: "own";
            readonly reason: "batch and sitemap bodies only (src/server/schemas.ts SELECTION_PROPERTIES)";
        };
    };
    readonly exclude: {
        readonly kind: "list";
        readonly default: null;
        readonly scope: "run";
        readonly description: "skip URL paths matching the glob (wins over --include)";
        readonly example: "/blog/**";
        readonly cli: {
            readonly group: "Selection";
            readonly flag: "--exclude <glob>";
            readonly repeatable: true;
        };
        readonly input: "exclude";
        readonly http: {
            readonly field: "exclude";
            readonly shape: "own";
            readonly reason: "batch and sitemap bodies only (src/server/schemas.ts SELECTION_PROPERTIES)";
        };
    };
    readonly limit: {
        readonly kind: "int";
        readonly min: 1;
        readonly max: 10000000;
        readonly default: null;
        readonly scope: "run";
        readonly description: "capture at most n URLs (applied before --shard)";
        readonly example: "7";
        readonly cli: {
            readonly group: "Selection";
            readonly flag: "--limit <n>";
        };
        readonly input: "limit";
        readonly http: {
            readonly field: "limit";
            readonly shape: "own";
            readonly reason: "batch and sitemap bodies only, capped by the server's maxUrlsPerJob (max_pages is another name)";
        };
    };
    readonly shard: {
        readonly kind: "shard";
        readonly default: null;
        readonly scope: "run";
        readonly description: "capture only shard k of n (disjoint, together complete)";
        readonly example: "2/4";
        readonly cli: {
            readonly group: "Selection";
            readonly flag: "--shard <k/n>";
        };
        readonly input: "shard";
        readonly http: {
            readonly none: "a server job renders its whole set: submit several jobs to split one";
        };
    };
    readonly 'per-pattern': {
        readonly kind: "int";
        readonly min: 1;
        readonly max: 10000000;
        readonly default: null;
        readonly scope: "run";
        readonly description: "capture at most n pages per URL template (e.g. 3 of all /blog/* posts), the first n in sitemap order";
        readonly example: "3";
        readonly cli: {
            readonly group: "Selection";
            readonly flag: "--per-pattern <n>";
        };
        readonly input: "per-pattern";
        readonly http: {
            readonly none: "runs locally only: the queue server has no baseline of yours and renders the whole set";
        };
    };
    readonly 'max-urls': {
        readonly kind: "int";
        readonly min: 1;
        readonly max: 10000000;
        readonly default: number;
        readonly scope: "run";
        readonly description: "stop discovery after n URLs in all";
        readonly example: "5000";
        readonly cli: {
            readonly group: "Selection";
            readonly flag: "--max-urls <n>";
        };
        readonly input: "max-urls";
        readonly http: {
            readonly none: "the server's maxUrlsPerJob caps every job";
        };
    };
    readonly viewport: {
        readonly kind: "viewport";
        readonly min: 100;
        readonly max: 7680;
        readonly default: "1280x800";
        readonly scope: "page";
        readonly description: "browser viewport in CSS pixels";
        readonly example: "1440x900";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--viewport <WxH>";
        };
        readonly input: "viewport";
        readonly http: {
            readonly field: "viewport";
            readonly shape: "own";
            readonly reason: "also takes {\"width\",\"height\"} (src/server/schemas.ts)";
        };
    };
    readonly scale: {
        readonly kind: "number";
        readonly min: 1;
        readonly max: 4;
        readonly default: null;
        readonly scope: "page";
        readonly description: "device scale factor (2 for retina-sharp captures); unset: a phone or tablet frame's own (3, 2), else 1";
        readonly example: "2";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--scale <n>";
        };
        readonly input: "scale";
        readonly http: {
            readonly field: "scale";
        };
    };
    readonly 'full-page': {
        readonly kind: "bool";
        readonly default: false;
        readonly scope: "page";
        readonly description: "capture the whole scrollable page, not just the viewport";
        readonly example: "true";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--full-page";
        };
        readonly input: "full-page";
        readonly http: {
            readonly field: "full_page";
        };
    };
    readonly 'wait-until': {
        readonly kind: "enum";
        readonly values: readonly ["load", "domcontentloaded", "networkidle"];
        readonly default: "load";
        readonly scope: "page";
        readonly description: "load | domcontentloaded | networkidle";
        readonly example: "networkidle";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--wait-until <event>";
        };
        readonly input: "wait-until";
        readonly http: {
            readonly field: "wait_until";
            readonly about: "navigation event to wait for";
        };
    };
    readonly 'wait-for': {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "page";
        readonly description: "wait for this CSS selector to be visible before the shot";
        readonly example: "#main";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--wait-for <selector>";
        };
        readonly input: "wait-for";
        readonly http: {
            readonly field: "wait_for";
            readonly maxLength: 1000;
        };
    };
    readonly delay: {
        readonly kind: "int";
        readonly min: 0;
        readonly max: 60000;
        readonly default: 0;
        readonly scope: "page";
        readonly description: "extra wait before the shot";
        readonly example: "250";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--delay <ms>";
        };
        readonly input: "delay";
        readonly http: {
            readonly field: "delay";
            readonly about: "extra wait before the shot, ms";
        };
    };
    readonly hide: {
        readonly kind: "list";
        readonly default: null;
        readonly scope: "page";
        readonly description: "hide elements matching the selector (cookie banners, chat widgets)";
        readonly example: ".banner";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--hide <selector>";
            readonly repeatable: true;
        };
        readonly input: "hide";
        readonly http: {
            readonly field: "hide";
            readonly about: "CSS selectors hidden before the shot (cookie banners, chat widgets)";
        };
    };
    readonly 'color-scheme': {
        readonly kind: "enum";
        readonly values: readonly ["light", "dark"];
        readonly default: "light";
        readonly scope: "page";
        readonly description: "light | dark (prefers-color-scheme)";
        readonly example: "dark";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--color-scheme <scheme>";
        };
        readonly input: "color-scheme";
        readonly http: {
            readonly field: "color_scheme";
            readonly about: "the pages' prefers-color-scheme";
        };
    };
    readonly header: {
        readonly kind: "headers";
        readonly default: null;
        readonly scope: "run";
        readonly description: "extra HTTP header on requests to the captured page's origin only (value kept secret)";
        readonly example: "X-Test: 1";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--header <\"Name: value\">";
            readonly repeatable: true;
        };
        readonly input: "headers";
        readonly aliases: readonly ["headers"];
        readonly http: {
            readonly field: "headers";
            readonly shape: "own";
            readonly reason: "{\"Name\":\"value\"} or [\"Name: value\"] (src/server/schemas.ts)";
        };
    };
    readonly cookie: {
        readonly kind: "cookies";
        readonly default: null;
        readonly scope: "run";
        readonly description: "cookie for the captured page's host only (value kept secret)";
        readonly example: "session=abc; domain=example.com";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--cookie <\"name=value[; domain=d]\">";
            readonly repeatable: true;
        };
        readonly input: "cookies";
        readonly aliases: readonly ["cookies"];
        readonly http: {
            readonly field: "cookies";
            readonly shape: "own";
            readonly reason: "strings or {\"name\",\"value\",\"domain\",\"path\"} objects (src/server/schemas.ts)";
        };
    };
    readonly 'user-agent': {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "run";
        readonly description: "override the browser's user agent";
        readonly example: "framecap-test";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--user-agent <ua>";
        };
        readonly input: "user-agent";
        readonly http: {
            readonly field: "user_agent";
            readonly maxLength: 1000;
        };
    };
    readonly timeout: {
        readonly kind: "int";
        readonly min: 1000;
        readonly max: 600000;
        readonly default: 30000;
        readonly scope: "page";
        readonly description: "time limit per page: navigation, waits and shot";
        readonly example: "15000";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--timeout <ms>";
        };
        readonly input: "timeout";
        readonly http: {
            readonly field: "timeout";
            readonly about: "time limit per page (navigation, waits, shot), ms";
        };
    };
    readonly retries: {
        readonly kind: "int";
        readonly min: 0;
        readonly max: 10;
        readonly default: 2;
        readonly scope: "run";
        readonly description: "retries for transient failures (timeouts, 5xx, crashes), with backoff";
        readonly example: "1";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--retries <n>";
        };
        readonly input: "retries";
        readonly http: {
            readonly field: "retries";
        };
    };
    readonly concurrency: {
        readonly kind: "concurrency";
        readonly min: 1;
        readonly max: 32;
        readonly default: "auto";
        readonly scope: "run";
        readonly description: "pages rendered at once (auto: from cores and free memory)";
        readonly example: "3";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--concurrency <n|auto>";
        };
        readonly input: "concurrency";
        readonly http: {
            readonly none: "the server shares its machine between jobs and chooses each one's pages at once";
        };
    };
    readonly lazy: {
        readonly kind: "bool";
        readonly default: true;
        readonly scope: "run";
        readonly description: "do not force lazy images to load or scroll full pages through before the shot";
        readonly example: "false";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--no-lazy";
        };
        readonly input: "lazy";
        readonly http: {
            readonly none: "not offered over HTTP yet";
        };
    };
    readonly stable: {
        readonly kind: "bool";
        readonly default: false;
        readonly scope: "run";
        readonly description: "shoot until two consecutive screenshots are identical (bounded)";
        readonly example: "true";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--stable";
        };
        readonly input: "stable";
        readonly http: {
            readonly none: "not offered over HTTP yet";
        };
    };
    readonly 'dismiss-consent': {
        readonly kind: "bool";
        readonly default: false;
        readonly scope: "run";
        readonly description: "opt out of cookie/consent banners (DuckDuckGo's autoconsent rules, offline)";
        readonly example: "true";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--dismiss-consent";
        };
        readonly input: "dismiss-consent";
        readonly http: {
            readonly none: "not offered over HTTP yet";
        };
    };
    readonly 'block-ads': {
        readonly kind: "bool";
        readonly default: false;
        readonly scope: "run";
        readonly description: "block ads: EasyList's network and element-hiding rules (from the webext-ublock-origin-chromium package)";
        readonly example: "true";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--block-ads";
        };
        readonly input: "block-ads";
        readonly http: {
            readonly field: "block_ads";
            readonly about: "block ads with EasyList's network and element-hiding rules (the server's copy)";
        };
    };
    readonly 'block-trackers': {
        readonly kind: "bool";
        readonly default: false;
        readonly scope: "run";
        readonly description: "block trackers: EasyPrivacy (from the webext-ublock-origin-chromium package)";
        readonly example: "true";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--block-trackers";
        };
        readonly input: "block-trackers";
        readonly http: {
            readonly field: "block_trackers";
            readonly about: "block trackers with EasyPrivacy (the server's copy)";
        };
    };
    readonly 'filter-list': {
        readonly kind: "list";
        readonly default: null;
        readonly scope: "run";
        readonly description: "your own filter list (Adblock Plus syntax) instead of EasyList/EasyPrivacy; with --block-ads or --block-trackers";
        readonly example: "lists/house.txt";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--filter-list <path>";
            readonly repeatable: true;
        };
        readonly input: "filter-lists";
        readonly aliases: readonly ["filter-lists"];
        readonly requires: "block-ads";
        readonly http: {
            readonly none: "names files: a request never reads files on the server (it blocks with its own lists)";
        };
    };
    readonly browser: {
        readonly kind: "enum";
        readonly values: readonly import("../core/render/find-browser.js").BrowserChoice[];
        readonly default: "auto";
        readonly scope: "run";
        readonly description: "auto | headless-shell | chrome: the headless shell renders the same pixels for about half the CPU; auto takes it when installed (the Action installs it for headless-shell)";
        readonly example: "chrome";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--browser <build>";
        };
        readonly input: "browser";
        readonly http: {
            readonly none: "the browser on the server: only its operator chooses one";
        };
    };
    readonly 'browser-path': {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "run";
        readonly description: "Chrome/Chromium executable (else CHROME_PATH, Playwright cache, PATH)";
        readonly example: "/usr/bin/chromium";
        readonly cli: {
            readonly group: "Rendering";
            readonly flag: "--browser-path <path>";
        };
        readonly input: "browser-path";
        readonly http: {
            readonly none: "an executable on the server: only its operator chooses one";
        };
    };
    readonly steps: {
        readonly kind: "steps";
        readonly default: null;
        readonly scope: "page";
        readonly description: "page steps, run in order after the page is ready and before the shot: click, fill, css, js, … as YAML (see docs/page-actions.md)";
        readonly example: "[{click: \"#accept\"}, {remove: \".banner\"}]";
        readonly cli: {
            readonly group: "Page actions";
            readonly flag: "--steps <yaml>";
            readonly repeatable: true;
            readonly shorthands: readonly [{
                readonly step: "click";
                readonly flag: "--click <selector>";
                readonly description: "step: click the first element matching the selector";
            }, {
                readonly step: "css";
                readonly flag: "--css <css|@file>";
                readonly description: "step: add this CSS to the page (or the CSS of a file)";
            }, {
                readonly step: "js";
                readonly flag: "--js <code|@file>";
                readonly description: "step: run this JavaScript in the page, as the page's own scripts run (await works)";
            }, {
                readonly step: "remove";
                readonly flag: "--remove <selector>";
                readonly description: "step: remove matching elements from the layout (display:none; --hide keeps their space)";
            }, {
                readonly step: "wait-for-function";
                readonly flag: "--wait-for-function <js>";
                readonly description: "step: wait until this JavaScript expression is true";
            }, {
                readonly step: "scroll-to";
                readonly flag: "--scroll-to <selector>";
                readonly description: "step: scroll the first matching element to the top of the viewport";
            }];
        };
        readonly input: "steps";
        readonly http: {
            readonly field: "steps";
            readonly shape: "own";
            readonly reason: "a list of step objects: at most 50, css/js at most 64 KB each, no env: or @file (src/server/schemas.ts)";
        };
    };
    readonly selector: {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "page";
        readonly description: "capture the first element matching this CSS selector instead of the viewport (framed like a page)";
        readonly example: "#pricing";
        readonly cli: {
            readonly group: "Page actions";
            readonly flag: "--selector <css>";
        };
        readonly input: "selector";
        readonly http: {
            readonly field: "selector";
            readonly maxLength: 1000;
        };
    };
    readonly 'selector-padding': {
        readonly kind: "int";
        readonly min: 0;
        readonly max: 1000;
        readonly default: 0;
        readonly scope: "page";
        readonly description: "page around the --selector element, CSS px on each side";
        readonly example: "16";
        readonly cli: {
            readonly group: "Page actions";
            readonly flag: "--selector-padding <px>";
        };
        readonly input: "selector-padding";
        readonly requires: "selector";
        readonly http: {
            readonly field: "selector_padding";
        };
    };
    readonly clip: {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "page";
        readonly description: "capture this rectangle of the page: x,y,width,height in CSS px from its top-left corner";
        readonly example: "0,0,640,400";
        readonly cli: {
            readonly group: "Page actions";
            readonly flag: "--clip <x,y,w,h>";
        };
        readonly input: "clip";
        readonly http: {
            readonly field: "clip";
            readonly maxLength: 100;
        };
    };
    readonly 'storage-state': {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "run";
        readonly description: "Playwright storage-state JSON (shot-scraper auth, storageState()): its cookies and local storage, each to its own domain only (values kept secret)";
        readonly example: "test/fixtures/auth/storage-state.json";
        readonly cli: {
            readonly group: "Authentication";
            readonly flag: "--storage-state <file>";
        };
        readonly input: "storage-state";
        readonly http: {
            readonly field: "storage_state";
            readonly shape: "own";
            readonly reason: "the state itself as a JSON object, never a path on the server (src/server/request.ts)";
        };
    };
    readonly 'http-auth': {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "run";
        readonly description: "HTTP basic auth as user:password, sent to the captured page's origin only (password kept secret)";
        readonly example: "reviewer:hunter2-secret";
        readonly cli: {
            readonly group: "Authentication";
            readonly flag: "--http-auth <user:pass>";
        };
        readonly input: "http-auth";
        readonly http: {
            readonly field: "http_auth";
            readonly maxLength: 1000;
            readonly about: "HTTP basic auth as user:password, sent to the captured page's origin only; never returned or logged";
        };
    };
    readonly login: {
        readonly kind: "yaml";
        readonly default: null;
        readonly scope: "run";
        readonly description: "log in once before the first capture: url, steps, success-url, save-state (see docs/page-actions.md)";
        readonly example: "{\"url\":\"https://example.com/login\",\"steps\":[{\"fill\":\"#user\",\"value\":\"ada\"},{\"click\":\"button[type=submit]\"}],\"success-url\":\"**/dashboard\"}";
        readonly cli: null;
        readonly input: "login";
        readonly http: {
            readonly field: "login";
            readonly shape: "own";
            readonly reason: "a JSON object; step values never read the server's environment (src/server/schemas.ts)";
        };
    };
    readonly timezone: {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "page";
        readonly description: "IANA time zone the pages see, e.g. Europe/Berlin";
        readonly example: "Asia/Tokyo";
        readonly cli: {
            readonly group: "Emulation";
            readonly flag: "--timezone <IANA>";
        };
        readonly input: "timezone";
        readonly http: {
            readonly field: "timezone";
            readonly maxLength: 100;
        };
    };
    readonly locale: {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "page";
        readonly description: "BCP 47 locale: navigator.language, Accept-Language, number and date formats, e.g. de-DE";
        readonly example: "fr-FR";
        readonly cli: {
            readonly group: "Emulation";
            readonly flag: "--locale <BCP47>";
        };
        readonly input: "locale";
        readonly http: {
            readonly field: "locale";
            readonly maxLength: 100;
        };
    };
    readonly geolocation: {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "page";
        readonly description: "position the pages get, as latitude,longitude (the permission is granted)";
        readonly example: "52.52,13.405";
        readonly cli: {
            readonly group: "Emulation";
            readonly flag: "--geolocation <lat,lon>";
        };
        readonly input: "geolocation";
        readonly http: {
            readonly field: "geolocation";
            readonly maxLength: 100;
        };
    };
    readonly javascript: {
        readonly kind: "bool";
        readonly default: true;
        readonly scope: "page";
        readonly description: "render pages without running their JavaScript";
        readonly example: "false";
        readonly cli: {
            readonly group: "Emulation";
            readonly flag: "--no-javascript";
        };
        readonly input: "javascript";
        readonly http: {
            readonly field: "javascript";
            readonly about: "false renders pages without running their JavaScript";
        };
    };
    readonly 'reduced-motion': {
        readonly kind: "enum";
        readonly values: readonly ["on", "off"];
        readonly default: "on";
        readonly scope: "page";
        readonly description: "on | off: prefers-reduced-motion: reduce, so animations settle before the shot";
        readonly example: "off";
        readonly cli: {
            readonly group: "Emulation";
            readonly flag: "--reduced-motion <on|off>";
        };
        readonly input: "reduced-motion";
        readonly http: {
            readonly field: "reduced_motion";
        };
    };
    readonly 'omit-background': {
        readonly kind: "bool";
        readonly default: false;
        readonly scope: "page";
        readonly description: "transparent page background where the page paints none (then the frame's screen shows through)";
        readonly example: "true";
        readonly cli: {
            readonly group: "Emulation";
            readonly flag: "--omit-background";
        };
        readonly input: "omit-background";
        readonly http: {
            readonly field: "omit_background";
        };
    };
    readonly proxy: {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "run";
        readonly description: "send browser traffic through this proxy: http://, https://, socks4:// or socks5:// host:port (credentials kept secret)";
        readonly example: "http://127.0.0.1:3128";
        readonly cli: {
            readonly group: "Emulation";
            readonly flag: "--proxy <url>";
        };
        readonly input: "proxy";
        readonly http: {
            readonly none: "the queue server's own egress guard is the browser's proxy";
        };
    };
    readonly 'proxy-bypass': {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "run";
        readonly description: "hosts that skip --proxy, comma-separated (e.g. \".internal,localhost\")";
        readonly example: ".internal,localhost";
        readonly cli: {
            readonly group: "Emulation";
            readonly flag: "--proxy-bypass <hosts>";
        };
        readonly input: "proxy-bypass";
        readonly requires: "proxy";
        readonly http: {
            readonly none: "the queue server's own egress guard is the browser's proxy";
        };
    };
    readonly device: {
        readonly kind: "string";
        readonly default: "browser-macos";
        readonly scope: "page";
        readonly description: "frame to put each shot in; \"none\" for the plain screenshot (see `framecap devices`)";
        readonly example: "none";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--device <frame>";
        };
        readonly input: "device";
        readonly http: {
            readonly field: "device";
            readonly maxLength: 100;
            readonly about: "frame id (list: `framecap devices`), or \"none\" for the plain screenshot";
        };
    };
    readonly theme: {
        readonly kind: "enum";
        readonly values: readonly ["light", "dark"];
        readonly default: "light";
        readonly scope: "page";
        readonly description: "frame theme: light | dark";
        readonly example: "dark";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--theme <theme>";
        };
        readonly input: "theme";
        readonly http: {
            readonly field: "theme";
            readonly about: "frame theme";
        };
    };
    readonly background: {
        readonly kind: "string";
        readonly default: "midnight";
        readonly scope: "page";
        readonly description: "preset, CSS colour, \"transparent\", gradient (\"#ff0080,#7928ca@135\" or linear-gradient(…)), or image file";
        readonly example: "ocean";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--background <preset|color>";
        };
        readonly input: "background";
        readonly http: {
            readonly field: "background";
            readonly shape: "own";
            readonly reason: "background_preset is another name for it (src/server/request.ts)";
        };
    };
    readonly padding: {
        readonly kind: "int";
        readonly min: 0;
        readonly max: 1000;
        readonly default: 64;
        readonly scope: "page";
        readonly description: "space around the frame, CSS pixels";
        readonly example: "10";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--padding <px>";
        };
        readonly input: "padding";
        readonly http: {
            readonly field: "padding";
        };
    };
    readonly radius: {
        readonly kind: "int";
        readonly min: 0;
        readonly max: 200;
        readonly default: 12;
        readonly scope: "page";
        readonly description: "window corner radius, CSS pixels";
        readonly example: "4";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--radius <px>";
        };
        readonly input: "radius";
        readonly http: {
            readonly field: "radius";
        };
    };
    readonly shadow: {
        readonly kind: "bool";
        readonly default: true;
        readonly scope: "page";
        readonly description: "no drop shadow under the frame";
        readonly example: "false";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--no-shadow";
        };
        readonly input: "shadow";
        readonly http: {
            readonly field: "shadow";
            readonly about: "drop shadow under the frame";
        };
    };
    readonly 'shadow-strength': {
        readonly kind: "number";
        readonly min: 0;
        readonly max: 3;
        readonly default: 1;
        readonly scope: "page";
        readonly description: "multiply the frame's shadow opacity (0 none, 1 as designed)";
        readonly example: "0.5";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--shadow-strength <0-3>";
        };
        readonly input: "shadow-strength";
        readonly http: {
            readonly none: "not offered over HTTP yet";
        };
    };
    readonly 'max-height': {
        readonly kind: "int";
        readonly min: 100;
        readonly max: 1000000;
        readonly default: null;
        readonly scope: "page";
        readonly description: "cut framed pages taller than this (CSS px; full-page shots), noted in the manifest";
        readonly example: "4000";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--max-height <px>";
        };
        readonly input: "max-height";
        readonly http: {
            readonly none: "not offered over HTTP yet";
        };
    };
    readonly title: {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "page";
        readonly description: "text for the address bar instead of the page URL";
        readonly example: "Acme";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--title <text>";
        };
        readonly input: "title";
        readonly http: {
            readonly field: "title";
            readonly maxLength: 500;
        };
    };
    readonly pages: {
        readonly kind: "page-rules";
        readonly default: null;
        readonly scope: "run";
        readonly description: "per-page rules, applied in order: match: (a glob on the URL path) or regex:, and page settings (YAML list; see README \"Per-page rules\")";
        readonly example: "[{match: \"/docs/**\", full-page: true}]";
        readonly cli: null;
        readonly input: "pages";
        readonly http: {
            readonly field: "pages";
            readonly shape: "own";
            readonly reason: "a list of rule objects, read like framecap.yml's pages: (src/server/schemas.ts, at most 100)";
        };
    };
    readonly variants: {
        readonly kind: "variants";
        readonly default: null;
        readonly scope: "run";
        readonly description: "capture each page once per variant, as <page>@<name>: name=device pairs, or a YAML list or map of named page settings";
        readonly example: "desktop=browser-macos,phone=phone-ios";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--variants <name=device,…>";
        };
        readonly input: "variants";
        readonly http: {
            readonly field: "variants";
            readonly shape: "own";
            readonly reason: "a list or map of named page settings, read like framecap.yml's variants: (src/server/schemas.ts, at most 20)";
        };
    };
    readonly composite: {
        readonly kind: "enum";
        readonly values: readonly ["none", "responsive"];
        readonly default: "none";
        readonly scope: "page";
        readonly description: "responsive: one image per page, the page on a laptop, a tablet and a phone (--composite-devices) on one background; also per rule or variant";
        readonly example: "responsive";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--composite <layout>";
        };
        readonly input: "composite";
        readonly http: {
            readonly field: "composite";
            readonly about: "responsive: one image per page showing it on several devices (composite_devices) on one background";
        };
    };
    readonly 'composite-devices': {
        readonly kind: "list";
        readonly default: readonly ["laptop", "tablet", "phone-ios"];
        readonly scope: "page";
        readonly description: "frames of --composite responsive, comma-separated: behind in the middle, in front on the left, in front on the right (a rule or variant gives them with its composite)";
        readonly example: "browser-macos,phone-android";
        readonly cli: {
            readonly group: "Frame";
            readonly flag: "--composite-devices <list>";
        };
        readonly input: "composite-devices";
        readonly requires: "composite";
        readonly http: {
            readonly field: "composite_devices";
            readonly about: "frames of the responsive composite: behind in the middle, then in front on the left and on the right";
        };
    };
    readonly video: {
        readonly kind: "enum";
        readonly values: readonly ["none", "scroll"];
        readonly default: "none";
        readonly scope: "page";
        readonly description: "scroll: record the page scrolling top to bottom inside its frame, as a video (see docs/video.md)";
        readonly example: "scroll";
        readonly cli: {
            readonly group: "Video";
            readonly flag: "--video <mode>";
        };
        readonly input: "video";
        readonly http: {
            readonly field: "video";
            readonly about: "none | scroll: a framed scroll video instead of a still";
        };
    };
    readonly 'video-format': {
        readonly kind: "enum";
        readonly values: readonly ["mp4", "webm", "webp", "gif"];
        readonly default: "mp4";
        readonly scope: "page";
        readonly description: "mp4 | webm (need ffmpeg) | webp | gif (animated images, through sharp)";
        readonly example: "webp";
        readonly cli: {
            readonly group: "Video";
            readonly flag: "--video-format <format>";
        };
        readonly input: "video-format";
        readonly requires: "video";
        readonly http: {
            readonly field: "video_format";
        };
    };
    readonly 'video-duration': {
        readonly kind: "number";
        readonly min: 1;
        readonly max: number;
        readonly default: null;
        readonly scope: "page";
        readonly description: "seconds of video, pauses included (default: from the page height, 800 px a second)";
        readonly example: "6";
        readonly cli: {
            readonly group: "Video";
            readonly flag: "--video-duration <s>";
        };
        readonly input: "video-duration";
        readonly requires: "video";
        readonly http: {
            readonly field: "video_duration";
            readonly about: "seconds of video, pauses included";
        };
    };
    readonly 'video-fps': {
        readonly kind: "int";
        readonly min: 1;
        readonly max: 60;
        readonly default: null;
        readonly scope: "page";
        readonly description: "frames a second (default: 30 for mp4/webm, 12 for webp/gif)";
        readonly example: "24";
        readonly cli: {
            readonly group: "Video";
            readonly flag: "--video-fps <n>";
        };
        readonly input: "video-fps";
        readonly requires: "video";
        readonly http: {
            readonly field: "video_fps";
        };
    };
    readonly 'video-scroll-to': {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "page";
        readonly description: "end the scroll where the first element matching this CSS selector reaches the top of the viewport";
        readonly example: "#pricing";
        readonly cli: {
            readonly group: "Video";
            readonly flag: "--video-scroll-to <selector>";
        };
        readonly input: "video-scroll-to";
        readonly requires: "video";
        readonly http: {
            readonly field: "video_scroll_to";
            readonly maxLength: 1000;
        };
    };
    readonly 'video-pause': {
        readonly kind: "int";
        readonly min: 0;
        readonly max: 10000;
        readonly default: 500;
        readonly scope: "page";
        readonly description: "still time at the top and at the bottom, ms each";
        readonly example: "1000";
        readonly cli: {
            readonly group: "Video";
            readonly flag: "--video-pause <ms>";
        };
        readonly input: "video-pause";
        readonly requires: "video";
        readonly http: {
            readonly field: "video_pause";
        };
    };
    readonly output: {
        readonly kind: "string";
        readonly default: "framecap.zip";
        readonly scope: "run";
        readonly description: "a .zip file, or a folder for loose files";
        readonly example: "shots.zip";
        readonly cli: {
            readonly group: "Output";
            readonly flag: "-o, --output <path>";
        };
        readonly input: "output";
        readonly aliases: readonly ["out"];
        readonly http: {
            readonly none: "a path on the server: the server chooses where results go";
        };
    };
    readonly format: {
        readonly kind: "enum";
        readonly values: readonly import("../core/options.js").ImageFormat[];
        readonly default: "png";
        readonly scope: "page";
        readonly description: "png | jpeg | webp | avif";
        readonly example: "webp";
        readonly cli: {
            readonly group: "Output";
            readonly flag: "--format <format>";
        };
        readonly input: "format";
        readonly http: {
            readonly field: "format";
            readonly about: "image format";
        };
    };
    readonly quality: {
        readonly kind: "int";
        readonly min: 1;
        readonly max: 100;
        readonly default: 90;
        readonly scope: "page";
        readonly description: "jpeg/webp/avif quality";
        readonly example: "70";
        readonly cli: {
            readonly group: "Output";
            readonly flag: "--quality <1-100>";
        };
        readonly input: "quality";
        readonly http: {
            readonly field: "quality";
            readonly about: "JPEG/WebP/AVIF quality";
        };
    };
    readonly split: {
        readonly kind: "int";
        readonly min: 100;
        readonly max: 1000000;
        readonly default: null;
        readonly scope: "page";
        readonly description: "write a full page taller than this (CSS px) as numbered parts <name>.part-1.<ext>, … each framed; at most the format allows (README \"Tall pages\")";
        readonly example: "8000";
        readonly cli: {
            readonly group: "Output";
            readonly flag: "--split <px>";
        };
        readonly input: "split";
        readonly http: {
            readonly field: "split";
            readonly about: "full pages taller than this many CSS px are written as numbered parts, each framed";
        };
    };
    readonly 'max-failures': {
        readonly kind: "failure-budget";
        readonly default: null;
        readonly scope: "run";
        readonly description: "the run fails when more URLs than this (a count or a percentage) fail";
        readonly example: "10%";
        readonly cli: {
            readonly group: "Output";
            readonly flag: "--max-failures <n|n%>";
        };
        readonly input: "max-failures";
        readonly http: {
            readonly none: "not offered over HTTP yet";
        };
    };
    readonly thumbnail: {
        readonly kind: "int";
        readonly min: 16;
        readonly max: 4096;
        readonly default: null;
        readonly scope: "run";
        readonly description: "also write <name>.thumb.<ext>, this many pixels wide, per capture";
        readonly example: "200";
        readonly cli: {
            readonly group: "Output";
            readonly flag: "--thumbnail <px>";
        };
        readonly input: "thumbnail";
        readonly http: {
            readonly none: "not offered over HTTP yet";
        };
    };
    readonly 'fail-on': {
        readonly kind: "enum";
        readonly values: readonly ["partial", "failed", "never"];
        readonly default: "failed";
        readonly scope: "run";
        readonly description: "exit 1 when the run is: partial (any URL failed) | failed (all failed) | never";
        readonly example: "partial";
        readonly cli: {
            readonly group: "Output";
            readonly flag: "--fail-on <when>";
        };
        readonly input: "fail-on";
        readonly http: {
            readonly none: "an exit code of the CLI or the Action: an API client reads the Job's status";
        };
    };
    readonly baseline: {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "run";
        readonly description: "a previous run's output to compare with: changes/ diff images, manifest.changes (see docs/incremental.md)";
        readonly example: "last.zip";
        readonly cli: {
            readonly group: "Changes";
            readonly flag: "--baseline <zip|manifest|folder|url>";
        };
        readonly input: "baseline";
        readonly http: {
            readonly none: "runs locally only: the queue server has no baseline of yours and renders the whole set";
        };
    };
    readonly incremental: {
        readonly kind: "bool";
        readonly default: false;
        readonly scope: "run";
        readonly description: "skip pages unchanged since --baseline (sitemap lastmod, ETag/Last-Modified, HTML hash) and reuse their capture";
        readonly example: "true";
        readonly cli: {
            readonly group: "Changes";
            readonly flag: "--incremental";
        };
        readonly input: "incremental";
        readonly requires: "baseline";
        readonly http: {
            readonly none: "runs locally only: the queue server has no baseline of yours and renders the whole set";
        };
    };
    readonly 'diff-threshold': {
        readonly kind: "number";
        readonly min: 0;
        readonly max: 1;
        readonly default: 0.1;
        readonly scope: "run";
        readonly description: "per-pixel colour difference that counts as changed (smaller is stricter)";
        readonly example: "0.25";
        readonly cli: {
            readonly group: "Changes";
            readonly flag: "--diff-threshold <0-1>";
        };
        readonly input: "diff-threshold";
        readonly http: {
            readonly none: "runs locally only: the queue server has no baseline of yours and renders the whole set";
        };
    };
    readonly 'fail-on-change': {
        readonly kind: "bool";
        readonly default: false;
        readonly scope: "run";
        readonly description: "exit 1 when any page is new, changed or removed since --baseline";
        readonly example: "true";
        readonly cli: {
            readonly group: "Changes";
            readonly flag: "--fail-on-change";
        };
        readonly input: "fail-on-change";
        readonly http: {
            readonly none: "runs locally only: the queue server has no baseline of yours and renders the whole set";
        };
    };
    readonly 'webhook-url': {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "run";
        readonly description: "POST a completion payload here when the run ends (see docs/webhooks.md)";
        readonly example: "https://hooks.example.com/framecap";
        readonly cli: {
            readonly group: "Webhook";
            readonly flag: "--webhook-url <url>";
        };
        readonly input: "webhook-url";
        readonly http: {
            readonly field: "webhook_url";
            readonly shape: "own";
            readonly reason: "the server delivers it (callback_url is another name; src/server/request.ts)";
        };
    };
    readonly 'webhook-secret': {
        readonly kind: "string";
        readonly default: null;
        readonly scope: "run";
        readonly description: "sign deliveries the Standard Webhooks way (or env FRAMECAP_WEBHOOK_SECRET)";
        readonly example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        readonly cli: {
            readonly group: "Webhook";
            readonly flag: "--webhook-secret <whsec_…>";
        };
        readonly input: "webhook-secret";
        readonly requires: "webhook-url";
        readonly http: {
            readonly none: "the server delivers its own webhook (webhook_url), signed with its own secret";
        };
    };
    readonly 'webhook-events': {
        readonly kind: "list";
        readonly default: string[];
        readonly scope: "run";
        readonly description: "which events to send: completed, partial, failed, canceled (queue server), progress, changed";
        readonly example: "completed";
        readonly cli: {
            readonly group: "Webhook";
            readonly flag: "--webhook-events <list>";
        };
        readonly input: "webhook-events";
        readonly requires: "webhook-url";
        readonly http: {
            readonly none: "the server delivers its own webhook (webhook_url), signed with its own secret";
        };
    };
    readonly 'webhook-header': {
        readonly kind: "headers";
        readonly default: null;
        readonly scope: "run";
        readonly description: "extra header on deliveries (value kept secret)";
        readonly example: "X-Hook: 1";
        readonly cli: {
            readonly group: "Webhook";
            readonly flag: "--webhook-header <\"Name: value\">";
            readonly repeatable: true;
        };
        readonly input: "webhook-headers";
        readonly requires: "webhook-url";
        readonly http: {
            readonly none: "the server delivers its own webhook (webhook_url), signed with its own secret";
        };
    };
    readonly 'webhook-timeout': {
        readonly kind: "int";
        readonly min: 1000;
        readonly max: 3600000;
        readonly default: 60000;
        readonly scope: "run";
        readonly description: "total time for a delivery, retries included";
        readonly example: "5000";
        readonly cli: {
            readonly group: "Webhook";
            readonly flag: "--webhook-timeout <ms>";
        };
        readonly input: "webhook-timeout";
        readonly http: {
            readonly none: "the server delivers its own webhook (webhook_url), signed with its own secret";
        };
    };
    readonly 'webhook-fail': {
        readonly kind: "enum";
        readonly values: readonly ["warn", "error"];
        readonly default: "warn";
        readonly scope: "run";
        readonly description: "warn | error: whether a failed delivery makes the run exit 1";
        readonly example: "error";
        readonly cli: {
            readonly group: "Webhook";
            readonly flag: "--webhook-fail <mode>";
        };
        readonly input: "webhook-fail";
        readonly http: {
            readonly none: "the server delivers its own webhook (webhook_url), signed with its own secret";
        };
    };
    readonly 'webhook-progress-every': {
        readonly kind: "int";
        readonly min: 1;
        readonly max: 1000000;
        readonly default: null;
        readonly scope: "run";
        readonly description: "also send a job.progress event every n finished pages";
        readonly example: "10";
        readonly cli: {
            readonly group: "Webhook";
            readonly flag: "--webhook-progress-every <n>";
        };
        readonly input: "webhook-progress-every";
        readonly requires: "webhook-url";
        readonly http: {
            readonly none: "the server delivers its own webhook (webhook_url), signed with its own secret";
        };
    };
};
export type Spec = typeof SPEC;
export type SettingName = SettingNameOf<Spec>;
/** Every setting, in the table's order (the CLI's help order). */
export declare const SETTING_NAMES: SettingName[];
export declare function specOf(name: SettingName): SettingSpec;
export declare function settingsWhere(pick: (spec: SettingSpec, name: SettingName) => boolean): SettingName[];
/** The default as a door writes it ('' when unset means none or off): help, README, action.yml, API docs. */
export declare function defaultText(name: SettingName): string;
/** Lists: an Action input reads them one item a line. */
export declare function isListKind(kind: Kind): boolean;
/** The Action input named this, if a setting has it. */
export declare function settingOfInput(input: string): SettingName | undefined;
/** Names of the settings of one kind, for the typed readers in settings.ts. */
export type NameOfKind<K extends Kind> = {
    [N in SettingName]: Spec[N]['kind'] extends K ? N : never;
}[SettingName];
/** A Jobs API field whose schema and mapping come from the setting's kind. */
export type GenericHttpField = {
    readonly field: string;
    readonly maxLength?: number;
    readonly about?: string;
};
/** The Jobs API fields derived from the spec (kind → schema, field → setting); the others have their own shape or none. */
export declare function httpOptionFields(): Array<{
    field: string;
    setting: SettingName;
    http: GenericHttpField;
}>;
export {};
