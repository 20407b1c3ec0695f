import type { Rgba } from './color.js';
export interface GradientStop {
    color: Rgba;
    /** 0-1 along the gradient line. */
    offset: number;
}
export type Background = {
    kind: 'transparent';
} | {
    kind: 'solid';
    color: Rgba;
}
/** `angle` as in CSS linear-gradient(): 0 = bottom to top, 90 = left to right, 135 = top-left to bottom-right. */
 | {
    kind: 'gradient';
    angle: number;
    stops: GradientStop[];
}
/** An image file, scaled to cover the canvas (centred, cropped). */
 | {
    kind: 'image';
    path: string;
};
export interface BackgroundPreset {
    name: string;
    description: string;
    background: Background;
}
/**
 * Preset name, CSS colour, 'transparent', a gradient (`linear-gradient(135deg, #ff0080, #7928ca)`
 * or the short `#ff0080,#7928ca@135`), or an image file path. A fully transparent colour counts as 'transparent'.
 */
export declare function resolveBackground(value: string, presets: readonly BackgroundPreset[]): Background;
/** `linear-gradient([angle|to side,] c1 [p%], c2 [p%], …)` or `c1,c2[,…][@angle]`; null when it is neither. */
export declare function parseGradient(text: string): Background | null;
export declare function isOpaqueBackground(bg: Background): boolean;
/** SVG paint for a width × height rectangle (user units) plus any <defs> it needs; null when nothing is painted. */
export declare function backgroundPaint(bg: Background, width: number, height: number): {
    defs: string;
    fill: string;
    opacity: string;
} | null;
