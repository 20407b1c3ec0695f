/** sRGB colour: channels 0-255 (integers), alpha 0-1. */
export interface Rgba {
    r: number;
    g: number;
    b: number;
    alpha: number;
}
/** #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba(), hsl()/hsla(), a CSS colour name, or 'transparent'. Null when it is none of those. */
export declare function parseColor(text: string): Rgba | null;
/** `rgb(r g b)` for SVG paint (opacity goes in a separate attribute, which every renderer understands). */
export declare function svgRgb(c: Rgba): string;
export declare function isOpaque(c: Rgba): boolean;
