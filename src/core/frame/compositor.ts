// One compositor for every frame: it reads a FrameSpec and never asks which
// frame it is. Per capture it runs a single sharp pipeline:
//
//   shot ─ extend to the canvas (background colour or transparent)
//        ─ composite: backdrop bands around the window (cached per size)
//                     · layers (static ones cached, per-page ones as SVG)
//                     · border strips and corner arcs · corner cut-outs and patches
//        ─ encode
//
// Every overlay is small next to the canvas: only the layers that show page
// text (the address bar) are rasterized per capture. Frames that draw their
// own outline (window.clip false: devices) may leave parts of the window box
// transparent, so they get the whole backdrop once, under everything, instead
// of the bands.

import { sharp } from '../../util/sharp.ts';
import type { OutputInfo, OverlayOptions, Sharp } from 'sharp';
import type { FrameOptions, Viewport } from '../options.ts';
import type { Capture, RawPixels, Shot } from '../types.ts';
import { UserError } from '../types.ts';
import { Backdrop } from './backdrop.ts';
import type { BackdropLayout } from './backdrop.ts';
import { isOpaqueBackground } from './background.ts';
import type { Background } from './background.ts';
import { parseColor } from './color.ts';
import type { Rgba } from './color.ts';
import type { DeviceEmulation, FrameSpec, LayerArea, LayerSpec } from './data.ts';
import { encode } from './encode.ts';
import type { OutputFormat } from './encode.ts';
import { ShotLimits, SVG_MAX_SIDE } from './limits.ts';
import type { CaptureCap, PageCut } from './limits.ts';
import { borderStrips, CORNERS, cornerRects, rasterize, rawOverlay, renderCornerArt } from './outline.ts';
import type { CornerArt, Raw, Rect } from './outline.ts';
import { cropOverlay, paintBand, PrebuiltFrame } from './prebuilt.ts';
import type { PaintedCanvas, Region, RegionOverlay } from './prebuilt.ts';
import { frameScope, isPerCapture } from './scope.ts';
import type { AreaGeometry, FrameGeometry, TextInput } from './scope.ts';
import { fillTemplate, TemplateError } from './template.ts';
import { displayUrl } from './text.ts';

/**
 * The FrameOptions that shape every capture's pixels after the frame is chosen (the plain compositor has these too),
 * and --split's part height (CSS px; null = none), which the limits check against the format.
 */
export type ComposeSettings = Pick<FrameOptions, 'maxHeight' | 'thumbnail' | 'shadowStrength'> & { split: number | null };

export const DEFAULT_COMPOSE: ComposeSettings = { maxHeight: null, thumbnail: null, shadowStrength: 1, split: null };

export interface Thumbnail {
  data: Buffer;
  width: number;
  height: number;
}

export interface FramedCapture extends Capture {
  /** True when the page was taller than maxHeight or the format allows, and its bottom was cut. */
  cropped: boolean;
  /** Where and why, when cropped. */
  cut: PageCut | null;
  thumbnail: Thumbnail | null;
}

export interface Compositor {
  /** Frame one shot. `url` is shown in the address bar unless options.title is set. Output encoded in the requested format. */
  compose(shot: Shot, url: string): Promise<FramedCapture>;
  /**
   * Do the once-per-run work for shots of this size ahead of the first one (static layers rasterized,
   * corner art, the text renderer's fonts loaded), so it can overlap the browser's start-up.
   */
  prepare(width: number, height: number): Promise<void>;
  /**
   * The largest page (CSS px) whose framed image the output format can encode
   * and --max-height lets through: the renderer stops a full-page capture there.
   */
  readonly cap: CaptureCap;
  /** Throws (a message to act on) when shots this wide (device px) cannot be framed in the output format. */
  checkWidth(width: number): void;
  /** CSS viewport the frame requires (device frames) or null. */
  readonly viewport: Viewport | null;
  /** The device scale factor shots must have: the user's, or a phone's or tablet's own (src/core/scale.ts). */
  readonly scale: number;
  /** What a device frame's page should be rendered as (user agent, touch, mobile); null for browser windows. */
  readonly emulation: DeviceEmulation | null;
  /**
   * The frame for every frame of one video: drawn once (backdrop, shadow,
   * window, this page's address bar), so each video frame costs only its
   * screen's pixels. Shots `width`×`height` device px, RGB.
   */
  videoCanvas(width: number, height: number, text: { url: string; title: string }): Promise<VideoCanvas>;
}

/** Paints one video frame's shot (RGB, the screen's size) into the frame; the result is the whole canvas, RGB. */
export interface VideoCanvas {
  readonly width: number;
  readonly height: number;
  paint(shot: RawPixels): Buffer;
}

/**
 * 'none': the screenshot as it is; PNG bytes pass through untouched (unless
 * cut to maxHeight, or taken with the browser's fast encoder: those are
 * re-encoded from the decoded pixels, ~15 ms, to keep files their usual size).
 */
export function plainCompositor(output: OutputFormat, settings: ComposeSettings = DEFAULT_COMPOSE, scale = 1): Compositor {
  const limits = new ShotLimits(output.format, { width: 0, height: 0 }, scale, settings.maxHeight, null, settings.split);
  return {
    viewport: null,
    scale,
    emulation: null,
    cap: limits.cap,
    checkWidth: (width) => limits.checkWidth(width),
    prepare: () => Promise.resolve(),
    videoCanvas: (width, height) => Promise.resolve({ width, height, paint: (shot) => rgbOf(shot, width, height) }),
    async compose(shot: Shot): Promise<FramedCapture> {
      limits.checkWidth(shot.width);
      const { rows: keep, cut } = limits.keep(shot);
      const cropped = keep < shot.height;
      if (output.format === 'png' && !cropped && !shot.fastPng && !shot.bands) {
        return finish({ data: shot.png, width: shot.width, height: shot.height, format: 'png' }, cut, output, settings);
      }
      const { data, info } = await encode(decoded(shot, keep), output).toBuffer({ resolveWithObject: true });
      return finish({ data, width: info.width, height: info.height, format: output.format }, cut, output, settings);
    },
  };
}

/** The colour a frame's screen shows where a transparent page (--omit-background) paints nothing. */
const SCREEN_COLOUR = { light: '#ffffff', dark: '#202124' } as const;

function rgbOf(shot: RawPixels, width: number, height: number): Buffer {
  if (shot.channels !== 3 || shot.width !== width || shot.height !== height) {
    throw new Error(`a video frame of ${shot.width}x${shot.height}x${shot.channels} for a ${width}x${height} RGB screen`);
  }
  return shot.data;
}

/**
 * The shot's top `rows` as sharp input: its already decoded pixels when the renderer kept them (no second PNG
 * decode), else the PNG, or its bands joined top to bottom. libvips reads the bands as it reads one PNG, a strip at
 * a time: framing a 1280×41,000 page held as much (+130–150 MB in node) and took as long either way (five
 * 8,192-row bands, 2 runs each). Its join lays images out in cells of the tallest one's height, the last band at
 * the top of its own; the rows under it are cut with the rest. (extract runs before extend in sharp's pipeline, so
 * cutting costs no extra pass.)
 */
function decoded(shot: Shot, rows: number): Sharp {
  const top = (image: Sharp, height: number): Sharp => (rows < height ? image.extract({ left: 0, top: 0, width: shot.width, height: rows }) : image);
  if (shot.bands) {
    const joined = sharp(shot.bands.map((band) => band.png), { join: { across: 1, valign: 'top' } });
    return top(joined, Math.max(...shot.bands.map((band) => band.height)) * shot.bands.length);
  }
  const p = shot.pixels;
  if (p && p.width === shot.width && p.data.length === p.width * p.height * p.channels) {
    return top(sharp(p.data, { raw: { width: p.width, height: p.height, channels: p.channels } }), p.height);
  }
  return top(sharp(shot.png), shot.height);
}

async function finish(capture: Capture, cut: PageCut | null, output: OutputFormat, settings: ComposeSettings): Promise<FramedCapture> {
  const cropped = cut !== null;
  if (settings.thumbnail === null) return { ...capture, cropped, cut, thumbnail: null };
  const { data, info } = await encode(sharp(capture.data).resize({ width: settings.thumbnail, withoutEnlargement: true }), output)
    .toBuffer({ resolveWithObject: true });
  return { ...capture, cropped, cut, thumbnail: { data, width: info.width, height: info.height } };
}

/** Static layer rasters kept per compositor: one per distinct size, so a handful. */
const KEEP_LAYERS = 8;
/** Prebuilt frames kept (one per shot size; ~4 MB each at 1280×800). */
const KEEP_PREBUILT = 2;
/**
 * Largest canvas (px) that gets a prebuilt frame. One holds a canvas-sized RGB
 * base and is built from two more, so pages cut at a format's limit (which all
 * have the same size) would keep ~140 MB per prebuilt frame at WebP's 16,383
 * rows and ~550 MB at JPEG's; the per-capture composite streams instead, and
 * since the shadow is nine-sliced it costs little more on a tall page.
 * 16 Mpx still takes every viewport shot up to 1920x1080 at scale 3.
 */
const PREBUILT_MAX_PIXELS = 16_000_000;
/** Shot sizes remembered while waiting for a second shot of the same size. */
const KEEP_SIGHTINGS = 256;
/** Text the prebuilt frame is probed with; the bands that show text are redrawn per capture. */
const SAMPLE_TEXT: TextInput = { url: 'example.com', secure: true, title: '' };
const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };

/** A shot of one colour (RGB), as decoded pixels. */
function flatShot(width: number, height: number, value: number): Shot {
  const pixels: RawPixels = { data: Buffer.alloc(width * height * 3, value), width, height, channels: 3 };
  return { png: Buffer.alloc(0), pixels, width, height, finalUrl: 'https://example.com/', httpStatus: null, title: '' };
}

/** An overlay of the composite; `layer` is set for a per-capture layer (its index in the frame's layers). */
interface Tagged {
  overlay: OverlayOptions;
  layer?: number;
}

/** Geometry of one capture, device px unless named CSS. */
interface Layout {
  canvas: { width: number; height: number };
  /** The window's box on the canvas. */
  window: Rect;
  /** The shot's box inside the window. */
  screen: Rect;
  radius: number;
  css: FrameGeometry;
}

export class FrameCompositor implements Compositor {
  readonly viewport: Viewport | null;
  readonly emulation: DeviceEmulation | null;
  readonly cap: CaptureCap;
  private readonly limits: ShotLimits;
  private readonly colours: ReadonlyMap<string, string>;
  private readonly backdrop: Backdrop;
  private readonly opaque: boolean;
  private readonly border: { width: number; color: Rgba } | null;
  private readonly perCapture: boolean[];
  private readonly layerCache = new Map<string, Promise<Raw>>();
  private readonly cornerCache = new Map<string, Promise<CornerArt>>();
  /** Whether a prebuilt frame can stand in for the composite (see prebuilt.ts). */
  private readonly prebuildable: boolean;
  private readonly prebuilt = new Map<string, Promise<PrebuiltFrame | null>>();
  private readonly sightings = new Map<string, number>();
  /** Captures composed on a prebuilt frame and with the whole composite (tests read which path ran). */
  readonly composed = { prebuilt: 0, full: 0 };
  /** Bands of prebuilt captures drawn from their layer alone, and composited whole (tests read which path ran). */
  readonly bands = { painted: 0, composited: 0 };

  constructor(
    private readonly spec: FrameSpec,
    private readonly options: FrameOptions,
    background: Background,
    private readonly output: OutputFormat,
    readonly scale: number,
    private readonly settings: ComposeSettings = DEFAULT_COMPOSE,
  ) {
    const colours = spec.themes.get(options.theme);
    if (!colours) {
      throw new UserError(`frame "${spec.id}" has no ${options.theme} theme: use --theme ${[...spec.themes.keys()].join(' or ')}`);
    }
    this.colours = colours;
    this.viewport = spec.viewport ? { ...spec.viewport } : null;
    this.emulation = spec.emulation ? { ...spec.emulation } : null;
    this.opaque = isOpaqueBackground(background);
    const strength = settings.shadowStrength;
    const shadows = options.shadow && options.padding > 0 && strength > 0
      ? spec.shadow.map((s) => ({ ...s, opacity: Math.min(1, s.opacity * strength) }))
      : [];
    this.backdrop = new Backdrop(background, shadows, scale);
    this.perCapture = spec.layers.map((l) => isPerCapture(spec, l.template.names));
    this.border = this.borderColour(colours);
    // Opaque (the output is RGB), clipped (no backdrop under the shot), and text only in bands beside the screen.
    this.prebuildable = this.opaque && spec.clip && spec.layers.every((l, i) => !this.perCapture[i] || l.area === 'top' || l.area === 'bottom');
    const bare = this.layout({ width: 0, height: 0 });
    // Layers over the window or the screen are drawn at its full size, as SVG: librsvg's limit bounds the page.
    const tallLayers = spec.layers.some((l) => l.area === 'window' || l.area === 'screen');
    const drawRows = tallLayers ? SVG_MAX_SIDE - (bare.window.height - bare.screen.height) : null;
    this.limits = new ShotLimits(output.format, bare.canvas, scale, settings.maxHeight, drawRows, settings.split);
    this.cap = this.limits.cap;
    this.check();
  }

  checkWidth(width: number): void {
    this.limits.checkWidth(width);
  }

  async compose(original: Shot, url: string): Promise<FramedCapture> {
    this.limits.checkWidth(original.width);
    const { rows: keep, cut } = this.limits.keep(original);
    const layout = this.layout({ width: original.width, height: keep });
    const shown = displayUrl(url);
    const text: TextInput = { url: this.options.title ?? shown.text, secure: shown.secure, title: original.title };
    // Only decoded pixels are painted on a prebuilt frame: a shot without them (a full page) never builds one.
    const prebuilt = original.pixels ? await this.prebuiltFor(original.width, keep) : null;
    const painted = prebuilt && original.pixels ? await this.composeOnPrebuilt(prebuilt, original.pixels, keep, layout, text) : null;
    this.composed[painted ? 'prebuilt' : 'full']++;
    let encoded: { data: Buffer; info: OutputInfo };
    try {
      const image = painted
        ? sharp(painted.data, { raw: { width: painted.width, height: painted.height, channels: 3 } })
        : this.pipeline(original, keep, layout, await this.overlays(layout, text));
      encoded = await encode(image, this.output).toBuffer({ resolveWithObject: true });
    } finally {
      // sharp reads a raw input in place until its output is done; after that the canvas can be painted again.
      painted?.release();
    }
    const { data, info } = encoded;
    return finish({ data, width: info.width, height: info.height, format: this.output.format }, cut, this.output, this.settings);
  }

  /** The whole composite: the shot extended to the canvas, every overlay (from overlays()) over it. */
  private pipeline(original: Shot, keep: number, layout: Layout, tagged: readonly Tagged[]): Sharp {
    const left = layout.window.x + layout.screen.x;
    const top = layout.window.y + layout.screen.y;
    const { width } = original;
    let image = decoded(original, keep);
    // --omit-background: where the page painted nothing, a framed page shows the screen's own colour, not a hole.
    // A tall shot comes undecoded (Shot.pixels absent): flatten is a no-op on a PNG without alpha.
    if (!original.pixels || original.pixels.channels === 4) image = image.flatten({ background: SCREEN_COLOUR[this.options.theme] });
    image = image
      .extend({
        left,
        top,
        right: layout.canvas.width - left - width,
        bottom: layout.canvas.height - top - keep,
        background: this.spec.clip ? this.backdrop.extendColour : TRANSPARENT,
      })
      .composite(tagged.map((t) => t.overlay));
    return this.opaque ? image.removeAlpha() : image;
  }

  /**
   * Every overlay in compositing order. Clipped windows are opaque boxes: the
   * backdrop is needed only around them. Other frames draw their own outline,
   * so the backdrop goes under everything.
   */
  private async overlays(layout: Layout, text: TextInput): Promise<Tagged[]> {
    const backdropLayout: BackdropLayout = { width: layout.canvas.width, height: layout.canvas.height, window: layout.window, radius: layout.radius };
    const clip = this.spec.clip;
    const [screenCuts, around, layers, outline, under] = await Promise.all([
      this.screenCornerCuts(layout),
      clip ? this.backdrop.bands(backdropLayout) : [],
      this.layerOverlays(layout, text),
      this.outlineOverlays(layout, backdropLayout),
      clip ? [] : this.backdrop.whole(backdropLayout),
    ]);
    const plain = (overlay: OverlayOptions): Tagged => ({ overlay });
    return [...screenCuts.map(plain), ...around.map(plain), ...layers, ...outline.map(plain), ...under.map(plain)];
  }

  /**
   * The prebuilt frame for shots of this size, once one is worth having:
   * every viewport shot of a run has the same size, full-page shots rarely
   * do, so a size gets one on its second shot (or when prepare() asks).
   */
  private prebuiltFor(width: number, height: number, now = false): Promise<PrebuiltFrame | null> | null {
    if (!this.prebuildable) return null;
    const { canvas } = this.layout({ width, height });
    if (canvas.width * canvas.height > PREBUILT_MAX_PIXELS) return null;
    const key = `${width}x${height}`;
    const known = this.prebuilt.get(key);
    if (known) return known;
    const seen = (this.sightings.get(key) ?? 0) + 1;
    if (!now && seen < 2) {
      if (this.sightings.size >= KEEP_SIGHTINGS) this.sightings.clear();
      this.sightings.set(key, seen);
      return null;
    }
    const pending = this.buildPrebuilt(width, height).catch(() => null);
    this.prebuilt.set(key, pending);
    while (this.prebuilt.size > KEEP_PREBUILT) this.prebuilt.delete(this.prebuilt.keys().next().value!);
    return pending;
  }

  private async buildPrebuilt(width: number, height: number): Promise<PrebuiltFrame | null> {
    const layout = this.layout({ width, height });
    const tagged = await this.overlays(layout, SAMPLE_TEXT);
    const probe = (value: number): Promise<Buffer> => this.pipeline(flatShot(width, height, value), height, layout, tagged).raw().toBuffer();
    const [black, white] = await Promise.all([probe(0), probe(255)]);
    const regions = await this.regions(layout, tagged);
    if (!regions) return null;
    const screen = { ...layout.screen, x: layout.window.x + layout.screen.x, y: layout.window.y + layout.screen.y };
    return PrebuiltFrame.fromProbes(black, white, layout.canvas.width, layout.canvas.height, screen, regions);
  }

  /** The bands of the per-capture layers, with the overlays that fall in each cut to it; null if one cannot be cut. */
  private async regions(layout: Layout, tagged: readonly Tagged[]): Promise<Region[] | null> {
    const areas = new Set(this.spec.layers.filter((_, i) => this.perCapture[i]).map((l) => l.area));
    const regions: Region[] = [];
    for (const area of areas) {
      const inWindow = this.area(layout, area);
      const rect = { ...inWindow, x: layout.window.x + inWindow.x, y: layout.window.y + inWindow.y };
      const overlays: RegionOverlay[] = [];
      for (const t of tagged) {
        if (t.layer !== undefined) {
          if (this.spec.layers[t.layer]!.area === area) overlays.push(t.layer);
          continue;
        }
        const cut = cropOverlay(t.overlay, rect);
        if (cut === undefined) return null;
        if (cut) overlays.push(cut);
      }
      regions.push({ rect, overlays, frame: await this.bandFrame(rect, overlays) });
    }
    return regions;
  }

  /**
   * The band with its one per-capture layer as a shot (see Region.frame), from
   * the band composited with an opaque black and an opaque white layer; null
   * when the band has several per-capture layers. The band's composite (the
   * layer under ten small overlays: border strips, corner art) cost 4.5 ms CPU of
   * which 2.9 ms was the composite, not the layer's SVG; a whole compose on the
   * prebuilt frame went from 15.1 to 13.0 ms CPU (25.2 to 15.2 in a noisier run),
   * browser-macos, 20 Python-docs shots x 8 passes, both ways interleaved. The
   * band then matches its composite within one level (rounding), as the screen does.
   */
  private async bandFrame(rect: Rect, overlays: readonly RegionOverlay[]): Promise<PrebuiltFrame | null> {
    if (overlays.filter((o) => typeof o === 'number').length !== 1) return null;
    const { width, height } = rect;
    const probe = (value: number): Promise<Buffer> => {
      const layer = Buffer.alloc(width * height * 4, value);
      for (let a = 3; a < layer.length; a += 4) layer[a] = 255;
      return this.drawBand(rect, overlays, () => rawOverlay({ data: layer, width, height }, 0, 0)).raw().toBuffer();
    };
    const [black, white] = await Promise.all([probe(0), probe(255)]);
    return PrebuiltFrame.fromProbes(black, white, width, height, { x: 0, y: 0, width, height }, []);
  }

  /** A band's composite, the per-capture layers drawn by `layer` (overlays placed relative to the band). */
  private drawBand(rect: Rect, overlays: readonly RegionOverlay[], layer: (index: number) => OverlayOptions): Sharp {
    const { r, g, b } = this.backdrop.extendColour;
    return sharp({ create: { width: rect.width, height: rect.height, channels: 3, background: { r, g, b } } })
      .composite(overlays.map((o) => (typeof o === 'number' ? layer(o) : o)))
      .removeAlpha();
  }

  /** One band of this capture: its layer written into the band's frame when it rasterizes opaque, else the band's composite. */
  private async band(region: Region, layout: Layout, text: TextInput): Promise<Buffer> {
    const { frame, rect, overlays } = region;
    const index = overlays.find((o) => typeof o === 'number');
    if (frame && index !== undefined) {
      const { svg } = this.fill(this.spec.layers[index]!, layout, text);
      const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
      const painted = paintBand(frame, { data, width: info.width, height: info.height, channels: info.channels as RawPixels['channels'] });
      if (painted) {
        this.bands.painted++;
        return painted;
      }
    }
    this.bands.composited++;
    return this.drawBand(rect, overlays, (i) => this.perCaptureOverlay(i, layout, text, rect)).raw().toBuffer();
  }

  /**
   * The shot written into a canvas lent by the prebuilt frame and the per-capture bands redrawn (RGB, the frame's
   * size; the caller releases it); null when the frame cannot take these pixels. The bands are drawn first, so
   * the canvas is only taken once nothing can fail before the encode.
   */
  private async composeOnPrebuilt(prebuilt: PrebuiltFrame, pixels: RawPixels, rows: number, layout: Layout, text: TextInput): Promise<PaintedCanvas | null> {
    if (!prebuilt.takes(pixels, rows)) return null;
    const drawn = await Promise.all(prebuilt.regions.map((region) => this.band(region, layout, text)));
    const painted = prebuilt.paintOnLoan(pixels, rows);
    if (painted) prebuilt.regions.forEach((region, i) => prebuilt.place(painted.data, region, drawn[i]!));
    return painted;
  }

  async videoCanvas(width: number, height: number, page: { url: string; title: string }): Promise<VideoCanvas> {
    if (!this.opaque) {
      throw new UserError('a video needs an opaque background (videos have no transparency): choose a --background colour, gradient or preset');
    }
    const layout = this.layout({ width, height });
    const shown = displayUrl(page.url);
    const text: TextInput = { url: this.options.title ?? shown.text, secure: shown.secure, title: page.title };
    // This page's text is drawn into the frame once, so the probes see every layer and no band needs redrawing per frame.
    const tagged = await this.overlays(layout, text);
    const probe = (value: number): Promise<Buffer> => this.pipeline(flatShot(width, height, value), height, layout, tagged).raw().toBuffer();
    const [black, white] = await Promise.all([probe(0), probe(255)]);
    const screen = { ...layout.screen, x: layout.window.x + layout.screen.x, y: layout.window.y + layout.screen.y };
    const frame = PrebuiltFrame.fromProbes(black, white, layout.canvas.width, layout.canvas.height, screen, []);
    if (!frame) throw new UserError(`frame "${this.spec.id}" draws outside its screen differently per shot, so it cannot frame a video: choose another --device`);
    return {
      width: frame.width,
      height: frame.height,
      paint: (shot) => {
        const out = frame.paint(shot, height);
        if (!out) throw new Error(`a video frame of ${shot.width}x${shot.height}x${shot.channels} for a ${width}x${height} RGB screen`);
        return out;
      },
    };
  }

  async prepare(width: number, height: number): Promise<void> {
    // Building the prebuilt frame runs the whole composite (twice), which fills every cache the first
    // capture needs (static layers, corner art, the text renderer's fonts); without one, run it once.
    if (await this.prebuiltFor(width, height, true)) return;
    const layout = this.layout({ width, height });
    await this.pipeline(flatShot(width, height, 255), height, layout, await this.overlays(layout, SAMPLE_TEXT)).raw().toBuffer();
  }

  private layout(shot: { width: number; height: number }): Layout {
    const s = this.scale;
    const { insets } = this.spec;
    const px = (css: number): number => Math.round(css * s);
    const screen: Rect = { x: px(insets.left), y: px(insets.top), width: shot.width, height: shot.height };
    const winW = screen.x + shot.width + px(insets.right);
    const winH = screen.y + shot.height + px(insets.bottom);
    const pad = px(this.options.padding);
    const radiusCss = this.spec.radius === 'option' ? this.options.radius : this.spec.radius;
    const radius = Math.max(0, Math.min(px(radiusCss), Math.floor(Math.min(winW, winH) / 2)));
    return {
      canvas: { width: winW + 2 * pad, height: winH + 2 * pad },
      window: { x: pad, y: pad, width: winW, height: winH },
      screen,
      radius,
      css: {
        scale: s,
        windowWidth: winW / s,
        windowHeight: winH / s,
        screenX: screen.x / s,
        screenY: screen.y / s,
        screenWidth: shot.width / s,
        screenHeight: shot.height / s,
        radius: radius / s,
      },
    };
  }

  private area(layout: Layout, area: LayerArea): Rect {
    const { window: w, screen } = layout;
    switch (area) {
      case 'window': return { x: 0, y: 0, width: w.width, height: w.height };
      case 'top': return { x: 0, y: 0, width: w.width, height: screen.y };
      case 'bottom': return { x: 0, y: screen.y + screen.height, width: w.width, height: w.height - screen.y - screen.height };
      case 'screen': return { ...screen };
    }
  }

  private fill(layer: LayerSpec, layout: Layout, text: TextInput | null, colours = this.colours): { svg: string; rect: Rect } {
    const rect = this.area(layout, layer.area);
    const geometry: AreaGeometry = { width: rect.width / this.scale, height: rect.height / this.scale, pixelWidth: rect.width, pixelHeight: rect.height };
    return { svg: fillTemplate(layer.template, frameScope(this.spec, colours, layout.css, geometry, text)), rect };
  }

  private async layerOverlays(layout: Layout, text: TextInput): Promise<Tagged[]> {
    return Promise.all(this.spec.layers.map(async (layer, i) => {
      if (this.perCapture[i]) return { overlay: this.perCaptureOverlay(i, layout, text), layer: i };
      const { svg, rect } = this.fill(layer, layout, null);
      return { overlay: rawOverlay(await this.staticLayer(svg, rect, layer), layout.window.x + rect.x, layout.window.y + rect.y) };
    }));
  }

  /** Layer `i` filled with this capture's text, as SVG placed on the canvas (or relative to `origin`'s corner). */
  private perCaptureOverlay(i: number, layout: Layout, text: TextInput, origin: { x: number; y: number } = { x: 0, y: 0 }): OverlayOptions {
    const { svg, rect } = this.fill(this.spec.layers[i]!, layout, text);
    return { input: Buffer.from(svg), left: layout.window.x + rect.x - origin.x, top: layout.window.y + rect.y - origin.y };
  }

  private staticLayer(svg: string, rect: Rect, layer: LayerSpec): Promise<Raw> {
    let pending = this.layerCache.get(svg);
    if (!pending) {
      pending = rasterize(svg).then((raw) => {
        if (raw.width !== rect.width || raw.height !== rect.height) {
          throw new Error(`${layer.file} drew ${raw.width}x${raw.height} px for a ${rect.width}x${rect.height} px area`);
        }
        return raw;
      });
      this.layerCache.set(svg, pending);
      pending.catch(() => this.layerCache.delete(svg));
      while (this.layerCache.size > KEEP_LAYERS) this.layerCache.delete(this.layerCache.keys().next().value!);
    }
    return pending;
  }

  private async outlineOverlays(layout: Layout, backdropLayout: BackdropLayout): Promise<OverlayOptions[]> {
    const r = layout.radius;
    const { window: win } = layout;
    const overlays: OverlayOptions[] = [];
    const border = this.border ? { ...this.border, width: Math.max(1, Math.round(this.border.width * this.scale)) } : null;
    if (border) overlays.push(...borderStrips(win, r, border.width, border.color));
    if (r === 0) return overlays;
    const art = await this.cornerArt(r, border);
    const rects = cornerRects(win.width, win.height, r);
    if (art.ring) for (const c of CORNERS) overlays.push(rawOverlay(art.ring[c], win.x + rects[c].x, win.y + rects[c].y));
    if (this.spec.clip) {
      const patches = await this.backdrop.cornerPatches(backdropLayout, r);
      for (const c of CORNERS) overlays.push(rawOverlay(art.cut[c], win.x + rects[c].x, win.y + rects[c].y, 'dest-out'));
      for (const c of CORNERS) overlays.push(rawOverlay(patches[c], win.x + rects[c].x, win.y + rects[c].y, 'dest-over'));
    }
    return overlays;
  }

  /** Rounded display corners: the shot's corners are cut away first, so the backdrop (put under last) shows there. */
  private async screenCornerCuts(layout: Layout): Promise<OverlayOptions[]> {
    const { top, bottom } = this.spec.screenCorners;
    const { window: win, screen } = layout;
    const max = Math.floor(Math.min(screen.width, screen.height) / 2);
    const overlays: OverlayOptions[] = [];
    for (const [css, corners] of [[top, ['tl', 'tr']], [bottom, ['bl', 'br']]] as const) {
      const r = Math.min(max, Math.round(css * this.scale));
      if (r <= 0) continue;
      const art = await this.cornerArt(r, null, 'screen');
      const rects = cornerRects(screen.width, screen.height, r);
      for (const c of corners) overlays.push(rawOverlay(art.cut[c], win.x + screen.x + rects[c].x, win.y + screen.y + rects[c].y, 'dest-out'));
    }
    return overlays;
  }

  private cornerArt(r: number, border: { width: number; color: Rgba } | null, use: 'window' | 'screen' = 'window'): Promise<CornerArt> {
    const key = `${use}:${r}`;
    let pending = this.cornerCache.get(key);
    if (!pending) {
      pending = renderCornerArt(r, border);
      this.cornerCache.set(key, pending);
    }
    return pending;
  }

  private borderColour(colours: ReadonlyMap<string, string>): { width: number; color: Rgba } | null {
    const b = this.spec.border;
    if (!b || b.width === 0) return null;
    const sample = this.layout({ width: 100, height: 100 });
    const text = fillTemplate(b.color, frameScope(this.spec, colours, sample.css, { width: 0, height: 0, pixelWidth: 0, pixelHeight: 0 }, null))
      .replace(/&amp;/g, '&');
    const color = parseColor(text);
    if (!color) throw new UserError(`frame "${this.spec.id}": window.border.color "${text}" is not a CSS colour`);
    return { width: b.width, color };
  }

  /**
   * Fill every layer of every theme once with a sample page, so a mistake in
   * frame data (unknown name, a cycle, wrong SVG size) stops the run before
   * the browser starts, with the file to fix.
   */
  private check(): void {
    const vp = this.spec.viewport ?? { width: 1280, height: 800 };
    const layout = this.layout({ width: Math.round(vp.width * this.scale), height: Math.round(vp.height * this.scale) });
    const text: TextInput = { url: 'example.com/a/sample/page', secure: true, title: 'Sample page' };
    for (const [theme, colours] of this.spec.themes) {
      if (theme !== this.options.theme) this.borderColour(colours);
      for (const layer of this.spec.layers) {
        let filled: { svg: string; rect: Rect };
        try {
          filled = this.fill(layer, layout, text, colours);
        } catch (err) {
          if (err instanceof TemplateError) throw new UserError(`${layer.file}: ${err.message}`);
          throw err;
        }
        const root = /<svg\b[^>]*>/.exec(filled.svg)?.[0] ?? '';
        const attr = (name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
        if (attr('width') !== String(filled.rect.width) || attr('height') !== String(filled.rect.height)) {
          throw new UserError(`${layer.file}: the root <svg> needs width="{{pixelWidth}}" height="{{pixelHeight}}" (and viewBox="0 0 {{width}} {{height}}")`);
        }
      }
    }
  }
}
