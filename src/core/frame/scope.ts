// The names a frame's templates can use, and which of them change per capture.
// This is the whole vocabulary of frame data; frames/README.md lists it.

import type { FrameSpec, TextSlot, TextSpec } from './data.ts';
import { evaluate, LazyScope, namesIn, parseExpr } from './template.ts';
import type { Value } from './template.ts';
import { FRAME_FONT, fitText, textWidth } from './text.ts';

/** Sizes in CSS px of the whole frame; the screen is where the shot sits. */
export interface FrameGeometry {
  scale: number;
  windowWidth: number;
  windowHeight: number;
  screenX: number;
  screenY: number;
  screenWidth: number;
  screenHeight: number;
  radius: number;
}

/** The rectangle one layer covers: CSS px for drawing, device px for the raster. */
export interface AreaGeometry {
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
}

export interface TextInput {
  /** Address bar text (the page URL made readable, or FrameOptions.title). */
  url: string;
  secure: boolean;
  /** Page title. */
  title: string;
}

/** Names whose value depends on the page; layers that use them are drawn per capture. */
const PER_CAPTURE = new Set(['url', 'urlWidth', 'title', 'titleWidth', 'secure']);

const DEFAULT_TEXT: TextSpec = { maxWidth: parseExpr('width'), fontSize: 13 };

export function frameScope(
  spec: FrameSpec,
  colours: ReadonlyMap<string, string>,
  frame: FrameGeometry,
  area: AreaGeometry,
  text: TextInput | null,
): LazyScope {
  const slot = (name: TextSlot): TextSpec => spec.text.get(name) ?? DEFAULT_TEXT;
  const fitted = (name: TextSlot, scope: LazyScope): string | undefined => {
    if (!text) return undefined;
    const s = slot(name);
    const max = evaluate(s.maxWidth, scope);
    return fitText(text[name], typeof max === 'number' ? max : 0, s.fontSize);
  };
  return new LazyScope((name, scope): Value | undefined => {
    switch (name) {
      case 'width': return area.width;
      case 'height': return area.height;
      case 'pixelWidth': return area.pixelWidth;
      case 'pixelHeight': return area.pixelHeight;
      case 'scale': return frame.scale;
      case 'windowWidth': return frame.windowWidth;
      case 'windowHeight': return frame.windowHeight;
      case 'screenX': return frame.screenX;
      case 'screenY': return frame.screenY;
      case 'screenWidth': return frame.screenWidth;
      case 'screenHeight': return frame.screenHeight;
      case 'radius': return frame.radius;
      case 'font': return FRAME_FONT;
      case 'url': return fitted('url', scope as LazyScope);
      case 'title': return fitted('title', scope as LazyScope);
      case 'urlWidth': return text ? textWidth(scope.get('url') as string, slot('url').fontSize) : undefined;
      case 'titleWidth': return text ? textWidth(scope.get('title') as string, slot('title').fontSize) : undefined;
      case 'urlFontSize': return slot('url').fontSize;
      case 'titleFontSize': return slot('title').fontSize;
      case 'secure': return text ? (text.secure ? 1 : 0) : undefined;
    }
    const colour = colours.get(name);
    if (colour !== undefined) return colour;
    const expr = spec.vars.get(name);
    return expr ? evaluate(expr, scope) : undefined;
  });
}

/** Whether any of these names (directly or through vars) changes per capture. */
export function isPerCapture(spec: FrameSpec, names: Iterable<string>, seen = new Set<string>()): boolean {
  for (const name of names) {
    if (PER_CAPTURE.has(name)) return true;
    if (seen.has(name)) continue;
    seen.add(name);
    const expr = spec.vars.get(name);
    if (expr && isPerCapture(spec, namesIn(expr), seen)) return true;
  }
  return false;
}
