import type { OverlayOptions } from 'sharp';
import type { Background } from './background.js';
import type { ShadowSpec } from './data.js';
import type { Corner, Raw } from './outline.js';
import type { ShadowLayout } from './shadow.js';
export type BackdropLayout = ShadowLayout;
export interface ChannelColour {
    r: number;
    g: number;
    b: number;
    alpha: number;
}
export declare class Backdrop {
    private readonly background;
    private readonly shadows;
    private readonly scale;
    /** What shots are extended with: the background colour when it is solid, else transparent. */
    readonly extendColour: ChannelColour;
    private readonly shadowCache;
    private readonly templates;
    private readonly bandCache;
    private readonly wholeCache;
    private readonly patches;
    constructor(background: Background, shadows: readonly ShadowSpec[], scale: number);
    /** Overlays for the canvas outside the window; none when the extend colour already is the backdrop. */
    bands(layout: BackdropLayout): Promise<OverlayOptions[]>;
    /**
     * The whole backdrop as overlays to put under the frame ('dest-over'), in
     * horizontal tiles, for frames whose layers draw their own outline and may
     * leave parts of the window box transparent (devices). Empty when there is nothing to paint.
     */
    whole(layout: BackdropLayout): Promise<OverlayOptions[]>;
    /**
     * Backdrop pixels for each rectangle, as overlays. Each is painted from
     * three buffers its size (background, shadow, their composite): one after
     * another, a tall page's bands never hold more than a tile's worth of those at once.
     */
    private tiles;
    /** The backdrop's pixels under each window corner, for the outline's 'dest-over' step. */
    cornerPatches(layout: BackdropLayout, r: number): Promise<Record<Corner, Raw>>;
    /** Whether the backdrop differs anywhere from the shot's extend colour. */
    private paints;
    /** Full-size backdrop pixels (RGBA) of one rectangle of the canvas. */
    private cut;
    /** The background alone in one rectangle of the canvas, RGBA. */
    private backgroundOf;
    /** The window's shadows for this canvas, sliced; null without any. Tall pages of one width mostly share a template. */
    private shadow;
}
