// CSS colour parsing, so backgrounds and frame data accept what people type
// in a stylesheet. Parsed to numbers because sharp's `create` and our SVG
// writers need channels, and so a typo fails at the door, not mid-run.

import { CSS_COLOR_NAMES } from './css-colors.ts';

/** sRGB colour: channels 0-255 (integers), alpha 0-1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

/** #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba(), hsl()/hsla(), a CSS colour name, or 'transparent'. Null when it is none of those. */
export function parseColor(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, alpha: 0 };
  if (value.startsWith('#')) return parseHex(value.slice(1));
  const named = CSS_COLOR_NAMES.get(value);
  if (named) return parseHex(named);
  const fn = /^(rgba?|hsla?)\(\s*([^()]*)\)$/.exec(value);
  if (!fn) return null;
  const args = splitArgs(fn[2] ?? '');
  if (!args) return null;
  return fn[1]!.startsWith('rgb') ? fromRgbArgs(args) : fromHslArgs(args);
}

/** `rgb(r g b)` for SVG paint (opacity goes in a separate attribute, which every renderer understands). */
export function svgRgb(c: Rgba): string {
  return `rgb(${c.r},${c.g},${c.b})`;
}

export function isOpaque(c: Rgba): boolean {
  return c.alpha >= 1;
}

function parseHex(hex: string): Rgba | null {
  if (!/^[0-9a-f]+$/.test(hex)) return null;
  const expand = hex.length === 3 || hex.length === 4;
  if (!expand && hex.length !== 6 && hex.length !== 8) return null;
  const full = expand ? [...hex].map((ch) => ch + ch).join('') : hex;
  const byte = (i: number): number => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16);
  return { r: byte(0), g: byte(1), b: byte(2), alpha: full.length === 8 ? round3(byte(3) / 255) : 1 };
}

/** Both syntaxes: `1, 2, 3, 0.5` and `1 2 3 / 50%`. Returns [c1, c2, c3, alpha?] or null. */
function splitArgs(inner: string): string[] | null {
  const [main = '', alpha, extra] = inner.split('/').map((s) => s.trim());
  if (extra !== undefined) return null;
  const parts = main.includes(',') ? main.split(',').map((s) => s.trim()) : main.split(/\s+/);
  if (alpha !== undefined) {
    if (main.includes(',') || parts.length !== 3) return null;
    parts.push(alpha);
  }
  return parts.length === 3 || parts.length === 4 ? parts : null;
}

function fromRgbArgs(args: string[]): Rgba | null {
  const channels = args.slice(0, 3).map((a) => number(a, 255));
  const alpha = args[3] === undefined ? 1 : number(args[3], 1);
  if (channels.some((c) => c === null) || alpha === null) return null;
  const [r, g, b] = channels.map((c) => Math.round(clamp(c!, 0, 255)));
  return { r: r!, g: g!, b: b!, alpha: round3(clamp(alpha, 0, 1)) };
}

function fromHslArgs(args: string[]): Rgba | null {
  const h = /^(-?\d*\.?\d+)(deg)?$/.exec(args[0] ?? '');
  const s = number(args[1] ?? '', 1, true);
  const l = number(args[2] ?? '', 1, true);
  const alpha = args[3] === undefined ? 1 : number(args[3], 1);
  if (!h || s === null || l === null || alpha === null) return null;
  const hue = ((Number(h[1]) % 360) + 360) % 360;
  const sat = clamp(s, 0, 1);
  const light = clamp(l, 0, 1);
  // The CSS Color 4 reference conversion.
  const f = (n: number): number => {
    const k = (n + hue / 30) % 12;
    const a = sat * Math.min(light, 1 - light);
    return Math.round(255 * (light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return { r: f(0), g: f(8), b: f(4), alpha: round3(clamp(alpha, 0, 1)) };
}

/** A plain number, or a percentage of `full`. With `percentOnly`, the % sign is required (hsl saturation/lightness). */
function number(text: string, full: number, percentOnly = false): number | null {
  const m = /^(-?\d*\.?\d+)(%?)$/.exec(text);
  if (!m) return null;
  if (percentOnly && !m[2]) return null;
  const n = Number(m[1]);
  return m[2] ? (n / 100) * full : n;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
