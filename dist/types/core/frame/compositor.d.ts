import type { FrameOptions, Viewport } from '../options.js';
import type { Capture, RawPixels, Shot } from '../types.js';
import type { Background } from './background.js';
import type { DeviceEmulation, FrameSpec } from './data.js';
import type { OutputFormat } from './encode.js';
import type { CaptureCap, PageCut } from './limits.js';
/**
 * The FrameOptions that shape every capture's pixels after the frame is chosen (the plain compositor has these too),
 * and --split's part height (CSS px; null = none), which the limits check against the format.
 */
export type ComposeSettings = Pick<FrameOptions, 'maxHeight' | 'thumbnail' | 'shadowStrength'> & {
    split: number | null;
};
export declare const DEFAULT_COMPOSE: ComposeSettings;
export interface Thumbnail {
    data: Buffer;
    width: number;
    height: number;
}
export interface FramedCapture extends Capture {
    /** True when the page was taller than maxHeight or the format allows, and its bottom was cut. */
    cropped: boolean;
    /** Where and why, when cropped. */
    cut: PageCut | null;
    thumbnail: Thumbnail | null;
}
export interface Compositor {
    /** Frame one shot. `url` is shown in the address bar unless options.title is set. Output encoded in the requested format. */
    compose(shot: Shot, url: string): Promise<FramedCapture>;
    /**
     * Do the once-per-run work for shots of this size ahead of the first one (static layers rasterized,
     * corner art, the text renderer's fonts loaded), so it can overlap the browser's start-up.
     */
    prepare(width: number, height: number): Promise<void>;
    /**
     * The largest page (CSS px) whose framed image the output format can encode
     * and --max-height lets through: the renderer stops a full-page capture there.
     */
    readonly cap: CaptureCap;
    /** Throws (a message to act on) when shots this wide (device px) cannot be framed in the output format. */
    checkWidth(width: number): void;
    /** CSS viewport the frame requires (device frames) or null. */
    readonly viewport: Viewport | null;
    /** The device scale factor shots must have: the user's, or a phone's or tablet's own (src/core/scale.ts). */
    readonly scale: number;
    /** What a device frame's page should be rendered as (user agent, touch, mobile); null for browser windows. */
    readonly emulation: DeviceEmulation | null;
    /**
     * The frame for every frame of one video: drawn once (backdrop, shadow,
     * window, this page's address bar), so each video frame costs only its
     * screen's pixels. Shots `width`×`height` device px, RGB.
     */
    videoCanvas(width: number, height: number, text: {
        url: string;
        title: string;
    }): Promise<VideoCanvas>;
}
/** Paints one video frame's shot (RGB, the screen's size) into the frame; the result is the whole canvas, RGB. */
export interface VideoCanvas {
    readonly width: number;
    readonly height: number;
    paint(shot: RawPixels): Buffer;
}
/**
 * 'none': the screenshot as it is; PNG bytes pass through untouched (unless
 * cut to maxHeight, or taken with the browser's fast encoder: those are
 * re-encoded from the decoded pixels, ~15 ms, to keep files their usual size).
 */
export declare function plainCompositor(output: OutputFormat, settings?: ComposeSettings, scale?: number): Compositor;
export declare class FrameCompositor implements Compositor {
    private readonly spec;
    private readonly options;
    private readonly output;
    readonly scale: number;
    private readonly settings;
    readonly viewport: Viewport | null;
    readonly emulation: DeviceEmulation | null;
    readonly cap: CaptureCap;
    private readonly limits;
    private readonly colours;
    private readonly backdrop;
    private readonly opaque;
    private readonly border;
    private readonly perCapture;
    private readonly layerCache;
    private readonly cornerCache;
    /** Whether a prebuilt frame can stand in for the composite (see prebuilt.ts). */
    private readonly prebuildable;
    private readonly prebuilt;
    private readonly sightings;
    /** Captures composed on a prebuilt frame and with the whole composite (tests read which path ran). */
    readonly composed: {
        prebuilt: number;
        full: number;
    };
    /** Bands of prebuilt captures drawn from their layer alone, and composited whole (tests read which path ran). */
    readonly bands: {
        painted: number;
        composited: number;
    };
    constructor(spec: FrameSpec, options: FrameOptions, background: Background, output: OutputFormat, scale: number, settings?: ComposeSettings);
    checkWidth(width: number): void;
    compose(original: Shot, url: string): Promise<FramedCapture>;
    /** The whole composite: the shot extended to the canvas, every overlay (from overlays()) over it. */
    private pipeline;
    /**
     * Every overlay in compositing order. Clipped windows are opaque boxes: the
     * backdrop is needed only around them. Other frames draw their own outline,
     * so the backdrop goes under everything.
     */
    private overlays;
    /**
     * The prebuilt frame for shots of this size, once one is worth having:
     * every viewport shot of a run has the same size, full-page shots rarely
     * do, so a size gets one on its second shot (or when prepare() asks).
     */
    private prebuiltFor;
    private buildPrebuilt;
    /** The bands of the per-capture layers, with the overlays that fall in each cut to it; null if one cannot be cut. */
    private regions;
    /**
     * The band with its one per-capture layer as a shot (see Region.frame), from
     * the band composited with an opaque black and an opaque white layer; null
     * when the band has several per-capture layers. The band's composite (the
     * layer under ten small overlays: border strips, corner art) cost 4.5 ms CPU of
     * which 2.9 ms was the composite, not the layer's SVG; a whole compose on the
     * prebuilt frame went from 15.1 to 13.0 ms CPU (25.2 to 15.2 in a noisier run),
     * browser-macos, 20 Python-docs shots x 8 passes, both ways interleaved. The
     * band then matches its composite within one level (rounding), as the screen does.
     */
    private bandFrame;
    /** A band's composite, the per-capture layers drawn by `layer` (overlays placed relative to the band). */
    private drawBand;
    /** One band of this capture: its layer written into the band's frame when it rasterizes opaque, else the band's composite. */
    private band;
    /**
     * The shot written into a canvas lent by the prebuilt frame and the per-capture bands redrawn (RGB, the frame's
     * size; the caller releases it); null when the frame cannot take these pixels. The bands are drawn first, so
     * the canvas is only taken once nothing can fail before the encode.
     */
    private composeOnPrebuilt;
    videoCanvas(width: number, height: number, page: {
        url: string;
        title: string;
    }): Promise<VideoCanvas>;
    prepare(width: number, height: number): Promise<void>;
    private layout;
    private area;
    private fill;
    private layerOverlays;
    /** Layer `i` filled with this capture's text, as SVG placed on the canvas (or relative to `origin`'s corner). */
    private perCaptureOverlay;
    private staticLayer;
    private outlineOverlays;
    /** Rounded display corners: the shot's corners are cut away first, so the backdrop (put under last) shows there. */
    private screenCornerCuts;
    private cornerArt;
    private borderColour;
    /**
     * Fill every layer of every theme once with a sample page, so a mistake in
     * frame data (unknown name, a cycle, wrong SVG size) stops the run before
     * the browser starts, with the file to fix.
     */
    private check;
}
