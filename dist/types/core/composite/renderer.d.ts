import type { Renderer } from '../render/index.js';
import type { RenderOptions } from '../options.js';
import type { PlannedPage, Shot } from '../types.js';
import type { CompositeDevice, ResponsiveCompositor } from './compose.js';
/**
 * What one device's pages are rendered as: the target's settings with the frame's viewport, scale and emulation.
 * `base.userAgent` is the user's --user-agent (null: each device's own).
 */
export declare function deviceRender(base: RenderOptions, device: CompositeDevice): RenderOptions;
/**
 * The target on every device of the composite, arranged into one shot.
 * Throws the CaptureError of the first device that fails, naming it.
 */
export declare function captureComposite(renderer: Renderer, composite: ResponsiveCompositor, target: PlannedPage, render: RenderOptions): Promise<{
    shot: Shot;
    attempts: number;
}>;
