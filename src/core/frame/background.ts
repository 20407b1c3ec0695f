// Backgrounds: what a --background value means, and how one is painted.

import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../types.ts';
import { isOpaque, parseColor, svgRgb } from './color.ts';
import type { Rgba } from './color.ts';
import { formatNumber } from './template.ts';

export interface GradientStop {
  color: Rgba;
  /** 0-1 along the gradient line. */
  offset: number;
}

export type Background =
  | { kind: 'transparent' }
  | { kind: 'solid'; color: Rgba }
  /** `angle` as in CSS linear-gradient(): 0 = bottom to top, 90 = left to right, 135 = top-left to bottom-right. */
  | { kind: 'gradient'; angle: number; stops: GradientStop[] }
  /** An image file, scaled to cover the canvas (centred, cropped). */
  | { kind: 'image'; path: string };

export interface BackgroundPreset {
  name: string;
  description: string;
  background: Background;
}

const IMAGE_FILE = /\.(png|jpe?g|webp|avif|gif|tiff?|svg)$/i;

/**
 * Preset name, CSS colour, 'transparent', a gradient (`linear-gradient(135deg, #ff0080, #7928ca)`
 * or the short `#ff0080,#7928ca@135`), or an image file path. A fully transparent colour counts as 'transparent'.
 */
export function resolveBackground(value: string, presets: readonly BackgroundPreset[]): Background {
  const key = value.trim().toLowerCase();
  const preset = presets.find((p) => p.name === key);
  if (preset) return preset.background;
  const color = parseColor(key);
  if (color) return color.alpha === 0 ? { kind: 'transparent' } : { kind: 'solid', color };
  const gradient = parseGradient(key);
  if (gradient) return gradient;
  if (IMAGE_FILE.test(value.trim())) {
    const path = resolve(value.trim());
    if (!existsSync(path) || !statSync(path).isFile()) {
      throw new UserError(`background image ${path} does not exist: give an existing PNG, JPEG, WebP, AVIF, GIF or SVG file`);
    }
    return { kind: 'image', path };
  }
  throw new UserError(
    `unknown background "${value}": use a preset (${presets.map((p) => p.name).join(', ')}), `
    + 'a CSS colour such as "#1e293b", "rgb(30 41 59)" or "navy", "transparent", '
    + 'a gradient such as "linear-gradient(135deg, #ff0080, #7928ca)" or "#ff0080,#7928ca@135", or an image file',
  );
}

const SIDES: Record<string, number> = {
  'to top': 0, 'to right': 90, 'to bottom': 180, 'to left': 270,
  'to top right': 45, 'to right top': 45, 'to bottom right': 135, 'to right bottom': 135,
  'to bottom left': 225, 'to left bottom': 225, 'to top left': 315, 'to left top': 315,
};

/** `linear-gradient([angle|to side,] c1 [p%], c2 [p%], …)` or `c1,c2[,…][@angle]`; null when it is neither. */
export function parseGradient(text: string): Background | null {
  let angle = 180;
  let parts: string[] | null;
  const fn = /^linear-gradient\((.*)\)$/.exec(text);
  if (fn) {
    parts = splitTopLevel(fn[1] ?? '');
    const first = parts[0] ?? '';
    const deg = /^(-?\d+(?:\.\d+)?)(deg|turn)?$/.exec(first);
    if (deg) {
      angle = Number(deg[1]) * (deg[2] === 'turn' ? 360 : 1);
      parts = parts.slice(1);
    } else if (Object.hasOwn(SIDES, first.replace(/\s+/g, ' '))) {
      angle = SIDES[first.replace(/\s+/g, ' ')]!;
      parts = parts.slice(1);
    }
  } else {
    const at = text.lastIndexOf('@');
    const list = at >= 0 ? text.slice(0, at) : text;
    if (at >= 0) {
      const n = Number(text.slice(at + 1).replace(/deg$/, ''));
      if (!Number.isFinite(n) || text.slice(at + 1).trim() === '') return null;
      angle = n;
    }
    parts = splitTopLevel(list);
    if (parts.length < 2) return null;
  }
  if (parts.length < 2) return null;
  const stops: GradientStop[] = [];
  for (const [i, part] of parts.entries()) {
    const m = /^(.*?)(?:\s+(-?\d+(?:\.\d+)?)%)?$/.exec(part);
    const color = parseColor(m?.[1] ?? '');
    if (!color) return null;
    const even = i / (parts.length - 1);
    const offset = m?.[2] === undefined ? even : Math.max(0, Math.min(1, Number(m[2]) / 100));
    stops.push({ color, offset: Math.max(offset, stops.at(-1)?.offset ?? 0) });
  }
  return { kind: 'gradient', angle, stops };
}

/** Split on commas outside parentheses: `rgb(1,2,3), red` is two parts. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== '');
}

export function isOpaqueBackground(bg: Background): boolean {
  if (bg.kind === 'transparent' || bg.kind === 'image') return false;
  if (bg.kind === 'solid') return isOpaque(bg.color);
  return bg.stops.every((s) => isOpaque(s.color));
}

/** SVG paint for a width × height rectangle (user units) plus any <defs> it needs; null when nothing is painted. */
export function backgroundPaint(bg: Background, width: number, height: number): { defs: string; fill: string; opacity: string } | null {
  if (bg.kind === 'transparent' || bg.kind === 'image') return null;
  if (bg.kind === 'solid') return { defs: '', fill: svgRgb(bg.color), opacity: formatNumber(bg.color.alpha) };
  // CSS gradient line: through the centre, along the angle, long enough that the corners get the end colours.
  const rad = (bg.angle * Math.PI) / 180;
  const dx = Math.sin(rad);
  const dy = -Math.cos(rad);
  const half = (Math.abs(width * dx) + Math.abs(height * dy)) / 2;
  const cx = width / 2;
  const cy = height / 2;
  const n = formatNumber;
  const stops = bg.stops
    .map((s) => `<stop offset="${n(s.offset)}" stop-color="${svgRgb(s.color)}" stop-opacity="${n(s.color.alpha)}"/>`)
    .join('');
  const defs = `<linearGradient id="bg" gradientUnits="userSpaceOnUse" x1="${n(cx - dx * half)}" y1="${n(cy - dy * half)}" x2="${n(cx + dx * half)}" y2="${n(cy + dy * half)}">${stops}</linearGradient>`;
  return { defs, fill: 'url(#bg)', opacity: '1' };
}
