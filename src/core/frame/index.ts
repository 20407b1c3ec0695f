// Frames: put each shot in a browser window or device on a background.
// What a frame looks like is data in frames/ (see frames/README.md); this
// module has one compositor for all of them and no code per frame.

import type { FrameOptions, FrameTheme, ImageFormat, Viewport } from '../options.ts';
import { UserError } from '../types.ts';
import { resolveBackground } from './background.ts';
import type { Background } from './background.ts';
import { FrameCompositor, plainCompositor } from './compositor.ts';
import type { Compositor } from './compositor.ts';
import { loadFrameData, loadPresetsSync } from './data.ts';

export type { Background, GradientStop } from './background.ts';
export type { Rgba } from './color.ts';
export type { Compositor } from './compositor.ts';
export { framesDir } from './data.ts';

export interface FrameInfo {
  id: string;
  kind: 'browser' | 'device' | 'none';
  themes: FrameTheme[];
  description: string;
  /** Devices impose a CSS viewport; browsers don't. */
  viewport: Viewport | null;
}

export interface BackgroundInfo {
  name: string;
  kind: 'solid' | 'gradient' | 'transparent';
  description: string;
}

export interface Catalog {
  frames: FrameInfo[];
  backgrounds: BackgroundInfo[];
}

const NONE: FrameInfo = {
  id: 'none',
  kind: 'none',
  themes: ['light', 'dark'],
  description: 'the plain screenshot: no frame, background or padding',
  viewport: null,
};

const THEME_ORDER: readonly FrameTheme[] = ['light', 'dark'];

/** Frames and background presets in a frames folder (default: the one shipped with framecap). */
export async function loadCatalog(dir?: string): Promise<Catalog> {
  const data = await loadFrameData(dir);
  const frames: FrameInfo[] = data.frames.map((spec) => ({
    id: spec.id,
    kind: spec.kind,
    themes: THEME_ORDER.filter((t) => spec.themes.has(t)),
    description: spec.description,
    viewport: spec.viewport ? { ...spec.viewport } : null,
  }));
  frames.push({ ...NONE, themes: [...NONE.themes] });
  const backgrounds = data.presets.map((p) => ({ name: p.name, kind: p.background.kind, description: p.description }));
  return { frames, backgrounds };
}

/** A preset name, a CSS colour (#rgb, #rrggbb, #rrggbbaa, rgb(), hsl(), a colour name) or 'transparent'. */
export function parseBackground(value: string, dir?: string): Background {
  return resolveBackground(value, loadPresetsSync(dir));
}

/**
 * A compositor for one run: frame data is read, checked and its static parts
 * prepared once here; compose() then does one sharp pipeline per shot.
 * Throws UserError for an unknown frame, a theme it lacks, or a bad background.
 */
export async function createCompositor(
  frame: FrameOptions,
  output: { format: ImageFormat; quality: number },
  scale: number,
  dir?: string,
): Promise<Compositor> {
  if (!Number.isFinite(scale) || scale <= 0) throw new UserError(`scale must be a positive number, got ${scale}`);
  const data = await loadFrameData(dir);
  const background = resolveBackground(frame.background, data.presets);
  if (frame.device === 'none') return plainCompositor(output);
  const spec = data.frames.find((f) => f.id === frame.device);
  if (!spec) {
    const known = [...data.frames.map((f) => f.id), 'none'].join(', ');
    throw new UserError(`unknown frame "${frame.device}": use one of ${known} (framecap devices lists them)`);
  }
  return new FrameCompositor(spec, frame, background, output, scale);
}
