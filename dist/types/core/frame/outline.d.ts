import type { OverlayOptions } from 'sharp';
import type { Rgba } from './color.js';
export interface Raw {
    data: Buffer;
    width: number;
    height: number;
}
export interface Rect {
    x: number;
    y: number;
    width: number;
    height: number;
}
export type Corner = 'tl' | 'tr' | 'bl' | 'br';
export declare const CORNERS: readonly Corner[];
/** Corner squares of side r in a w × h box. */
export declare function cornerRects(w: number, h: number, r: number): Record<Corner, Rect>;
export interface CornerArt {
    /** Alpha = 1 − coverage of the rounded rectangle; used with 'dest-out'. */
    cut: Record<Corner, Raw>;
    /** The border's arc, or null without a border. */
    ring: Record<Corner, Raw> | null;
}
export declare function renderCornerArt(r: number, border: {
    width: number;
    color: Rgba;
} | null): Promise<CornerArt>;
export declare function rasterize(svg: Buffer | string): Promise<Raw>;
export declare function rawOverlay(raw: Raw, left: number, top: number, blend?: OverlayOptions['blend']): OverlayOptions;
/** Straight edges of the border as solid strips (no raster at all); corners come from the ring art. */
export declare function borderStrips(box: Rect, r: number, width: number, color: Rgba): OverlayOptions[];
