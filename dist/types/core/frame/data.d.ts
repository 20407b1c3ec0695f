import type { FrameTheme, Viewport } from '../options.js';
import type { BackgroundPreset } from './background.js';
import type { Expr, Template } from './template.js';
export declare const CATALOG_FILE = "catalog.json";
export declare const FRAME_FILE = "frame.json";
export type FrameKind = 'browser' | 'device';
/** Where a layer is drawn, relative to the frame's outer box. */
export type LayerArea = 'window' | 'top' | 'bottom' | 'screen';
/** Text a frame can show: the address bar text, and the page title. */
export type TextSlot = 'url' | 'title';
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
    screenCorners: {
        top: number;
        bottom: number;
    };
    /** A stroke just inside the outer edge; `color` is a template (usually a theme colour). */
    border: {
        width: number;
        color: Template;
    } | null;
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
/**
 * The frames/ folder: the nearest `frames/catalog.json` walking up from this
 * module, so it is found from src/core/frame/ (tsx) and from a bundle in
 * dist/ with frames copied to dist/frames/.
 */
export declare function framesDir(): string;
/** Read and check a frames folder once per process; later calls share the result. */
export declare function loadFrameData(dir?: string): Promise<FrameData>;
/** The background presets, read synchronously (parseBackground is synchronous). */
export declare function loadPresetsSync(dir?: string): BackgroundPreset[];
