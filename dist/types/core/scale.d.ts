import type { RenderOptions, RenderSettings, ScaleChoice } from './options.js';
export declare const DEFAULT_SCALE = 1;
/** `deviceScale`: the frame's own factor, or null when it has none (browser windows, laptops, 'none'). */
export declare function resolveScale(choice: ScaleChoice, deviceScale: number | null): number;
/** RenderOptions at a decided scale: what the renderer takes. */
export declare function renderAt(render: RenderSettings, scale: number): RenderOptions;
/** RenderOptions for a renderer driven without a frame (tests, library callers of launchRenderer): an unset scale is 1. */
export declare function renderWithoutFrame(render: RenderSettings): RenderOptions;
