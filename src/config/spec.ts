// The settings spec: every capture setting, once. Each entry says what the
// setting holds (kind, range, default), what it does, and how each door
// spells it: the CLI flag, the framecap.yml key (the name, its camelCase,
// and any aliases), the Action input, and the Jobs API field (or why it is
// not settable over HTTP). From this table come the CLI's options and help,
// the framecap.yml keys, the Action's input reading, the server's option
// schema and field mapping, and the README's flag table; resolveSettings
// reads kinds, ranges and defaults from it. action.yml is written by hand
// and checked against it (test/settings-spec.test.ts).
//
// Adding a setting: add its entry here (with an example value for the door
// tests), declare its Action input in action.yml if it has one, run
// `npm run docs`, and write the code that uses it (resolveSettings puts it
// on CaptureOptions). Nothing else lists settings.

import { DEFAULT_DISCOVER, IMAGE_FORMATS } from '../core/options.ts';
import { BROWSER_CHOICES } from '../core/render/find-browser.ts';
import { DEFAULT_WEBHOOK_EVENTS } from '../notify/events.ts';
import type { StepKind } from '../core/steps/step.ts';
import { VIDEO_FORMATS, VIDEO_LIMITS } from '../core/video/options.ts';

export type FlagGroup = 'Sources' | 'Selection' | 'Rendering' | 'Page actions' | 'Authentication' | 'Emulation' | 'Frame' | 'Video' | 'Output' | 'Changes' | 'Webhook';

/** What a setting holds; the range (or allowed values) is part of its kind. */
export type SettingKind =
  | { readonly kind: 'string'; readonly default: string | null }
  /** Items as an array, or one a line (Action inputs are multi-line strings). */
  | { readonly kind: 'list'; readonly default: readonly string[] | null }
  /** A list of http(s) URLs. */
  | { readonly kind: 'url-list'; readonly default: null }
  /** A list of "Name: value" lines. */
  | { readonly kind: 'headers'; readonly default: null }
  /** A list of "name=value[; domain=…; path=…]" lines. */
  | { readonly kind: 'cookies'; readonly default: null }
  | { readonly kind: 'int'; readonly min: number; readonly max: number; readonly default: number | null }
  | { readonly kind: 'number'; readonly min: number; readonly max: number; readonly default: number | null }
  | { readonly kind: 'bool'; readonly default: boolean }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly default: string }
  /** WIDTHxHEIGHT, each side within min..max. */
  | { readonly kind: 'viewport'; readonly min: number; readonly max: number; readonly default: string }
  /** k/n */
  | { readonly kind: 'shard'; readonly default: null }
  /** N failed URLs or N% */
  | { readonly kind: 'failure-budget'; readonly default: null }
  /** A whole number within min..max, or "auto" (from the machine's cores and free memory). */
  | { readonly kind: 'concurrency'; readonly min: number; readonly max: number; readonly default: 'auto' }
  /** Page steps: YAML text of a list of one-key maps, or items of one step (or a list) each (src/config/steps.ts). */
  | { readonly kind: 'steps'; readonly default: null }
  /** Per-page rules: YAML (or JSON) text, or the structure itself from framecap.yml (src/config/page-rules.ts). */
  | { readonly kind: 'page-rules'; readonly default: null }
  /** Named sets of page settings, or name=device pairs (src/config/page-rules.ts). */
  | { readonly kind: 'variants'; readonly default: null }
  /** A structured block: YAML (or JSON) text, or a map in framecap.yml; a JSON object over HTTP. */
  | { readonly kind: 'yaml'; readonly default: null };

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
export type HttpDoor =
  | { readonly field: string; readonly maxLength?: number; readonly about?: string }
  | { readonly field: string; readonly shape: 'own'; readonly reason: string }
  | { readonly none: string };

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

const localOnly = { none: 'runs locally only: the queue server has no baseline of yours and renders the whole set' } as const;
const notYet = { none: 'not offered over HTTP yet' } as const;
const serverWebhook = { none: 'the server delivers its own webhook (webhook_url), signed with its own secret' } as const;

export const SPEC = {
  urls: {
    kind: 'list', default: null, scope: 'run', description: 'page URLs to capture', example: 'https://example.com/a',
    cli: null, input: 'urls', aliases: ['url'],
    http: { field: 'urls', shape: 'own', reason: 'url (capture) or urls (batch), each checked as an http(s) URL in src/server/request.ts' },
  },
  sitemap: {
    kind: 'list', default: null, scope: 'run', description: 'sitemap URL or file: urlset, index, .gz, text, RSS or Atom', example: 'https://example.com/sitemap.xml',
    cli: { group: 'Sources', flag: '--sitemap <url|path>', repeatable: true }, input: 'sitemap', aliases: ['sitemaps'],
    http: { field: 'sitemap_url', shape: 'own', reason: 'one sitemap URL per /v1/sitemap job; the server never reads its own files for a request' },
  },
  site: {
    kind: 'url-list', default: null, scope: 'run', description: "site root: its robots.txt Sitemap: lines, then /sitemap.xml, /sitemap_index.xml", example: 'https://example.com/',
    cli: { group: 'Sources', flag: '--site <url>', repeatable: true }, input: 'site', aliases: ['sites'],
    http: { none: 'not offered over HTTP: POST /v1/sitemap with the sitemap URL' },
  },
  'url-file': {
    kind: 'list', default: null, scope: 'run', description: 'file with one URL a line (# comments); "-" reads stdin', example: 'urls.txt',
    cli: { group: 'Sources', flag: '--urls <file>', repeatable: true }, input: 'url-file', aliases: ['url-files'],
    http: { none: 'names a file: a request never reads files on the server (send urls)' },
  },

  include: {
    kind: 'list', default: null, scope: 'run', description: 'only URL paths matching the glob, e.g. "/docs/**"', example: '/docs/**',
    cli: { group: 'Selection', flag: '--include <glob>', repeatable: true }, input: 'include',
    http: { field: 'include', shape: 'own', reason: 'batch and sitemap bodies only (src/server/schemas.ts SELECTION_PROPERTIES)' },
  },
  exclude: {
    kind: 'list', default: null, scope: 'run', description: 'skip URL paths matching the glob (wins over --include)', example: '/blog/**',
    cli: { group: 'Selection', flag: '--exclude <glob>', repeatable: true }, input: 'exclude',
    http: { field: 'exclude', shape: 'own', reason: 'batch and sitemap bodies only (src/server/schemas.ts SELECTION_PROPERTIES)' },
  },
  limit: {
    kind: 'int', min: 1, max: 10_000_000, default: null, scope: 'run', description: 'capture at most n URLs (applied before --shard)', example: '7',
    cli: { group: 'Selection', flag: '--limit <n>' }, input: 'limit',
    http: { field: 'limit', shape: 'own', reason: "batch and sitemap bodies only, capped by the server's maxUrlsPerJob (max_pages is another name)" },
  },
  shard: {
    kind: 'shard', default: null, scope: 'run', description: 'capture only shard k of n (disjoint, together complete)', example: '2/4',
    cli: { group: 'Selection', flag: '--shard <k/n>' }, input: 'shard',
    http: { none: 'a server job renders its whole set: submit several jobs to split one' },
  },
  'per-pattern': {
    kind: 'int', min: 1, max: 10_000_000, default: null, scope: 'run', description: 'capture at most n pages per URL template (e.g. 3 of all /blog/* posts), the first n in sitemap order', example: '3',
    cli: { group: 'Selection', flag: '--per-pattern <n>' }, input: 'per-pattern',
    http: localOnly,
  },
  'max-urls': {
    kind: 'int', min: 1, max: 10_000_000, default: DEFAULT_DISCOVER.maxUrls, scope: 'run', description: 'stop discovery after n URLs in all', example: '5000',
    cli: { group: 'Selection', flag: '--max-urls <n>' }, input: 'max-urls',
    http: { none: "the server's maxUrlsPerJob caps every job" },
  },

  viewport: {
    kind: 'viewport', min: 100, max: 7680, default: '1280x800', scope: 'page', description: 'browser viewport in CSS pixels', example: '1440x900',
    cli: { group: 'Rendering', flag: '--viewport <WxH>' }, input: 'viewport',
    http: { field: 'viewport', shape: 'own', reason: 'also takes {"width","height"} (src/server/schemas.ts)' },
  },
  scale: {
    // No default: unset means the frame's own (ScaleChoice 'device'), which only a phone or tablet frame has.
    kind: 'number', min: 1, max: 4, default: null, scope: 'page', description: "device scale factor (2 for retina-sharp captures); unset: a phone or tablet frame's own (3, 2), else 1", example: '2',
    cli: { group: 'Rendering', flag: '--scale <n>' }, input: 'scale',
    http: { field: 'scale' },
  },
  'full-page': {
    kind: 'bool', default: false, scope: 'page', description: 'capture the whole scrollable page, not just the viewport', example: 'true',
    cli: { group: 'Rendering', flag: '--full-page' }, input: 'full-page',
    http: { field: 'full_page' },
  },
  'wait-until': {
    kind: 'enum', values: ['load', 'domcontentloaded', 'networkidle'], default: 'load', scope: 'page', description: 'load | domcontentloaded | networkidle', example: 'networkidle',
    cli: { group: 'Rendering', flag: '--wait-until <event>' }, input: 'wait-until',
    http: { field: 'wait_until', about: 'navigation event to wait for' },
  },
  'wait-for': {
    kind: 'string', default: null, scope: 'page', description: 'wait for this CSS selector to be visible before the shot', example: '#main',
    cli: { group: 'Rendering', flag: '--wait-for <selector>' }, input: 'wait-for',
    http: { field: 'wait_for', maxLength: 1000 },
  },
  delay: {
    kind: 'int', min: 0, max: 60_000, default: 0, scope: 'page', description: 'extra wait before the shot', example: '250',
    cli: { group: 'Rendering', flag: '--delay <ms>' }, input: 'delay',
    http: { field: 'delay', about: 'extra wait before the shot, ms' },
  },
  hide: {
    kind: 'list', default: null, scope: 'page', description: 'hide elements matching the selector (cookie banners, chat widgets)', example: '.banner',
    cli: { group: 'Rendering', flag: '--hide <selector>', repeatable: true }, input: 'hide',
    http: { field: 'hide', about: 'CSS selectors hidden before the shot (cookie banners, chat widgets)' },
  },
  'color-scheme': {
    kind: 'enum', values: ['light', 'dark'], default: 'light', scope: 'page', description: 'light | dark (prefers-color-scheme)', example: 'dark',
    cli: { group: 'Rendering', flag: '--color-scheme <scheme>' }, input: 'color-scheme',
    http: { field: 'color_scheme', about: "the pages' prefers-color-scheme" },
  },
  header: {
    kind: 'headers', default: null, scope: 'run', description: "extra HTTP header on requests to the captured page's origin only (value kept secret)", example: 'X-Test: 1',
    cli: { group: 'Rendering', flag: '--header <"Name: value">', repeatable: true }, input: 'headers', aliases: ['headers'],
    http: { field: 'headers', shape: 'own', reason: '{"Name":"value"} or ["Name: value"] (src/server/schemas.ts)' },
  },
  cookie: {
    kind: 'cookies', default: null, scope: 'run', description: "cookie for the captured page's host only (value kept secret)", example: 'session=abc; domain=example.com',
    cli: { group: 'Rendering', flag: '--cookie <"name=value[; domain=d]">', repeatable: true }, input: 'cookies', aliases: ['cookies'],
    http: { field: 'cookies', shape: 'own', reason: 'strings or {"name","value","domain","path"} objects (src/server/schemas.ts)' },
  },
  'user-agent': {
    kind: 'string', default: null, scope: 'run', description: "override the browser's user agent", example: 'framecap-test',
    cli: { group: 'Rendering', flag: '--user-agent <ua>' }, input: 'user-agent',
    http: { field: 'user_agent', maxLength: 1000 },
  },
  timeout: {
    kind: 'int', min: 1_000, max: 600_000, default: 30_000, scope: 'page', description: 'time limit per page: navigation, waits and shot', example: '15000',
    cli: { group: 'Rendering', flag: '--timeout <ms>' }, input: 'timeout',
    http: { field: 'timeout', about: 'time limit per page (navigation, waits, shot), ms' },
  },
  retries: {
    kind: 'int', min: 0, max: 10, default: 2, scope: 'run', description: 'retries for transient failures (timeouts, 5xx, crashes), with backoff', example: '1',
    cli: { group: 'Rendering', flag: '--retries <n>' }, input: 'retries',
    http: { field: 'retries' },
  },
  concurrency: {
    kind: 'concurrency', min: 1, max: 32, default: 'auto', scope: 'run', description: 'pages rendered at once (auto: from cores and free memory)', example: '3',
    cli: { group: 'Rendering', flag: '--concurrency <n|auto>' }, input: 'concurrency',
    http: { none: 'the server shares its machine between jobs and chooses each one\'s pages at once' },
  },
  lazy: {
    kind: 'bool', default: true, scope: 'run', description: 'do not force lazy images to load or scroll full pages through before the shot', example: 'false',
    cli: { group: 'Rendering', flag: '--no-lazy' }, input: 'lazy',
    http: notYet,
  },
  stable: {
    kind: 'bool', default: false, scope: 'run', description: 'shoot until two consecutive screenshots are identical (bounded)', example: 'true',
    cli: { group: 'Rendering', flag: '--stable' }, input: 'stable',
    http: notYet,
  },
  'dismiss-consent': {
    kind: 'bool', default: false, scope: 'run', description: "opt out of cookie/consent banners (DuckDuckGo's autoconsent rules, offline)", example: 'true',
    cli: { group: 'Rendering', flag: '--dismiss-consent' }, input: 'dismiss-consent',
    http: notYet,
  },
  'block-ads': {
    kind: 'bool', default: false, scope: 'run', description: "block ads: EasyList's network and element-hiding rules (from the webext-ublock-origin-chromium package)", example: 'true',
    cli: { group: 'Rendering', flag: '--block-ads' }, input: 'block-ads',
    http: { field: 'block_ads', about: "block ads with EasyList's network and element-hiding rules (the server's copy)" },
  },
  'block-trackers': {
    kind: 'bool', default: false, scope: 'run', description: 'block trackers: EasyPrivacy (from the webext-ublock-origin-chromium package)', example: 'true',
    cli: { group: 'Rendering', flag: '--block-trackers' }, input: 'block-trackers',
    http: { field: 'block_trackers', about: "block trackers with EasyPrivacy (the server's copy)" },
  },
  'filter-list': {
    kind: 'list', default: null, scope: 'run', description: 'your own filter list (Adblock Plus syntax) instead of EasyList/EasyPrivacy; with --block-ads or --block-trackers', example: 'lists/house.txt',
    cli: { group: 'Rendering', flag: '--filter-list <path>', repeatable: true }, input: 'filter-lists', aliases: ['filter-lists'], requires: 'block-ads',
    http: { none: "names files: a request never reads files on the server (it blocks with its own lists)" },
  },
  browser: {
    kind: 'enum', values: BROWSER_CHOICES, default: 'auto', scope: 'run',
    description: 'auto | headless-shell | chrome: the headless shell renders the same pixels for about half the CPU; auto takes it when installed (the Action installs it for headless-shell)',
    example: 'chrome',
    cli: { group: 'Rendering', flag: '--browser <build>' }, input: 'browser',
    http: { none: 'the browser on the server: only its operator chooses one' },
  },
  'browser-path': {
    kind: 'string', default: null, scope: 'run', description: 'Chrome/Chromium executable (else CHROME_PATH, Playwright cache, PATH)', example: '/usr/bin/chromium',
    cli: { group: 'Rendering', flag: '--browser-path <path>' }, input: 'browser-path',
    http: { none: 'an executable on the server: only its operator chooses one' },
  },

  steps: {
    kind: 'steps', default: null, scope: 'page', description: 'page steps, run in order after the page is ready and before the shot: click, fill, css, js, … as YAML (see docs/page-actions.md)', example: '[{click: "#accept"}, {remove: ".banner"}]',
    cli: {
      group: 'Page actions', flag: '--steps <yaml>', repeatable: true,
      shorthands: [
        { step: 'click', flag: '--click <selector>', description: 'step: click the first element matching the selector' },
        { step: 'css', flag: '--css <css|@file>', description: 'step: add this CSS to the page (or the CSS of a file)' },
        { step: 'js', flag: '--js <code|@file>', description: 'step: run this JavaScript in the page, as the page\'s own scripts run (await works)' },
        { step: 'remove', flag: '--remove <selector>', description: 'step: remove matching elements from the layout (display:none; --hide keeps their space)' },
        { step: 'wait-for-function', flag: '--wait-for-function <js>', description: 'step: wait until this JavaScript expression is true' },
        { step: 'scroll-to', flag: '--scroll-to <selector>', description: 'step: scroll the first matching element to the top of the viewport' },
      ],
    },
    input: 'steps',
    http: { field: 'steps', shape: 'own', reason: 'a list of step objects: at most 50, css/js at most 64 KB each, no env: or @file (src/server/schemas.ts)' },
  },
  selector: {
    kind: 'string', default: null, scope: 'page', description: 'capture the first element matching this CSS selector instead of the viewport (framed like a page)', example: '#pricing',
    cli: { group: 'Page actions', flag: '--selector <css>' }, input: 'selector',
    http: { field: 'selector', maxLength: 1000 },
  },
  'selector-padding': {
    kind: 'int', min: 0, max: 1_000, default: 0, scope: 'page', description: 'page around the --selector element, CSS px on each side', example: '16',
    cli: { group: 'Page actions', flag: '--selector-padding <px>' }, input: 'selector-padding', requires: 'selector',
    http: { field: 'selector_padding' },
  },
  clip: {
    kind: 'string', default: null, scope: 'page', description: 'capture this rectangle of the page: x,y,width,height in CSS px from its top-left corner', example: '0,0,640,400',
    cli: { group: 'Page actions', flag: '--clip <x,y,w,h>' }, input: 'clip',
    http: { field: 'clip', maxLength: 100 },
  },
  'storage-state': {
    kind: 'string', default: null, scope: 'run', description: "Playwright storage-state JSON (shot-scraper auth, storageState()): its cookies and local storage, each to its own domain only (values kept secret)", example: 'test/fixtures/auth/storage-state.json',
    cli: { group: 'Authentication', flag: '--storage-state <file>' }, input: 'storage-state',
    http: { field: 'storage_state', shape: 'own', reason: 'the state itself as a JSON object, never a path on the server (src/server/request.ts)' },
  },
  'http-auth': {
    kind: 'string', default: null, scope: 'run', description: "HTTP basic auth as user:password, sent to the captured page's origin only (password kept secret)", example: 'reviewer:hunter2-secret',
    cli: { group: 'Authentication', flag: '--http-auth <user:pass>' }, input: 'http-auth',
    http: { field: 'http_auth', maxLength: 1000, about: "HTTP basic auth as user:password, sent to the captured page's origin only; never returned or logged" },
  },
  login: {
    kind: 'yaml', default: null, scope: 'run', description: 'log in once before the first capture: url, steps, success-url, save-state (see docs/page-actions.md)',
    example: '{"url":"https://example.com/login","steps":[{"fill":"#user","value":"ada"},{"click":"button[type=submit]"}],"success-url":"**/dashboard"}',
    cli: null, input: 'login',
    http: { field: 'login', shape: 'own', reason: 'a JSON object; step values never read the server\'s environment (src/server/schemas.ts)' },
  },

  timezone: {
    kind: 'string', default: null, scope: 'page', description: 'IANA time zone the pages see, e.g. Europe/Berlin', example: 'Asia/Tokyo',
    cli: { group: 'Emulation', flag: '--timezone <IANA>' }, input: 'timezone',
    http: { field: 'timezone', maxLength: 100 },
  },
  locale: {
    kind: 'string', default: null, scope: 'page', description: 'BCP 47 locale: navigator.language, Accept-Language, number and date formats, e.g. de-DE', example: 'fr-FR',
    cli: { group: 'Emulation', flag: '--locale <BCP47>' }, input: 'locale',
    http: { field: 'locale', maxLength: 100 },
  },
  geolocation: {
    kind: 'string', default: null, scope: 'page', description: 'position the pages get, as latitude,longitude (the permission is granted)', example: '52.52,13.405',
    cli: { group: 'Emulation', flag: '--geolocation <lat,lon>' }, input: 'geolocation',
    http: { field: 'geolocation', maxLength: 100 },
  },
  javascript: {
    kind: 'bool', default: true, scope: 'page', description: 'render pages without running their JavaScript', example: 'false',
    cli: { group: 'Emulation', flag: '--no-javascript' }, input: 'javascript',
    http: { field: 'javascript', about: 'false renders pages without running their JavaScript' },
  },
  'reduced-motion': {
    kind: 'enum', values: ['on', 'off'], default: 'on', scope: 'page', description: 'on | off: prefers-reduced-motion: reduce, so animations settle before the shot', example: 'off',
    cli: { group: 'Emulation', flag: '--reduced-motion <on|off>' }, input: 'reduced-motion',
    http: { field: 'reduced_motion' },
  },
  'omit-background': {
    kind: 'bool', default: false, scope: 'page', description: "transparent page background where the page paints none (then the frame's screen shows through)", example: 'true',
    cli: { group: 'Emulation', flag: '--omit-background' }, input: 'omit-background',
    http: { field: 'omit_background' },
  },
  proxy: {
    kind: 'string', default: null, scope: 'run', description: 'send browser traffic through this proxy: http://, https://, socks4:// or socks5:// host:port (credentials kept secret)', example: 'http://127.0.0.1:3128',
    cli: { group: 'Emulation', flag: '--proxy <url>' }, input: 'proxy',
    http: { none: "the queue server's own egress guard is the browser's proxy" },
  },
  'proxy-bypass': {
    kind: 'string', default: null, scope: 'run', description: 'hosts that skip --proxy, comma-separated (e.g. ".internal,localhost")', example: '.internal,localhost',
    cli: { group: 'Emulation', flag: '--proxy-bypass <hosts>' }, input: 'proxy-bypass', requires: 'proxy',
    http: { none: "the queue server's own egress guard is the browser's proxy" },
  },

  device: {
    kind: 'string', default: 'browser-macos', scope: 'page', description: 'frame to put each shot in; "none" for the plain screenshot (see `framecap devices`)', example: 'none',
    cli: { group: 'Frame', flag: '--device <frame>' }, input: 'device',
    http: { field: 'device', maxLength: 100, about: 'frame id (list: `framecap devices`), or "none" for the plain screenshot' },
  },
  theme: {
    kind: 'enum', values: ['light', 'dark'], default: 'light', scope: 'page', description: 'frame theme: light | dark', example: 'dark',
    cli: { group: 'Frame', flag: '--theme <theme>' }, input: 'theme',
    http: { field: 'theme', about: 'frame theme' },
  },
  background: {
    kind: 'string', default: 'midnight', scope: 'page', description: 'preset, CSS colour, "transparent", gradient ("#ff0080,#7928ca@135" or linear-gradient(…)), or image file', example: 'ocean',
    cli: { group: 'Frame', flag: '--background <preset|color>' }, input: 'background',
    http: { field: 'background', shape: 'own', reason: 'background_preset is another name for it (src/server/request.ts)' },
  },
  padding: {
    kind: 'int', min: 0, max: 1_000, default: 64, scope: 'page', description: 'space around the frame, CSS pixels', example: '10',
    cli: { group: 'Frame', flag: '--padding <px>' }, input: 'padding',
    http: { field: 'padding' },
  },
  radius: {
    kind: 'int', min: 0, max: 200, default: 12, scope: 'page', description: 'window corner radius, CSS pixels', example: '4',
    cli: { group: 'Frame', flag: '--radius <px>' }, input: 'radius',
    http: { field: 'radius' },
  },
  shadow: {
    kind: 'bool', default: true, scope: 'page', description: 'no drop shadow under the frame', example: 'false',
    cli: { group: 'Frame', flag: '--no-shadow' }, input: 'shadow',
    http: { field: 'shadow', about: 'drop shadow under the frame' },
  },
  'shadow-strength': {
    kind: 'number', min: 0, max: 3, default: 1, scope: 'page', description: "multiply the frame's shadow opacity (0 none, 1 as designed)", example: '0.5',
    cli: { group: 'Frame', flag: '--shadow-strength <0-3>' }, input: 'shadow-strength',
    http: notYet,
  },
  'max-height': {
    kind: 'int', min: 100, max: 1_000_000, default: null, scope: 'page', description: 'cut framed pages taller than this (CSS px; full-page shots), noted in the manifest', example: '4000',
    cli: { group: 'Frame', flag: '--max-height <px>' }, input: 'max-height',
    http: notYet,
  },
  title: {
    kind: 'string', default: null, scope: 'page', description: 'text for the address bar instead of the page URL', example: 'Acme',
    cli: { group: 'Frame', flag: '--title <text>' }, input: 'title',
    http: { field: 'title', maxLength: 500 },
  },
  pages: {
    kind: 'page-rules', default: null, scope: 'run', description: 'per-page rules, applied in order: match: (a glob on the URL path) or regex:, and page settings (YAML list; see README "Per-page rules")',
    example: '[{match: "/docs/**", full-page: true}]',
    cli: null, input: 'pages',
    http: { field: 'pages', shape: 'own', reason: 'a list of rule objects, read like framecap.yml\'s pages: (src/server/schemas.ts, at most 100)' },
  },
  variants: {
    kind: 'variants', default: null, scope: 'run', description: 'capture each page once per variant, as <page>@<name>: name=device pairs, or a YAML list or map of named page settings',
    example: 'desktop=browser-macos,phone=phone-ios',
    cli: { group: 'Frame', flag: '--variants <name=device,…>' }, input: 'variants',
    http: { field: 'variants', shape: 'own', reason: 'a list or map of named page settings, read like framecap.yml\'s variants: (src/server/schemas.ts, at most 20)' },
  },
  composite: {
    kind: 'enum', values: ['none', 'responsive'], default: 'none', scope: 'page', description: 'responsive: one image per page, the page on a laptop, a tablet and a phone (--composite-devices) on one background; also per rule or variant', example: 'responsive',
    cli: { group: 'Frame', flag: '--composite <layout>' }, input: 'composite',
    http: { field: 'composite', about: 'responsive: one image per page showing it on several devices (composite_devices) on one background' },
  },
  'composite-devices': {
    kind: 'list', default: ['laptop', 'tablet', 'phone-ios'], scope: 'page', description: 'frames of --composite responsive, comma-separated: behind in the middle, in front on the left, in front on the right (a rule or variant gives them with its composite)', example: 'browser-macos,phone-android',
    cli: { group: 'Frame', flag: '--composite-devices <list>' }, input: 'composite-devices', requires: 'composite',
    http: { field: 'composite_devices', about: 'frames of the responsive composite: behind in the middle, then in front on the left and on the right' },
  },

  video: {
    kind: 'enum', values: ['none', 'scroll'], default: 'none', scope: 'page', description: 'scroll: record the page scrolling top to bottom inside its frame, as a video (see docs/video.md)', example: 'scroll',
    cli: { group: 'Video', flag: '--video <mode>' }, input: 'video',
    http: { field: 'video', about: 'none | scroll: a framed scroll video instead of a still' },
  },
  'video-format': {
    kind: 'enum', values: VIDEO_FORMATS, default: 'mp4', scope: 'page', description: 'mp4 | webm (need ffmpeg) | webp | gif (animated images, through sharp)', example: 'webp',
    cli: { group: 'Video', flag: '--video-format <format>' }, input: 'video-format', requires: 'video',
    http: { field: 'video_format' },
  },
  'video-duration': {
    kind: 'number', min: 1, max: VIDEO_LIMITS.maxDurationMs / 1000, default: null, scope: 'page', description: 'seconds of video, pauses included (default: from the page height, 800 px a second)', example: '6',
    cli: { group: 'Video', flag: '--video-duration <s>' }, input: 'video-duration', requires: 'video',
    http: { field: 'video_duration', about: 'seconds of video, pauses included' },
  },
  'video-fps': {
    kind: 'int', min: 1, max: 60, default: null, scope: 'page', description: 'frames a second (default: 30 for mp4/webm, 12 for webp/gif)', example: '24',
    cli: { group: 'Video', flag: '--video-fps <n>' }, input: 'video-fps', requires: 'video',
    http: { field: 'video_fps' },
  },
  'video-scroll-to': {
    kind: 'string', default: null, scope: 'page', description: 'end the scroll where the first element matching this CSS selector reaches the top of the viewport', example: '#pricing',
    cli: { group: 'Video', flag: '--video-scroll-to <selector>' }, input: 'video-scroll-to', requires: 'video',
    http: { field: 'video_scroll_to', maxLength: 1000 },
  },
  'video-pause': {
    kind: 'int', min: 0, max: 10_000, default: 500, scope: 'page', description: 'still time at the top and at the bottom, ms each', example: '1000',
    cli: { group: 'Video', flag: '--video-pause <ms>' }, input: 'video-pause', requires: 'video',
    http: { field: 'video_pause' },
  },

  output: {
    kind: 'string', default: 'framecap.zip', scope: 'run', description: 'a .zip file, or a folder for loose files', example: 'shots.zip',
    cli: { group: 'Output', flag: '-o, --output <path>' }, input: 'output', aliases: ['out'],
    http: { none: 'a path on the server: the server chooses where results go' },
  },
  format: {
    kind: 'enum', values: IMAGE_FORMATS, default: 'png', scope: 'page', description: 'png | jpeg | webp | avif', example: 'webp',
    cli: { group: 'Output', flag: '--format <format>' }, input: 'format',
    http: { field: 'format', about: 'image format' },
  },
  quality: {
    kind: 'int', min: 1, max: 100, default: 90, scope: 'page', description: 'jpeg/webp/avif quality', example: '70',
    cli: { group: 'Output', flag: '--quality <1-100>' }, input: 'quality',
    http: { field: 'quality', about: 'JPEG/WebP/AVIF quality' },
  },
  split: {
    kind: 'int', min: 100, max: 1_000_000, default: null, scope: 'page', description: 'write a full page taller than this (CSS px) as numbered parts <name>.part-1.<ext>, … each framed; at most the format allows (README "Tall pages")', example: '8000',
    cli: { group: 'Output', flag: '--split <px>' }, input: 'split',
    http: { field: 'split', about: 'full pages taller than this many CSS px are written as numbered parts, each framed' },
  },
  'max-failures': {
    kind: 'failure-budget', default: null, scope: 'run', description: 'the run fails when more URLs than this (a count or a percentage) fail', example: '10%',
    cli: { group: 'Output', flag: '--max-failures <n|n%>' }, input: 'max-failures',
    http: notYet,
  },
  thumbnail: {
    kind: 'int', min: 16, max: 4_096, default: null, scope: 'run', description: 'also write <name>.thumb.<ext>, this many pixels wide, per capture', example: '200',
    cli: { group: 'Output', flag: '--thumbnail <px>' }, input: 'thumbnail',
    http: notYet,
  },
  'fail-on': {
    kind: 'enum', values: ['partial', 'failed', 'never'], default: 'failed', scope: 'run', description: 'exit 1 when the run is: partial (any URL failed) | failed (all failed) | never', example: 'partial',
    cli: { group: 'Output', flag: '--fail-on <when>' }, input: 'fail-on',
    http: { none: "an exit code of the CLI or the Action: an API client reads the Job's status" },
  },

  baseline: {
    kind: 'string', default: null, scope: 'run', description: "a previous run's output to compare with: changes/ diff images, manifest.changes (see docs/incremental.md)", example: 'last.zip',
    cli: { group: 'Changes', flag: '--baseline <zip|manifest|folder|url>' }, input: 'baseline',
    http: localOnly,
  },
  incremental: {
    kind: 'bool', default: false, scope: 'run', description: "skip pages unchanged since --baseline (sitemap lastmod, ETag/Last-Modified, HTML hash) and reuse their capture", example: 'true',
    cli: { group: 'Changes', flag: '--incremental' }, input: 'incremental', requires: 'baseline',
    http: localOnly,
  },
  'diff-threshold': {
    kind: 'number', min: 0, max: 1, default: 0.1, scope: 'run', description: 'per-pixel colour difference that counts as changed (smaller is stricter)', example: '0.25',
    cli: { group: 'Changes', flag: '--diff-threshold <0-1>' }, input: 'diff-threshold',
    http: localOnly,
  },
  'fail-on-change': {
    kind: 'bool', default: false, scope: 'run', description: 'exit 1 when any page is new, changed or removed since --baseline', example: 'true',
    cli: { group: 'Changes', flag: '--fail-on-change' }, input: 'fail-on-change',
    http: localOnly,
  },

  'webhook-url': {
    kind: 'string', default: null, scope: 'run', description: 'POST a completion payload here when the run ends (see docs/webhooks.md)', example: 'https://hooks.example.com/framecap',
    cli: { group: 'Webhook', flag: '--webhook-url <url>' }, input: 'webhook-url',
    http: { field: 'webhook_url', shape: 'own', reason: 'the server delivers it (callback_url is another name; src/server/request.ts)' },
  },
  'webhook-secret': {
    kind: 'string', default: null, scope: 'run', description: 'sign deliveries the Standard Webhooks way (or env FRAMECAP_WEBHOOK_SECRET)', example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    cli: { group: 'Webhook', flag: '--webhook-secret <whsec_…>' }, input: 'webhook-secret', requires: 'webhook-url',
    http: serverWebhook,
  },
  'webhook-events': {
    kind: 'list', default: DEFAULT_WEBHOOK_EVENTS.map((e) => e.replace(/^job\./, '')), scope: 'run', description: 'which events to send: completed, partial, failed, canceled (queue server), progress, changed', example: 'completed',
    cli: { group: 'Webhook', flag: '--webhook-events <list>' }, input: 'webhook-events', requires: 'webhook-url',
    http: serverWebhook,
  },
  'webhook-header': {
    kind: 'headers', default: null, scope: 'run', description: 'extra header on deliveries (value kept secret)', example: 'X-Hook: 1',
    cli: { group: 'Webhook', flag: '--webhook-header <"Name: value">', repeatable: true }, input: 'webhook-headers', requires: 'webhook-url',
    http: serverWebhook,
  },
  'webhook-timeout': {
    kind: 'int', min: 1_000, max: 3_600_000, default: 60_000, scope: 'run', description: 'total time for a delivery, retries included', example: '5000',
    cli: { group: 'Webhook', flag: '--webhook-timeout <ms>' }, input: 'webhook-timeout',
    http: serverWebhook,
  },
  'webhook-fail': {
    kind: 'enum', values: ['warn', 'error'], default: 'warn', scope: 'run', description: 'warn | error: whether a failed delivery makes the run exit 1', example: 'error',
    cli: { group: 'Webhook', flag: '--webhook-fail <mode>' }, input: 'webhook-fail',
    http: serverWebhook,
  },
  'webhook-progress-every': {
    kind: 'int', min: 1, max: 1_000_000, default: null, scope: 'run', description: 'also send a job.progress event every n finished pages', example: '10',
    cli: { group: 'Webhook', flag: '--webhook-progress-every <n>' }, input: 'webhook-progress-every', requires: 'webhook-url',
    http: serverWebhook,
  },
} as const satisfies Record<string, SettingSpec>;

export type Spec = typeof SPEC;
export type SettingName = SettingNameOf<Spec>;

/** Every setting, in the table's order (the CLI's help order). */
export const SETTING_NAMES = Object.keys(SPEC) as SettingName[];

export function specOf(name: SettingName): SettingSpec {
  return SPEC[name];
}

export function settingsWhere(pick: (spec: SettingSpec, name: SettingName) => boolean): SettingName[] {
  return SETTING_NAMES.filter((name) => pick(SPEC[name], name));
}

/** The default as a door writes it ('' when unset means none or off): help, README, action.yml, API docs. */
export function defaultText(name: SettingName): string {
  const d: SettingSpec['default'] = SPEC[name].default;
  if (d === null) return '';
  return Array.isArray(d) ? d.join(',') : String(d);
}

/** Lists: an Action input reads them one item a line. */
export function isListKind(kind: Kind): boolean {
  return kind === 'list' || kind === 'url-list' || kind === 'headers' || kind === 'cookies';
}

/** The Action input named this, if a setting has it. */
export function settingOfInput(input: string): SettingName | undefined {
  return SETTING_NAMES.find((name) => SPEC[name].input === input);
}

/** Names of the settings of one kind, for the typed readers in settings.ts. */
export type NameOfKind<K extends Kind> = { [N in SettingName]: Spec[N]['kind'] extends K ? N : never }[SettingName];

/** A Jobs API field whose schema and mapping come from the setting's kind. */
export type GenericHttpField = { readonly field: string; readonly maxLength?: number; readonly about?: string };

/** The Jobs API fields derived from the spec (kind → schema, field → setting); the others have their own shape or none. */
export function httpOptionFields(): Array<{ field: string; setting: SettingName; http: GenericHttpField }> {
  return SETTING_NAMES.flatMap((setting) => {
    const http: HttpDoor = SPEC[setting].http;
    return 'field' in http && !('shape' in http) ? [{ field: http.field, setting, http }] : [];
  });
}
