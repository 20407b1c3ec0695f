import type { Renderer, RendererHooks } from '../render/index.js';
import type { RenderOptions } from '../options.js';
import type { Warn } from '../types.js';
import type { CompositeDevice, ResponsiveCompositor } from './compose.js';
/** What one device's pages are rendered as: the run's settings with the frame's viewport, scale and emulation. */
export declare function deviceRender(base: RenderOptions, device: CompositeDevice, userAgent: string | null): RenderOptions;
/**
 * `base`: the run's render options; `userAgent`: the user's --user-agent
 * (null: each device's own). Closes what it started if a launch fails.
 */
export declare function launchCompositeRenderer(composite: ResponsiveCompositor, base: RenderOptions, userAgent: string | null, warn: Warn, hooks?: RendererHooks): Promise<Renderer>;
