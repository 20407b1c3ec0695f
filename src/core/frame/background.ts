// Backgrounds: what a --background value means, and how one is painted.

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
  | { kind: 'gradient'; angle: number; stops: GradientStop[] };

export interface BackgroundPreset {
  name: string;
  description: string;
  background: Background;
}

/** Preset name, CSS colour, or 'transparent'. A fully transparent colour counts as 'transparent'. */
export function resolveBackground(value: string, presets: readonly BackgroundPreset[]): Background {
  const key = value.trim().toLowerCase();
  const preset = presets.find((p) => p.name === key);
  if (preset) return preset.background;
  const color = parseColor(key);
  if (color) return color.alpha === 0 ? { kind: 'transparent' } : { kind: 'solid', color };
  throw new UserError(
    `unknown background "${value}": use a preset (${presets.map((p) => p.name).join(', ')}), `
    + 'a CSS colour such as "#1e293b", "rgb(30 41 59)" or "navy", or "transparent"',
  );
}

export function isOpaqueBackground(bg: Background): boolean {
  if (bg.kind === 'transparent') return false;
  if (bg.kind === 'solid') return isOpaque(bg.color);
  return bg.stops.every((s) => isOpaque(s.color));
}

/** SVG paint for a width × height rectangle (user units) plus any <defs> it needs; null when nothing is painted. */
export function backgroundPaint(bg: Background, width: number, height: number): { defs: string; fill: string; opacity: string } | null {
  if (bg.kind === 'transparent') return null;
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
