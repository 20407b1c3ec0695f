import type { ColorScheme, RenderOptions, Viewport } from '../options.js';
export interface ContextProfile {
    readonly viewport: Viewport;
    readonly scale: number;
    readonly colorScheme: ColorScheme;
    readonly isMobile: boolean;
    readonly hasTouch: boolean;
    readonly userAgent: string | null;
    /** Equal profiles have equal keys. */
    readonly key: string;
}
export declare function contextProfile(render: RenderOptions): ContextProfile;
