// Frames: put each shot in a browser window or device on a background.
// What a frame looks like is data in frames/ (see frames/README.md); this
// module has one compositor for all of them and no code per frame.

import type { FrameOptions, FrameTheme, ImageFormat, ScaleChoice, Viewport } from '../options.ts';
import { resolveScale } from '../scale.ts';
import { UserError } from '../types.ts';
import { resolveBackground } from './background.ts';
import type { Background } from './background.ts';
import { FrameCompositor, plainCompositor } from './compositor.ts';
import type { ComposeSettings, Compositor } from './compositor.ts';
import { loadFrameData, loadPresetsSync } from './data.ts';
import { registerFrameFonts } from './fonts.ts';
import type { DeviceEmulation } from './data.ts';

export type { Background, GradientStop } from './background.ts';
export type { Rgba } from './color.ts';
export type { ComposeSettings, Compositor, FramedCapture, Thumbnail } from './compositor.ts';
export { DEFAULT_COMPOSE } from './compositor.ts';
export type { CaptureCap, CutReason, PageCut } from './limits.ts';
export { describeCut } from './limits.ts';
export { MAX_SIDE } from './encode.ts';
export type { DeviceEmulation } from './data.ts';
export { framesDir } from './data.ts';

export interface FrameInfo {
  id: string;
  kind: 'browser' | 'device' | 'none';
  themes: FrameTheme[];
  description: string;
  /** Devices impose a CSS viewport; browsers don't. */
  viewport: Viewport | null;
  /** Devices: scale factor, mobile, touch and user agent to render the page as; null for browsers. */
  emulation: DeviceEmulation | null;
}

export interface BackgroundInfo {
  name: string;
  kind: 'solid' | 'gradient' | 'transparent' | 'image';
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
  emulation: null,
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
    emulation: spec.emulation ? { ...spec.emulation } : null,
  }));
  frames.push({ ...NONE, themes: [...NONE.themes] });
  const backgrounds = data.presets.map((p) => ({ name: p.name, kind: p.background.kind, description: p.description }));
  return { frames, backgrounds };
}

/** The scale a run with this frame renders at (the compositor's `scale`, without making one). */
export async function frameScale(device: string, choice: ScaleChoice, dir?: string): Promise<number> {
  if (device === 'none' || choice !== 'device') return resolveScale(choice, null);
  const spec = (await loadFrameData(dir)).frames.find((f) => f.id === device);
  return resolveScale(choice, spec?.emulation?.deviceScaleFactor ?? null);
}

/** A preset name, a CSS colour (#rgb, #rrggbb, #rrggbbaa, rgb(), hsl(), a colour name) or 'transparent'. */
export function parseBackground(value: string, dir?: string): Background {
  return resolveBackground(value, loadPresetsSync(dir));
}

/**
 * A compositor for one run: frame data is read, checked and its static parts
 * prepared once here; compose() then does one sharp pipeline per shot.
 * `scaleChoice` 'device' frames at a phone's or tablet's own scale (else 1);
 * the compositor's `scale` is the one decided, which the page must be rendered at.
 * Throws UserError for an unknown frame, a theme it lacks, a bad background, or a --split the format cannot hold.
 */
export async function createCompositor(
  frame: FrameOptions,
  output: { format: ImageFormat; quality: number; split?: number | null },
  scaleChoice: ScaleChoice,
  dir?: string,
): Promise<Compositor> {
  if (scaleChoice !== 'device' && !(Number.isFinite(scaleChoice) && scaleChoice > 0)) throw new UserError(`scale must be a positive number, got ${scaleChoice}`);
  const settings: ComposeSettings = { maxHeight: frame.maxHeight, thumbnail: frame.thumbnail, shadowStrength: frame.shadowStrength, split: output.split ?? null };
  if (settings.maxHeight !== null && !(settings.maxHeight >= 1)) throw new UserError(`max height must be at least 1 CSS px, got ${settings.maxHeight}`);
  if (settings.thumbnail !== null && !(Number.isInteger(settings.thumbnail) && settings.thumbnail >= 16)) {
    throw new UserError(`thumbnail width must be a whole number of px, 16 or more, got ${settings.thumbnail}`);
  }
  if (!(settings.shadowStrength >= 0 && settings.shadowStrength <= 3)) throw new UserError(`shadow strength must be from 0 to 3, got ${settings.shadowStrength}`);
  const data = await loadFrameData(dir);
  await registerFrameFonts(data.dir);
  const background = resolveBackground(frame.background, data.presets);
  if (frame.device === 'none') return plainCompositor(output, settings, resolveScale(scaleChoice, null));
  const spec = data.frames.find((f) => f.id === frame.device);
  if (!spec) {
    const known = [...data.frames.map((f) => f.id), 'none'].join(', ');
    throw new UserError(`unknown frame "${frame.device}": use one of ${known} (framecap devices lists them)`);
  }
  const scale = resolveScale(scaleChoice, spec.emulation?.deviceScaleFactor ?? null);
  return new FrameCompositor(spec, frame, background, output, scale, settings);
}
