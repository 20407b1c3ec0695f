export interface Size {
    width: number;
    height: number;
}
export interface Box extends Size {
    x: number;
    y: number;
}
/**
 * A framed device image: its whole size, and its body's box within it (the
 * frame without the transparent room around it that its shadow falls in).
 */
export interface DeviceImage {
    image: Size;
    body: Box;
}
export interface Placement {
    /** The composite's size, px. */
    canvas: Size;
    /** Per device, in the order given: the box its whole (scaled) image is drawn in, back to front; it may reach past the canvas. */
    images: Box[];
    /** Per device: where its body lands on the canvas (tests look at the screens through these). */
    bodies: Box[];
}
export type Role = 'back' | 'left' | 'right';
/** Roles in the order devices are listed. */
export declare const ROLES: readonly Role[];
/**
 * `devices`: two or three (back, left, right; two = back and right).
 * `margin`: px around the arrangement, at the back device's density.
 */
export declare function responsiveLayout(devices: readonly DeviceImage[], margin: number): Placement;
