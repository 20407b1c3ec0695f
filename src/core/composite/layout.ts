// Where each device goes in the responsive composite ("Am I Responsive"):
// the first device behind, in the middle; the second in front of it on the
// left; the third in front on the right. Pure geometry: sizes in, boxes out.
//
// Devices arrive at different pixel densities (a 1x laptop, a 2x tablet, a
// 3x phone) and CSS sizes that say little about how big they look next to
// each other (a tablet is 1,232 CSS px tall, a laptop 970). So each one is
// scaled to a share of the back device's height, the way such pictures are
// drawn, and stands on the same floor line, a little in front of the back one.

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
export const ROLES: readonly Role[] = ['back', 'left', 'right'];

interface RoleShape {
  /** Body height as a share of the back device's body height. */
  height: number;
  /** Share of the device's own body width that overlaps the back device. */
  overlap: number;
}

/**
 * Heights and overlaps of the front devices. A tablet at 0.72 and a phone at
 * 0.52 of a laptop's height read as the real devices do side by side. Each
 * overlaps the back device by half (tablet) or 60% (phone) of its own body
 * width: a laptop's body box is wider than its lid (the base sticks out), so
 * that puts about a fifth of each in front of the lid's screen, which stays
 * mostly visible.
 */
const SHAPES: Record<Exclude<Role, 'back'>, RoleShape> = {
  left: { height: 0.72, overlap: 0.5 },
  right: { height: 0.52, overlap: 0.6 },
};

/** How far in front of the back device the front ones stand, as a share of its body height. */
const FLOOR_DROP = 0.05;

/**
 * `devices`: two or three (back, left, right; two = back and right).
 * `margin`: px around the arrangement, at the back device's density.
 */
export function responsiveLayout(devices: readonly DeviceImage[], margin: number): Placement {
  if (devices.length < 2 || devices.length > 3) throw new Error(`a responsive composite takes two or three devices, got ${devices.length}`);
  const roles: Role[] = devices.length === 2 ? ['back', 'right'] : [...ROLES];
  const back = devices[0]!;
  const floor = back.body.height * (1 + FLOOR_DROP);
  // Bodies in the back device's pixels, before the margin: the back body's top-left corner is (0, 0).
  const bodies: Box[] = devices.map((d, i) => {
    const role = roles[i]!;
    if (role === 'back') return { x: 0, y: 0, width: back.body.width, height: back.body.height };
    const shape = SHAPES[role];
    const height = back.body.height * shape.height;
    const width = d.body.width * (height / d.body.height);
    const x = role === 'left' ? -width * (1 - shape.overlap) : back.body.width - width * shape.overlap;
    return { x, y: floor - height, width, height };
  });
  const images: Box[] = devices.map((d, i) => {
    const body = bodies[i]!;
    const k = body.height / d.body.height;
    return { x: body.x - d.body.x * k, y: body.y - d.body.y * k, width: d.image.width * k, height: d.image.height * k };
  });
  // The canvas is every body with the margin around it. An image's shadow room may reach past it:
  // the shadow is cut at the canvas edge, as a single frame's is with a small --padding.
  const left = Math.min(...bodies.map((b) => b.x - margin));
  const top = Math.min(...bodies.map((b) => b.y - margin));
  const right = Math.max(...bodies.map((b) => b.x + b.width + margin));
  const bottom = Math.max(...bodies.map((b) => b.y + b.height + margin));
  const canvas = { width: Math.round(right - left), height: Math.round(bottom - top) };
  // Edges are rounded, not sizes, so a box that ends at the canvas's edge stays on the canvas.
  // A body thinner than a pixel is still one pixel, kept on the canvas (it may not start past its edge).
  const shift = (b: Box, onCanvas: boolean): Box => {
    const [x0, y0] = [Math.round(b.x - left), Math.round(b.y - top)];
    const width = Math.max(1, Math.round(b.x + b.width - left) - x0);
    const height = Math.max(1, Math.round(b.y + b.height - top) - y0);
    const x = onCanvas ? Math.max(0, Math.min(x0, canvas.width - width)) : x0;
    const y = onCanvas ? Math.max(0, Math.min(y0, canvas.height - height)) : y0;
    return { x, y, width, height };
  };
  return {
    canvas,
    images: images.map((b) => shift(b, false)),
    bodies: bodies.map((b) => shift(b, true)),
  };
}
