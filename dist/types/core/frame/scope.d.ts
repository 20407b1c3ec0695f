import type { FrameSpec } from './data.js';
import { LazyScope } from './template.js';
/** Sizes in CSS px of the whole frame; the screen is where the shot sits. */
export interface FrameGeometry {
    scale: number;
    windowWidth: number;
    windowHeight: number;
    screenX: number;
    screenY: number;
    screenWidth: number;
    screenHeight: number;
    radius: number;
}
/** The rectangle one layer covers: CSS px for drawing, device px for the raster. */
export interface AreaGeometry {
    width: number;
    height: number;
    pixelWidth: number;
    pixelHeight: number;
}
export interface TextInput {
    /** Address bar text (the page URL made readable, or FrameOptions.title). */
    url: string;
    secure: boolean;
    /** Page title. */
    title: string;
}
export declare function frameScope(spec: FrameSpec, colours: ReadonlyMap<string, string>, frame: FrameGeometry, area: AreaGeometry, text: TextInput | null): LazyScope;
/** Whether any of these names (directly or through vars) changes per capture. */
export declare function isPerCapture(spec: FrameSpec, names: Iterable<string>, seen?: Set<string>): boolean;
