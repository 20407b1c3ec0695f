import type { ColorScheme, RenderOptions, Viewport } from '../options.js';
export interface ContextProfile {
    readonly viewport: Viewport;
    readonly scale: number;
    readonly colorScheme: ColorScheme;
    readonly isMobile: boolean;
    readonly hasTouch: boolean;
    readonly userAgent: string | null;
    readonly timezone: string | null;
    readonly locale: string | null;
    readonly geolocation: {
        readonly latitude: number;
        readonly longitude: number;
    } | null;
    readonly javaScript: boolean;
    readonly reducedMotion: boolean;
    /** Equal profiles have equal keys. */
    readonly key: string;
}
export declare function contextProfile(render: RenderOptions): ContextProfile;
