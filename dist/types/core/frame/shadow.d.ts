import type { ShadowSpec } from './data.js';
import type { Raw, Rect } from './outline.js';
export interface ShadowLayout {
    width: number;
    height: number;
    /** The window's box on the canvas, device px. */
    window: Rect;
    /** Window corner radius, device px. */
    radius: number;
}
/**
 * One axis of the slicing: canvas positions before `keep` read the template
 * as they are, the next `removed` ones all read position `keep`, the rest read
 * `removed` fewer.
 */
export interface Axis {
    keep: number;
    removed: number;
}
export declare function mapAxis(axis: Axis, p: number): number;
/**
 * Where to slice one axis of a window `start`..`start + length`, for a
 * shadow that reaches `reach` px from the window's edge inwards (blur, offset,
 * spread and corner radius). `step` keeps the far side on the small raster's
 * grid (the template is painted at 1/step and scaled up), so it is sampled
 * exactly as it would be without slicing.
 */
export declare function sliceAxis(start: number, length: number, reach: number, step: number): Axis;
export declare class SlicedShadow {
    /** The shadows of the template canvas (RGBA, straight alpha, full resolution). */
    readonly template: Raw;
    readonly x: Axis;
    readonly y: Axis;
    constructor(
    /** The shadows of the template canvas (RGBA, straight alpha, full resolution). */
    template: Raw, x: Axis, y: Axis);
    /** The shadow's RGBA pixels for one rectangle of the real canvas. */
    cut(rect: Rect): Raw;
}
/** Blur sigma (device px) of each shadow; SVG's stdDeviation and CSS blur radius / 2. */
export declare function shadowSigmas(shadows: readonly ShadowSpec[], scale: number): number[];
/**
 * How much smaller than the canvas the shadows are painted: as small as the
 * sharpest blur allows (it must stay a couple of pixels wide when small), at
 * most 8×. The result is scaled back up with a cubic kernel.
 */
export declare function shrinkFactor(sigmas: readonly number[]): number;
/** What to paint for a canvas's shadows: the template canvas (full-res size and its small SVG) and how to slice it. */
export interface ShadowPlan {
    svg: string;
    width: number;
    height: number;
    x: Axis;
    y: Axis;
}
/** The template for a canvas's shadows, or null when there are none. Tall pages of one width share one (per height modulo the factor). */
export declare function planShadow(layout: ShadowLayout, shadows: readonly ShadowSpec[], scale: number): ShadowPlan | null;
/** The template painted small and scaled up to its full size (RGBA, straight alpha). */
export declare function paintTemplate(plan: ShadowPlan): Promise<Raw>;
/** The shadows as one SVG painted `factor` times smaller than the canvas. */
export declare function shadowSvg(layout: ShadowLayout, shadows: readonly ShadowSpec[], sigmas: readonly number[], scale: number, factor: number): string;
