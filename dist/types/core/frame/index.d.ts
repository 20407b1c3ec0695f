import type { FrameOptions, FrameTheme, ImageFormat, ScaleChoice, Viewport } from '../options.js';
import type { Background } from './background.js';
import type { Compositor } from './compositor.js';
import type { DeviceEmulation } from './data.js';
export type { Background, GradientStop } from './background.js';
export type { Rgba } from './color.js';
export type { ComposeSettings, Compositor, FramedCapture, Thumbnail } from './compositor.js';
export { DEFAULT_COMPOSE } from './compositor.js';
export type { CaptureCap, CutReason, PageCut } from './limits.js';
export { describeCut } from './limits.js';
export { MAX_SIDE } from './encode.js';
export type { DeviceEmulation } from './data.js';
export { framesDir } from './data.js';
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
/** Frames and background presets in a frames folder (default: the one shipped with framecap). */
export declare function loadCatalog(dir?: string): Promise<Catalog>;
/** The scale a run with this frame renders at (the compositor's `scale`, without making one). */
export declare function frameScale(device: string, choice: ScaleChoice, dir?: string): Promise<number>;
/** A preset name, a CSS colour (#rgb, #rrggbb, #rrggbbaa, rgb(), hsl(), a colour name) or 'transparent'. */
export declare function parseBackground(value: string, dir?: string): Background;
/**
 * A compositor for one run: frame data is read, checked and its static parts
 * prepared once here; compose() then does one sharp pipeline per shot.
 * `scaleChoice` 'device' frames at a phone's or tablet's own scale (else 1);
 * the compositor's `scale` is the one decided, which the page must be rendered at.
 * Throws UserError for an unknown frame, a theme it lacks, a bad background, or a --split the format cannot hold.
 */
export declare function createCompositor(frame: FrameOptions, output: {
    format: ImageFormat;
    quality: number;
    split?: number | null;
}, scaleChoice: ScaleChoice, dir?: string): Promise<Compositor>;
