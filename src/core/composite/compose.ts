// The responsive composite's compositor: the same page on two or three
// devices, arranged on one background. Nothing here draws a device: each
// shot is framed by the ordinary frame compositor (frames/ data, on a
// transparent background so its shadow falls on whatever is under it), then
// the framed images are scaled and placed (layout.ts) and the background goes
// under them, painted by the same Backdrop a single frame uses.

import { sharp } from '../../util/sharp.ts';
import type { OverlayOptions } from 'sharp';
import { Backdrop } from '../frame/backdrop.ts';
import { isOpaqueBackground, resolveBackground } from '../frame/background.ts';
import type { Background } from '../frame/background.ts';
import type { Compositor } from '../frame/compositor.ts';
import { loadFrameData } from '../frame/data.ts';
import { createCompositor } from '../frame/index.ts';
import type { FrameOptions, ScaleChoice } from '../options.ts';
import type { RawPixels, Shot } from '../types.ts';
import { responsiveLayout } from './layout.ts';
import type { DeviceImage, Placement } from './layout.ts';

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

export class ResponsiveCompositor {
  /** Paints the background under the arrangement, as under a device frame, with no shadow of its own; kept, as every page's canvas has one size. */
  private readonly backdrop: Backdrop;
  private readonly opaque: boolean;

  private constructor(
    readonly devices: readonly CompositeDevice[],
    background: Background,
    private readonly padding: number,
  ) {
    this.backdrop = new Backdrop(background, [], devices[0]!.compositor.scale);
    this.opaque = isOpaqueBackground(background);
  }

  /**
   * `frame`: the run's frame settings (theme, background, padding, shadow…);
   * each device gets them with its own id and a transparent background.
   * Throws UserError for an unknown frame, as a single frame would.
   */
  static async create(devices: readonly string[], frame: FrameOptions, scale: ScaleChoice, dir?: string): Promise<ResponsiveCompositor> {
    const data = await loadFrameData(dir);
    const background = resolveBackground(frame.background, data.presets);
    const framed: CompositeDevice[] = [];
    for (const id of devices) {
      // Room for the whole shadow, whatever --padding is: a device stands in the middle of the picture,
      // where a shadow cut at its image's edge would show as a hard line. --padding is the picture's margin.
      const shadows = frame.shadow ? data.frames.find((f) => f.id === id)?.shadow ?? [] : [];
      const room = Math.ceil(Math.max(0, ...shadows.map((s) => Math.max(Math.abs(s.offsetX), Math.abs(s.offsetY)) + s.blur + Math.max(0, s.spread))));
      const own: FrameOptions = {
        ...frame, device: id, background: 'transparent', padding: room, thumbnail: null, maxHeight: null, composite: { layout: 'none' },
      };
      framed.push({ id, room, compositor: await createCompositor(own, { format: 'png', quality: 90 }, scale, dir) });
    }
    return new ResponsiveCompositor(framed, background, frame.padding);
  }

  /** `shots[i]` is the page as devices[i] rendered it; `url` goes in address bars. */
  async compose(shots: readonly Shot[], url: string): Promise<ComposedImage> {
    if (shots.length !== this.devices.length) throw new Error(`the composite has ${this.devices.length} devices, got ${shots.length} shots`);
    const framed = await Promise.all(this.devices.map((d, i) => d.compositor.compose(shots[i]!, url)));
    const images: DeviceImage[] = framed.map((f, i) => {
      // The frame compositor puts `room` CSS px (at its own scale) of shadow room around the body.
      const pad = Math.round(this.devices[i]!.room * this.devices[i]!.compositor.scale);
      return { image: { width: f.width, height: f.height }, body: { x: pad, y: pad, width: f.width - 2 * pad, height: f.height - 2 * pad } };
    });
    const backScale = this.devices[0]!.compositor.scale;
    const placement = responsiveLayout(images, Math.round(this.padding * backScale));
    const { canvas } = placement;
    const overlays: OverlayOptions[] = await Promise.all(framed.map(async (f, i) => {
      const box = placement.images[i]!;
      const scaled = await sharp(f.data).resize(box.width, box.height, { fit: 'fill', kernel: 'lanczos3' }).ensureAlpha().raw().toBuffer();
      // The part on the canvas: shadow room past its edge is cut there.
      const x0 = Math.max(0, box.x);
      const y0 = Math.max(0, box.y);
      const width = Math.min(canvas.width, box.x + box.width) - x0;
      const height = Math.min(canvas.height, box.y + box.height) - y0;
      const { data, info } = await sharp(scaled, { raw: { width: box.width, height: box.height, channels: 4 } })
        .extract({ left: x0 - box.x, top: y0 - box.y, width, height }).raw().toBuffer({ resolveWithObject: true });
      return { input: data, raw: { width: info.width, height: info.height, channels: 4 }, left: x0, top: y0 };
    }));
    // The background goes under everything ('dest-over').
    const under = await this.backdrop.whole({ width: canvas.width, height: canvas.height, window: { x: 0, y: 0, width: 0, height: 0 }, radius: 0 });
    let image = sharp({ create: { width: canvas.width, height: canvas.height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .composite([...overlays, ...under]);
    // One composite pass, then the pixels: `composite` runs last in a pipeline, so alpha goes in a second one.
    const raw = await image.raw().toBuffer({ resolveWithObject: true });
    image = sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: 4 } });
    if (this.opaque) image = image.removeAlpha();
    const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
    const channels = info.channels as RawPixels['channels'];
    const png = await sharp(data, { raw: { width: info.width, height: info.height, channels } }).png({ compressionLevel: 1 }).toBuffer();
    return { png, pixels: { data, width: info.width, height: info.height, channels }, width: info.width, height: info.height, placement };
  }
}
