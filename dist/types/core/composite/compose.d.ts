import type { Compositor } from '../frame/compositor.js';
import type { FrameOptions, ScaleChoice } from '../options.js';
import type { RawPixels, Shot } from '../types.js';
import type { Placement } from './layout.js';
/** One device of the composite: its frame compositor decides the viewport, scale and emulation its page is rendered with. */
export interface CompositeDevice {
    id: string;
    compositor: Compositor;
    /** CSS px around the body its shadow may fall in (the frame compositor's padding). */
    room: number;
}
/** The arranged image, as decoded pixels and a PNG encoded for speed (the run's compositor re-encodes it). */
export interface ComposedImage {
    png: Buffer;
    pixels: RawPixels;
    width: number;
    height: number;
    placement: Placement;
}
export declare class ResponsiveCompositor {
    readonly devices: readonly CompositeDevice[];
    private readonly padding;
    /** Paints the background under the arrangement, as under a device frame, with no shadow of its own; kept, as every page's canvas has one size. */
    private readonly backdrop;
    private readonly opaque;
    private constructor();
    /**
     * `frame`: the run's frame settings (theme, background, padding, shadow…);
     * each device gets them with its own id and a transparent background.
     * Throws UserError for an unknown frame, as a single frame would.
     */
    static create(devices: readonly string[], frame: FrameOptions, scale: ScaleChoice, dir?: string): Promise<ResponsiveCompositor>;
    /** `shots[i]` is the page as devices[i] rendered it; `url` goes in address bars. */
    compose(shots: readonly Shot[], url: string): Promise<ComposedImage>;
}
