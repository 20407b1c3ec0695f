import type { OverlayOptions } from 'sharp';
import type { RawPixels } from '../types.js';
import type { Rect } from './outline.js';
/** One overlay of the full pipeline, or (a number) the index of a per-capture layer drawn there. */
export type RegionOverlay = OverlayOptions | number;
/** A band redrawn per capture: its rectangle on the canvas and what is composited there, in order. */
export interface Region {
    rect: Rect;
    overlays: RegionOverlay[];
    /**
     * When the band holds one per-capture layer the size of the band: the band
     * drawn with that layer as its "shot", so a capture whose layer rasterizes
     * opaque (an address bar's background) only has its layer written in
     * (see Region.paint); null = the band is composited per capture.
     */
    frame: PrebuiltFrame | null;
}
/**
 * The band for this capture from its layer's raster (RGBA, the band's size),
 * or null when the raster has any pixel that is not opaque: the probes that
 * made the band's frame were opaque, so only an opaque layer is drawn the way
 * the composite draws it.
 */
export declare function paintBand(frame: PrebuiltFrame, layer: RawPixels): Buffer | null;
/**
 * A painted canvas on loan from its frame: released once its encode is done,
 * for a later capture to paint over (see PrebuiltFrame.paintOnLoan).
 */
export interface PaintedCanvas {
    /** RGB, width × height. */
    readonly data: Buffer;
    readonly width: number;
    readonly height: number;
    /** Hands the buffer back; the caller must not read it afterwards. Idempotent. */
    release(): void;
}
export declare class PrebuiltFrame {
    /** The canvas as RGB with a black shot; outside the screen and the regions it is the final image. */
    private readonly base;
    readonly width: number;
    readonly height: number;
    /** The screen on the canvas. */
    readonly screen: Rect;
    /** Canvas byte offsets of the screen pixels the frame draws over, and their base and gain (RGB each). */
    private readonly special;
    readonly regions: readonly Region[];
    /** Canvases handed back by released loans. */
    private readonly spare;
    private constructor();
    /**
     * From the pipeline's output (RGB) with an all-black and an all-white shot.
     * Null when the frame changes pixels outside the screen with the shot's
     * colour (it would not be linear there), or a region overlaps the screen.
     */
    static fromProbes(black: Buffer, white: Buffer, width: number, height: number, screen: Rect, regions: Region[]): PrebuiltFrame | null;
    /**
     * The canvas with this shot in its screen (RGB), regions not yet redrawn;
     * null for pixels it cannot take (another size, or not 3 channels).
     */
    paint(pixels: RawPixels, rows: number): Buffer | null;
    /**
     * paint() into a canvas the frame lends: a viewport run frames every shot
     * on the same frame, and a fresh 4 MB canvas a capture was most of the
     * external memory that set off node's full collections.
     */
    paintOnLoan(pixels: RawPixels, rows: number): PaintedCanvas | null;
    /** Whether paint() can take these pixels: the screen's size, RGB. */
    takes(pixels: RawPixels, rows: number): boolean;
    private paintInto;
    /** Write a region's redrawn pixels (RGB, the region's size) into a painted canvas. */
    place(out: Buffer, region: Region, pixels: Buffer): void;
    /** Tightly packed RGB rows (rect's width) written into the canvas at rect. */
    private copyInto;
}
/**
 * The part of an overlay inside `rect`, positioned relative to it; null when
 * it lies outside, undefined when it is of a kind this cannot cut (then the
 * frame is not prebuilt).
 */
export declare function cropOverlay(o: OverlayOptions, rect: Rect): OverlayOptions | null | undefined;
