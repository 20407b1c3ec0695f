// Reading and checking the frames/ folder. Everything a frame looks like lives
// there (see frames/README.md); this module turns those files into typed
// specs once, with errors that name the file and field to fix.

import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameTheme, Viewport } from '../options.ts';
import { UserError } from '../types.ts';
import type { Background, BackgroundPreset, GradientStop } from './background.ts';
import { parseColor } from './color.ts';
import { compileTemplate, parseExpr, TemplateError } from './template.ts';
import type { Expr, Template } from './template.ts';

export const CATALOG_FILE = 'catalog.json';
export const FRAME_FILE = 'frame.json';
const FORMAT = 'framecap-frames/1';
const THEMES: readonly FrameTheme[] = ['light', 'dark'];

export type FrameKind = 'browser' | 'device';
/** Where a layer is drawn, relative to the frame's outer box. */
export type LayerArea = 'window' | 'top' | 'bottom' | 'screen';
const AREAS: readonly LayerArea[] = ['window', 'top', 'bottom', 'screen'];
/** Text a frame can show: the address bar text, and the page title. */
export type TextSlot = 'url' | 'title';
const SLOTS: readonly TextSlot[] = ['url', 'title'];

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ShadowSpec {
  offsetX: number;
  offsetY: number;
  blur: number;
  spread: number;
  opacity: number;
}

export interface LayerSpec {
  file: string;
  area: LayerArea;
  template: Template;
}

export interface TextSpec {
  maxWidth: Expr;
  fontSize: number;
}

/** How a device renders: what the browser should emulate for a page shown in it. */
export interface DeviceEmulation {
  /**
   * The device's native scale factor, which pages in it render at unless the
   * user sets --scale (src/core/scale.ts); null: none of its own (a laptop
   * keeps the run's scale, as a browser window does).
   */
  deviceScaleFactor: number | null;
  isMobile: boolean;
  hasTouch: boolean;
  /** A user agent of that class of device, or null to keep the browser's. */
  userAgent: string | null;
}

export interface FrameSpec {
  id: string;
  kind: FrameKind;
  description: string;
  /** Devices impose a CSS viewport; browser windows fit any. */
  viewport: Viewport | null;
  /** Devices: what to emulate; null for browser windows. */
  emulation: DeviceEmulation | null;
  /** CSS px between the frame's outer edge and the screen (the shot). */
  insets: Insets;
  /** Outer corner radius in CSS px, or 'option' to take FrameOptions.radius. */
  radius: number | 'option';
  /** Round the composed window's corners to `radius` (browser windows); devices draw their own outline. */
  clip: boolean;
  /** Round the shot's own corners (CSS px): a device's display is rounded; the top may sit under a status bar. */
  screenCorners: { top: number; bottom: number };
  /** A stroke just inside the outer edge; `color` is a template (usually a theme colour). */
  border: { width: number; color: Template } | null;
  shadow: ShadowSpec[];
  text: Map<TextSlot, TextSpec>;
  vars: Map<string, Expr>;
  layers: LayerSpec[];
  themes: Map<FrameTheme, ReadonlyMap<string, string>>;
}

export interface FrameData {
  dir: string;
  presets: BackgroundPreset[];
  frames: FrameSpec[];
}

let located: string | null = null;

/**
 * The frames/ folder: the nearest `frames/catalog.json` walking up from this
 * module, so it is found from src/core/frame/ (tsx) and from a bundle in
 * dist/ with frames copied to dist/frames/.
 */
export function framesDir(): string {
  if (located) return located;
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'frames');
    if (existsSync(join(candidate, CATALOG_FILE))) return (located = candidate);
    if (dirname(dir) === dir) {
      throw new UserError(`framecap's frames/ folder (with ${CATALOG_FILE}) was not found above ${start}: reinstall framecap`);
    }
  }
}

const loaded = new Map<string, Promise<FrameData>>();

/** Read and check a frames folder once per process; later calls share the result. */
export function loadFrameData(dir = framesDir()): Promise<FrameData> {
  let pending = loaded.get(dir);
  if (!pending) {
    pending = readFrameData(dir);
    loaded.set(dir, pending);
    pending.catch(() => loaded.delete(dir));
  }
  return pending;
}

const presetsByDir = new Map<string, BackgroundPreset[]>();

/** The background presets, read synchronously (parseBackground is synchronous). */
export function loadPresetsSync(dir = framesDir()): BackgroundPreset[] {
  let presets = presetsByDir.get(dir);
  if (!presets) {
    const file = join(dir, CATALOG_FILE);
    presets = parseCatalog(readJson(file, readFileSync(file, 'utf8')), file);
    presetsByDir.set(dir, presets);
  }
  return presets;
}

async function readFrameData(dir: string): Promise<FrameData> {
  const catalogFile = join(dir, CATALOG_FILE);
  let catalogText: string;
  try {
    catalogText = await readFile(catalogFile, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read the frame catalog ${catalogFile}: ${(err as Error).message}`);
  }
  const presets = parseCatalog(readJson(catalogFile, catalogText), catalogFile);
  presetsByDir.set(dir, presets);
  const entries = await readdir(dir, { withFileTypes: true });
  const frames: FrameSpec[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const frameDir = join(dir, entry.name);
    const file = join(frameDir, FRAME_FILE);
    if (!existsSync(file)) continue;
    frames.push(await readFrame(frameDir, entry.name, file));
  }
  return { dir, presets, frames };
}

function readJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UserError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
}

// ---- small readers for untrusted JSON: each error names the file and field ----

type Obj = Record<string, unknown>;

class Reader {
  constructor(readonly file: string) {}

  fail(field: string, want: string): never {
    throw new UserError(`${this.file}: "${field}" ${want}`);
  }

  obj(v: unknown, field: string): Obj {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(field, 'must be an object');
    return v as Obj;
  }

  str(v: unknown, field: string): string {
    if (typeof v !== 'string' || v === '') this.fail(field, 'must be a non-empty string');
    return v;
  }

  num(v: unknown, field: string, min: number, max: number): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) this.fail(field, `must be a number from ${min} to ${max}`);
    return v;
  }

  optNum(v: unknown, field: string, min: number, max: number, fallback: number): number {
    return v === undefined ? fallback : this.num(v, field, min, max);
  }

  color(v: unknown, field: string) {
    const c = parseColor(this.str(v, field));
    if (!c) this.fail(field, `is not a CSS colour: ${JSON.stringify(v)}`);
    return c;
  }

  expr(v: unknown, field: string): Expr {
    const source = typeof v === 'number' ? String(v) : this.str(v, field);
    try {
      return parseExpr(source);
    } catch (err) {
      return this.fail(field, (err as Error).message);
    }
  }

  template(source: string, field: string): Template {
    try {
      return compileTemplate(source);
    } catch (err) {
      if (err instanceof TemplateError) this.fail(field, err.message);
      throw err;
    }
  }
}

function parseCatalog(json: unknown, file: string): BackgroundPreset[] {
  const r: Reader = new Reader(file);
  const root = r.obj(json, '(root)');
  if (root.format !== FORMAT) r.fail('format', `must be "${FORMAT}"`);
  const backgrounds = r.obj(root.backgrounds, 'backgrounds');
  const presets: BackgroundPreset[] = [];
  for (const [name, raw] of Object.entries(backgrounds)) {
    const field = `backgrounds.${name}`;
    if (!/^[a-z][a-z0-9-]*$/.test(name)) r.fail(field, 'name must be lowercase letters, digits and dashes');
    const spec = r.obj(raw, field);
    presets.push({ name, description: r.str(spec.description, `${field}.description`), background: parsePresetBackground(r, spec, field) });
  }
  if (!presets.some((p) => p.background.kind === 'transparent' && p.name === 'transparent')) r.fail('backgrounds.transparent', 'must exist');
  return presets;
}

function parsePresetBackground(r: Reader, spec: Obj, field: string): Background {
  if (spec.transparent === true) return { kind: 'transparent' };
  if (spec.color !== undefined) return { kind: 'solid', color: r.color(spec.color, `${field}.color`) };
  if (spec.gradient === undefined) r.fail(field, 'needs "color", "gradient" or "transparent": true');
  const g = r.obj(spec.gradient, `${field}.gradient`);
  const angle = r.num(g.angle, `${field}.gradient.angle`, -360, 360);
  if (!Array.isArray(g.stops) || g.stops.length < 2) r.fail(`${field}.gradient.stops`, 'must list two or more colours');
  const raw = g.stops as unknown[];
  const stops: GradientStop[] = raw.map((s, i) => {
    const sf = `${field}.gradient.stops[${i}]`;
    const even = i / (raw.length - 1);
    if (typeof s === 'string') return { color: r.color(s, sf), offset: even };
    const o = r.obj(s, sf);
    return { color: r.color(o.color, `${sf}.color`), offset: r.optNum(o.at, `${sf}.at`, 0, 1, even) };
  });
  for (let i = 1; i < stops.length; i++) {
    if (stops[i]!.offset < stops[i - 1]!.offset) r.fail(`${field}.gradient.stops`, 'must be in increasing "at" order');
  }
  return { kind: 'gradient', angle, stops };
}

async function readFrame(frameDir: string, folder: string, file: string): Promise<FrameSpec> {
  const r: Reader = new Reader(file);
  const root = r.obj(readJson(file, await readFile(file, 'utf8')), '(root)');
  const id = r.str(root.id, 'id');
  if (id !== folder) r.fail('id', `must equal its folder name "${folder}"`);
  if (id === 'none') r.fail('id', '"none" is reserved for the plain shot');
  const kind = root.kind;
  if (kind !== 'browser' && kind !== 'device') r.fail('kind', 'must be "browser" or "device"');

  let viewport: Viewport | null = null;
  let emulation: DeviceEmulation | null = null;
  if (kind === 'device') {
    const v = r.obj(root.viewport, 'viewport');
    viewport = { width: r.num(v.width, 'viewport.width', 100, 10_000), height: r.num(v.height, 'viewport.height', 100, 10_000) };
    const e = root.emulation === undefined ? {} : r.obj(root.emulation, 'emulation');
    for (const flag of ['isMobile', 'hasTouch'] as const) {
      if (e[flag] !== undefined && typeof e[flag] !== 'boolean') r.fail(`emulation.${flag}`, 'must be true or false');
    }
    emulation = {
      deviceScaleFactor: e.deviceScaleFactor === undefined || e.deviceScaleFactor === null
        ? null
        : r.num(e.deviceScaleFactor, 'emulation.deviceScaleFactor', 1, 4),
      isMobile: e.isMobile === true,
      hasTouch: e.hasTouch === true,
      userAgent: e.userAgent === undefined || e.userAgent === null ? null : r.str(e.userAgent, 'emulation.userAgent'),
    };
  } else if (root.viewport !== undefined && root.viewport !== null) {
    r.fail('viewport', 'is only for devices (browser windows take the viewport the user asks for)');
  } else if (root.emulation !== undefined) {
    r.fail('emulation', 'is only for devices');
  }

  const ins = root.insets === undefined ? {} : r.obj(root.insets, 'insets');
  const insets: Insets = {
    top: r.optNum(ins.top, 'insets.top', 0, 2_000, 0),
    right: r.optNum(ins.right, 'insets.right', 0, 2_000, 0),
    bottom: r.optNum(ins.bottom, 'insets.bottom', 0, 2_000, 0),
    left: r.optNum(ins.left, 'insets.left', 0, 2_000, 0),
  };

  const win = root.window === undefined ? {} : r.obj(root.window, 'window');
  const radius = win.radius === 'option' || win.radius === undefined ? 'option' : r.num(win.radius, 'window.radius', 0, 1_000);
  if (win.clip !== undefined && typeof win.clip !== 'boolean') r.fail('window.clip', 'must be true or false');
  const clip = win.clip !== false;
  const sc = root.screenCorners === undefined ? {} : r.obj(root.screenCorners, 'screenCorners');
  const screenCorners = {
    top: r.optNum(sc.top, 'screenCorners.top', 0, 500, 0),
    bottom: r.optNum(sc.bottom, 'screenCorners.bottom', 0, 500, 0),
  };
  let border: FrameSpec['border'] = null;
  if (win.border !== undefined && win.border !== null) {
    const b = r.obj(win.border, 'window.border');
    border = { width: r.num(b.width, 'window.border.width', 0, 50), color: r.template(r.str(b.color, 'window.border.color'), 'window.border.color') };
  }

  const shadowList = root.shadow === undefined ? [] : root.shadow;
  if (!Array.isArray(shadowList)) r.fail('shadow', 'must be a list of shadows');
  const shadow = shadowList.map((s: unknown, i: number): ShadowSpec => {
    const f = `shadow[${i}]`;
    const o = r.obj(s, f);
    return {
      offsetX: r.optNum(o.offsetX, `${f}.offsetX`, -500, 500, 0),
      offsetY: r.optNum(o.offsetY, `${f}.offsetY`, -500, 500, 0),
      blur: r.num(o.blur, `${f}.blur`, 0, 500),
      spread: r.optNum(o.spread, `${f}.spread`, -500, 500, 0),
      opacity: r.num(o.opacity, `${f}.opacity`, 0, 1),
    };
  });

  const text = new Map<TextSlot, TextSpec>();
  const textRoot = root.text === undefined ? {} : r.obj(root.text, 'text');
  for (const [slot, raw] of Object.entries(textRoot)) {
    if (!SLOTS.includes(slot as TextSlot)) r.fail(`text.${slot}`, `is not a text slot (known: ${SLOTS.join(', ')})`);
    const t = r.obj(raw, `text.${slot}`);
    text.set(slot as TextSlot, { maxWidth: r.expr(t.maxWidth, `text.${slot}.maxWidth`), fontSize: r.num(t.fontSize, `text.${slot}.fontSize`, 4, 200) });
  }

  const vars = new Map<string, Expr>();
  const varsRoot = root.vars === undefined ? {} : r.obj(root.vars, 'vars');
  for (const [name, raw] of Object.entries(varsRoot)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) r.fail(`vars.${name}`, 'name must be letters, digits and _');
    vars.set(name, r.expr(raw, `vars.${name}`));
  }

  const themesRoot = r.obj(root.themes, 'themes');
  const themes = new Map<FrameTheme, ReadonlyMap<string, string>>();
  let firstKeys: string | null = null;
  for (const [theme, raw] of Object.entries(themesRoot)) {
    if (!THEMES.includes(theme as FrameTheme)) r.fail(`themes.${theme}`, `is not a theme (known: ${THEMES.join(', ')})`);
    const colours = new Map<string, string>();
    for (const [key, value] of Object.entries(r.obj(raw, `themes.${theme}`))) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) r.fail(`themes.${theme}.${key}`, 'name must be letters, digits and _');
      colours.set(key, r.str(value, `themes.${theme}.${key}`));
    }
    const keys = [...colours.keys()].sort().join(',');
    if (firstKeys !== null && keys !== firstKeys) r.fail(`themes.${theme}`, 'must define the same names as the other themes');
    firstKeys = keys;
    themes.set(theme as FrameTheme, colours);
  }
  if (themes.size === 0) r.fail('themes', 'must define at least one theme');

  if (!Array.isArray(root.layers)) r.fail('layers', 'must be a list');
  const layers: LayerSpec[] = [];
  for (const [i, raw] of (root.layers as unknown[]).entries()) {
    const f = `layers[${i}]`;
    const o = r.obj(raw, f);
    const svgName = r.str(o.svg, `${f}.svg`);
    if (svgName.includes('/') || svgName.includes('\\') || !svgName.endsWith('.svg')) r.fail(`${f}.svg`, 'must be an .svg file name in the frame folder');
    const area = o.area ?? 'window';
    if (!AREAS.includes(area as LayerArea)) r.fail(`${f}.area`, `must be one of ${AREAS.join(', ')}`);
    if (area === 'top' && insets.top === 0) r.fail(`${f}.area`, 'is "top" but insets.top is 0');
    if (area === 'bottom' && insets.bottom === 0) r.fail(`${f}.area`, 'is "bottom" but insets.bottom is 0');
    const svgFile = join(frameDir, svgName);
    let source: string;
    try {
      source = await readFile(svgFile, 'utf8');
    } catch (err) {
      return r.fail(`${f}.svg`, `cannot be read: ${(err as Error).message}`);
    }
    layers.push({ file: svgFile, area: area as LayerArea, template: new Reader(svgFile).template(source, 'template') });
  }

  return {
    id,
    kind,
    description: r.str(root.description, 'description'),
    viewport,
    emulation,
    insets,
    radius,
    clip,
    screenCorners,
    border,
    shadow,
    text,
    vars,
    layers,
    themes,
  };
}
